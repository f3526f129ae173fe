// Wall-clock time in the debtor's zone for the time-of-day rules (FDCPA 1692c(a)(1), SEC MC 18-2019). The domain
// reads no clock: every instant comes in as an argument, and Intl supplies the zone rules (DST included).
import { addDays, isTimeZone, parseBusinessDate, type BusinessDate } from '../../dates.js';

/** An instant: an ISO 8601 timestamp with an explicit offset ("2026-03-09T08:00:00-04:00", "…Z") or epoch ms. */
export type Instant = string | number;

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;
const DAY_MS = 86_400_000;

/** Epoch ms of an instant. A timestamp without an offset is refused: it would be read in the server's zone. */
export function toEpochMs(field: string, instant: Instant): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new RangeError(`${field}: not a finite epoch-ms instant: ${instant}`);
    return Math.trunc(instant);
  }
  const match = ISO_INSTANT.exec(instant.trim());
  const ms = match ? Date.parse(instant.trim()) : NaN;
  const inRange =
    match !== null &&
    parseBusinessDate(match[1] ?? '').ok &&
    Number(match[2]) <= 23 &&
    Number(match[3]) <= 59 &&
    Number(match[4] ?? '0') <= 59 &&
    Number(match[5] ?? '0') <= 23 &&
    Number(match[6] ?? '0') <= 59;
  if (!inRange || Number.isNaN(ms)) {
    throw new RangeError(`${field}: not an ISO timestamp with an offset (e.g. 2026-03-09T08:00:00-04:00): "${instant}"`);
  }
  return ms;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** One zone or several (a debtor whose location is uncertain must be called only when it suits every zone). */
export function zoneList(field: string, zones: string | readonly string[]): readonly string[] {
  const list = typeof zones === 'string' ? [zones] : zones;
  if (list.length === 0) throw new RangeError(`${field}: at least one IANA time zone is needed`);
  for (const zone of list) {
    if (!isTimeZone(zone)) throw new RangeError(`${field}: not an IANA time zone: "${zone}"`);
  }
  return list;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

export interface LocalClock {
  date: BusinessDate;
  /** Whole seconds since local midnight (milliseconds dropped, so 07:59:59.900 is still before 08:00). */
  secondOfDay: number;
  /** "HH:MM:SS" for reasons. */
  time: string;
}

export function localClock(ms: number, zone: string): LocalClock {
  const parts = format(zone).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  const second = Number(get('second'));
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    secondOfDay: hour * 3600 + minute * 60 + second,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
  };
}

/** The local wall clock as if it were UTC, in ms: comparable across instants in one zone. */
function wallMs(ms: number, zone: string): number {
  const clock = localClock(ms, zone);
  return Date.parse(`${clock.date}T00:00:00Z`) + clock.secondOfDay * 1000;
}

function offsetMs(ms: number, zone: string): number {
  return wallMs(ms, zone) - Math.floor(ms / 1000) * 1000;
}

/**
 * The first instant whose local wall time in `zone` is at or after `date` + `secondOfDay`. When that wall time is
 * skipped by a DST jump, this is the instant of the jump; when it occurs twice, the first occurrence.
 */
export function instantOfLocal(date: BusinessDate, secondOfDay: number, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + secondOfDay * 1000;
  const candidates = [wall - offsetMs(wall - DAY_MS, zone), wall - offsetMs(wall + DAY_MS, zone)].sort((a, b) => a - b);
  const exact = candidates.find((c) => wallMs(c, zone) === wall);
  if (exact !== undefined) return exact;
  let lo = candidates[0] ?? wall;
  let hi = candidates[1] ?? wall;
  if (wallMs(hi, zone) < wall) return hi;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallMs(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function startOfLocalDay(date: BusinessDate, zone: string): number {
  return instantOfLocal(date, 0, zone);
}

/** Whether the instant's local time is in [open, close) in a zone; both bounds in seconds since midnight. */
export function withinHours(ms: number, zone: string, open: number, close: number): boolean {
  const { secondOfDay } = localClock(ms, zone);
  return secondOfDay >= open && secondOfDay < close;
}

/**
 * The first instant at or after `ms` that lies in [open, close) local time in every zone, or undefined when the
 * zones' windows never overlap (zones 13+ hours apart for 08:00–21:00).
 */
export function earliestWithinHours(ms: number, zones: readonly string[], open: number, close: number): number | undefined {
  let t = ms;
  for (let round = 0; round < 8; round += 1) {
    let next = t;
    for (const zone of zones) {
      const clock = localClock(t, zone);
      if (clock.secondOfDay < open) next = Math.max(next, instantOfLocal(clock.date, open, zone));
      else if (clock.secondOfDay >= close) next = Math.max(next, instantOfLocal(addDays(clock.date, 1), open, zone));
    }
    if (next === t) return t;
    t = next;
  }
  return undefined;
}

export const HOUR = 3600;
export const SEVEN_DAYS_MS = 7 * DAY_MS;
