// Whether a promise-to-pay is kept or broken (issue #6: "kept when payments of at least the amount arrive by then,
// broken otherwise"). Pure; the caller chooses which payments count (README.md) and passes asOf.
import { addDays, type BusinessDate } from '../dates.js';

export type PromiseTerms = { amount: bigint; madeOn: BusinessDate; promisedDate: BusinessDate; graceDays: number };

/** An amount of cash that counts toward a promise or plan, dated by the payment's date. */
export type DatedAmount = { date: BusinessDate; amount: bigint };

export type PromiseOutcome =
  | { status: 'kept'; decidedOn: BusinessDate; received: bigint }
  | { status: 'broken'; decidedOn: BusinessDate; received: bigint }
  | { status: 'active'; received: bigint; remaining: bigint };

/** The last day a payment counts: the promised date plus grace. Dunning pauses through this day too. */
export function promiseDeadline(terms: Pick<PromiseTerms, 'promisedDate' | 'graceDays'>): BusinessDate {
  return addDays(terms.promisedDate, terms.graceDays);
}

/** Payments dated from `from` through `to`, summed per date, in date order. */
export function paymentsByDate(payments: readonly DatedAmount[], from: BusinessDate, to: BusinessDate): DatedAmount[] {
  const byDate = new Map<BusinessDate, bigint>();
  for (const p of payments) {
    if (p.date < from || p.date > to) continue;
    byDate.set(p.date, (byDate.get(p.date) ?? 0n) + p.amount);
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, amount]) => ({ date, amount }));
}

/**
 * Kept on the first day the payments dated from the day it was made through its deadline (and through asOf) add
 * up to the amount; broken the day after the deadline if they never did; active until then.
 */
export function decidePromise(terms: PromiseTerms, payments: readonly DatedAmount[], asOf: BusinessDate): PromiseOutcome {
  const deadline = promiseDeadline(terms);
  const last = asOf < deadline ? asOf : deadline;
  let received = 0n;
  let keptOn: BusinessDate | undefined;
  for (const p of paymentsByDate(payments, terms.madeOn, last)) {
    received += p.amount;
    if (keptOn === undefined && received >= terms.amount) keptOn = p.date;
  }
  if (keptOn !== undefined) return { status: 'kept', decidedOn: keptOn, received };
  if (asOf > deadline) return { status: 'broken', decidedOn: addDays(deadline, 1), received };
  return { status: 'active', received, remaining: terms.amount - received };
}
