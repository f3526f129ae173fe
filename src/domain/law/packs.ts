// How each pack composes the rate series into its statutory rate (../shared/law/late-payment.md §1, §3).
import type { SeriesRef } from './rate-series.js';
import type { DebtorType, Jurisdiction } from './types.js';

/** A statutory rate = series percent × multiplier + addPercent, over [from, to], with a day-count basis. */
export type RateLeg = {
  from?: string;
  to?: string;
  ref: SeriesRef;
  multiplier: bigint;
  addPercent: string;
  /** Days in the year of the day count: 365 (act/365) or 360 (act/360). */
  basis: bigint;
};

/**
 * floating: split at every change of the series (1 Jan / 1 Jul for half-year series) — NO, SE, EU, DE, BG, PH.
 * fixed: the rate of the day interest starts to run, for the life of the debt — UK (LPCDA s.6).
 * compound-monthly: monthly rests — IN (MSMED s.16).
 */
export type Method = 'floating' | 'fixed' | 'compound-monthly';

export type Pack = {
  jurisdiction: Jurisdiction;
  method: Method;
  legs: (debtor: DebtorType) => readonly RateLeg[];
  /** False where the statute does not cover consumer debts: zero interest with a note. */
  coversConsumers: boolean;
  sources: readonly string[];
  notes: readonly string[];
  /** A reading the law file marks [U] that decides which rate is used (makes every result unverified). */
  unverifiedReading?: string;
};

const leg = (jurisdiction: Jurisdiction, series: string, addPercent: string, basis = 365n, multiplier = 1n): RateLeg => ({
  ref: { jurisdiction, series },
  multiplier,
  addPercent,
  basis,
});

const ACT_365_PRACTICE = 'Day count act/365 by practice, not by statute [U].';

export const PACKS: Readonly<Record<Jurisdiction, Pack>> = {
  NO: {
    jurisdiction: 'NO', method: 'floating', coversConsumers: true,
    legs: () => [leg('NO', 'statutory', '0')],
    sources: ['Forsinkelsesrenteloven LOV-1976-12-17-100 §§2–3 (lovdata.no/dokument/NL/lov/1976-12-17-100)'],
    notes: ['Rate changes apply to running claims (§3); no interest on interest.', ACT_365_PRACTICE],
  },
  SE: {
    jurisdiction: 'SE', method: 'floating', coversConsumers: true,
    legs: () => [leg('SE', 'reference', '8')],
    sources: ['Räntelagen SFS 1975:635 §§3–4, 6, 9 (riksdagen.se)'],
    notes: ['Referensränta + 8 pp, split per half-year (the §6 floating wording was not read) [U].', ACT_365_PRACTICE],
  },
  BG: {
    jurisdiction: 'BG', method: 'floating', coversConsumers: true,
    legs: () => [
      { ...leg('BG', 'bnb-base', '10', 360n), to: '2025-12-31' },
      { ...leg('EU', 'ecb-mro', '8', 360n), from: '2026-01-01' },
    ],
    sources: ['ZZD art. 84, 86; Decree 426/2014 as amended by DV 115/2025 (kik-info.com/…/p-426)'],
    notes: ['Daily rate = annual / 360 (statutory); BNB base rate + 10 pp until 2025-12-31, ECB MRO + 8 pp from 2026-01-01.'],
  },
  PH: {
    jurisdiction: 'PH', method: 'floating', coversConsumers: true,
    legs: () => [leg('PH', 'legal', '0')],
    sources: ['Civil Code (RA 386) Art. 1169; Nacar v. Gallery Frames, G.R. 189871 (2013)'],
    notes: [
      'Interest from the demand; no interest on the accrued interest (that runs only from judicial demand, Art. 2212).',
      'Day count act/365 chosen; the law fixes none [U].',
    ],
  },
  IN: {
    jurisdiction: 'IN', method: 'compound-monthly', coversConsumers: true,
    legs: () => [leg('IN', 'bank-rate', '0', 365n, 3n)],
    sources: ['MSMED Act 2006 ss.2(b), 15–16 (indiacode.nic.in)'],
    notes: ['Three times the RBI Bank Rate, compounded at monthly rests; a trailing part-month is simple interest by act/365.'],
    unverifiedReading:
      'Whether the Bank Rate floats or is fixed at default is unverified; this pack applies the Bank Rate in force ' +
      'on the first day of each monthly rest.',
  },
  EU: {
    jurisdiction: 'EU', method: 'floating', coversConsumers: false,
    legs: () => [leg('EU', 'ecb-mro', '8')],
    sources: ['Directive 2011/7/EU arts 2–4 (eur-lex.europa.eu/eli/dir/2011/7/oj)'],
    notes: ['ECB MRO on 1 Jan governs H1, on 1 Jul governs H2, + 8 pp (the Directive floor).', 'Day count act/365 chosen [U].'],
  },
  UK: {
    jurisdiction: 'UK', method: 'fixed', coversConsumers: false,
    legs: () => [leg('UK', 'bank-rate', '8')],
    sources: ['Late Payment of Commercial Debts (Interest) Act 1998 ss.4, 6; SI 2002/1675 (legislation.gov.uk/ukpga/1998/20)'],
    notes: ['Bank Rate on the reference date + 8 pp, fixed for the life of the debt (s.4(2), s.6).', ACT_365_PRACTICE],
  },
  DE: {
    jurisdiction: 'DE', method: 'floating', coversConsumers: true,
    legs: (debtor) => [leg('DE', 'base', debtor === 'consumer' ? '5' : '9')],
    sources: ['BGB §§247, 286, 288 (gesetze-im-internet.de/bgb/__288.html)'],
    notes: ['Basiszinssatz + 9 pp (no consumer involved) or + 5 pp (consumer), per half-year; no Zinseszins (§289).', ACT_365_PRACTICE],
  },
};

/** The leg in force on `date` (BG switches regime on 2026-01-01). */
export function legAt(legs: readonly RateLeg[], date: string): RateLeg {
  const found = legs.find((l) => (l.from === undefined || l.from <= date) && (l.to === undefined || date <= l.to));
  if (!found) throw new Error(`no rate leg covers ${date}`);
  return found;
}
