// A cheap, conservative pre-filter for the planner's input (issue #4 benchmark: a run over 1,000,000 open items).
// For each level an invoice may have reached, the earliest due date or level date at which ANY policy's next level
// can trigger. The store returns only items that pass; `classifyInvoice` still decides exactly, so the filter may
// let through items that are not due, but never holds back one that is.
import { addDays, type BusinessDate } from '../dates.js';
import type { DunningPolicy } from './policy-model.js';

export interface TriggerFloor {
  /** The level the invoice has reached (0 = never dunned); its next level is levelReached + 1. */
  levelReached: number;
  /** Due on or before this date: some policy's next level is triggered by days past due. */
  dueOnOrBefore?: BusinessDate;
  /** Reached its level on or before this date: some policy's next level is triggered by days since the previous. */
  reachedOnOrBefore?: BusinessDate;
}

/** One floor per level reached that some policy can still go beyond; items past every policy's last level drop out. */
export function triggerFloors(policies: readonly DunningPolicy[], asOf: BusinessDate): TriggerFloor[] {
  const deepest = Math.max(0, ...policies.map((p) => p.levels.length));
  const floors: TriggerFloor[] = [];
  for (let reached = 0; reached < deepest; reached++) {
    let dueWait: number | undefined;
    let sinceWait: number | undefined;
    for (const policy of policies) {
      const next = policy.levels[reached];
      if (next === undefined) continue;
      const wait = next.trigger.days + next.graceDays;
      if (next.trigger.kind === 'days-past-due') dueWait = Math.min(dueWait ?? wait, wait);
      else sinceWait = Math.min(sinceWait ?? wait, wait);
    }
    floors.push({
      levelReached: reached,
      ...(dueWait === undefined ? {} : { dueOnOrBefore: addDays(asOf, -dueWait) }),
      ...(sinceWait === undefined ? {} : { reachedOnOrBefore: addDays(asOf, -sinceWait) }),
    });
  }
  return floors;
}
