// Tracking a plan's instalments against what was paid (issue #6: "each instalment is tracked; a missed one, after
// grace, breaks the plan"). Pure: cumulative paid against cumulative due; README.md has the rules.
import { addDays, type BusinessDate } from '../dates.js';
import { type DatedAmount, paymentsByDate } from '../promises/decide-promise.js';
import type { Instalment } from './schedule.js';

export type InstalmentState = 'paid' | 'partly-paid' | 'due' | 'upcoming' | 'missed';

export type TrackedInstalment = Instalment & {
  deadline: BusinessDate; paid: bigint; state: InstalmentState;
  /** The day the payments first covered this instalment (and every earlier one); null while they have not. */
  coveredOn: BusinessDate | null;
  /** Covered, but after its date plus grace. */
  late: boolean;
};

export type PlanOutcome =
  | { status: 'active' }
  | { status: 'completed'; decidedOn: BusinessDate }
  | { status: 'broken'; decidedOn: BusinessDate; seq: number };

export type PlanProgress = { instalments: TrackedInstalment[]; total: bigint; paid: bigint; remaining: bigint; dueByNow: bigint; outcome: PlanOutcome };

export type PlanTerms = { instalments: readonly Instalment[]; graceDays: number; madeOn: BusinessDate };

export function trackPlan(terms: PlanTerms, payments: readonly DatedAmount[], asOf: BusinessDate): PlanProgress {
  const counted = paymentsByDate(payments, terms.madeOn, asOf);
  const coveredOn = (target: bigint): BusinessDate | null => {
    let sum = 0n;
    for (const p of counted) {
      sum += p.amount;
      if (sum >= target) return p.date;
    }
    return null;
  };
  const paid = counted.reduce((s, p) => s + p.amount, 0n);
  const ordered = [...terms.instalments].sort((a, b) => a.seq - b.seq);
  let cumulative = 0n;
  let dueByNow = 0n;
  const instalments = ordered.map((i): TrackedInstalment => {
    const before = cumulative;
    cumulative += i.amount;
    if (i.dueDate <= asOf) dueByNow += i.amount;
    const part = paid - before;
    const mine = part <= 0n ? 0n : part >= i.amount ? i.amount : part;
    const deadline = addDays(i.dueDate, terms.graceDays);
    const covered = coveredOn(cumulative);
    const late = covered !== null && covered > deadline;
    return { ...i, deadline, paid: mine, coveredOn: covered, late, state: stateOf(i, mine, deadline, asOf) };
  });
  return { instalments, total: cumulative, paid, remaining: cumulative > paid ? cumulative - paid : 0n, dueByNow, outcome: outcomeOf(instalments, asOf) };
}

function stateOf(i: Instalment, paid: bigint, deadline: BusinessDate, asOf: BusinessDate): InstalmentState {
  if (paid >= i.amount) return 'paid';
  if (asOf > deadline) return 'missed';
  if (paid > 0n) return 'partly-paid';
  return i.dueDate <= asOf ? 'due' : 'upcoming';
}

/**
 * Broken by the first instalment not covered by its deadline once that has passed (paying it later does not mend
 * the plan, as for a promise); completed on the day the last one was covered, all in time; active otherwise.
 */
function outcomeOf(instalments: readonly TrackedInstalment[], asOf: BusinessDate): PlanOutcome {
  const missed = instalments.find((i) => asOf > i.deadline && (i.coveredOn === null || i.late));
  if (missed) return { status: 'broken', decidedOn: addDays(missed.deadline, 1), seq: missed.seq };
  const last = instalments[instalments.length - 1];
  if (last?.coveredOn) return { status: 'completed', decidedOn: last.coveredOn };
  return { status: 'active' };
}
