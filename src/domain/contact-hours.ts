// Issue #4 contact limits: "SMS and calls only in the customer's local daytime". Daytime is 08:00–20:00 local; a
// jurisdiction pack may be stricter (US calls 08:00–21:00 is wider, PH 06:00–22:00 too), so the daytime rule binds.
import { HOUR, earliestWithinHours } from './law/notices/local-time.js';

export const DAYTIME = { open: 8 * HOUR, close: 20 * HOUR } as const;

/** The first instant at or after `ms` inside the customer's local daytime (`ms` itself when it already is). */
export function nextDaytime(ms: number, timeZone: string): number {
  return earliestWithinHours(ms, [timeZone], DAYTIME.open, DAYTIME.close) ?? ms;
}
