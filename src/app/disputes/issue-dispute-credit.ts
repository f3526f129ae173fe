// The credit that resolves a dispute (issue #6): one credit note CN-DSP-<id> in the ledger, allocated to the
// disputed invoices up to what is open on each then; the rest (paid meanwhile) stays as unapplied credit.
import { formatAmount } from '../../domain/money.js';
import type { Tx } from '../../store/db.js';
import type { DisputeRow } from '../../store/disputes.js';
import { findInvoicesByNumbers } from '../../store/invoices.js';
import { findSettlements, insertAllocations, insertSettlements } from '../../store/settlements.js';
import { recordAudit } from '../../store/audit.js';
import { InputError } from '../errors.js';

export function creditNoteNumber(disputeId: bigint): string {
  return `CN-DSP-${disputeId}`;
}

/** Issues the credit decided per invoice (dispute_invoices.credit_amount) on `date`; returns the credit note's id. */
export async function issueDisputeCredit(tx: Tx, tenantId: number, dispute: DisputeRow, date: string, actor: string): Promise<bigint> {
  const number = creditNoteNumber(dispute.id);
  if ((await findSettlements(tx, tenantId, 'credit-note', [number])).has(number)) {
    throw new InputError('outcome', `credit note ${number} already exists in the ledger; it cannot be issued twice`);
  }
  const lines = dispute.invoices.filter((i) => (i.creditAmount ?? 0n) > 0n);
  const total = lines.reduce((s, i) => s + (i.creditAmount ?? 0n), 0n);
  const open = await findInvoicesByNumbers(tx, tenantId, lines.map((l) => l.number));
  const ids = await insertSettlements(tx, tenantId, 'credit-note', [{
    ref: number, customer_id: dispute.customerId, date, currency: dispute.currency, amount: total, targets: lines[0]?.number ?? '', invoice_id: lines[0]?.invoiceId ?? null,
  }]);
  const id = ids.get(number);
  if (id === undefined) throw new Error(`inserted credit note ${number} but got no id back`);
  const allocations = lines.flatMap((l) => {
    const left = open.get(l.number)?.open ?? 0n;
    const amount = (l.creditAmount ?? 0n) < left ? (l.creditAmount ?? 0n) : left;
    return amount > 0n ? [{ invoice_id: l.invoiceId, settlement_id: id, date: l.issueDate > date ? l.issueDate : date, amount }] : [];
  });
  await insertAllocations(tx, tenantId, 'credit-note', allocations);
  await recordAudit(tx, tenantId, { actor, action: 'insert', entity: 'credit note', entityKey: number, reason: `dispute ${dispute.id} resolved`,
    details: { date, amount: formatAmount(total, dispute.currency), currency: dispute.currency, allocations: allocations.map((a) => ({ invoiceId: a.invoice_id, amount: formatAmount(a.amount, dispute.currency) })) } });
  return id;
}
