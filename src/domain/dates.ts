// Business dates are calendar dates, "YYYY-MM-DD" strings in code and `date` in SQL; never timestamps (DESIGN.md).
// Arithmetic goes through a day number (days since 1970-01-01, proleptic Gregorian) so no time zone can shift it.

export type BusinessDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateCheck = { ok: true; value: BusinessDate } | { ok: false; reason: string };

/** Accepts only real calendar dates in YYYY-MM-DD: "2026-02-30" is impossible, "2026-2-3" is malformed. */
export function parseBusinessDate(text: string): DateCheck {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return { ok: false, reason: `not a date in YYYY-MM-DD form: "${text}"` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999) return { ok: false, reason: `year out of range: "${text}"` };
  if (month < 1 || month > 12) return { ok: false, reason: `no such month: "${text}"` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `no such day: "${text}"` };
  return { ok: true, value: text.trim() };
}

export function isBusinessDate(text: string): boolean {
  return parseBusinessDate(text).ok;
}

/** Days since 1970-01-01 (civil-from-days algorithm, H. Hinnant), exact for any Gregorian date. */
export function toDayNumber(date: BusinessDate): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): BusinessDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** later − earlier in days; negative when `later` is before `earlier`. */
export function daysBetween(earlier: BusinessDate, later: BusinessDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addMonths(date: BusinessDate, months: number): BusinessDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function startOfMonth(date: BusinessDate): BusinessDate {
  return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: BusinessDate): BusinessDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function compareDates(a: BusinessDate, b: BusinessDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar date of an instant in a time zone: "today" is computed in the tenant's zone (DESIGN.md).
 * Takes the instant as an argument so the domain never reads a clock.
 */
export function dateInZone(instant: Date, timeZone: string): BusinessDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
