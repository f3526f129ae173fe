// Issue #6: dispute routing, the credit that resolves a dispute, and the root-cause aggregation — pure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, DISPUTE_REASONS, type DisputeFact, median, planDisputeCredit, rootCauses, routeDispute } from '../src/domain/disputes/index.js';

describe('routeDispute', () => {
  it.each([
    ['damaged-goods', {}, { department: 'logistics', dueDate: '2026-03-15' }],
    ['duplicate-billing', {}, { department: 'billing', dueDate: '2026-03-06' }],
    ['quality', {}, { department: 'quality', dueDate: '2026-03-22' }],
    ['pricing', { department: 'key-accounts' }, { department: 'key-accounts', dueDate: '2026-03-11' }],
    ['other', { dueDate: '2026-04-30' }, { department: 'customer-service', dueDate: '2026-04-30' }],
  ] as const)('%s %o', (reason, given, expected) => {
    expect(routeDispute(reason, '2026-03-01', given)).toEqual(expected);
  });

  it('has a department and a positive number of days for every reason', () => {
    for (const reason of DISPUTE_REASONS) {
      expect(DEFAULT_ROUTING[reason].department).not.toBe('');
      expect(DEFAULT_ROUTING[reason].daysToResolve).toBeGreaterThan(0);
    }
  });
});

const LINES = [{ invoiceNumber: 'A', disputed: 1000n }, { invoiceNumber: 'B', disputed: 500n }];

describe('planDisputeCredit', () => {
  it.each([
    ['everything when nothing is asked', undefined, { ok: true, lines: [{ invoiceNumber: 'A', credit: 1000n }, { invoiceNumber: 'B', credit: 500n }], total: 1500n }],
    ['part of one invoice, nothing on the other', [{ invoiceNumber: 'A', amount: 250n }], { ok: true, lines: [{ invoiceNumber: 'A', credit: 250n }, { invoiceNumber: 'B', credit: 0n }], total: 250n }],
    ['the whole of both, named', [{ invoiceNumber: 'B', amount: 500n }, { invoiceNumber: 'A', amount: 1000n }], { ok: true, lines: [{ invoiceNumber: 'A', credit: 1000n }, { invoiceNumber: 'B', credit: 500n }], total: 1500n }],
    ['more than disputed', [{ invoiceNumber: 'B', amount: 501n }], { ok: false, field: 'invoices.0.amount', reason: 'more than the 500 disputed on invoice B' }],
    ['an invoice not in the dispute', [{ invoiceNumber: 'C', amount: 1n }], { ok: false, field: 'invoices.0.invoiceNumber', reason: 'invoice C is not part of this dispute' }],
    ['an invoice twice', [{ invoiceNumber: 'A', amount: 1n }, { invoiceNumber: 'A', amount: 1n }], { ok: false, field: 'invoices.1.invoiceNumber', reason: 'invoice A is listed twice' }],
    ['zero', [{ invoiceNumber: 'A', amount: 0n }], { ok: false, field: 'invoices.0.amount', reason: 'must be greater than zero' }],
    ['an empty list', [], { ok: false, field: 'invoices', reason: expect.stringMatching(/at least one/) }],
  ])('%s', (_name, requested, expected) => {
    expect(planDisputeCredit(LINES, requested)).toEqual(expected);
  });

  it('never credits more than is disputed, per invoice or in total', () => {
    fc.assert(fc.property(
      fc.array(fc.bigInt({ min: 1n, max: 10_000n }), { minLength: 1, maxLength: 6 }),
      fc.option(fc.array(fc.record({ k: fc.nat(7), amount: fc.bigInt({ min: -5n, max: 12_000n }) }), { maxLength: 8 }), { nil: undefined }),
      (disputed, raw) => {
        const lines = disputed.map((d, i) => ({ invoiceNumber: `I${i}`, disputed: d }));
        const plan = planDisputeCredit(lines, raw?.map((r) => ({ invoiceNumber: `I${r.k}`, amount: r.amount })));
        if (!plan.ok) return;
        plan.lines.forEach((l, i) => {
          expect(l.credit).toBeGreaterThanOrEqual(0n);
          expect(l.credit).toBeLessThanOrEqual(lines[i]?.disputed ?? 0n);
        });
        expect(plan.total).toBe(plan.lines.reduce((s, l) => s + l.credit, 0n));
        expect(plan.total).toBeLessThanOrEqual(disputed.reduce((s, d) => s + d, 0n));
      }));
  });
});

const fact = (over: Partial<DisputeFact>): DisputeFact => ({
  reason: 'pricing', product: null, department: 'sales', currency: 'NOK', openedOn: '2026-03-02', status: 'open', resolvedOn: null, disputed: 1000n, credited: 0n, ...over,
});

describe('rootCauses', () => {
  it.each([
    ['none', [], null], ['one', [4], 4], ['odd', [9, 1, 5], 5], ['even: the mean of the middle two', [1, 2, 3, 10], 2.5],
  ])('median of %s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('groups by the dimension and month, sums per currency, counts credit only for credited outcomes', () => {
    const groups = rootCauses([
      fact({ status: 'resolved-credit', resolvedOn: '2026-03-12', credited: 400n }),
      fact({ status: 'rejected', resolvedOn: '2026-03-06', credited: 0n }),
      fact({ currency: 'EUR', disputed: 50n }),
      fact({ reason: 'quality', status: 'resolved-return', resolvedOn: '2026-03-30', credited: 700n, disputed: 700n }),
      fact({ openedOn: '2026-04-01', disputed: 5n }),
    ], 'reason');
    expect(groups).toEqual([
      { key: 'pricing', month: '2026-03', count: 3, resolved: 2, disputed: new Map([['NOK', 2000n], ['EUR', 50n]]), credited: new Map([['NOK', 400n]]), medianDaysToResolve: 7 },
      { key: 'quality', month: '2026-03', count: 1, resolved: 1, disputed: new Map([['NOK', 700n]]), credited: new Map([['NOK', 700n]]), medianDaysToResolve: 28 },
      { key: 'pricing', month: '2026-04', count: 1, resolved: 0, disputed: new Map([['NOK', 5n]]), credited: new Map(), medianDaysToResolve: null },
    ]);
  });

  it('keeps disputes without a product as one group, listed last', () => {
    const groups = rootCauses([fact({ product: 'X-1' }), fact({}), fact({}), fact({ product: 'A-9' })], 'product');
    expect(groups.map((g) => [g.key, g.count])).toEqual([[null, 2], ['A-9', 1], ['X-1', 1]]);
  });

  it('loses no dispute and no amount', () => {
    fc.assert(fc.property(fc.array(fc.record({
      reason: fc.constantFrom(...DISPUTE_REASONS), month: fc.integer({ min: 1, max: 12 }), disputed: fc.bigInt({ min: 1n, max: 10_000n }), currency: fc.constantFrom('NOK', 'EUR'),
    }), { maxLength: 40 }), fc.constantFrom('reason', 'product', 'department' as const), (raw, by) => {
      const facts = raw.map((r) => fact({ reason: r.reason, currency: r.currency, disputed: r.disputed, openedOn: `2026-${String(r.month).padStart(2, '0')}-15` }));
      const groups = rootCauses(facts, by);
      expect(groups.reduce((s, g) => s + g.count, 0)).toBe(facts.length);
      for (const currency of ['NOK', 'EUR']) {
        expect(groups.reduce((s, g) => s + (g.disputed.get(currency) ?? 0n), 0n)).toBe(facts.filter((f) => f.currency === currency).reduce((s, f) => s + f.disputed, 0n));
      }
    }));
  });
});
