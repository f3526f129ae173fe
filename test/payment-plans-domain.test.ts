// Issue #6: payment-plan instalments (count, frequency, first date, optional down payment) that add up exactly,
// and their tracking against payments: a missed one, after grace, breaks the plan. Pure: tables and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import { type Frequency, buildSchedule } from '../src/domain/payment-plans/schedule.js';
import { trackPlan } from '../src/domain/payment-plans/track.js';

const ok = (terms: Parameters<typeof buildSchedule>[0]) => {
  const result = buildSchedule(terms);
  if (!result.ok) throw new Error(`${result.field}: ${result.reason}`);
  return result.instalments.map((i) => [i.seq, i.dueDate, i.amount]);
};

describe('buildSchedule', () => {
  it.each([
    ['monthly, even', { total: 30000n, count: 3, frequency: 'monthly', firstDate: '2026-01-31' }, [[1, '2026-01-31', 10000n], [2, '2026-02-28', 10000n], [3, '2026-03-31', 10000n]]],
    ['odd minor units go to the earliest', { total: 10000n, count: 3, frequency: 'weekly', firstDate: '2026-03-02' }, [[1, '2026-03-02', 3334n], [2, '2026-03-09', 3333n], [3, '2026-03-16', 3333n]]],
    ['two odd units', { total: 11n, count: 3, frequency: 'biweekly', firstDate: '2026-03-02' }, [[1, '2026-03-02', 4n], [2, '2026-03-16', 4n], [3, '2026-03-30', 3n]]],
    ['down payment first', { total: 100000n, count: 2, frequency: 'monthly', firstDate: '2026-04-15', downPayment: { amount: 20001n, date: '2026-03-20' } },
      [[0, '2026-03-20', 20001n], [1, '2026-04-15', 40000n], [2, '2026-05-15', 39999n]]],
    ['one instalment', { total: 12345n, count: 1, frequency: 'monthly', firstDate: '2026-03-02' }, [[1, '2026-03-02', 12345n]]],
    ['one minor unit each', { total: 3n, count: 3, frequency: 'weekly', firstDate: '2026-03-02' }, [[1, '2026-03-02', 1n], [2, '2026-03-09', 1n], [3, '2026-03-16', 1n]]],
    ['monthly across a leap day', { total: 4n, count: 4, frequency: 'monthly', firstDate: '2027-11-30' }, [[1, '2027-11-30', 1n], [2, '2027-12-30', 1n], [3, '2028-01-30', 1n], [4, '2028-02-29', 1n]]],
  ] as const)('%s', (_name, terms, expected) => {
    expect(ok(terms)).toEqual(expected);
  });

  it.each([
    ['no instalments', { total: 100n, count: 0 }, 'instalments'],
    ['a fraction of an instalment', { total: 100n, count: 1.5 }, 'instalments'],
    ['too many instalments', { total: 100000n, count: 121 }, 'instalments'],
    ['more instalments than minor units', { total: 2n, count: 3 }, 'instalments'],
    ['nothing to plan', { total: 0n, count: 1 }, 'invoiceNumbers'],
    ['a down payment of everything', { total: 100n, count: 1, downPayment: { amount: 100n, date: '2026-03-01' } }, 'downPayment'],
    ['a zero down payment', { total: 100n, count: 1, downPayment: { amount: 0n, date: '2026-03-01' } }, 'downPayment'],
    ['a down payment after the first instalment', { total: 100n, count: 1, downPayment: { amount: 10n, date: '2026-03-03' } }, 'downPaymentDate'],
    ['a down payment leaving less than one unit each', { total: 100n, count: 3, downPayment: { amount: 98n, date: '2026-03-01' } }, 'instalments'],
  ] as const)('refuses %s', (_name, terms, field) => {
    const result = buildSchedule({ frequency: 'monthly', firstDate: '2026-03-02', ...terms });
    expect(result).toMatchObject({ ok: false, field });
  });

  it('always adds up exactly, never zero or negative, evenly, dates in order (property)', () => {
    const frequency = fc.constantFrom<Frequency>('weekly', 'biweekly', 'monthly');
    fc.assert(fc.property(
      fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 1, max: 120 }), frequency, fc.integer({ min: 0, max: 3000 }), fc.option(fc.bigInt({ min: 1n, max: 10n ** 15n })),
      (total, count, freq, offset, down) => {
        const firstDate = addDays('2026-01-01', offset);
        const downPayment = down === null ? undefined : { amount: down, date: '2026-01-01' };
        const result = buildSchedule({ total, count, frequency: freq, firstDate, downPayment });
        const rest = total - (down ?? 0n);
        if (down !== null && (down >= total || rest < BigInt(count))) { expect(result.ok).toBe(false); return; }
        if (rest < BigInt(count)) { expect(result.ok).toBe(false); return; }
        if (!result.ok) throw new Error(result.reason);
        const amounts = result.instalments.map((i) => i.amount);
        expect(amounts.reduce((s, a) => s + a, 0n)).toBe(total);
        expect(amounts.every((a) => a > 0n)).toBe(true);
        const regular = result.instalments.filter((i) => i.seq > 0).map((i) => i.amount);
        expect(regular.length).toBe(count);
        for (let k = 1; k < regular.length; k++) {
          expect(regular[k - 1]! >= regular[k]!).toBe(true);
          expect(regular[0]! - regular[k]! <= 1n).toBe(true);
        }
        const dates = result.instalments.map((i) => i.dueDate);
        expect([...dates].sort()).toEqual(dates);
      },
    ), { numRuns: 500 });
  });
});

