import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  dateInZone,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isBusinessDate,
  isTimeZone,
  parseBusinessDate,
  startOfMonth,
  toDayNumber,
} from '../src/domain/dates.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Any real calendar date with a year in 1900..2999, built through Date.UTC so it is independent of the code under test. */
const businessDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Date.UTC day number of a YYYY-MM-DD string, the reference implementation for the properties. */
const utcDay = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

describe('parseBusinessDate', () => {
  it.each([
    '2026-01-01',
    '2026-12-31',
    '2026-04-30',
    '2026-02-28',
    '2024-02-29',
    '2000-02-29',
    '1904-02-29',
    '1900-01-01',
    '2999-12-31',
  ])('%s is a date', (text) => {
    expect(parseBusinessDate(text)).toEqual({ ok: true, value: text });
    expect(isBusinessDate(text)).toBe(true);
  });

  it('trims surrounding blanks', () => {
    expect(parseBusinessDate(' 2026-03-15\t')).toEqual({ ok: true, value: '2026-03-15' });
  });

  it.each<[string, string]>([
    ['2025-02-29', 'no such day'],
    ['2100-02-29', 'no such day'],
    ['1900-02-29', 'no such day'],
    ['2026-02-30', 'no such day'],
    ['2026-04-31', 'no such day'],
    ['2026-06-31', 'no such day'],
    ['2026-09-31', 'no such day'],
    ['2026-11-31', 'no such day'],
    ['2026-01-32', 'no such day'],
    ['2026-01-00', 'no such day'],
    ['2026-13-01', 'no such month'],
    ['2026-00-10', 'no such month'],
    ['1899-12-31', 'year out of range'],
    ['3000-01-01', 'year out of range'],
    ['2026-1-01', 'YYYY-MM-DD'],
    ['2026-01-1', 'YYYY-MM-DD'],
    ['26-01-01', 'YYYY-MM-DD'],
    ['2026/01/01', 'YYYY-MM-DD'],
    ['20260101', 'YYYY-MM-DD'],
    ['01.01.2026', 'YYYY-MM-DD'],
    ['2026-01-01T00:00:00Z', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['tomorrow', 'YYYY-MM-DD'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parseBusinessDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
    expect(isBusinessDate(text)).toBe(false);
  });

  it('accepts exactly the dates Date.UTC considers real', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${pad(m)}-${pad(d)}`;
        const utc = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
        expect(parseBusinessDate(text).ok).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toDayNumber / fromDayNumber', () => {
  it.each<[string, number]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['1900-01-01', -25567],
    ['2026-01-01', 20454],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('round-trips every date in 1900..2999 and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(businessDate, (date) => {
        expect(toDayNumber(date)).toBe(utcDay(date));
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every day number in 1900..2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay('1900-01-01'), max: utcDay('2999-12-31') }), (day) => {
        const date = fromDayNumber(day);
        expect(isBusinessDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('daysBetween / addDays / compareDates', () => {
  it.each<[string, string, number]>([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-31', 30],
    ['2026-01-31', '2026-01-01', -30],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-03-28', '2026-03-30', 2], // across the EU daylight-saving switch: still whole days
  ])('%s → %s is %i days', (earlier, later, days) => {
    expect(daysBetween(earlier, later)).toBe(days);
    expect(addDays(earlier, days)).toBe(later);
  });

  it('daysBetween agrees with Date.UTC arithmetic', () => {
    fc.assert(
      fc.property(businessDate, businessDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(utcDay(b) - utcDay(a));
        expect(daysBetween(b, a) + daysBetween(a, b)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('addDays is the inverse of daysBetween', () => {
    fc.assert(
      fc.property(businessDate, businessDate, (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });

  it('compareDates orders like day numbers', () => {
    fc.assert(
      fc.property(businessDate, businessDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(toDayNumber(a) - toDayNumber(b)));
      }),
    );
  });
});

describe('addMonths', () => {
  it.each<[string, number, string]>([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', -1, '2026-04-30'],
    ['2026-01-31', 0, '2026-01-31'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-01-15', 24, '2028-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('lands on a real date in the right month, clamped to its last day', () => {
    fc.assert(
      fc.property(
        businessDate.filter((d) => d >= '1910' && d < '2990'),
        fc.integer({ min: -120, max: 120 }),
        (date, months) => {
          const result = addMonths(date, months);
          expect(isBusinessDate(result)).toBe(true);
          const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
          expect(monthIndex(result)).toBe(monthIndex(date) + months);
          expect(result.slice(8)).toBe(
            pad(Math.min(Number(date.slice(8)), Number(endOfMonth(result).slice(8)))),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('startOfMonth / endOfMonth', () => {
  it.each<[string, string, string]>([
    ['2026-01-15', '2026-01-01', '2026-01-31'],
    ['2026-02-01', '2026-02-01', '2026-02-28'],
    ['2024-02-10', '2024-02-01', '2024-02-29'],
    ['2000-02-10', '2000-02-01', '2000-02-29'],
    ['2100-02-10', '2100-02-01', '2100-02-28'],
    ['2026-04-30', '2026-04-01', '2026-04-30'],
    ['2026-12-31', '2026-12-01', '2026-12-31'],
  ])('%s is in the month %s..%s', (date, start, end) => {
    expect(startOfMonth(date)).toBe(start);
    expect(endOfMonth(date)).toBe(end);
  });

  it('the day after the end of a month is the first of the next one', () => {
    fc.assert(
      fc.property(businessDate.filter((d) => d < '2999-12'), (date) => {
        const next = addDays(endOfMonth(date), 1);
        expect(next).toBe(startOfMonth(addMonths(startOfMonth(date), 1)));
        expect(next.slice(8)).toBe('01');
      }),
    );
  });
});

describe('dateInZone', () => {
  it.each<[string, string, string]>([
    ['2026-11-23T23:30:00Z', 'Europe/Oslo', '2026-11-24'],
    ['2026-11-23T23:30:00Z', 'America/New_York', '2026-11-23'],
    ['2026-11-23T23:30:00Z', 'UTC', '2026-11-23'],
    ['2026-11-24T04:30:00Z', 'America/New_York', '2026-11-23'],
    ['2026-11-24T05:30:00Z', 'America/New_York', '2026-11-24'],
    ['2026-06-30T22:30:00Z', 'Europe/Oslo', '2026-07-01'], // summer time, UTC+2
    ['2026-06-30T21:30:00Z', 'Europe/Oslo', '2026-06-30'],
    ['2026-12-31T11:00:00Z', 'Pacific/Auckland', '2027-01-01'],
    ['2026-01-01T09:59:00Z', 'Pacific/Honolulu', '2025-12-31'],
  ])('%s is %s in %s', (instant, zone, expected) => {
    expect(dateInZone(new Date(instant), zone)).toBe(expected);
  });

  it('in UTC is the ISO date of the instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31, 23, 59, 59) }), (ms) => {
        const instant = new Date(ms);
        expect(dateInZone(instant, 'UTC')).toBe(instant.toISOString().slice(0, 10));
      }),
    );
  });

  it('always returns a business date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2999, 0, 1) }),
        fc.constantFrom('Europe/Oslo', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
        (ms, zone) => {
          expect(isBusinessDate(dateInZone(new Date(ms), zone))).toBe(true);
        },
      ),
    );
  });
});

describe('isTimeZone', () => {
  it.each(['Europe/Oslo', 'America/New_York', 'UTC'])('%s is a time zone', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(['Europe/Olso', 'Mars/Olympus', 'not a zone'])('%s is not a time zone', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});
