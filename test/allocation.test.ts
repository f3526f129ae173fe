import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { allocateInOrder, type OpenTarget } from '../src/domain/allocation.js';

const targets = (...opens: bigint[]): OpenTarget<string>[] => opens.map((open, i) => ({ key: `INV-${i + 1}`, open }));

describe('allocateInOrder', () => {
  it.each<[string, bigint, bigint[], [string, bigint][], bigint]>([
    ['pays the first invoice exactly', 100n, [100n, 50n], [['INV-1', 100n]], 0n],
    ['pays in the order listed, the last one partly', 120n, [100n, 50n], [['INV-1', 100n], ['INV-2', 20n]], 0n],
    ['pays part of the first only', 40n, [100n, 50n], [['INV-1', 40n]], 0n],
    ['pays all and leaves the rest unapplied', 200n, [100n, 50n], [['INV-1', 100n], ['INV-2', 50n]], 50n],
    ['order matters, not size', 60n, [50n, 100n], [['INV-1', 50n], ['INV-2', 10n]], 0n],
    ['skips a zero open amount', 60n, [0n, 100n], [['INV-2', 60n]], 0n],
    ['skips a negative open amount (a credit)', 60n, [-30n, 100n], [['INV-2', 60n]], 0n],
    ['skips non-positive opens in the middle', 150n, [100n, 0n, -5n, 80n], [['INV-1', 100n], ['INV-4', 50n]], 0n],
    ['everything unapplied with no targets', 75n, [], [], 75n],
    ['everything unapplied when nothing is open', 75n, [0n, -10n], [], 75n],
    ['nothing to allocate', 0n, [100n], [], 0n],
    ['a negative amount allocates nothing', -10n, [100n], [], -10n],
  ])('%s', (_name, amount, opens, expected, unapplied) => {
    const result = allocateInOrder(amount, targets(...opens));
    expect(result.allocations).toEqual(expected.map(([key, value]) => ({ key, amount: value })));
    expect(result.unapplied).toBe(unapplied);
  });

  it('keeps the caller\'s keys as they are', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    const result = allocateInOrder(15n, [{ key: a, open: 10n }, { key: b, open: 10n }]);
    expect(result.allocations[0]?.key).toBe(a);
    expect(result.allocations[1]?.key).toBe(b);
  });

  const amount = fc.bigInt({ min: 0n, max: 10n ** 12n });
  const opens = fc.array(
    fc.oneof(fc.bigInt({ min: -(10n ** 6n), max: 0n }), fc.bigInt({ min: 1n, max: 10n ** 11n })),
    { maxLength: 20 },
  );

  it('allocations plus unapplied add up to the amount', () => {
    fc.assert(
      fc.property(amount, opens, (amt, os) => {
        const { allocations, unapplied } = allocateInOrder(amt, targets(...os));
        expect(allocations.reduce((s, a) => s + a.amount, 0n) + unapplied).toBe(amt);
        expect(unapplied).toBeGreaterThanOrEqual(0n);
      }),
      { numRuns: 1000 },
    );
  });

  it('every allocation is positive, goes to a listed target, and never exceeds its open amount', () => {
    fc.assert(
      fc.property(amount, opens, (amt, os) => {
        const ts = targets(...os);
        const open = new Map(ts.map((t) => [t.key, t.open]));
        const { allocations } = allocateInOrder(amt, ts);
        expect(new Set(allocations.map((a) => a.key)).size).toBe(allocations.length);
        for (const a of allocations) {
          expect(a.amount).toBeGreaterThan(0n);
          expect(open.has(a.key)).toBe(true);
          expect(a.amount).toBeLessThanOrEqual(open.get(a.key) ?? 0n);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is greedy in order: nothing is allocated past a target that was not fully paid', () => {
    fc.assert(
      fc.property(amount, opens, (amt, os) => {
        const ts = targets(...os);
        const { allocations, unapplied } = allocateInOrder(amt, ts);
        const paid = new Map(allocations.map((a) => [a.key, a.amount]));
        // Allocations come in target order.
        const order = ts.map((t) => t.key).filter((k) => paid.has(k));
        expect(allocations.map((a) => a.key)).toEqual(order);
        let shortfall = false;
        for (const t of ts) {
          if (t.open <= 0n) {
            expect(paid.has(t.key)).toBe(false);
            continue;
          }
          const got = paid.get(t.key) ?? 0n;
          if (shortfall) expect(got).toBe(0n);
          if (got < t.open) shortfall = true;
        }
        // Cash is only left unapplied when every positive open amount was paid in full.
        if (unapplied > 0n) expect(shortfall).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
