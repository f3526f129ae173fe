// Tenant overrides and look-ups on the rate table (issue #3: "a tenant can add next half-year's rate or correct one
// without a release"). The store persists override rows; this module only validates, merges and reads them.
import { parseBusinessDate } from '../dates.js';
import type { RateRow, RateTable } from './rate-data.js';
import { halfYearEnd, halfYearStart, isHalfYearStart, nextHalfYearStart, seriesInfo, type SeriesRef } from './rate-series.js';
import { isJurisdiction, LawError } from './types.js';

const PERCENT = /^-?\d{1,3}(?:\.\d{1,6})?$/;

export type RateRowInput = {
  jurisdiction: string;
  series: string;
  from: string;
  percent: string;
  source?: string;
  verified?: boolean;
};

/** Why a rate row cannot be used, or null when it is fine. */
export function validateRateRow(row: RateRowInput): string | null {
  if (!isJurisdiction(row.jurisdiction)) return `unknown jurisdiction "${row.jurisdiction}"`;
  const info = seriesInfo(row);
  if (!info) return `unknown rate series "${row.series}" for ${row.jurisdiction}`;
  const date = parseBusinessDate(row.from);
  if (!date.ok) return `from: ${date.reason}`;
  if (info.reset === 'half-year' && !isHalfYearStart(row.from)) {
    return `from: ${row.jurisdiction} ${row.series} is set per half-year, so a row must start on 1 January or 1 July`;
  }
  if (!PERCENT.test(row.percent)) {
    return `percent: not a decimal percent with at most 6 decimals: "${row.percent}"`;
  }
  if (row.source !== undefined && row.source.trim() === '') return 'source: say where the rate comes from';
  return null;
}

const key = (row: { jurisdiction: string; series: string; from: string }): string =>
  `${row.jurisdiction} ${row.series} ${row.from}`;

/**
 * The built-in table with a tenant's rows applied: a row with the same jurisdiction, series and `from` replaces
 * the built-in one, any other row adds a period. Throws LawError('rates') for an invalid or repeated override,
 * because a rate silently dropped would change interest without anyone noticing.
 */
export function mergeRates(builtIn: RateTable, overrides: readonly RateRow[]): RateTable {
  const merged = new Map<string, RateRow>(builtIn.map((row) => [key(row), row]));
  const seen = new Set<string>();
  for (const row of overrides) {
    const reason = validateRateRow(row);
    if (reason) throw new LawError('rates', `${key(row)}: ${reason}`);
    if (seen.has(key(row))) throw new LawError('rates', `${key(row)}: given twice in the overrides`);
    seen.add(key(row));
    merged.set(key(row), row);
  }
  return [...merged.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function rowsOf(rates: RateTable, ref: SeriesRef): RateRow[] {
  return rates
    .filter((r) => r.jurisdiction === ref.jurisdiction && r.series === ref.series)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function infoOf(ref: SeriesRef) {
  const info = seriesInfo(ref);
  if (!info) throw new LawError('rates', `unknown rate series ${ref.jurisdiction} ${ref.series}`);
  return info;
}

/** The row governing `date`; a LawError naming jurisdiction, series and period when the table has none. */
export function rateRowAt(rates: RateTable, ref: SeriesRef, date: string): RateRow {
  const info = infoOf(ref);
  const rows = rowsOf(rates, ref);
  if (info.reset === 'half-year') {
    const start = halfYearStart(date);
    const row = rows.find((r) => r.from === start);
    if (row) return row;
    throw new LawError(
      'rates',
      `no ${ref.jurisdiction} ${ref.series} rate (${info.label}) for the period ${start} to ${halfYearEnd(start)}, ` +
        `needed for interest on ${date}; add a rate row from ${start}`,
    );
  }
  const row = rows.filter((r) => r.from <= date).pop();
  if (row) return row;
  throw new LawError(
    'rates',
    `no ${ref.jurisdiction} ${ref.series} rate (${info.label}) in force on ${date}` +
      `${rows[0] ? ` (the table starts on ${rows[0].from})` : ''}; add a rate row from ${date} or earlier`,
  );
}

/** The first day after `date` on which the series can give another rate, or null when none is known. */
export function nextRateChange(rates: RateTable, ref: SeriesRef, date: string): string | null {
  if (infoOf(ref).reset === 'half-year') return nextHalfYearStart(date);
  return rowsOf(rates, ref).find((r) => r.from > date)?.from ?? null;
}

/** True when `row` is the newest of a step series, so later dates rely on it staying in force. */
export function isLatestStepRow(rates: RateTable, row: RateRow): boolean {
  if (seriesInfo(row)?.reset !== 'step') return false;
  return !rowsOf(rates, row).some((r) => r.from > row.from);
}
