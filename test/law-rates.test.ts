import { describe, it, expect } from 'vitest';
import { BUILT_IN_RATES, type RateRow } from '../src/domain/law/rate-data.js';
import { mergeRates, rateRowAt, validateRateRow, type RateRowInput } from '../src/domain/law/rate-table.js';
import { RATE_SERIES } from '../src/domain/law/rate-series.js';
import { BUILT_IN_FEES } from '../src/domain/law/fee-data.js';
import { mergeFees, validateFeeRow } from '../src/domain/law/fee-table.js';
import { computeInterest, LawError } from '../src/domain/law/interest.js';

const row = (change: Partial<RateRowInput> = {}): RateRowInput => ({
  jurisdiction: 'DE', series: 'base', from: '2026-07-01', percent: '1.27', source: 'Bundesbank', ...change,
});

describe('the built-in tables', () => {
  it('every rate row is valid and no key repeats', () => {
    for (const r of BUILT_IN_RATES) expect(validateRateRow(r), `${r.jurisdiction} ${r.series} ${r.from}`).toBeNull();
    const keys = BUILT_IN_RATES.map((r) => `${r.jurisdiction} ${r.series} ${r.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every fee row is valid', () => {
    for (const f of BUILT_IN_FEES) expect(validateFeeRow(f), `${f.jurisdiction} ${f.from}`).toBeNull();
  });

  it('every half-year series has 2025 H1, 2025 H2 and 2026 H1 (BG base rate only until 2025)', () => {
    for (const s of RATE_SERIES.filter((x) => x.reset === 'half-year')) {
      const froms = BUILT_IN_RATES.filter((r) => r.jurisdiction === s.jurisdiction && r.series === s.series).map((r) => r.from);
      const expected = s.jurisdiction === 'BG' ? ['2025-01-01', '2025-07-01'] : ['2025-01-01', '2025-07-01', '2026-01-01'];
      expect(froms, `${s.jurisdiction} ${s.series}`).toEqual(expected);
    }
  });

  it('marks the figures the law file gives as unverified or conflicting', () => {
    const unverified = BUILT_IN_RATES.filter((r) => !r.verified).map((r) => `${r.jurisdiction} ${r.from}`);
    expect(unverified).toEqual(['NO 2026-01-01', 'SE 2025-01-01', 'IN 2025-01-01', 'IN 2025-02-07', 'IN 2025-04-09']);
  });

  it('step series: the IN Bank Rate in force on a day is the latest row before it', () => {
    expect(rateRowAt(BUILT_IN_RATES, { jurisdiction: 'IN', series: 'bank-rate' }, '2025-12-04').percent).toBe('5.75');
    expect(rateRowAt(BUILT_IN_RATES, { jurisdiction: 'IN', series: 'bank-rate' }, '2025-12-05').percent).toBe('5.50');
  });
});

describe('validateRateRow', () => {
  it.each<[string, Partial<RateRowInput>, string | null]>([
    ['a good row', {}, null],
    ['a negative percent (the Basiszinssatz was −0.88)', { percent: '-0.88' }, null],
    ['unknown jurisdiction', { jurisdiction: 'US' }, 'unknown jurisdiction "US"'],
    ['unknown series', { series: 'prime' }, 'unknown rate series "prime" for DE'],
    ['series of another jurisdiction', { series: 'ecb-mro' }, 'unknown rate series "ecb-mro" for DE'],
    ['impossible date', { from: '2026-02-30' }, 'from: no such day: "2026-02-30"'],
    ['mid-half-year start of a half-year series', { from: '2026-07-10' }, 'from: DE base is set per half-year, so a row must start on 1 January or 1 July'],
    ['float-looking percent', { percent: '1.27e0' }, 'percent: not a decimal percent with at most 6 decimals: "1.27e0"'],
    ['comma decimal', { percent: '1,27' }, 'percent: not a decimal percent with at most 6 decimals: "1,27"'],
    ['percent with a % sign', { percent: '1.27%' }, 'percent: not a decimal percent with at most 6 decimals: "1.27%"'],
    ['blank source', { source: ' ' }, 'source: say where the rate comes from'],
  ])('%s', (_name, change, reason) => {
    expect(validateRateRow(row(change))).toBe(reason);
  });

  it('a step series accepts any start day', () => {
    expect(validateRateRow(row({ jurisdiction: 'IN', series: 'bank-rate', from: '2026-02-06', percent: '5.25' }))).toBeNull();
  });
});

describe('mergeRates', () => {
  const override = (change: Partial<RateRow>): RateRow => ({ ...(row() as RateRow), verified: true, ...change });

  it('a tenant row with the same key replaces the built-in one', () => {
    const merged = mergeRates(BUILT_IN_RATES, [override({ jurisdiction: 'NO', series: 'statutory', from: '2026-01-01', percent: '12.00', verified: true, source: 'FOR-2025-12-xx' })]);
    expect(merged).toHaveLength(BUILT_IN_RATES.length);
    // A consumer debt, so the (still unverified) H1 2026 standardkompensasjon does not enter.
    const r = computeInterest({ jurisdiction: 'NO', principal: 100_000n, currency: 'NOK', due: '2026-01-10', until: '2026-02-09', debtor: 'consumer' }, merged);
    expect(r.verified).toBe(true);
    expect(r.sources).toContain('FOR-2025-12-xx');
  });

  it('a new row adds a period, so next half-year can be computed without a release', () => {
    const request = { jurisdiction: 'DE', principal: 100_000n, currency: 'EUR', due: '2026-06-30', until: '2026-07-30' };
    expect(() => computeInterest(request, BUILT_IN_RATES)).toThrow(LawError);
    const merged = mergeRates(BUILT_IN_RATES, [override({})]);
    expect(merged).toHaveLength(BUILT_IN_RATES.length + 1);
    expect(computeInterest(request, merged).periods[0]?.ratePercent).toBe('10.27');
  });

  it('does not change the built-in table', () => {
    const before = JSON.stringify(BUILT_IN_RATES);
    mergeRates(BUILT_IN_RATES, [override({ percent: '9.99' })]);
    expect(JSON.stringify(BUILT_IN_RATES)).toBe(before);
  });

  it('rejects an invalid or repeated override instead of dropping it', () => {
    expect(() => mergeRates(BUILT_IN_RATES, [override({ percent: 'abc' })])).toThrow(/DE base 2026-07-01: percent/);
    expect(() => mergeRates(BUILT_IN_RATES, [override({}), override({})])).toThrow(/given twice/);
  });
});

describe('fee overrides', () => {
  it('validateFeeRow', () => {
    const good = { jurisdiction: 'NO', fee: 'compensation', from: '2025-07-01', amount: '460.00', currency: 'NOK', source: 'FOR-2025-06-23-1321' };
    expect(validateFeeRow(good)).toBeNull();
    expect(validateFeeRow({ ...good, fee: 'purring' })).toBe('unknown fee "purring"');
    expect(validateFeeRow({ ...good, amount: '460.001' })).toMatch(/^amount: NOK has 2 decimal digits/);
    expect(validateFeeRow({ ...good, currency: 'NKO' })).toBe('currency: unknown currency "NKO"');
    expect(validateFeeRow({ ...good, amount: '-1' })).toBe('amount: must not be negative');
  });

  it('mergeFees replaces the carried-forward NO amount with the real one', () => {
    const merged = mergeFees(BUILT_IN_FEES, [
      { jurisdiction: 'NO', fee: 'compensation', from: '2025-07-01', amount: '460.00', currency: 'NOK', source: 'FOR-2025-06-23-1321 §2', verified: true },
    ]);
    expect(merged).toHaveLength(BUILT_IN_FEES.length);
    const r = computeInterest({ jurisdiction: 'NO', principal: 100_000n, currency: 'NOK', due: '2025-08-01', until: '2025-08-31' }, BUILT_IN_RATES, merged);
    expect(r.fixedCompensation).toBe(46_000n);
    expect(r.verified).toBe(true);
  });
});
