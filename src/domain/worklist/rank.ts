// Builds the ranked worklist from what the store loaded (issue #6): who is to be worked, in what order, by whom.
// Pure and deterministic: same inputs, same rows in the same order.
import { exponentOf } from '../money.js';
import type { Fraction } from '../law/rational.js';
import type { SegmentCustomer } from '../segments.js';
import { type BandAmounts, bandTotal } from './bands.js';
import { type RateUsed, rateFor, toBase } from './exchange.js';
import { type AccountAmounts, type Split, splitHeld } from './held.js';
import { type Grade, type Score, compareRanked, scoreOf } from './score.js';
import { type CollectorSegment, type LargeRule, collectorOf, salesRepReasons } from './assign.js';

export type NextAction = { on: string; what: string };

export type WorklistCustomer = {
  customerRef: string; name: string; currency: string; phone: string | null; salesRep: string | null;
  grade: Grade | null; gradedOn: string | null;
  /** What segment rules read (src/domain/segments.ts). */
  segmentFacts: SegmentCustomer;
  doNotContact: boolean;
  /** Handed over to an agency or to legal (an active placement): the agency works it, not the collectors. */
  placedWith: 'agency' | 'legal' | null;
  amounts: AccountAmounts;
  dunningLevel: number; nextAction: NextAction | null;
  openPromise: boolean; openDispute: boolean; activePlan: boolean; brokenPromiseRecently: boolean;
};

export type WorklistContext = {
  asOf: string; baseCurrency: string; rates: ReadonlyMap<string, Fraction>;
  segments: readonly CollectorSegment[]; large: LargeRule;
};

export type RankedAccount = {
  customer: WorklistCustomer; split: Split;
  /** Overdue to work in the customer's currency, and per band in base minor units. */
  toWork: bigint; bandsBase: BandAmounts; rate: RateUsed; score: Score; key: bigint; customerRef: string;
  segment: string | null; collector: string | null; salesRepReasons: string[];
};

export type Worklist = {
  accounts: RankedAccount[];
  /** Overdue to work of every listed account, base minor units (the large-share rule's denominator). */
  totalBase: bigint;
  left: { doNotContact: number; placed: number; nothingToWork: number };
};

export function rankWorklist(customers: Iterable<WorklistCustomer>, context: WorklistContext): Worklist {
  const left = { doNotContact: 0, placed: 0, nothingToWork: 0 };
  const accounts: RankedAccount[] = [];
  let totalBase = 0n;
  for (const customer of customers) {
    if (customer.doNotContact) { left.doNotContact += 1; continue; }
    if (customer.placedWith) { left.placed += 1; continue; }
    const split = splitHeld(customer.amounts);
    const toWork = bandTotal(split.toWork);
    if (toWork <= 0n) { left.nothingToWork += 1; continue; }
    const rate = rateFor(customer.currency, context.baseCurrency, context.rates);
    const bandsBase = split.toWork.map((amount) => toBase(amount, customer.currency, context.baseCurrency, rate.rate));
    const score = scoreOf(bandsBase, customer.grade);
    totalBase += score.base;
    const { segment, collector } = collectorOf(customer.segmentFacts, context.segments);
    accounts.push({ customer, split, toWork, bandsBase, rate, score, key: score.key, customerRef: customer.customerRef, segment, collector, salesRepReasons: [] });
  }
  for (const account of accounts) {
    if (account.customer.salesRep === null) continue;
    account.salesRepReasons = salesRepReasons(account.score.base, totalBase, context.large, {
      grade: account.customer.grade, openDispute: account.customer.openDispute, brokenPromiseRecently: account.customer.brokenPromiseRecently,
    });
  }
  accounts.sort(compareRanked);
  return { accounts, totalBase, left };
}

/** Who an account is assigned to: its collector, and its sales representative when large or difficult. */
export function assignees(account: RankedAccount): string[] {
  const out: string[] = [];
  if (account.collector !== null) out.push(account.collector);
  const rep = account.customer.salesRep;
  if (rep !== null && account.salesRepReasons.length > 0 && !out.includes(rep)) out.push(rep);
  return out;
}

/** Positions (in rank order) of the accounts assigned to each person, built once per computed worklist. */
export function indexByAssignee(accounts: readonly RankedAccount[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  accounts.forEach((account, position) => {
    for (const name of assignees(account)) {
      const list = index.get(name);
      if (list) list.push(position); else index.set(name, [position]);
    }
  });
  return index;
}

export const baseExponent = (context: Pick<WorklistContext, 'baseCurrency'>): number => exponentOf(context.baseCurrency);
