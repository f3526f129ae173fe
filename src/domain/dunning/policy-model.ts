// The dunning policy model (issue #4): an ordered list of levels, each firmer than the one before. Pure data, no I/O.
import type { Currency } from '../money.js';

export const CHANNELS = ['email', 'letter', 'sms', 'call-task'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RECIPIENT_ROLES = ['billing', 'accounts-payable', 'executive'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const SIDE_EFFECTS = ['credit-hold', 'placement-in-house', 'placement-agency', 'legal'] as const;
export type SideEffect = (typeof SIDE_EFFECTS)[number];

/** Side effects that hand the claim over for collection: an "inkassotiltak" under NO inkassoloven §9. */
export const HAND_OVER_EFFECTS: readonly SideEffect[] = ['placement-in-house', 'placement-agency', 'legal'];

export type LevelTrigger =
  /** Days past the invoice's due date; negative for a courtesy reminder before it. */
  | { kind: 'days-past-due'; days: number }
  /** Days since the invoice reached the previous level (never valid on the first level). */
  | { kind: 'days-since-previous'; days: number };

export interface DunningLevel {
  trigger: LevelTrigger;
  channels: readonly Channel[];
  /** The letter goes as registered mail (needs the 'letter' channel). */
  registeredMail: boolean;
  recipientRoles: readonly RecipientRole[];
  templateKey: string;
  addFees: boolean;
  addInterest: boolean;
  sideEffects: readonly SideEffect[];
  /**
   * Minimum total to dun at this level, per currency in minor units ({ NOK: 10000n } = 100.00 NOK). A currency not
   * listed has no minimum. Per currency, not in a base currency: one communication is per customer and currency
   * (issue #4), and a pure planner has no exchange rates.
   */
  minimumOverdue: Readonly<Record<Currency, bigint>>;
  /** Days added to the trigger before the level is due, so a payment made on the trigger day is posted first. */
  graceDays: number;
  /** Days from sending to the deadline printed on the communication. */
  deadlineDays: number;
  /**
   * The least number of days after the invoice reached the previous level before this one may follow (catch-up
   * after missed runs never compresses the ladder). Default: see `gapDaysOf`.
   */
  minimumGapDays?: number;
}

export interface DunningPolicy {
  name: string;
  levels: readonly DunningLevel[];
}

export function isHandOver(level: DunningLevel | undefined): boolean {
  return level !== undefined && level.sideEffects.some((e) => HAND_OVER_EFFECTS.includes(e));
}

export function minimumFor(level: DunningLevel, currency: Currency): bigint {
  return level.minimumOverdue[currency] ?? 0n;
}

/**
 * Least days between the previous level and level `levelNumber` (1-based, ≥ 2): the level's `minimumGapDays`, else
 * the distance between the two levels' days-past-due triggers (30 → 60 gives 30), else for a days-since-previous
 * trigger its own days. Never less than 1: two levels never go out on the same day.
 */
export function gapDaysOf(policy: DunningPolicy, levelNumber: number): number {
  const level = policy.levels[levelNumber - 1];
  const previous = policy.levels[levelNumber - 2];
  if (level === undefined || previous === undefined) return 0;
  if (level.minimumGapDays !== undefined) return Math.max(1, level.minimumGapDays);
  if (level.trigger.kind === 'days-since-previous') return Math.max(1, level.trigger.days);
  if (previous.trigger.kind === 'days-past-due') return Math.max(1, level.trigger.days - previous.trigger.days);
  return 1;
}
