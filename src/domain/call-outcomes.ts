// What a logged call can end in (issue #6: "promise, dispute, no answer, left message, wrong number, refused, paid
// already") and the tenant's reach rate by hour, read from logged calls. Pure: instants come in as arguments.
import { localClock } from './law/notices/local-time.js';

export const CALL_OUTCOMES = ['promise', 'dispute', 'no-answer', 'left-message', 'wrong-number', 'refused', 'paid-already'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Outcomes where the collector spoke to the customer. */
export const REACHED: readonly CallOutcome[] = ['promise', 'dispute', 'refused', 'paid-already'];

/** A wrong number says nothing about the hour: the call could not have reached anyone at any time. */
const COUNTED: readonly CallOutcome[] = CALL_OUTCOMES.filter((o) => o !== 'wrong-number');

export type LoggedCall = { calledAtMs: number; timeZone: string; outcome: CallOutcome };
export type HourReach = { hour: number; calls: number; reached: number; rate: number | null };

/**
 * Calls and reach rate per hour of the customer's local day (0–23), every hour that had a counted call. Sorted by
 * hour; `best` lists those with at least `minimumCalls`, best rate first (more calls first on a tie, then earlier).
 */
export function reachByHour(calls: readonly LoggedCall[], minimumCalls = 5): { hours: HourReach[]; best: HourReach[] } {
  const byHour = new Map<number, { calls: number; reached: number }>();
  for (const call of calls) {
    if (!COUNTED.includes(call.outcome)) continue;
    const hour = Math.floor(localClock(call.calledAtMs, call.timeZone).secondOfDay / 3600);
    const entry = byHour.get(hour) ?? { calls: 0, reached: 0 };
    entry.calls += 1;
    if (REACHED.includes(call.outcome)) entry.reached += 1;
    byHour.set(hour, entry);
  }
  const hours = [...byHour.entries()].sort(([a], [b]) => a - b)
    .map(([hour, e]) => ({ hour, calls: e.calls, reached: e.reached, rate: e.calls === 0 ? null : Math.round((e.reached / e.calls) * 10_000) / 10_000 }));
  const best = hours.filter((h) => h.calls >= minimumCalls)
    .sort((a, b) => b.reached * a.calls - a.reached * b.calls || b.calls - a.calls || a.hour - b.hour);
  return { hours, best };
}
