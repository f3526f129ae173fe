// The built-in rate table (issue #3): plain dated rows from ../shared/law/late-payment.md §2, never code.
// verified=false where that file marks a figure [U] or it conflicts; [V] and [D] (a checked formula applied to a
// checked central-bank rate) count as verified. A tenant adds or corrects rows through mergeRates (rate-table.ts).
import type { Jurisdiction } from './types.js';

export type RateRow = {
  jurisdiction: Jurisdiction;
  /** One of RATE_SERIES for the jurisdiction (rate-series.ts). */
  series: string;
  /** First day the row governs, YYYY-MM-DD (1 Jan / 1 Jul for half-year series). */
  from: string;
  /** Annual percent as a decimal string ("1.27"); never a float. */
  percent: string;
  source: string;
  verified: boolean;
  /** Why a row is unverified, or what was derived. */
  note?: string;
};

export type RateTable = readonly RateRow[];

const NO_FORSKRIFT = 'Forskrift om forsinkelsesrente, FOR-2024-12-19-3279 §1 (lovdata.no/forskrift/2024-12-19-3279)';
const RIKSBANK = 'Riksbank referensränta, räntelagen SFS 1975:635 §9 (riksbank.se/…/referensranta)';
const BNB = 'BNB base rate (ОЛП); Decree 426/2014 before DV 115/2025 (e-justice.europa.eu interest rates Bulgaria)';
const ECB = 'ECB main refinancing operations rate (Directive 2011/7/EU art. 2(7); ecb.europa.eu key rates)';
const BOE = 'Bank of England Bank Rate on the reference date (LPCDA 1998 s.6; SI 2002/1675)';
const BUNDESBANK = 'Deutsche Bundesbank, Basiszinssatz nach §247 BGB (gesetze-im-internet.de/bgb/__247.html)';
const RBI = 'RBI Bank Rate (MSMED Act 2006 s.16 uses three times it; rbi.org.in)';
const BSP = 'BSP-MB Circular No. 799 s.2013 (legal interest 6% from 1 July 2013)';

export const BUILT_IN_RATES: RateTable = [
  { jurisdiction: 'NO', series: 'statutory', from: '2025-01-01', percent: '12.50', source: NO_FORSKRIFT, verified: true },
  {
    jurisdiction: 'NO', series: 'statutory', from: '2025-07-01', percent: '12.25', verified: true,
    source: 'Norges Bank policy rate 4.25% (from June 2025) + 8 pp (FOR-2025-06-23-1321)',
    note: '[D] policy rate + 8 pp; the forskrift text itself was not read',
  },
  {
    jurisdiction: 'NO', series: 'statutory', from: '2026-01-01', percent: '12.00', verified: false,
    source: 'Norges Bank policy rate 4.00% (since 17 Sep 2025, held 17 Dec 2025) + 8 pp',
    note: 'conflicts with a calculator claiming 12.50%; the December 2025 forskrift was not read',
  },
  {
    jurisdiction: 'SE', series: 'reference', from: '2025-01-01', percent: '3.00', source: RIKSBANK, verified: false,
    note: 'from a secondary table; the Riksbank policy rate at 31 Dec 2024 (2.50%) would give 2.50 — check riksbank.se',
  },
  { jurisdiction: 'SE', series: 'reference', from: '2025-07-01', percent: '2.00', source: RIKSBANK, verified: true },
  { jurisdiction: 'SE', series: 'reference', from: '2026-01-01', percent: '2.00', source: RIKSBANK, verified: true },
  {
    jurisdiction: 'BG', series: 'bnb-base', from: '2025-01-01', percent: '2.95', source: BNB, verified: true,
    note: '[D] ОЛП in January 2025',
  },
  { jurisdiction: 'BG', series: 'bnb-base', from: '2025-07-01', percent: '1.91', source: BNB, verified: true },
  { jurisdiction: 'PH', series: 'legal', from: '2013-07-01', percent: '6.00', source: BSP, verified: true },
  {
    jurisdiction: 'IN', series: 'bank-rate', from: '2025-01-01', percent: '6.75', source: RBI, verified: false,
    note: 'Bank Rate in force at the start of 2025 (unverified in the law file)',
  },
  {
    jurisdiction: 'IN', series: 'bank-rate', from: '2025-02-07', percent: '6.50', source: RBI, verified: false,
    note: 'cut of 7 Feb 2025 (unverified in the law file)',
  },
  {
    jurisdiction: 'IN', series: 'bank-rate', from: '2025-04-09', percent: '6.25', source: RBI, verified: false,
    note: 'cut of 9 Apr 2025 (unverified in the law file)',
  },
  {
    jurisdiction: 'IN', series: 'bank-rate', from: '2025-06-06', percent: '5.75', verified: true,
    source: `${RBI}; Monetary Policy Statement of 6 June 2025, with immediate effect`,
  },
  { jurisdiction: 'IN', series: 'bank-rate', from: '2025-12-05', percent: '5.50', source: RBI, verified: true },
  { jurisdiction: 'EU', series: 'ecb-mro', from: '2025-01-01', percent: '3.15', source: ECB, verified: true },
  { jurisdiction: 'EU', series: 'ecb-mro', from: '2025-07-01', percent: '2.15', source: ECB, verified: true },
  { jurisdiction: 'EU', series: 'ecb-mro', from: '2026-01-01', percent: '2.15', source: ECB, verified: true },
  { jurisdiction: 'UK', series: 'bank-rate', from: '2025-01-01', percent: '4.75', source: BOE, verified: true },
  { jurisdiction: 'UK', series: 'bank-rate', from: '2025-07-01', percent: '4.25', source: BOE, verified: true },
  { jurisdiction: 'UK', series: 'bank-rate', from: '2026-01-01', percent: '3.75', source: BOE, verified: true },
  { jurisdiction: 'DE', series: 'base', from: '2025-01-01', percent: '2.27', source: BUNDESBANK, verified: true },
  { jurisdiction: 'DE', series: 'base', from: '2025-07-01', percent: '1.27', source: BUNDESBANK, verified: true },
  { jurisdiction: 'DE', series: 'base', from: '2026-01-01', percent: '1.27', source: BUNDESBANK, verified: true },
];