describe('trackPlan', () => {
  // Down payment 100 on 03-01, then 3 × 300 monthly from 04-01; grace 5 days.
  const terms = {
    madeOn: '2026-03-01', graceDays: 5,
    instalments: [{ seq: 0, dueDate: '2026-03-01', amount: 100n }, { seq: 1, dueDate: '2026-04-01', amount: 300n }, { seq: 2, dueDate: '2026-05-01', amount: 300n }, { seq: 3, dueDate: '2026-06-01', amount: 300n }],
  };
  const pay = (date: string, amount: bigint) => ({ date, amount });
  const states = (payments: { date: string; amount: bigint }[], asOf: string) => {
    const p = trackPlan(terms, payments, asOf);
    return { states: p.instalments.map((i) => `${i.seq}:${i.state}:${i.paid}`), outcome: p.outcome, paid: p.paid, remaining: p.remaining };
  };

  it.each([
    ['nothing due yet but the down payment', [], '2026-03-01', ['0:due:0', '1:upcoming:0', '2:upcoming:0', '3:upcoming:0'], { status: 'active' }],
    ['down payment paid, the next one partly', [pay('2026-03-01', 100n), pay('2026-03-20', 50n)], '2026-04-02', ['0:paid:100', '1:partly-paid:50', '2:upcoming:0', '3:upcoming:0'], { status: 'active' }],
    ['paid ahead covers later instalments', [pay('2026-03-02', 700n)], '2026-04-02', ['0:paid:100', '1:paid:300', '2:paid:300', '3:upcoming:0'], { status: 'active' }],
    ['still within grace', [pay('2026-03-02', 100n)], '2026-04-06', ['0:paid:100', '1:due:0', '2:upcoming:0', '3:upcoming:0'], { status: 'active' }],
    ['missed after grace: broken the day after', [pay('2026-03-02', 100n), pay('2026-04-03', 299n)], '2026-04-07', ['0:paid:100', '1:missed:299', '2:upcoming:0', '3:upcoming:0'], { status: 'broken', decidedOn: '2026-04-07', seq: 1 }],
    ['a late payment does not mend it', [pay('2026-03-02', 100n), pay('2026-04-08', 300n)], '2026-04-09', ['0:paid:100', '1:paid:300', '2:upcoming:0', '3:upcoming:0'], { status: 'broken', decidedOn: '2026-04-07', seq: 1 }],
    ['the down payment missed', [], '2026-03-07', ['0:missed:0', '1:upcoming:0', '2:upcoming:0', '3:upcoming:0'], { status: 'broken', decidedOn: '2026-03-07', seq: 0 }],
    ['all paid in time: completed on the last payment', [pay('2026-03-01', 100n), pay('2026-04-01', 300n), pay('2026-05-06', 300n), pay('2026-05-20', 300n)], '2026-05-21', ['0:paid:100', '1:paid:300', '2:paid:300', '3:paid:300'], { status: 'completed', decidedOn: '2026-05-20' }],
  ] as const)('%s', (_name, payments, asOf, expected, outcome) => {
    const result = states([...payments], asOf);
    expect(result.states).toEqual(expected);
    expect(result.outcome).toEqual(outcome);
  });

  it('counts nothing from before the plan, and reports what remains', () => {
    expect(states([pay('2026-02-28', 1000n), pay('2026-03-01', 150n)], '2026-03-02')).toMatchObject({ paid: 150n, remaining: 850n });
  });

  it('marks an instalment paid late, with the day it was covered', () => {
    const late = trackPlan(terms, [pay('2026-03-01', 100n), pay('2026-04-10', 300n)], '2026-04-10').instalments[1];
    expect(late).toMatchObject({ state: 'paid', coveredOn: '2026-04-10', deadline: '2026-04-06', late: true });
  });

  it('never pays an instalment more than its amount, and the parts add up to what was paid up to the total (property)', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((d) => addDays('2026-03-01', d));
    fc.assert(fc.property(fc.array(fc.record({ date: day, amount: fc.bigInt({ min: 1n, max: 500n }) }), { maxLength: 10 }), day, (payments, asOf) => {
      const p = trackPlan(terms, payments, asOf);
      for (const i of p.instalments) expect(i.paid >= 0n && i.paid <= i.amount).toBe(true);
      const parts = p.instalments.reduce((s, i) => s + i.paid, 0n);
      expect(parts).toBe(p.paid < 1000n ? p.paid : 1000n);
      expect(p.remaining).toBe(1000n - parts);
    }));
  });
});
