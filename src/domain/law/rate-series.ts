// The rate series the packs compose, and how a series' rows cover time (issue #3: rates are dated data).
import type { Jurisdiction } from './types.js';

/**
 * 'half-year': each row is the reference value fixed for the calendar half-year starting at its `from`
 * (1 January or 1 July) and covers only that half-year, so a half-year without a row is a clear error,
 * never the previous rate carried on in silence.
 * 'step': each row is in force from its `from` until the next row (central-bank rates changed on announcement).
 */
export type SeriesReset = 'half-year' | 'step';

export type SeriesInfo = {
  jurisdiction: Jurisdiction;
  series: string;
  reset: SeriesReset;
  /** What one row's percent is, for error messages and the rate-table editor. */
  label: string;
};

export const RATE_SERIES: readonly SeriesInfo[] = [
  { jurisdiction: 'NO', series: 'statutory', reset: 'half-year', label: 'forsinkelsesrente set by forskrift for the half-year' },
  { jurisdiction: 'SE', series: 'reference', reset: 'half-year', label: 'Riksbank referensränta for the half-year' },
  { jurisdiction: 'BG', series: 'bnb-base', reset: 'half-year', label: 'BNB base rate (ОЛП) on 1 Jan / 1 Jul' },
  { jurisdiction: 'PH', series: 'legal', reset: 'step', label: 'legal interest rate (BSP)' },
  { jurisdiction: 'IN', series: 'bank-rate', reset: 'step', label: 'RBI Bank Rate' },
  { jurisdiction: 'EU', series: 'ecb-mro', reset: 'half-year', label: 'ECB main refinancing rate on 1 Jan / 1 Jul' },
  { jurisdiction: 'UK', series: 'bank-rate', reset: 'half-year', label: 'BoE Bank Rate at close of 31 Dec / 30 Jun before the half-year' },
  { jurisdiction: 'DE', series: 'base', reset: 'half-year', label: 'Basiszinssatz (§247 BGB) for the half-year' },
];

export type SeriesRef = { jurisdiction: Jurisdiction; series: string };

export function seriesInfo(ref: { jurisdiction: string; series: string }): SeriesInfo | undefined {
  return RATE_SERIES.find((s) => s.jurisdiction === ref.jurisdiction && s.series === ref.series);
}

export function isHalfYearStart(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay === '01-01' || monthDay === '07-01';
}

export function halfYearStart(date: string): string {
  return `${date.slice(0, 4)}-${date.slice(5, 7) < '07' ? '01' : '07'}-01`;
}

export function halfYearEnd(date: string): string {
  return `${date.slice(0, 4)}-${date.slice(5, 7) < '07' ? '06-30' : '12-31'}`;
}

export function nextHalfYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) < '07' ? `${date.slice(0, 4)}-07-01` : `${year + 1}-01-01`;
}
