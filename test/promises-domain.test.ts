// Issue #6: a promise is kept when payments of at least the amount arrive by the date plus grace, broken
// otherwise; the kept rate by count and by amount. Pure: tables of cases and a property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import { decidePromise, promiseDeadline } from '../src/domain/promises/decide-promise.js';
import { keptRates, ratio } from '../src/domain/promises/kept-rate.js';

const TERMS = { amount: 50000n, madeOn: '2026-03-01', promisedDate: '2026-03-10', graceDays: 3 };
const pay = (date: string, amount: bigint) => ({ date, amount });

describe('decidePromise', () => {
  it.each([
    ['nothing paid, before the deadline', [], '2026-03-05', { status: 'active', received: 0n, remaining: 50000n }],
    ['part paid, deadline not passed', [pay('2026-03-04', 20000n)], '2026-03-13', { status: 'active', received: 20000n, remaining: 30000n }],
    ['paid in full early: kept that day', [pay('2026-03-04', 50000n)], '2026-03-05', { status: 'kept', decidedOn: '2026-03-04', received: 50000n }],
    ['two payments reach it on the second', [pay('2026-03-04', 20000n), pay('2026-03-12', 30000n)], '2026-03-20', { status: 'kept', decidedOn: '2026-03-12', received: 50000n }],
    ['paid on the last day of grace', [pay('2026-03-13', 50000n)], '2026-03-14', { status: 'kept', decidedOn: '2026-03-13', received: 50000n }],
    ['overpaid: kept, all of it received', [pay('2026-03-02', 70000n)], '2026-03-14', { status: 'kept', decidedOn: '2026-03-02', received: 70000n }],
    ['nothing by the deadline: broken the day after', [], '2026-03-14', { status: 'broken', decidedOn: '2026-03-14', received: 0n }],
    ['short by one øre: broken', [pay('2026-03-10', 49999n)], '2026-04-01', { status: 'broken', decidedOn: '2026-03-14', received: 49999n }],
    ['paid the day after grace: broken', [pay('2026-03-14', 50000n)], '2026-03-20', { status: 'broken', decidedOn: '2026-03-14', received: 0n }],
    ['a payment before the promise was made does not count', [pay('2026-02-28', 50000n)], '2026-03-20', { status: 'broken', decidedOn: '2026-03-14', received: 0n }],
    ['a payment dated after asOf is not seen yet', [pay('2026-03-09', 50000n)], '2026-03-08', { status: 'active', received: 0n, remaining: 50000n }],
    ['a reversal on the same day nets out', [pay('2026-03-05', 50000n), pay('2026-03-05', -50000n)], '2026-03-14', { status: 'broken', decidedOn: '2026-03-14', received: 0n }],
  ] as const)('%s', (_name, payments, asOf, expected) => {
    expect(decidePromise(TERMS, payments, asOf)).toEqual(expected);
  });

  it('grace 0 makes the promised date the last day', () => {
    expect(promiseDeadline({ promisedDate: '2026-03-10', graceDays: 0 })).toBe('2026-03-10');
    expect(decidePromise({ ...TERMS, graceDays: 0 }, [], '2026-03-11')).toEqual({ status: 'broken', decidedOn: '2026-03-11', received: 0n });
  });

  it('is kept exactly when the payments in the window add up to the amount (property)', () => {
    const day = fc.integer({ min: -5, max: 25 }).map((d) => addDays('2026-03-01', d));
    fc.assert(fc.property(
      fc.bigInt({ min: 1n, max: 100000n }), fc.array(fc.record({ date: day, amount: fc.bigInt({ min: 1n, max: 60000n }) }), { maxLength: 8 }), day,
      (amount, payments, asOf) => {
        const terms = { ...TERMS, amount };
        const outcome = decidePromise(terms, payments, asOf);
        const last = asOf < '2026-03-13' ? asOf : '2026-03-13';
        const inWindow = payments.filter((p) => p.date >= '2026-03-01' && p.date <= last).reduce((s, p) => s + p.amount, 0n);
        expect(outcome.status === 'kept').toBe(inWindow >= amount);
        expect(outcome.status === 'broken').toBe(inWindow < amount && asOf > '2026-03-13');
        expect(outcome.received).toBe(inWindow);
      },
    ));
  });
});

describe('kept rate', () => {
  const p = (collector: string | null, status: 'kept' | 'broken', amount: bigint, currency = 'NOK', received = status === 'kept' ? amount : 0n) => ({ collector, status, amount, currency, received });

  it.each([
    [1n, 3n, 0.3333], [2n, 3n, 0.6667], [1n, 8n, 0.125], [0n, 5n, 0], [5n, 5n, 1], [1n, 0n, null],
  ] as const)('ratio(%s, %s) = %s', (part, whole, expected) => expect(ratio(part, whole)).toBe(expected));

  it('counts and weighs by amount per collector and for the tenant, each currency apart', () => {
    const rates = keptRates([p('kari', 'kept', 10000n), p('kari', 'broken', 30000n, 'NOK', 5000n), p('ola', 'kept', 50000n), p(null, 'broken', 1000n, 'SEK'), p('ola', 'kept', 2000n, 'SEK')]);
    expect(rates.tenant).toMatchObject({ decided: 5, kept: 3, broken: 2, rateByCount: 0.6 });
    expect(rates.tenant.byAmount).toEqual([
      { currency: 'NOK', promised: 90000n, kept: 60000n, received: 65000n, rate: 0.6667 },
      { currency: 'SEK', promised: 3000n, kept: 2000n, received: 2000n, rate: 0.6667 },
    ]);
    expect(rates.collectors.map((c) => [c.collector, c.decided, c.rateByCount, c.byAmount.map((a) => a.rate)])).toEqual([
      ['kari', 2, 0.5, [0.25]], ['ola', 2, 1, [1, 1]], [null, 1, 0, [0]],
    ]);
  });

  it('has no rate when nothing was decided', () => {
    expect(keptRates([])).toEqual({ tenant: { decided: 0, kept: 0, broken: 0, rateByCount: null, byAmount: [] }, collectors: [] });
  });
});
