// How a dispute crosses the API: amounts as decimal strings, the shown state (return-pending while goods are on
// their way back), and the resolution once there is one.
import { formatAmount } from '../../domain/money.js';
import type { DisputeRow } from '../../store/disputes.js';
import { NotFoundError } from '../errors.js';

export type DisputeState = 'open' | 'return-pending' | 'resolved-credit' | 'resolved-return' | 'rejected';

export type DisputeJson = {
  id: string; customerRef: string; currency: string; reason: string; department: string | null; product: string | null;
  openedOn: string; dueDate: string | null; status: DisputeState; note: string | null; amount: string;
  invoices: { invoiceNumber: string; amount: string; credit: string | null }[];
  returnAcceptedOn: string | null;
  resolution: { on: string; by: string | null; note: string | null; creditNote: { number: string; amount: string } | null } | null;
  createdBy: string; createdAt: string;
};

export function stateOf(row: Pick<DisputeRow, 'status' | 'returnAcceptedOn'>): DisputeState {
  return row.status === 'open' && row.returnAcceptedOn !== null ? 'return-pending' : row.status;
}

export function disputeJson(row: DisputeRow): DisputeJson {
  const money = (minor: bigint) => formatAmount(minor, row.currency);
  const credited = row.invoices.reduce((s, i) => s + (i.creditAmount ?? 0n), 0n);
  return {
    id: String(row.id), customerRef: row.customerRef, currency: row.currency, reason: row.reason, department: row.department, product: row.product,
    openedOn: row.openedOn, dueDate: row.dueDate, status: stateOf(row), note: row.note,
    amount: money(row.invoices.reduce((s, i) => s + i.amount, 0n)),
    invoices: row.invoices.map((i) => ({ invoiceNumber: i.number, amount: money(i.amount), credit: i.creditAmount === null ? null : money(i.creditAmount) })),
    returnAcceptedOn: row.returnAcceptedOn,
    resolution: row.resolvedOn === null ? null : {
      on: row.resolvedOn, by: row.resolvedBy, note: row.resolutionNote,
      creditNote: row.creditNoteNumber === null ? null : { number: row.creditNoteNumber, amount: money(credited) },
    },
    createdBy: row.createdBy, createdAt: row.createdAt.toISOString(),
  };
}

/** A dispute id from a path: anything but a positive integer is simply not found (never a database error). */
export function disputeId(text: string): bigint {
  if (!/^\d{1,18}$/.test(text) || BigInt(text) === 0n) throw new NotFoundError(`no dispute "${text}"`);
  return BigInt(text);
}
