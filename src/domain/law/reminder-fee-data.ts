// Reminder-fee amounts as dated data (issue #3: "fee amounts as dated data … so a tenant can add next half-year's
// rate or correct one without a release"). Amounts are decimal strings in major units; each period runs from
// `from` until the next period's `from`. The fee applies by the date the notice is sent (inkassoforskriften §1-2
// last paragraph). Dates before the first period are an error, never a silent zero.
import type { BusinessDate } from '../dates.js';

/** A share of the inkassosats, numerator / denominator. */
export type Share = readonly [numerator: number, denominator: number];

export interface NoInkassosatsPeriod {
  from: BusinessDate;
  /** NOK, major units. */
  inkassosats: string;
  purring: Share;
  inkassovarsel: Share;
  /** The creditor's own betalingsoppfordring (egeninkasso). */
  betalingsoppfordring: Share;
  source: string;
  verified: boolean;
}

export const NO_INKASSOSATS: readonly NoInkassosatsPeriod[] = [
  {
    from: '2020-10-01',
    inkassosats: '700.00',
    purring: [1, 20],
    inkassovarsel: [1, 20],
    betalingsoppfordring: [3, 20],
    source: 'inkassoforskriften FOR-1989-07-14-562 §1-1 fourth paragraph, §1-2 (lovdata.no/dokument/SF/forskrift/1989-07-14-562)',
    verified: true,
  },
];

export interface SeFeePeriod {
  from: BusinessDate;
  /** SEK, major units: written reminder (§2, §4 no. 1), inkassokrav (§3 no. 1, §4 no. 2), §4a förseningsersättning. */
  betalningspaminnelse: string;
  inkassokrav: string;
  forseningsersattning: string;
  source: string;
  verified: boolean;
}

export const SE_FEES: readonly SeFeePeriod[] = [
  {
    // Lag 2013:56 moved the amounts into the act (60/180/170) and added §4a; in force 16 March 2013.
    from: '2013-03-16',
    betalningspaminnelse: '60.00',
    inkassokrav: '180.00',
    forseningsersattning: '450.00',
    source: 'lag (1981:739) om ersättning för inkassokostnader m.m. §2, §3, §4, §4a (SFS 2013:56; riksdagen.se)',
    verified: true,
  },
];

export interface NoStatutoryFee {
  currency: string;
  reason: string;
  rule: string;
  source: string;
  verified: boolean;
}

/** Packs with no statutory reminder fee: the answer is 0 with the reason. */
export const NO_STATUTORY_REMINDER_FEE = {
  BG: {
    currency: 'EUR',
    reason: 'no statutory reminder fee; the fixed recovery-cost compensation (80 BGN, TZ art. 309a) covers recovery costs',
    rule: 'Commerce Act (TZ) art. 309a',
    source: 'Търговски закон чл. 309а; Directive 2011/7/EU art. 6',
    verified: true,
  },
  PH: {
    currency: 'PHP',
    reason: 'no statutory reminder fee; a collection fee is due only if the written contract stipulates it',
    rule: 'Civil Code (RA 386): none statutory',
    source: 'late-payment.md: PH fixed fees "None statutory [U]"',
    verified: false,
  },
  IN: {
    currency: 'INR',
    reason: 'no statutory reminder fee; the MSMED Act gives compound interest (s.16), no fixed fee',
    rule: 'MSMED Act 2006 ss.15–18',
    source: 'indiacode.nic.in MSMED Act 2006 ss.2(b), 15–18',
    verified: true,
  },
  EU: {
    currency: 'EUR',
    reason: 'no separate reminder fee; the €40 fixed compensation (no reminder needed) covers recovery costs',
    rule: 'Directive 2011/7/EU art. 6',
    source: 'eur-lex.europa.eu/eli/dir/2011/7/oj art. 6; CJEU C-78/22',
    verified: true,
  },
  UK: {
    currency: 'GBP',
    reason: 'no separate reminder fee; the fixed sum (£40/£70/£100, s.5A) covers recovery costs',
    rule: 'Late Payment of Commercial Debts (Interest) Act 1998 s.5A',
    source: 'legislation.gov.uk/ukpga/1998/20 s.5A',
    verified: true,
  },
  DE: {
    currency: 'EUR',
    reason: 'no statutory reminder fee; the €40 Pauschale (§288(5), non-consumer debtors) covers recovery costs',
    rule: 'BGB §288(5)',
    source: 'gesetze-im-internet.de/bgb/__288.html',
    verified: true,
  },
  US: {
    currency: 'USD',
    reason: 'no federal reminder fee; a fee may be collected only if expressly authorized by the agreement or permitted by (state) law',
    rule: 'FDCPA 1692f(1)',
    source: '15 U.S.C. 1692f(1)',
    verified: false,
  },
} as const satisfies Record<string, NoStatutoryFee>;
