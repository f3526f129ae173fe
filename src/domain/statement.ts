// Customer statements (seed 000: "generate monthly customer statements"; issue #2): balance-forward and open-item.
import { type AgedAmounts, type Buckets, addAged, bucketIndex, emptyAged } from './aging.js';
import { type BusinessDate, daysBetween } from './dates.js';

export type StatementType = 'open-item' | 'balance-forward';

export type LedgerEntryKind = 'invoice' | 'credit-note' | 'payment' | 'write-off' | 'adjustment';

/** One entry on a customer's account; `amount` is signed: positive raises what the customer owes. */
export type CustomerLedgerEntry = {
  date: BusinessDate;
  kind: LedgerEntryKind;
  reference: string;
  dueDate?: BusinessDate | undefined;
  amount: bigint;
};

export type BalanceForwardLine = CustomerLedgerEntry & { balance: bigint };

export type BalanceForwardStatement = {
  type: 'balance-forward';
  from: BusinessDate;
  to: BusinessDate;
  openingBalance: bigint;
  lines: BalanceForwardLine[];
  closingBalance: bigint;
};

export type OpenItem = {
  number: string;
  issueDate: BusinessDate;
  dueDate: BusinessDate;
  amount: bigint;
  open: bigint;
  daysPastDue: number;
};

export type OpenItemStatement = {
  type: 'open-item';
  asOf: BusinessDate;
  items: OpenItem[];
  unapplied: bigint;
  aging: { labels: string[]; amounts: AgedAmounts };
  closingBalance: bigint;
};

/** Orders entries by date, then invoices before settlements of the same day, then reference: stable output. */
const KIND_ORDER: Record<LedgerEntryKind, number> = {
  invoice: 0, adjustment: 1, 'credit-note': 2, payment: 3, 'write-off': 4,
};

export function sortEntries(entries: readonly CustomerLedgerEntry[]): CustomerLedgerEntry[] {
  return [...entries].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1)
      : a.kind !== b.kind ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
        : a.reference.localeCompare(b.reference));
}

/** Opening balance is everything dated before `from`; lines are the period's entries with a running balance. */
export function balanceForward(
  entries: readonly CustomerLedgerEntry[], from: BusinessDate, to: BusinessDate,
): BalanceForwardStatement {
  let openingBalance = 0n;
  const lines: BalanceForwardLine[] = [];
  for (const entry of sortEntries(entries)) {
    if (entry.date < from) openingBalance += entry.amount;
  }
  let balance = openingBalance;
  for (const entry of sortEntries(entries)) {
    if (entry.date < from || entry.date > to) continue;
    balance += entry.amount;
    lines.push({ ...entry, balance });
  }
  return { type: 'balance-forward', from, to, openingBalance, lines, closingBalance: balance };
}

export type OpenItemInput = Omit<OpenItem, 'daysPastDue'>;

/** Items with a non-zero open amount at `asOf`, oldest due first, with days past due and an aging summary. */
export function openItemStatement(
  items: readonly OpenItemInput[], unapplied: bigint, asOf: BusinessDate, buckets: Buckets,
): OpenItemStatement {
  const amounts = emptyAged(buckets);
  const open = items
    .filter((item) => item.open !== 0n)
    .map((item) => ({ ...item, daysPastDue: daysBetween(item.dueDate, asOf) }))
    .sort((a, b) => (a.dueDate !== b.dueDate ? (a.dueDate < b.dueDate ? -1 : 1) : a.number.localeCompare(b.number)));
  for (const item of open) addAged(amounts, bucketIndex(item.daysPastDue, buckets), item.open);
  addAged(amounts, 'unapplied', unapplied);
  return {
    type: 'open-item', asOf, items: open, unapplied,
    aging: { labels: buckets.labels, amounts }, closingBalance: amounts.total,
  };
}
