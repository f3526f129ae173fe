// Issue #6: credit limits and holds. A customer is on automatic hold when exposure exceeds the limit (beyond the
// tenant's tolerance) or an item is more than the tenant's days past due (default 90); a manual hold holds until
// released. New credit sales are allowed only with no hold at all.
import { formatAmount } from '../money.js';

export type CreditPolicy = {
  /** Hold when an open item is more than this many days past due; null: never on age. */
  maxDaysPastDue: number | null;
  /** Hold when exposure exceeds the limit by more than this percentage; null: never on the limit. */
  limitTolerancePercent: number | null;
};

export const DEFAULT_CREDIT_POLICY: CreditPolicy = { maxDaysPastDue: 90, limitTolerancePercent: 0 };

export type CreditFacts = {
  currency: string;
  /** null: no limit set. */
  limit: bigint | null;
  /** Open balance less unapplied cash and credit. */
  exposure: bigint;
  /** Days past due of the oldest open item; null when nothing is past due. */
  oldestDaysPastDue: number | null;
  manualHold: { reason: string } | null;
};

export type HoldReason = { code: 'over-limit' | 'past-due' | 'manual'; automatic: boolean; text: string };

export type CreditDecision = {
  available: bigint | null;
  hold: { active: boolean; automatic: boolean; reasons: HoldReason[] };
  newCreditAllowed: boolean;
  why: string[];
};

/** The exposure above which the limit holds: the limit plus the tolerance, rounded down to a minor unit. */
export function holdThreshold(limit: bigint, tolerancePercent: number): bigint {
  return limit + (limit * BigInt(tolerancePercent)) / 100n;
}

export function decideCredit(facts: CreditFacts, policy: CreditPolicy): CreditDecision {
  const money = (minor: bigint) => `${formatAmount(minor, facts.currency)} ${facts.currency}`;
  const reasons: HoldReason[] = [];
  if (facts.limit !== null && policy.limitTolerancePercent !== null && facts.exposure > holdThreshold(facts.limit, policy.limitTolerancePercent)) {
    const tolerance = policy.limitTolerancePercent > 0 ? ` by more than ${policy.limitTolerancePercent} %` : '';
    reasons.push({ code: 'over-limit', automatic: true, text: `exposure ${money(facts.exposure)} exceeds the credit limit ${money(facts.limit)}${tolerance}` });
  }
  if (policy.maxDaysPastDue !== null && facts.oldestDaysPastDue !== null && facts.oldestDaysPastDue > policy.maxDaysPastDue) {
    reasons.push({ code: 'past-due', automatic: true, text: `an item is ${facts.oldestDaysPastDue} days past due, more than the ${policy.maxDaysPastDue} days allowed` });
  }
  if (facts.manualHold) reasons.push({ code: 'manual', automatic: false, text: `on hold by hand: ${facts.manualHold.reason}` });
  const available = facts.limit === null ? null : facts.limit > facts.exposure ? facts.limit - facts.exposure : 0n;
  return {
    available,
    hold: { active: reasons.length > 0, automatic: reasons.some((r) => r.automatic), reasons },
    newCreditAllowed: reasons.length === 0,
    why: reasons.map((r) => r.text),
  };
}
