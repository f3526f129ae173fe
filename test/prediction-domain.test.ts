// Issue #8: payment-date prediction (per-customer delay distributions, recency, shrinkage, size, trend, payment
// runs; no look-ahead), the 13-week cash forecast and early-discount economics — pure domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../src/domain/dates.js';
import { annualisedCostPercent, discountEconomics, parseTerms } from '../src/domain/discount/index.js';
import { forecastCash, isqrt } from '../src/domain/forecast/index.js';
import { backtest, predictOpenInvoices, trainAddBaseline, baselineDate, type LedgerInvoice } from '../src/domain/prediction/index.js';
import { paymentRunDay, preRunDelays, runOnOrAfter, snapToRun } from '../src/domain/prediction/habits.js';
import { toDayNumber } from '../src/domain/dates.js';

let nextId = 0n;
/** An invoice due `due`, paid `delay` days after (null: unpaid). */
function invoice(customer: number, due: string, delay: number | null, amount = 100000n): LedgerInvoice {
  nextId += 1n;
  const settledOn = delay === null ? null : addDays(due, delay);
  return {
    invoiceId: nextId, customerId: BigInt(customer), number: `I-${nextId}`, currency: 'EUR', issueDate: addDays(due, -30), dueDate: due, amount,
    paid: settledOn ? amount : 0n, writtenOff: 0n, open: settledOn ? 0n : amount, settledOn,
  };
}
/** The prediction for the last invoice of the ledger (the open one each case is about). */
const last = (ledger: LedgerInvoice[]) => predictOpenInvoices(ledger, '2026-03-02').find((p) => p.invoiceId === ledger[ledger.length - 1]?.invoiceId);
const steady = (customer: number, delay: number, count: number, from = '2025-06-01') =>
  Array.from({ length: count }, (_, k) => invoice(customer, addDays(from, 14 * k), delay + ((k % 3) - 1)));

