// Issue #6, placements: commission as an exact percent rounded half-up once, the rate by placement tier, the
// recovery rate, and how a recovery lands on the placed invoices (oldest first, write-offs reversed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionOf, formatRate, parseRate, percentOf, placementRate } from '../src/domain/placements/commission.js';
import { type PlacedInvoice, planRecovery } from '../src/domain/placements/recovery.js';
import { mayDecide, postsAtOnce } from '../src/domain/placements/write-off-approval.js';

describe('commission rates', () => {
  it.each([
    ['25', 250_000n, '25'], ['25.5', 255_000n, '25.5'], ['33.3333', 333_333n, '33.3333'], ['0', 0n, '0'], ['100', 1_000_000n, '100'], ['7.2500', 72_500n, '7.25'],
  ])('reads %s as %s ten-thousandths and writes it back as %s', (text, units, back) => {
    expect(parseRate(text)).toEqual({ ok: true, value: units });
    expect(formatRate(units)).toBe(back);
  });

  it.each(['100.0001', '101', '-5', '12.34567', '1e2', '25 %', '', '.5'])('refuses %j', (text) => {
    expect(parseRate(text).ok).toBe(false);
  });

  it.each([
    // gross (minor), rate, commission: half-up, once
    [10_005n, 300_000n, 3_002n], // 30 % of 100.05 = 30.015 → 30.02
    [10_004n, 300_000n, 3_001n], // 30.012 → 30.01
    [5n, 250_000n, 1n], // 0.0125 → 0.01
    [2n, 250_000n, 1n], // 0.005 → 0.01 (half up)
    [1n, 250_000n, 0n],
    [100_000n, 333_333n, 33_333n],
    [123_456_789_012_345_678n, 1_000_000n, 123_456_789_012_345_678n],
    [0n, 250_000n, 0n],
  ])('commission on %s at %s is %s', (gross, rate, commission) => {
    expect(commissionOf(gross, rate)).toBe(commission);
  });

  it('never exceeds the gross and is monotone in the gross', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 1_000_000n }), (gross, rate) => {
      const c = commissionOf(gross, rate);
      expect(c >= 0n && c <= gross).toBe(true);
      expect(commissionOf(gross + 1n, rate) >= c).toBe(true);
      // within half a minor unit of the exact value
      expect(2n * (c * 1_000_000n - gross * rate) <= 1_000_000n).toBe(true);
      expect(2n * (gross * rate - c * 1_000_000n) < 1_000_000n).toBe(true);
    }));
  });

  it.each([
    ['agency', 1, 250_000n], ['agency', 2, 300_000n], ['agency', 3, 355_000n], ['agency', 5, 355_000n], ['legal', 1, 150_000n],
  ] as const)('a %s placement of tier %s is made at %s', (kind, tier, rate) => {
    expect(placementRate({ first: 250_000n, second: 300_000n, third: 355_000n, legal: 150_000n }, kind, tier)).toBe(rate);
  });

  it('falls back to the tier before when a rate is missing', () => {
    const rates = { first: 200_000n, second: null, third: null, legal: null };
    expect(placementRate(rates, 'agency', 3)).toBe(200_000n);
    expect(placementRate({ ...rates, second: 250_000n }, 'agency', 3)).toBe(250_000n);
    expect(placementRate(rates, 'legal', 1)).toBe(200_000n);
  });

  it.each([[4_520n, 10_000n, '45.20'], [1n, 3n, '33.33'], [2n, 3n, '66.67'], [0n, 5n, '0.00'], [5n, 0n, null], [15n, 10n, '150.00']])('%s of %s is %s %%', (part, whole, rate) => {
    expect(percentOf(part, whole)).toBe(rate);
  });
});

const inv = (number: string, dueDate: string, open: bigint, writtenOff = 0n): PlacedInvoice => ({ id: BigInt(number.replace(/\D/g, '')), number, issueDate: '2026-01-01', dueDate, open, writtenOff });

describe('a recovery on the placed invoices', () => {
  it('pays the oldest due first, the rest stays unapplied', () => {
    const plan = planRecovery([inv('I-2', '2026-03-01', 500n), inv('I-1', '2026-02-01', 1_000n)], 1_200n);
    expect(plan.lines).toEqual([
      { invoiceId: 1n, number: 'I-1', allocated: 1_000n, reversesWriteOff: 0n },
      { invoiceId: 2n, number: 'I-2', allocated: 200n, reversesWriteOff: 0n },
    ]);
    expect(plan.unapplied).toBe(0n);
    expect(planRecovery([inv('I-1', '2026-02-01', 100n)], 150n).unapplied).toBe(50n);
  });

  it('brings back a written-off amount: the write-off is reversed by what is recovered beyond the open part', () => {
    const plan = planRecovery([inv('I-1', '2026-02-01', 100n, 400n)], 300n);
    expect(plan.lines).toEqual([{ invoiceId: 1n, number: 'I-1', allocated: 300n, reversesWriteOff: 200n }]);
  });

  it('adds up: allocated plus unapplied is the gross, no invoice gets more than open plus written off', () => {
    const invoice = fc.record({ n: fc.integer({ min: 1, max: 999 }), day: fc.integer({ min: 1, max: 28 }), open: fc.bigInt({ min: 0n, max: 10n ** 9n }), wo: fc.bigInt({ min: 0n, max: 10n ** 9n }) });
    fc.assert(fc.property(fc.uniqueArray(invoice, { selector: (i) => i.n, maxLength: 8 }), fc.bigInt({ min: 1n, max: 10n ** 10n }), (rows, gross) => {
      const invoices = rows.map((r) => inv(`I-${r.n}`, `2026-02-${String(r.day).padStart(2, '0')}`, r.open, r.wo));
      const plan = planRecovery(invoices, gross);
      expect(plan.lines.reduce((s, l) => s + l.allocated, 0n) + plan.unapplied).toBe(gross);
      for (const line of plan.lines) {
        const source = invoices.find((i) => i.id === line.invoiceId);
        expect(line.allocated <= (source?.open ?? 0n) + (source?.writtenOff ?? 0n)).toBe(true);
        expect(line.reversesWriteOff).toBe(line.allocated > (source?.open ?? 0n) ? line.allocated - (source?.open ?? 0n) : 0n);
      }
      if (plan.unapplied > 0n) expect(plan.lines.reduce((s, l) => s + l.allocated, 0n)).toBe(invoices.reduce((s, i) => s + i.open + i.writtenOff, 0n));
    }));
  });
});

describe('write-off approval', () => {
  it.each([
    [{ requestedBy: 'user:col', status: 'pending' }, { actor: 'user:mgr', role: 'manager' }, true],
    [{ requestedBy: 'user:col', status: 'pending' }, { actor: 'apikey:erp', role: 'admin' }, true],
    [{ requestedBy: 'user:col', status: 'pending' }, { actor: 'user:col2', role: 'collector' }, false],
    [{ requestedBy: 'user:mgr', status: 'pending' }, { actor: 'user:mgr', role: 'manager' }, false],
    [{ requestedBy: 'user:col', status: 'approved' }, { actor: 'user:mgr', role: 'manager' }, false],
  ])('request %j decided by %j: %s', (request, decider, ok) => {
    expect(mayDecide(request, decider).ok).toBe(ok);
  });

  it('posts at once only for an API key', () => {
    expect(postsAtOnce('apikey:erp')).toBe(true);
    expect(postsAtOnce('user:kari@example.com')).toBe(false);
  });
});
