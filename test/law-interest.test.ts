import { describe, it, expect } from 'vitest';
import { computeInterest, LawError, type InterestRequest, type InterestResult } from '../src/domain/law/interest.js';
import { BUILT_IN_RATES } from '../src/domain/law/rate-data.js';
import { mergeRates } from '../src/domain/law/rate-table.js';
import { formatAmount, parseAmount } from '../src/domain/money.js';

const minor = (text: string, currency: string): bigint => {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

const run = (request: Omit<InterestRequest, 'principal'> & { amount: string }): InterestResult => {
  const { amount, ...rest } = request;
  return computeInterest({ ...rest, principal: minor(amount, request.currency) }, BUILT_IN_RATES);
};

const shown = (r: InterestResult) => ({
  interest: formatAmount(r.interest, r.currency),
  fixedCompensation: formatAmount(r.fixedCompensation, r.currency),
  total: formatAmount(r.total, r.currency),
  periods: r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, formatAmount(p.interest, r.currency)]),
  verified: r.verified,
});

const lawError = (fn: () => unknown): LawError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof LawError) return error;
    throw error;
  }
  throw new Error('expected a LawError');
};

describe('worked examples of ../shared/law/late-payment.md §4', () => {
  it('BG: €10,000 × 10.15% × 30/360 = 84.58, plus 80 BGN as €40.90 (unverified)', () => {
    const r = run({ jurisdiction: 'BG', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09' });
    expect(shown(r)).toEqual({
      interest: '84.58', fixedCompensation: '40.90', total: '10125.48', verified: false,
      periods: [['2026-01-11', '2026-02-09', 30, '10.15', '84.58']],
    });
  });

  it('DE B2B: €10,000, 30 days in H1 2026 at 10.27% = 84.41, plus €40', () => {
    const r = run({ jurisdiction: 'DE', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09' });
    expect(shown(r)).toEqual({
      interest: '84.41', fixedCompensation: '40.00', total: '10124.41', verified: true,
      periods: [['2026-01-11', '2026-02-09', 30, '10.27', '84.41']],
    });
    expect(r.sources).toContain('BGB §§247, 286, 288 (gesetze-im-internet.de/bgb/__288.html)');
  });

  it('DE consumer: 6.27% and no €40', () => {
    const r = run({ jurisdiction: 'DE', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09', debtor: 'consumer' });
    expect(shown(r)).toMatchObject({ interest: '51.53', fixedCompensation: '0.00', total: '10051.53' });
    expect(r.periods[0]?.ratePercent).toBe('6.27');
  });

  it('DE public debtor is treated like a business (+9 pp and €40)', () => {
    const r = run({ jurisdiction: 'DE', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09', debtor: 'public' });
    expect(shown(r)).toMatchObject({ interest: '84.41', fixedCompensation: '40.00' });
  });

  it('UK: £5,000 due 2025-12-15 until 2026-03-15, 12.25% fixed for the whole 90 days, plus £70', () => {
    const r = run({ jurisdiction: 'UK', amount: '5000.00', currency: 'GBP', due: '2025-12-15', until: '2026-03-15' });
    expect(shown(r)).toEqual({
      interest: '151.03', fixedCompensation: '70.00', total: '5221.03', verified: true,
      periods: [['2025-12-16', '2026-03-15', 90, '12.25', '151.03']],
    });
  });

  it('UK: a debt whose interest starts on 1 January takes the 31 December Bank Rate (3.75 → 11.75%)', () => {
    const r = run({ jurisdiction: 'UK', amount: '5000.00', currency: 'GBP', due: '2025-12-31', until: '2026-01-30' });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]?.ratePercent).toBe('11.75');
  });

  it('IN: ₹1,00,000, 3 whole months at 16.5% compounded monthly = 100000 × (1.01375³ − 1) = 4181.98', () => {
    const r = run({ jurisdiction: 'IN', amount: '100000.00', currency: 'INR', due: '2026-01-10', until: '2026-04-10', supplierSize: 'micro' });
    expect(shown(r)).toEqual({
      interest: '4181.98', fixedCompensation: '0.00', total: '104181.98', verified: false,
      periods: [
        ['2026-01-11', '2026-02-10', 31, '16.50', '1375.00'],
        ['2026-02-11', '2026-03-10', 28, '16.50', '1393.91'],
        ['2026-03-11', '2026-04-10', 31, '16.50', '1413.07'],
      ],
    });
  });

  it('IN: a trailing part-month is simple interest by act/365 on the compounded balance', () => {
    const r = run({ jurisdiction: 'IN', amount: '100000.00', currency: 'INR', due: '2026-01-10', until: '2026-02-20', supplierSize: 'small' });
    // 100000 × 0.01375 = 1375; then 101375 × 0.165 × 10/365 = 458.2705…
    expect(shown(r).periods).toEqual([
      ['2026-01-11', '2026-02-10', 31, '16.50', '1375.00'],
      ['2026-02-11', '2026-02-20', 10, '16.50', '458.27'],
    ]);
    expect(formatAmount(r.interest, 'INR')).toBe('1833.27');
  });

  it('SE B2B: referensränta 2.00 + 8 = 10.00%, plus 450 SEK', () => {
    const r = run({ jurisdiction: 'SE', amount: '100000.00', currency: 'SEK', due: '2026-01-10', until: '2026-02-09' });
    expect(shown(r)).toMatchObject({ interest: '821.92', fixedCompensation: '450.00', total: '101271.92', verified: true });
    expect(r.periods[0]?.ratePercent).toBe('10.00');
  });

  it('NO: 12.50% in H1 2025 plus 470 NOK standardkompensasjon, less reminder fees charged', () => {
    const r = computeInterest(
      { jurisdiction: 'NO', principal: 10_000_000n, currency: 'NOK', due: '2025-01-10', until: '2025-02-09', reminderFeesCharged: 3500n },
      BUILT_IN_RATES,
    );
    expect(shown(r)).toMatchObject({ interest: '1027.40', fixedCompensation: '435.00', total: '101462.40', verified: true });
  });

  it('PH: 6% from the day after the demand', () => {
    const r = run({ jurisdiction: 'PH', amount: '100000.00', currency: 'PHP', due: '2026-01-01', demandDate: '2026-01-10', until: '2026-02-09' });
    expect(shown(r)).toMatchObject({ interest: '493.15', fixedCompensation: '0.00' });
    expect(r.periods[0]?.from).toBe('2026-01-11');
  });

  it('EU B2B: ECB MRO 2.15 + 8 = 10.15% by act/365, plus €40', () => {
    const r = run({ jurisdiction: 'EU', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09' });
    expect(shown(r)).toMatchObject({ interest: '83.42', fixedCompensation: '40.00', total: '10123.42' });
  });
});

describe('rate periods', () => {
  it('NO splits at 1 July with the right days on each side', () => {
    const r = run({ jurisdiction: 'NO', amount: '100000.00', currency: 'NOK', due: '2025-06-15', until: '2025-07-15' });
    expect(shown(r).periods).toEqual([
      ['2025-06-16', '2025-06-30', 15, '12.50', '513.70'],
      ['2025-07-01', '2025-07-15', 15, '12.25', '503.42'],
    ]);
    expect(formatAmount(r.interest, 'NOK')).toBe('1017.12');
  });

  it('EU splits at 1 January 2026 and 1 July 2025 over a long delay', () => {
    const r = run({ jurisdiction: 'EU', amount: '1000.00', currency: 'EUR', due: '2025-05-31', until: '2026-01-31' });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2025-06-01', '2025-06-30', 30, '11.15'],
      ['2025-07-01', '2025-12-31', 184, '10.15'],
      ['2026-01-01', '2026-01-31', 31, '10.15'],
    ]);
  });

  it('BG switches from BNB base + 10 to ECB MRO + 8 on 1 January 2026, act/360 on both sides', () => {
    const r = run({ jurisdiction: 'BG', amount: '10000.00', currency: 'BGN', due: '2025-12-16', until: '2026-01-15' });
    expect(shown(r).periods).toEqual([
      ['2025-12-17', '2025-12-31', 15, '11.91', '49.63'],
      ['2026-01-01', '2026-01-15', 15, '10.15', '42.29'],
    ]);
    // (11.91 + 10.15) × 15 × 10000 / 36000 = 91.9166… — one rounding of the exact sum.
    expect(formatAmount(r.interest, 'BGN')).toBe('91.92');
    expect(r.fixedCompensation).toBe(8000n);
  });

  it('UK does not re-reset at 1 January: one period at the rate of the day interest started', () => {
    const r = run({ jurisdiction: 'UK', amount: '1000.00', currency: 'GBP', due: '2025-06-30', until: '2026-02-28' });
    expect(r.periods.map((p) => p.ratePercent)).toEqual(['12.25']);
  });
});

describe('leap years', () => {
  const rates = mergeRates(BUILT_IN_RATES, [
    { jurisdiction: 'DE', series: 'base', from: '2024-01-01', percent: '3.62', source: 'test', verified: true },
  ]);

  it('counts 29 February 2024 as a day, and act/365 still divides by 365', () => {
    const r = computeInterest({ jurisdiction: 'DE', principal: 3_650_000n, currency: 'EUR', due: '2024-02-28', until: '2024-03-01' }, rates);
    // 36500 × 12.62% × 2/365 = 25.24
    expect(r.periods.map((p) => p.days)).toEqual([2]);
    expect(r.interest).toBe(2524n);
  });

  it('the first half of 2024 has 182 days', () => {
    const r = computeInterest({ jurisdiction: 'DE', principal: 3_650_000n, currency: 'EUR', due: '2023-12-31', until: '2024-06-30' }, rates);
    expect(r.periods.map((p) => [p.from, p.to, p.days])).toEqual([['2024-01-01', '2024-06-30', 182]]);
    expect(r.interest).toBe(229_684n); // 36500 × 12.62% × 182/365 = 2296.84
  });
});

describe('a principal paid in parts', () => {
  it('interest on each part up to its payment date', () => {
    const r = run({
      jurisdiction: 'DE', amount: '10000.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09',
      payments: [{ date: '2026-01-20', amount: 400_000n }],
    });
    // (10000 × 10 + 6000 × 20) × 10.27% / 365 = 61.901…
    expect(shown(r)).toEqual({
      interest: '61.90', fixedCompensation: '40.00', total: '6101.90', verified: true,
      periods: [
        ['2026-01-11', '2026-01-20', 10, '10.27', '28.14'],
        ['2026-01-21', '2026-02-09', 20, '10.27', '33.76'],
      ],
    });
  });

  it('a debt paid in full before `until` stops at the last payment and owes only interest and compensation', () => {
    const r = run({
      jurisdiction: 'SE', amount: '1000.00', currency: 'SEK', due: '2026-01-10', until: '2026-03-01',
      payments: [{ date: '2026-01-15', amount: 50_000n }, { date: '2026-01-20', amount: 50_000n }],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.days])).toEqual([['2026-01-11', '2026-01-15', 5], ['2026-01-16', '2026-01-20', 5]]);
    expect(r.total).toBe(r.interest + r.fixedCompensation);
  });

  it('a payment on the due date takes its part out before any interest', () => {
    const r = run({ jurisdiction: 'DE', amount: '100.00', currency: 'EUR', due: '2026-01-10', until: '2026-01-20', payments: [{ date: '2026-01-10', amount: 10_000n }] });
    expect(r.interest).toBe(0n);
    expect(r.fixedCompensation).toBe(0n);
    expect(r.periods).toEqual([]);
  });

  it('IN: each part compounds up to its own payment date', () => {
    const r = run({
      jurisdiction: 'IN', amount: '100000.00', currency: 'INR', due: '2026-01-10', until: '2026-03-10', supplierSize: 'micro',
      payments: [{ date: '2026-02-10', amount: 5_000_000n }],
    });
    // month 1: 100000 × 0.01375 = 1375; month 2: only the unpaid 50000 + its 687.50 → 50687.50 × 0.01375 = 696.95
    expect(shown(r).periods.map((p) => p[4])).toEqual(['1375.00', '696.95']);
  });

  it('rejects payments above the principal and non-positive payments', () => {
    expect(lawError(() => run({ jurisdiction: 'DE', amount: '10.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09', payments: [{ date: '2026-01-20', amount: 1001n }] })).field).toBe('payments');
    expect(lawError(() => run({ jurisdiction: 'DE', amount: '10.00', currency: 'EUR', due: '2026-01-10', until: '2026-02-09', payments: [{ date: '2026-01-20', amount: 0n }] })).field).toBe('payments');
  });
});