describe('payment-date prediction', () => {
  const asOf = '2026-03-02';
  it.each([
    ['a steady payer 20 days late, not yet due', [...steady(1, 20, 15), invoice(1, '2026-03-10', null)], '2026-03-10', 20, 'median 20 days after due'],
    ['an early payer, not yet due', [...steady(1, -5, 15), invoice(1, '2026-03-20', null)], '2026-03-20', -5, 'median 5 days before due'],
    ['no history: the tenant-wide habit', [...steady(1, 10, 15), invoice(2, '2026-03-20', null)], '2026-03-20', 10, 'No settled invoices from this customer'],
  ])('%s', (_name, ledger, due, delay, words) => {
    const p = last(ledger);
    expect(p && daysBetween(due, p.predictedDate)).toBe(delay);
    expect(p?.explanation).toContain(words);
  });

  it('shrinks a customer with few settled invoices toward the tenant', () => {
    const ledger = [...steady(1, 0, 15), invoice(2, '2026-01-01', 40), invoice(2, '2026-03-20', null)];
    const p = last(ledger);
    const delay = daysBetween('2026-03-20', p?.predictedDate ?? '');
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThan(40);
    expect(p?.features.source).toBe('blend');
  });

  it('conditions an overdue invoice on still being open: never predicted on or before as-of', () => {
    const ledger = [...steady(1, 5, 15), ...steady(1, 60, 4), invoice(1, '2026-02-01', null)];
    const p = last(ledger);
    expect(p && p.predictedDate > asOf).toBe(true);
    expect(p?.explanation).toContain('already 29 days overdue');
  });

  it('snaps a month-end payer to the month end', () => {
    const months = ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'];
    const ledger = months.map((m) => ({ ...invoice(1, `${m}-10`, null), settledOn: `${m}-${m.endsWith('-06') || m.endsWith('-09') || m.endsWith('-11') ? '30' : '31'}` }))
      .map((i) => ({ ...i, paid: i.amount, open: 0n }));
    expect(paymentRunDay(ledger.map((i) => toDayNumber(i.settledOn)))).toBe(31);
    const p = last([...ledger, invoice(1, '2026-03-10', null)]);
    expect(p?.predictedDate).toBe('2026-03-31');
    expect(p?.explanation).toContain('at month end');
  });

  it.each([
    ['2026-03-20', 31, '2026-03-31'], ['2026-03-03', 31, '2026-03-02'], ['2026-04-12', 15, '2026-04-15'], ['2026-02-26', 28, '2026-03-02'],
  ])('snaps %s to the run day %i → %s', (day, run, expected) => {
    expect(snapToRun(toDayNumber(day), run, toDayNumber('2026-03-01'))).toBe(toDayNumber(expected));
  });

  it.each([
    ['2026-03-10', 15, '2026-03-16'], ['2026-03-16', 15, '2026-03-16'], ['2026-03-17', 15, '2026-04-15'], ['2026-03-01', 31, '2026-03-02'], ['2026-03-03', 31, '2026-03-31'],
    ['2026-12-20', 10, '2027-01-11'], ['2026-02-27', 28, '2026-03-02'],
  ])('the first run on or after %s on day %i is %s (a weekend run the Monday after)', (day, run, expected) => {
    expect(runOnOrAfter(toDayNumber(day), run)).toBe(toDayNumber(expected));
  });

  it('recovers a run payer\'s delay before its run from the runs it paid on (Turnbull)', () => {
    const dues = Array.from({ length: 12 }, (_, k) => toDayNumber(addDays('2025-03-03', 23 * k)));
    const samples = dues.map((due) => ({ delay: runOnOrAfter(due + 5, 15) - due, weight: 1 }));
    const estimate = preRunDelays(samples);
    const mass = (d: number) => estimate?.p[d - (estimate?.from ?? 0)] ?? 0;
    // Every interval holds 5; most of the mass lands within a few days of it, none far below.
    expect(Array.from({ length: 7 }, (_, i) => mass(2 + i)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.9);
  });

  it('predicts a run payer\'s run from its delay before the run, and reads no trend into runs', () => {
    const dues = Array.from({ length: 14 }, (_, k) => addDays('2025-03-03', 23 * k));
    const ledger = dues.map((due) => {
      const settledOn = addDays(due, runOnOrAfter(toDayNumber(due) + 5, 15) - toDayNumber(due));
      return { ...invoice(1, due, null), settledOn, paid: 100000n, open: 0n };
    });
    // Due 12 March and paid 5 days after due were there no run: 17 March is past the March run, so the run of 15 April.
    const p = last([...ledger, invoice(1, '2026-03-12', null)]);
    expect(p?.features.paymentRunDay).toBe(15);
    expect(p?.predictedDate).toBe('2026-04-15');
    expect(p?.features.trendShiftDays).toBe(0);
  });

  it('shrinks a customer with one settled invoice toward customers paying like it, not the whole tenant', () => {
    const early = Array.from({ length: 12 }, (_, c) => steady(10 + c, 0, 4, '2025-09-01')).flat();
    const slow = Array.from({ length: 12 }, (_, c) => steady(30 + c, 60, 4, '2025-06-01')).flat();
    const p = last([...early, ...slow, invoice(99, '2025-11-01', 55), invoice(99, '2026-03-20', null)]);
    const delay = daysBetween('2026-03-20', p?.predictedDate ?? '');
    expect(delay).toBeGreaterThanOrEqual(55);
    expect(delay).toBeLessThanOrEqual(61);
  });

  it('sees a customer getting worse', () => {
    const ledger = [...steady(1, 5, 20, '2025-03-01'), invoice(1, '2025-12-01', 30), invoice(1, '2025-12-15', 32), invoice(1, '2026-01-05', 35), invoice(1, '2026-01-20', 33), invoice(1, '2026-03-20', null)];
    const p = last(ledger);
    expect(p?.features.trendShiftDays).toBeGreaterThanOrEqual(5);
    expect(p?.explanation).toContain('getting worse');
  });

  it('the ADD baseline is the mean signed delay, the tenant\'s for a new customer', () => {
    const ledger = [invoice(1, '2026-01-01', 10), invoice(1, '2026-01-15', -2), invoice(2, '2026-01-01', 30)];
    const b = trainAddBaseline(ledger, asOf);
    expect(b.customers.get(1n)).toBe(4);
    expect(baselineDate(b, invoice(3, '2026-04-01', null))).toBe(addDays('2026-04-01', 13));
  });

  it('backtests on a time split: trains at the cut, scores what settled after it', () => {
    const ledger = [...steady(1, 20, 15), invoice(1, '2025-12-20', 20), invoice(1, '2026-01-10', 19), invoice(1, '2026-03-10', null)];
    const cut = '2025-12-31';
    const atCut = ledger.map((i) => (i.settledOn && i.settledOn > cut ? { ...i, paid: 0n, open: i.amount, settledOn: null } : i));
    const result = backtest(atCut, ledger, cut);
    expect(result.n).toBe(3);
    expect(result.maeDays).not.toBeNull();
    expect(result.maeDays ?? 99).toBeLessThanOrEqual(result.baselineMaeDays ?? 0);
  });

  const ledgerArb = fc.array(fc.record({
    customer: fc.integer({ min: 1, max: 4 }), dueOffset: fc.integer({ min: -400, max: 60 }), delay: fc.option(fc.integer({ min: -20, max: 150 }), { nil: null }),
    amount: fc.bigInt({ min: 1n, max: 10_000_000n }),
  }), { minLength: 1, maxLength: 60 }).map((rows) => rows.map((r) => invoice(r.customer, addDays(asOf, r.dueOffset), r.delay, r.amount)));

  it('low ≤ predicted ≤ high, and every prediction is an open invoice', () => {
    fc.assert(fc.property(ledgerArb, (ledger) => {
      for (const p of predictOpenInvoices(ledger, asOf)) {
        expect(p.low <= p.predictedDate && p.predictedDate <= p.high).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('no look-ahead: settlements dated after as-of never change a prediction', () => {
    fc.assert(fc.property(ledgerArb, fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 60, maxLength: 60 }), (ledger, later) => {
      const before = predictOpenInvoices(ledger, asOf);
      // Settle every invoice still open on as-of some days after it: the ledger learns it later, the model must not.
      const settledLater = ledger.map((i, k) => (i.settledOn === null || i.settledOn > asOf
        ? { ...i, paid: i.amount, open: 0n, settledOn: addDays(asOf, later[k] ?? 1) } : i));
      expect(predictOpenInvoices(settledLater, asOf)).toEqual(before);
    }), { numRuns: 200 });
  });
});

describe('13-week cash forecast', () => {
  const p = (customer: number, open: bigint, low: string, predictedDate: string, high: string, currency = 'EUR') => ({ customerId: BigInt(customer), currency, open, low, predictedDate, high });
  it('starts on the as-of\'s Monday, puts the past in week 1 and the far future in later', () => {
    const f = forecastCash([p(1, 10000n, '2026-02-01', '2026-02-10', '2026-02-20'), p(2, 5000n, '2026-09-01', '2026-09-10', '2026-09-20')], '2026-03-04', 13);
    expect(f.weekStart).toBe('2026-03-02');
    const eur = f.currencies[0];
    expect(eur?.weeks[0]).toMatchObject({ week: 1, from: '2026-03-02', to: '2026-03-08', expected: 10000n });
    expect(eur?.later).toBe(5000n);
  });

  it('expected amounts add up to the open total exactly, and low ≤ expected ≤ high', () => {
    fc.assert(fc.property(fc.array(fc.record({
      customer: fc.integer({ min: 1, max: 5 }), open: fc.bigInt({ min: 1n, max: 100_000_000n }), a: fc.integer({ min: -30, max: 120 }),
      b: fc.integer({ min: 0, max: 40 }), c: fc.integer({ min: 0, max: 60 }), currency: fc.constantFrom('EUR', 'NOK'),
    }), { maxLength: 40 }), (rows) => {
      const asOf = '2026-03-04';
      const list = rows.map((r) => p(r.customer, r.open, addDays(asOf, r.a), addDays(asOf, r.a + r.b), addDays(asOf, r.a + r.b + r.c), r.currency));
      const f = forecastCash(list, asOf, 13);
      for (const c of f.currencies) {
        const total = c.weeks.reduce((s, w) => s + w.expected, 0n) + c.later;
        expect(total).toBe(c.open);
        for (const w of c.weeks) expect(w.low <= w.expected && w.expected <= w.high).toBe(true);
      }
    }), { numRuns: 100 });
  });

  it.each([[0n, 0n], [15n, 3n], [16n, 4n], [10n ** 30n, 10n ** 15n], [10n ** 30n - 1n, 10n ** 15n - 1n]])('isqrt(%s) = %s', (n, root) => expect(isqrt(n)).toBe(root));
});

describe('early-payment discount', () => {
  it.each([
    ['2/10 net 30', '37.24'], ['2/10 n/30', '37.24'], ['2/10, net 30', '37.24'], ['2%/10 net 30', '37.24'], ['1/10 net 30', '18.43'],
    ['1.5/15 net 45', '18.53'], ['2/10 net 60', '14.90'], ['3/15 net 45', '37.63'], ['2/10 net 45', '21.28'], ['0.5/10 net 30', '9.17'],
  ])('%s costs %s %% a year', (text, cost) => {
    const terms = parseTerms(text);
    expect(terms.ok && annualisedCostPercent(terms.value)).toBe(cost);
  });

  it.each([
    ['2/30 net 30', 'must end before'], ['0/10 net 30', 'more than 0'], ['100/10 net 30', 'less than 100'], ['net 30', 'not discount terms'],
    ['2/10 net 400', 'at most 365'], ['2/10 30', 'not discount terms'],
  ])('rejects %s', (text, reason) => {
    const terms = parseTerms(text);
    expect(terms.ok).toBe(false);
    if (!terms.ok) expect(terms.reason).toContain(reason);
  });

  it('weighs cash brought forward against discounts given, per segment, exactly', () => {
    const terms = parseTerms('2/10 net 30');
    if (!terms.ok) throw new Error('terms');
    const paid = (customer: number, days: number, amount: bigint) => ({ customerId: BigInt(customer), currency: 'EUR', issueDate: '2026-01-01', settledOn: addDays('2026-01-01', days), amount });
    const analysis = discountEconomics(terms.value, { num: 8n, den: 1n, text: '8' },
      [{ customerId: 1n, customerRef: 'EARLY', currency: 'EUR', segment: null }, { customerId: 2n, customerRef: 'LATE', currency: 'EUR', segment: null }, { customerId: 3n, customerRef: 'ONTERMS', currency: 'EUR', segment: null }],
      [paid(1, 5, 3650000n), paid(2, 75, 3650000n), paid(3, 30, 3650000n)], '2026-06-30');
    expect(analysis.annualisedCostPercent).toBe('37.24');
    expect(analysis.discountCheaperThanCapital).toBe(false);
    const early = analysis.customers.find((c) => c.customerRef === 'EARLY');
    // Already early: takes 2 % of 36,500.00 = 730.00 and brings nothing forward.
    expect(early).toMatchObject({ habit: 'pays within the discount period', takeUpPercent: 100, discountCost: 73000n, cashBroughtForward: 0n, netBenefit: -73000n });
    const onTerms = analysis.customers.find((c) => c.customerRef === 'ONTERMS');
    // Half move from day 30 to day 10: 36,500.00 × 20 / 365 × 50 % = 1,000.00 forward, worth 80.00 at 8 %; cost 365.00.
    expect(onTerms).toMatchObject({ takeUpPercent: 50, cashBroughtForward: 100000n, capitalBenefit: 8000n, discountCost: 36500n, netBenefit: -28500n, dsoDaysGained: 10 });
    const late = analysis.segments.find((s) => s.segment === 'pays late');
    // A tenth move from day 75 to day 10: 36,500.00 × 65 / 365 × 10 % = 650.00 forward, 52.00 a year; cost 73.00.
    expect(late).toMatchObject({ cashBroughtForward: 65000n, capitalBenefit: 5200n, discountCost: 7300n, netBenefit: -2100n, recommendation: 'do not offer' });
    expect(late?.arithmetic).toContain('37.24 %');
  });
});
