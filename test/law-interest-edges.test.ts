import { describe, it, expect } from 'vitest';
import { computeInterest, LawError, type InterestRequest } from '../src/domain/law/interest.js';
import { BUILT_IN_RATES } from '../src/domain/law/rate-data.js';

const base: InterestRequest = { jurisdiction: 'DE', principal: 1_000_000n, currency: 'EUR', due: '2026-01-10', until: '2026-02-09' };

const lawError = (request: InterestRequest): LawError => {
  try {
    computeInterest(request, BUILT_IN_RATES);
  } catch (error) {
    if (error instanceof LawError) return error;
    throw error;
  }
  throw new Error('expected a LawError');
};

describe('zero and negative days', () => {
  it.each([
    ['until on the due date', '2026-01-10'],
    ['until before the due date', '2025-12-01'],
  ])('%s: zero interest, no compensation, no error', (_name, until) => {
    const r = computeInterest({ ...base, until }, BUILT_IN_RATES);
    expect(r).toMatchObject({ interest: 0n, fixedCompensation: 0n, total: 1_000_000n, periods: [], verified: true });
    expect(r.notes.some((n) => n.includes('No day bears interest'))).toBe(true);
  });

  it('one day late is one day of interest', () => {
    const r = computeInterest({ ...base, until: '2026-01-11' }, BUILT_IN_RATES);
    expect(r.periods.map((p) => p.days)).toEqual([1]);
  });

  it('a zero principal bears nothing', () => {
    expect(computeInterest({ ...base, principal: 0n }, BUILT_IN_RATES)).toMatchObject({ interest: 0n, fixedCompensation: 0n, periods: [] });
  });
});

describe('clear errors', () => {
  it('unknown jurisdiction names the field and the choices', () => {
    const error = lawError({ ...base, jurisdiction: 'US' });
    expect(error.field).toBe('jurisdiction');
    expect(error.reason).toContain('NO, SE, BG, PH, IN, EU, UK, DE');
  });

  it('accepts a lower-case jurisdiction code', () => {
    expect(computeInterest({ ...base, jurisdiction: 'de' }, BUILT_IN_RATES).jurisdiction).toBe('DE');
  });

  it('a missing rate names the jurisdiction, the series and the period', () => {
    const error = lawError({ ...base, until: '2026-08-01' });
    expect(error.field).toBe('rates');
    expect(error.reason).toContain('DE base');
    expect(error.reason).toContain('2026-07-01 to 2026-12-31');
  });

  it('a missing rate before the table starts is an error too, not a zero', () => {
    const error = lawError({ ...base, jurisdiction: 'SE', currency: 'SEK', due: '2024-12-01' });
    expect(error.reason).toContain('SE reference');
    expect(error.reason).toContain('2024-07-01 to 2024-12-31');
  });

  it('IN with no Bank Rate row in force names the day', () => {
    const error = lawError({ ...base, jurisdiction: 'IN', currency: 'INR', due: '2024-11-30', supplierSize: 'small' });
    expect(error.reason).toContain('IN bank-rate');
    expect(error.reason).toContain('2024-12-01');
  });

  it('PH without a demand date', () => {
    const error = lawError({ ...base, jurisdiction: 'PH', currency: 'PHP' });
    expect(error.field).toBe('demandDate');
  });

  it.each<[string, Partial<InterestRequest>, string]>([
    ['bad until', { until: '2026-02-30' }, 'until'],
    ['bad due', { due: '10/01/2026' }, 'due'],
    ['bad currency', { currency: 'EURO' }, 'currency'],
    ['negative principal', { principal: -1n }, 'principal'],
    ['bad debtor', { debtor: 'person' as never }, 'debtor'],
    ['IN without supplier size', { jurisdiction: 'IN', currency: 'INR' }, 'supplierSize'],
  ])('%s', (_name, change, field) => {
    expect(lawError({ ...base, ...change }).field).toBe(field);
  });
});

describe('scope', () => {
  it.each(['EU', 'UK'])('%s does not cover consumers: zero with a note', (jurisdiction) => {
    const r = computeInterest({ ...base, jurisdiction, debtor: 'consumer' }, BUILT_IN_RATES);
    expect(r).toMatchObject({ interest: 0n, fixedCompensation: 0n, periods: [], total: 1_000_000n });
    expect(r.notes[0]).toMatch(/consumer/);
  });

  it.each(['medium', 'large'] as const)('IN owes nothing to a %s supplier', (supplierSize) => {
    const r = computeInterest({ ...base, jurisdiction: 'IN', currency: 'INR', supplierSize }, BUILT_IN_RATES);
    expect(r.interest).toBe(0n);
    expect(r.notes[0]).toContain('micro and small');
  });

  it('UK public debtors are covered', () => {
    expect(computeInterest({ ...base, jurisdiction: 'UK', currency: 'GBP', debtor: 'public' }, BUILT_IN_RATES).interest).toBeGreaterThan(0n);
  });
});

