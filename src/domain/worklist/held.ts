// What of a customer's overdue money is "to work" (issue #6): nothing already paid, and amounts under an open
// dispute, an active promise-to-pay or an active payment plan are left out of it and shown beside it (README.md).
import { type BandAmounts, emptyBands, takeOldestFirst } from './bands.js';

/** An overdue open invoice that an open dispute, active promise or active plan names. */
export type HeldItem = { invoiceId: string; band: number; dueDate: string; open: bigint; disputed: bigint; planned: boolean };

/** An active promise not yet past its date plus grace; `invoiceIds` empty when it names none (it then covers any overdue item). */
export type ActivePromise = { amount: bigint; invoiceIds: readonly string[] };

export type AccountAmounts = {
  /** Overdue open amount per age band of the items no dispute, promise or plan names. */
  bands: BandAmounts;
  /** Oldest due date among those items, if any. */
  oldestDue: string | null;
  heldItems: readonly HeldItem[];
  promises: readonly ActivePromise[];
  /** Cash and credit on the account not applied to any invoice (≥ 0). */
  unappliedCredit: bigint;
};

export type Split = {
  toWork: BandAmounts; oldestDue: string | null;
  disputed: bigint; promised: bigint; planned: bigint; unapplied: bigint;
};

const add = (into: BandAmounts, band: number, amount: bigint) => { into[band] = (into[band] ?? 0n) + amount; };
const total = (bands: BandAmounts) => bands.reduce((a, b) => a + b, 0n);

/**
 * Order: the disputed part of each item, then whole items under a plan, then promises that name invoices (up to the
 * promised amount, oldest of their invoices first), then promises that name none, then unapplied cash — the last
 * two from the oldest overdue money first, since neither is tied to an invoice.
 */
export function splitHeld(account: AccountAmounts): Split {
  const toWork = [...account.bands];
  let disputed = 0n;
  let planned = 0n;
  let oldestDue = account.oldestDue;
  // What each named item still has after its dispute and plan: promises take from this, the rest is to work.
  const residual = new Map<string, { item: HeldItem; left: bigint }>();
  for (const item of account.heldItems) {
    if (item.open <= 0n) continue;
    const contested = item.disputed < item.open ? item.disputed : item.open;
    disputed += contested;
    const rest = item.open - contested;
    if (item.planned) { planned += rest; continue; }
    if (rest > 0n) residual.set(item.invoiceId, { item, left: rest });
  }
  let promised = 0n;
  for (const promise of account.promises.filter((p) => p.invoiceIds.length > 0)) {
    const named = promise.invoiceIds.map((id) => residual.get(id)).filter((r): r is { item: HeldItem; left: bigint } => r !== undefined)
      .sort((a, b) => (a.item.dueDate < b.item.dueDate ? -1 : a.item.dueDate > b.item.dueDate ? 1 : 0));
    let left = promise.amount;
    for (const r of named) {
      const take = r.left < left ? r.left : left;
      r.left -= take;
      left -= take;
      promised += take;
    }
  }
  for (const { item, left } of residual.values()) {
    if (left <= 0n) continue;
    add(toWork, item.band, left);
    if (oldestDue === null || item.dueDate < oldestDue) oldestDue = item.dueDate;
  }
  for (const promise of account.promises.filter((p) => p.invoiceIds.length === 0)) promised += total(takeOldestFirst(toWork, promise.amount));
  const unapplied = account.unappliedCredit > 0n ? total(takeOldestFirst(toWork, account.unappliedCredit)) : 0n;
  return { toWork, oldestDue: total(toWork) > 0n ? oldestDue : null, disputed, promised, planned, unapplied };
}

export const noHeld = (bands: BandAmounts, oldestDue: string | null): AccountAmounts => ({ bands, oldestDue, heldItems: [], promises: [], unappliedCredit: 0n });
export { emptyBands };
