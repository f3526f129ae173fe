// How a recovery lands on the placed invoices (issue #6: "post it to the ledger as a payment allocated to the placed
// invoices (oldest first)"; "a recovery on a written-off invoice is a recovery of bad debt"). Pure: the use case
// loads the invoices and writes the plan.

export type PlacedInvoice = {
  id: bigint; number: string; issueDate: string; dueDate: string;
  /** Still open now. */
  open: bigint;
  /** Net written off (write-offs less reversals), which a recovery may bring back. */
  writtenOff: bigint;
};

export type RecoveryLine = {
  invoiceId: bigint; number: string;
  /** Allocated from the recovery's payment. */
  allocated: bigint;
  /** Of that, the part that first reverses a write-off (a negative write-off row). */
  reversesWriteOff: bigint;
};

export type RecoveryPlan = { lines: RecoveryLine[]; unapplied: bigint };

/** Oldest due first (then issued, then number), so the agency's cash clears the oldest debt before newer. */
export function oldestFirst<T extends { dueDate: string; issueDate: string; number: string }>(invoices: readonly T[]): T[] {
  return [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1
    : a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/**
 * Each invoice, oldest first, takes up to what is open on it plus what was written off of it: the open part first,
 * then the written-off part, which the ledger shows as a write-off reversed by the recovered amount before the
 * payment's allocation. What is left after every placed invoice stays unapplied on the customer's account.
 */
export function planRecovery(invoices: readonly PlacedInvoice[], gross: bigint): RecoveryPlan {
  let left = gross;
  const lines: RecoveryLine[] = [];
  for (const invoice of oldestFirst(invoices)) {
    if (left <= 0n) break;
    const open = invoice.open > 0n ? invoice.open : 0n;
    const writtenOff = invoice.writtenOff > 0n ? invoice.writtenOff : 0n;
    const take = left < open + writtenOff ? left : open + writtenOff;
    if (take <= 0n) continue;
    const fromOpen = take < open ? take : open;
    lines.push({ invoiceId: invoice.id, number: invoice.number, allocated: take, reversesWriteOff: take - fromOpen });
    left -= take;
  }
  return { lines, unapplied: left };
}
