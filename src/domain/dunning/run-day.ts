// When a tenant's daily dunning run is due (issue #4: "a daily job runs each tenant at its configured local
// time"). Pure: the instant comes in as an argument; src/jobs asks this at every scheduler tick.
import { dateInZone } from '../dates.js';

/** The wall-clock time of an instant in a zone, 'HH:MM:SS' (h23: midnight is 00, never 24). */
export function timeInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * The local date a tenant is due to run for at `now`, or undefined. Due once its local wall clock has reached
 * the run time and it has no run for that date or a later one. Comparing wall-clock readings (not counting
 * hours from midnight) is what keeps DST days right: on the spring day a run time inside the skipped hour is
 * passed by the first instant after the gap, and on the autumn day a repeated hour finds the run already made.
 * A day the server was down is not replayed: the next day's run catches the levels up (the planner folds them).
 */
export function dueDate(now: Date, tenant: { timeZone: string; runTime: string }, lastRun: string | null): string | undefined {
  const today = dateInZone(now, tenant.timeZone);
  if (lastRun !== null && lastRun >= today) return undefined;
  return timeInZone(now, tenant.timeZone) >= tenant.runTime ? today : undefined;
}
