// When a collector should call (issue #4: "call tasks to the collector worklist"; issue #6: "each is scheduled in
// the customer's business hours"). Business hours are the customer's local weekdays, 09:00–17:00 by default. That
// window lies inside every contact-hour rule the rule packs know (daytime 08:00–20:00, contact-hours.ts; US FDCPA
// 1692c(a)(1) 08:00–21:00; PH BSP Circular 1133 06:00–22:00), so a call at its scheduled time is lawful there too.
// Issue #6: "a tenant can reserve peak calling hours for calls only": a call task goes into the day's peak window
// when one is left that day (docs/decisions/0011-peak-call-hours.md).
import { addDays, toDayNumber, type BusinessDate } from './dates.js';
import { HOUR, instantOfLocal, localClock } from './law/notices/local-time.js';

export interface BusinessHours {
  /** Seconds after local midnight. */
  open: number;
  close: number;
}

/** A peak calling window, seconds after local midnight, [open, close). */
export type PeakWindow = BusinessHours;

/** Business hours with the tenant's peak calling windows (sorted, disjoint, inside the business hours). */
export interface CallHours extends BusinessHours {
  peak?: readonly PeakWindow[];
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { open: 9 * HOUR, close: 17 * HOUR };

/** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
export function isoWeekday(date: BusinessDate): number {
  return (toDayNumber(date) + 3) % 7;
}

/** The first instant at or after `fromMs` on a local weekday inside the business hours of `timeZone`. */
function businessSlot(fromMs: number, timeZone: string, hours: BusinessHours): number {
  if (!(hours.open >= 0 && hours.open < hours.close && hours.close <= 24 * HOUR)) throw new RangeError(`business hours ${hours.open}–${hours.close}: open must come before close within one day`);
  const clock = localClock(fromMs, timeZone);
  let date = clock.date;
  if (isoWeekday(date) < 5 && clock.secondOfDay >= hours.open && clock.secondOfDay < hours.close) return fromMs;
  if (clock.secondOfDay >= hours.close || isoWeekday(date) >= 5) date = addDays(date, 1);
  while (isoWeekday(date) >= 5) date = addDays(date, 1);
  // Opening time on that local date; a DST gap at opening time resolves to the instant instantOfLocal gives.
  return Math.max(fromMs, instantOfLocal(date, hours.open, timeZone));
}

/**
 * The slot for a call: the first business-hours instant at or after `fromMs`, moved into the first peak window
 * still open that local day; when the day's peak windows are over, the business-hours slot stands (a call due
 * today is still made today).
 */
export function nextCallSlot(fromMs: number, timeZone: string, hours: CallHours = DEFAULT_BUSINESS_HOURS): number {
  const slot = businessSlot(fromMs, timeZone, hours);
  if (!hours.peak || hours.peak.length === 0) return slot;
  const clock = localClock(slot, timeZone);
  for (const window of [...hours.peak].sort((a, b) => a.open - b.open)) {
    const open = Math.max(window.open, hours.open);
    const close = Math.min(window.close, hours.close);
    if (open >= close || close <= clock.secondOfDay) continue;
    return Math.max(slot, instantOfLocal(clock.date, open, timeZone));
  }
  return slot;
}

/** The peak window holding the local time of `ms` on a weekday, if any. */
export function peakWindowAt(ms: number, timeZone: string, peak: readonly PeakWindow[]): PeakWindow | undefined {
  const clock = localClock(ms, timeZone);
  if (isoWeekday(clock.date) >= 5) return undefined;
  return peak.find((w) => clock.secondOfDay >= w.open && clock.secondOfDay < w.close);
}

/** The first instant at or after `ms` outside the peak windows (peak hours are weekday hours; weekends have none). */
export function outsidePeak(ms: number, timeZone: string, peak: readonly PeakWindow[]): number {
  let t = ms;
  for (let round = 0; round <= peak.length; round += 1) {
    const window = peakWindowAt(t, timeZone, peak);
    if (!window) return t;
    t = Math.max(t + 1000, instantOfLocal(localClock(t, timeZone).date, window.close, timeZone));
  }
  return t;
}

/** "HH:MM" (00:00–24:00) as seconds after midnight, or undefined. */
export function parseClockTime(text: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * HOUR + Number(match[2]) * 60;
  return seconds <= 24 * HOUR ? seconds : undefined;
}

export function formatClockTime(seconds: number): string {
  return `${String(Math.floor(seconds / HOUR)).padStart(2, '0')}:${String(Math.floor((seconds % HOUR) / 60)).padStart(2, '0')}`;
}

export type CallHoursCheck = { ok: true; value: Required<CallHours> } | { ok: false; field: string; reason: string };

/**
 * Reads a tenant's calling day: business hours "09:00"–"17:00" and peak windows "10:00-12:00". Peak windows must
 * lie inside the business hours (a reserved hour nobody may call in reserves nothing) and must not overlap.
 */
export function parseCallHours(input: { businessOpen: string; businessClose: string; peakWindows: readonly string[] }): CallHoursCheck {
  const open = parseClockTime(input.businessOpen);
  if (open === undefined || open >= 24 * HOUR) return { ok: false, field: 'businessOpen', reason: 'a time of day as HH:MM' };
  const close = parseClockTime(input.businessClose);
  if (close === undefined) return { ok: false, field: 'businessClose', reason: 'a time of day as HH:MM (24:00 for midnight)' };
  if (close <= open) return { ok: false, field: 'businessClose', reason: `must be after the opening time ${input.businessOpen}` };
  if (input.peakWindows.length > 6) return { ok: false, field: 'peakWindows', reason: 'at most 6 peak windows' };
  const peak: PeakWindow[] = [];
  for (const [i, text] of input.peakWindows.entries()) {
    const field = `peakWindows.${i}`;
    const [from, to, ...rest] = text.split('-');
    const wOpen = parseClockTime(from ?? '');
    const wClose = parseClockTime(to ?? '');
    if (rest.length > 0 || wOpen === undefined || wClose === undefined) return { ok: false, field, reason: `"${text}" is not a window like 10:00-12:00` };
    if (wClose <= wOpen) return { ok: false, field, reason: `"${text}" ends before it starts` };
    if (wOpen < open || wClose > close) return { ok: false, field, reason: `"${text}" is outside the business hours ${input.businessOpen}-${input.businessClose}` };
    peak.push({ open: wOpen, close: wClose });
  }
  const sorted = [...peak].sort((a, b) => a.open - b.open);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.open < previous.close) {
      return { ok: false, field: 'peakWindows', reason: `${formatClockTime(current.open)}-${formatClockTime(current.close)} overlaps ${formatClockTime(previous.open)}-${formatClockTime(previous.close)}` };
    }
  }
  return { ok: true, value: { open, close, peak: sorted } };
}
