// Built-in fixed-compensation amounts (issue #3), dated data like the rates. Amounts are decimal strings in the
// fee's currency; `debtAtLeast` (same currency) marks a size tier (UK s.5A). The row governing a late debt is the
// latest one in force on the first day of delay, per tier and currency.
import type { Jurisdiction } from './types.js';

export type FeeRow = {
  jurisdiction: Jurisdiction;
  fee: 'compensation';
  from: string;
  amount: string;
  currency: string;
  /** Lower bound of the debt size this tier applies to, in major units of `currency`; absent = any size. */
  debtAtLeast?: string;
  source: string;
  verified: boolean;
  note?: string;
};

export type FeeTable = readonly FeeRow[];

const DIRECTIVE = 'Directive 2011/7/EU art. 6(1); CJEU C-78/22 (per late invoice, no reminder needed)';
const LPCDA = 'Late Payment of Commercial Debts (Interest) Act 1998 s.5A (legislation.gov.uk/ukpga/1998/20)';
const BGB = '§288(5) BGB (gesetze-im-internet.de/bgb/__288.html)';
const TZ = 'Търговски закон art. 309a (fixed recovery costs)';
const SE_LAW = 'Lag (1981:739) om ersättning för inkassokostnader m.m. §4a (riksdagen.se)';
const NO_LAW = 'Forsinkelsesrenteloven §3a; FOR-2024-12-19-3279 §2 (lovdata.no/forskrift/2024-12-19-3279)';

export const BUILT_IN_FEES: FeeTable = [
  { jurisdiction: 'EU', fee: 'compensation', from: '2013-03-16', amount: '40.00', currency: 'EUR', source: DIRECTIVE, verified: true },
  { jurisdiction: 'UK', fee: 'compensation', from: '2002-08-07', amount: '40.00', currency: 'GBP', debtAtLeast: '0', source: LPCDA, verified: true },
  { jurisdiction: 'UK', fee: 'compensation', from: '2002-08-07', amount: '70.00', currency: 'GBP', debtAtLeast: '1000', source: LPCDA, verified: true },
  { jurisdiction: 'UK', fee: 'compensation', from: '2002-08-07', amount: '100.00', currency: 'GBP', debtAtLeast: '10000', source: LPCDA, verified: true },
  { jurisdiction: 'DE', fee: 'compensation', from: '2014-07-29', amount: '40.00', currency: 'EUR', source: BGB, verified: true },
  {
    jurisdiction: 'BG', fee: 'compensation', from: '2013-03-16', amount: '80.00', currency: 'BGN', source: TZ, verified: true,
    note: 'start date taken as the Directive 2011/7 transposition deadline',
  },
  {
    jurisdiction: 'BG', fee: 'compensation', from: '2026-01-01', amount: '40.90', currency: 'EUR', verified: false,
    source: `${TZ}; 80 BGN / 1.95583 BGN per EUR`,
    note: 'euro value computed by us, no official converted figure seen',
  },
  { jurisdiction: 'SE', fee: 'compensation', from: '2013-03-16', amount: '450.00', currency: 'SEK', source: SE_LAW, verified: true },
  { jurisdiction: 'NO', fee: 'compensation', from: '2025-01-01', amount: '470.00', currency: 'NOK', source: NO_LAW, verified: true },
  {
    jurisdiction: 'NO', fee: 'compensation', from: '2025-07-01', amount: '470.00', currency: 'NOK', verified: false,
    source: 'Forsinkelsesrenteloven §3a; FOR-2025-06-23-1321 §2 (not read)',
    note: 'H2 2025 amount not seen; the H1 2025 amount is carried forward',
  },
  {
    jurisdiction: 'NO', fee: 'compensation', from: '2026-01-01', amount: '470.00', currency: 'NOK', verified: false,
    source: 'Forsinkelsesrenteloven §3a; December 2025 forskrift §2 (not read)',
    note: 'H1 2026 amount not seen; the H1 2025 amount is carried forward',
  },
];
