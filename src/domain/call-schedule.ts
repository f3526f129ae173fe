// When a collector should call (issue #4: "call tasks to the collector worklist"; issue #6: "each is scheduled in
// the customer's business hours"). Business hours are the customer's local weekdays, 09:00–17:00 by default. That
// window lies inside every contact-hour rule the rule packs know (daytime 08:00–20:00, contact-hours.ts; US FDCPA
// 1692c(a)(1) 08:00–21:00; PH BSP Circular 1133 06:00–22:00), so a call at its scheduled time is lawful there too.
import { addDays, toDayNumber, type BusinessDate } from './dates.js';
import { HOUR, instantOfLocal, localClock } from './law/notices/local-time.js';

export interface BusinessHours {
  /** Seconds after local midnight. */
  open: number;
  close: number;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { open: 9 * HOUR, close: 17 * HOUR };

/** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
export function isoWeekday(date: BusinessDate): number {
  return (toDayNumber(date) + 3) % 7;
}

/** The first instant at or after `fromMs` on a local weekday inside the business hours of `timeZone`. */
export function nextCallSlot(fromMs: number, timeZone: string, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): number {
  if (!(hours.open >= 0 && hours.open < hours.close && hours.close <= 24 * HOUR)) throw new RangeError(`business hours ${hours.open}–${hours.close}: open must come before close within one day`);
  const clock = localClock(fromMs, timeZone);
  let date = clock.date;
  if (isoWeekday(date) < 5 && clock.secondOfDay >= hours.open && clock.secondOfDay < hours.close) return fromMs;
  if (clock.secondOfDay >= hours.close || isoWeekday(date) >= 5) date = addDays(date, 1);
  while (isoWeekday(date) >= 5) date = addDays(date, 1);
  // Opening time on that local date; a DST gap at opening time resolves to the instant instantOfLocal gives.
  return Math.max(fromMs, instantOfLocal(date, hours.open, timeZone));
}
