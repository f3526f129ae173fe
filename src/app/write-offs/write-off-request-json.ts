// The JSON shape of a write-off request, amounts as decimal strings.
import { formatAmount } from '../../domain/money.js';
import type { WriteOffRequestRow } from '../../store/write-off-requests.js';
import { NotFoundError } from '../errors.js';

export type WriteOffRequestJson = {
  id: string; invoiceNumber: string; customerRef: string; currency: string; amount: string; date: string; reason: string;
  status: 'pending' | 'approved' | 'rejected'; requestedBy: string; requestedAt: string; decidedBy: string | null; decidedAt: string | null;
  decisionReason: string | null;
};

export function writeOffRequestJson(r: WriteOffRequestRow): WriteOffRequestJson {
  return {
    id: String(r.id), invoiceNumber: r.invoice_number, customerRef: r.customer_ref, currency: r.currency, amount: formatAmount(r.amount, r.currency),
    date: r.date, reason: r.reason, status: r.status, requestedBy: r.requested_by, requestedAt: r.requested_at.toISOString(),
    decidedBy: r.decided_by, decidedAt: r.decided_at ? r.decided_at.toISOString() : null, decisionReason: r.decision_reason,
  };
}

/** A path id: digits only; anything else, like another tenant's id, is simply not found. */
export function requestId(text: string): bigint {
  if (!/^\d{1,18}$/.test(text)) throw new NotFoundError(`no write-off request ${text}`);
  return BigInt(text);
}
