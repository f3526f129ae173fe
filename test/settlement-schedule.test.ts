import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentSchedule } from '../src/domain/settlement-schedule.js';

describe('paymentSchedule', () => {
  it.each([
    ['one part', [{ date: '2026-02-10', amount: 500n }], 1000n, [{ date: '2026-02-10', amount: 500n }]],
    ['same-day parts add up', [{ date: '2026-02-10', amount: 200n }, { date: '2026-02-10', amount: 300n }], 1000n, [{ date: '2026-02-10', amount: 500n }]],
    ['date order', [{ date: '2026-03-01', amount: 1n }, { date: '2026-02-01', amount: 2n }], 10n, [{ date: '2026-02-01', amount: 2n }, { date: '2026-03-01', amount: 1n }]],
    ['capped at the principal', [{ date: '2026-02-01', amount: 800n }, { date: '2026-03-01', amount: 800n }], 1000n, [{ date: '2026-02-01', amount: 800n }, { date: '2026-03-01', amount: 200n }]],
    ['a reversal takes back the latest part', [{ date: '2026-02-01', amount: 300n }, { date: '2026-03-01', amount: 200n }, { date: '2026-04-01', amount: -250n }], 1000n, [{ date: '2026-02-01', amount: 250n }]],
    ['a reversed and re-applied payment on one day nets out', [{ date: '2026-02-01', amount: 300n }, { date: '2026-02-01', amount: -300n }, { date: '2026-02-01', amount: 300n }], 1000n, [{ date: '2026-02-01', amount: 300n }]],
  ])('%s', (_name, settlements, principal, expected) => {
    expect(paymentSchedule(settlements, principal)).toEqual(expected);
  });

  it('never pays more than the principal, every part positive, dates increasing', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), amount: fc.bigInt({ min: -500n, max: 1000n }) })), fc.bigInt({ min: 1n, max: 5000n }),
      (raw, principal) => {
        const parts = paymentSchedule(raw.map((r) => ({ date: `2026-02-${String(r.day).padStart(2, '0')}`, amount: r.amount })), principal);
        expect(parts.reduce((s, p) => s + p.amount, 0n)).toBeLessThanOrEqual(principal);
        for (const p of parts) expect(p.amount).toBeGreaterThan(0n);
        for (let i = 1; i < parts.length; i += 1) expect((parts[i]?.date ?? '') > (parts[i - 1]?.date ?? '')).toBe(true);
      }));
  });
});
