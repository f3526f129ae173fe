// A promise as the API shows it: money as decimal strings, ids as strings (CODE_STYLE.md).
import { promiseDeadline } from '../../domain/promises/decide-promise.js';
import { formatAmount } from '../../domain/money.js';
import type { PromiseRow } from '../../store/promises.js';

export type PromiseJson = {
  id: string; customerRef: string; customerName: string; currency: string; amount: string; promisedDate: string; graceDays: number;
  until: string; invoiceNumbers: string[]; status: PromiseRow['status']; collector: string | null; note: string | null; madeOn: string;
  decidedOn: string | null; decidedBy: string | null; received: string | null; cancelReason: string | null; createdAt: string; createdBy: string;
};

export function promiseJson(row: PromiseRow): PromiseJson {
  const currency = row.currency.trim();
  return {
    id: String(row.id), customerRef: row.customer_ref, customerName: row.customer_name, currency, amount: formatAmount(row.amount, currency),
    promisedDate: row.promised_date, graceDays: row.grace_days, until: promiseDeadline({ promisedDate: row.promised_date, graceDays: row.grace_days }),
    invoiceNumbers: row.invoice_numbers, status: row.status, collector: row.collector, note: row.note, madeOn: row.made_on,
    decidedOn: row.decided_on, decidedBy: row.decided_by, received: row.received === null ? null : formatAmount(row.received, currency),
    cancelReason: row.cancel_reason, createdAt: row.created_at.toISOString(), createdBy: row.created_by,
  };
}
