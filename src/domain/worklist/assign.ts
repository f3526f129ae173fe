// Who works an account (issue #6): "segment rules assign accounts to collectors, and large or difficult ones also
// to the customer's sales representative" (seed 001: bring the sales staff in on large or hard cases).
import { type Fraction, formatDecimal } from '../law/rational.js';
import { type SegmentCustomer, type SegmentRule, segmentOf } from '../segments.js';
import type { Grade } from './score.js';

export type CollectorSegment = { name: string; rule: SegmentRule; collector: string | null };

/** The first segment (tenant's order) the customer meets decides the collector; none → unassigned. */
export function collectorOf(customer: SegmentCustomer, segments: readonly CollectorSegment[]): { segment: string | null; collector: string | null } {
  const segment = segmentOf(customer, segments);
  return { segment: segment?.name ?? null, collector: segment?.collector ?? null };
}

export type LargeRule = {
  /** Overdue to work at least this, in base minor units (the tenant's setting), or null. */
  amount: bigint | null;
  /** Or at least this share (percent) of the tenant's whole overdue to work, or null. Default 5 %. */
  sharePercent: Fraction | null;
};

export const DEFAULT_LARGE_SHARE_PERCENT = 5n;

export const percentText = (f: Fraction): string => (f.d === 1n ? String(f.n) : formatDecimal(f, 1));

export type Difficulty = { grade: Grade | null; openDispute: boolean; brokenPromiseRecently: boolean };

/** Why the sales representative is brought in; empty when the account is neither large nor difficult. */
export function salesRepReasons(baseToWork: bigint, tenantBaseToWork: bigint, rule: LargeRule, difficulty: Difficulty): string[] {
  const reasons: string[] = [];
  if (rule.amount !== null && baseToWork >= rule.amount) reasons.push('large: overdue at or above the tenant\'s large-account amount');
  else if (rule.sharePercent !== null && tenantBaseToWork > 0n && baseToWork * 100n * rule.sharePercent.d >= tenantBaseToWork * rule.sharePercent.n) {
    reasons.push(`large: holds at least ${percentText(rule.sharePercent)} % of the tenant's overdue money to work`);
  }
  if (difficulty.grade === 'D' || difficulty.grade === 'E') reasons.push(`difficult: risk grade ${difficulty.grade}`);
  if (difficulty.openDispute) reasons.push('difficult: an open dispute');
  if (difficulty.brokenPromiseRecently) reasons.push('difficult: a promise broken in the last 90 days');
  return reasons;
}