describe('no due date agreed', () => {
  const noDue = (change: Partial<InterestRequest>) => {
    const { due: _due, ...rest } = base;
    return computeInterest({ ...rest, until: '2026-06-30', ...change }, BUILT_IN_RATES);
  };
  const firstDay = (change: Partial<InterestRequest>) => noDue(change).periods[0]?.from;

  it.each<[string, Partial<InterestRequest>, string]>([
    ['DE business: 30 days after the invoice (§286(3))', { invoiceDate: '2026-01-01' }, '2026-02-01'],
    ['DE business: a Mahnung before then starts default earlier', { invoiceDate: '2026-01-01', demandDate: '2026-01-10' }, '2026-01-11'],
    ['DE consumer: only the Mahnung counts', { debtor: 'consumer', invoiceDate: '2026-01-01', demandDate: '2026-02-15' }, '2026-02-16'],
    ['SE business: 30 days after the invoice', { jurisdiction: 'SE', currency: 'SEK', invoiceDate: '2026-01-05' }, '2026-02-05'],
    ['SE consumer: one month after the demand', { jurisdiction: 'SE', currency: 'SEK', debtor: 'consumer', demandDate: '2026-01-31' }, '2026-03-01'],
    ['NO: 30 days after the written demand', { jurisdiction: 'NO', currency: 'NOK', demandDate: '2026-01-01' }, '2026-02-01'],
    ['EU: 30 days after the invoice', { jurisdiction: 'EU', invoiceDate: '2026-01-01' }, '2026-02-01'],
    ['UK: 30 days beginning with the day of notice', { jurisdiction: 'UK', currency: 'GBP', invoiceDate: '2026-01-01' }, '2026-01-31'],
    ['BG business: 14 days after the invoice', { jurisdiction: 'BG', invoiceDate: '2026-01-01' }, '2026-01-16'],
    ['IN: from the appointed day', { jurisdiction: 'IN', currency: 'INR', supplierSize: 'micro', invoiceDate: '2026-01-01' }, '2026-01-17'],
  ])('%s', (_name, change, expected) => {
    expect(firstDay(change)).toBe(expected);
  });

  it('says which rule set the start', () => {
    expect(noDue({ invoiceDate: '2026-01-01' }).notes.some((n) => n.includes('§286(3)'))).toBe(true);
  });

  it.each<[string, Partial<InterestRequest>]>([
    ['DE consumer without a Mahnung', { debtor: 'consumer', invoiceDate: '2026-01-01' }],
    ['SE with neither invoice nor demand date', { jurisdiction: 'SE', currency: 'SEK' }],
  ])('%s is an error on `due`', (_name, change) => {
    const { due: _due, ...rest } = base;
    expect(lawError({ ...rest, ...change }).field).toBe('due');
  });

  it('PH: a demand made before the due date waits for the due date', () => {
    const r = computeInterest({ ...base, jurisdiction: 'PH', currency: 'PHP', due: '2026-01-20', demandDate: '2026-01-05' }, BUILT_IN_RATES);
    expect(r.periods[0]?.from).toBe('2026-01-21');
  });
});

describe('verified and sources', () => {
  it('an unverified rate makes the result unverified and says why', () => {
    const r = computeInterest({ ...base, jurisdiction: 'NO', currency: 'NOK' }, BUILT_IN_RATES);
    expect(r.verified).toBe(false);
    expect(r.notes.some((n) => n.includes('NO statutory 12.00% from 2026-01-01 is unverified'))).toBe(true);
  });

  it('lists each source once: statute, rates, compensation', () => {
    const r = computeInterest({ ...base, jurisdiction: 'EU', until: '2026-02-09' }, BUILT_IN_RATES);
    expect(r.sources).toHaveLength(3);
    expect(r.sources[2]).toContain('C-78/22');
  });

  it('IN is always unverified (Bank Rate floating or fixed is [U]) and warns that the newest row is assumed in force', () => {
    const r = computeInterest({ ...base, jurisdiction: 'IN', currency: 'INR', supplierSize: 'small' }, BUILT_IN_RATES);
    expect(r.verified).toBe(false);
    expect(r.notes.some((n) => n.includes('newest row'))).toBe(true);
  });
});
