import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BOUNDS,
  addAged,
  bucketIndex,
  bucketsFrom,
  emptyAged,
  parseBuckets,
  type Buckets,
} from '../src/domain/aging.js';

function parsed(spec: string | undefined): Buckets {
  const result = parseBuckets(spec);
  if (!result.ok) throw new Error(`expected "${spec}" to parse: ${result.reason}`);
  return result.value;
}

/**
 * Reads a label back as the day range it names: "current" is ≤ 0, "a-b" is a..b, and the open-ended "N+" bucket
 * holds everything past the last boundary N (so "90+" is 91 days and more; 90 itself is in "61-90").
 */
function labelContains(label: string, days: number): boolean {
  if (label === 'current') return days <= 0;
  const range = /^(\d+)-(\d+)$/.exec(label);
  if (range) return days >= Number(range[1]) && days <= Number(range[2]);
  const open = /^(\d+)\+$/.exec(label);
  if (open) return days > Number(open[1]);
  throw new Error(`unexpected label "${label}"`);
}

/** Strictly increasing positive boundaries, as parseBuckets accepts them. */
const bounds = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 })
  .map((values) => [...values].sort((a, b) => a - b));

describe('parseBuckets', () => {
  it.each<[string | undefined, string[], number[]]>([
    [undefined, ['current', '1-30', '31-60', '61-90', '90+'], [30, 60, 90]],
    ['', ['current', '1-30', '31-60', '61-90', '90+'], [30, 60, 90]],
    ['   ', ['current', '1-30', '31-60', '61-90', '90+'], [30, 60, 90]],
    ['30,60,90', ['current', '1-30', '31-60', '61-90', '90+'], [30, 60, 90]],
    [' 30 , 60 ,90 ', ['current', '1-30', '31-60', '61-90', '90+'], [30, 60, 90]],
    ['15,45', ['current', '1-15', '16-45', '45+'], [15, 45]],
    ['30', ['current', '1-30', '30+'], [30]],
    ['1', ['current', '1-1', '1+'], [1]],
    ['1,2,3', ['current', '1-1', '2-2', '3-3', '3+'], [1, 2, 3]],
    ['30,60,90,120', ['current', '1-30', '31-60', '61-90', '91-120', '120+'], [30, 60, 90, 120]],
  ])('%j → labels %j', (spec, labels, expectedBounds) => {
    expect(parsed(spec)).toEqual({ labels, bounds: expectedBounds });
  });

  it('defaults to DEFAULT_BOUNDS', () => {
    expect(parsed(undefined).bounds).toEqual([...DEFAULT_BOUNDS]);
  });

  it.each<[string, string]>([
    ['30,30', 'must increase'],
    ['60,30', 'must increase'],
    ['30,60,45', 'must increase'],
    ['0', 'greater than zero'],
    ['0,30', 'greater than zero'],
    ['a', 'not a whole number'],
    ['30,a', 'not a whole number'],
    ['-30', 'not a whole number'],
    ['30.5', 'not a whole number'],
    ['1e2', 'not a whole number'],
    ['30,,60', 'not a whole number'],
    ['30,', 'not a whole number'],
    [',30', 'not a whole number'],
    ['30;60', 'not a whole number'],
  ])('%j is an error (%s)', (spec, reason) => {
    const result = parseBuckets(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('parses any increasing positive boundaries into one more label than boundaries, plus current', () => {
    fc.assert(
      fc.property(bounds, (bs) => {
        const buckets = parsed(bs.join(','));
        expect(buckets.bounds).toEqual(bs);
        expect(buckets.labels).toHaveLength(bs.length + 2);
        expect(buckets).toEqual(bucketsFrom(bs));
      }),
    );
  });
});

describe('bucketIndex', () => {
  const defaults = parsed(undefined);

  it.each<[number, number, string]>([
    [-5, 0, 'current'],
    [0, 0, 'current'],
    [1, 1, '1-30'],
    [30, 1, '1-30'],
    [31, 2, '31-60'],
    [60, 2, '31-60'],
    [61, 3, '61-90'],
    [90, 3, '61-90'],
    [91, 4, '90+'],
    [10_000, 4, '90+'],
  ])('%i days past due → bucket %i (%s)', (days, index, label) => {
    expect(bucketIndex(days, defaults)).toBe(index);
    expect(defaults.labels[index]).toBe(label);
  });

  it.each<[number, number]>([
    [0, 0],
    [1, 1],
    [15, 1],
    [16, 2],
    [45, 2],
    [46, 3],
  ])('with "15,45": %i days → bucket %i', (days, index) => {
    expect(bucketIndex(days, parsed('15,45'))).toBe(index);
  });

  it('maps every day count to exactly one bucket, whose label range contains it', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: -1000, max: 1000 }), (bs, days) => {
        const buckets = bucketsFrom(bs);
        const index = bucketIndex(days, buckets);
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(buckets.labels.length);
        const containing = buckets.labels.flatMap((label, i) => (labelContains(label, days) ? [i] : []));
        expect(containing).toEqual([index]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never moves an item to an earlier bucket as it gets older', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: -1000, max: 1000 }), fc.nat(500), (bs, days, more) => {
        const buckets = bucketsFrom(bs);
        expect(bucketIndex(days + more, buckets)).toBeGreaterThanOrEqual(bucketIndex(days, buckets));
      }),
    );
  });
});

describe('emptyAged / addAged', () => {
  it('starts at zero in every bucket', () => {
    expect(emptyAged(parsed(undefined))).toEqual({ total: 0n, unapplied: 0n, buckets: [0n, 0n, 0n, 0n, 0n] });
  });

  it('adds to the named bucket, or to unapplied', () => {
    const buckets = parsed(undefined);
    const aged = emptyAged(buckets);
    addAged(aged, bucketIndex(10, buckets), 1000n);
    addAged(aged, bucketIndex(95, buckets), 250n);
    addAged(aged, bucketIndex(20, buckets), 5n);
    addAged(aged, 'unapplied', -300n);
    expect(aged).toEqual({ total: 955n, unapplied: -300n, buckets: [0n, 1005n, 0n, 0n, 250n] });
  });

  it('total is always the sum of the buckets plus unapplied', () => {
    const item = fc.record({
      days: fc.integer({ min: -400, max: 400 }),
      amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      unapplied: fc.boolean(),
    });
    fc.assert(
      fc.property(bounds, fc.array(item, { maxLength: 40 }), (bs, items) => {
        const buckets = bucketsFrom(bs);
        const aged = emptyAged(buckets);
        for (const it of items) addAged(aged, it.unapplied ? 'unapplied' : bucketIndex(it.days, buckets), it.amount);
        expect(aged.buckets).toHaveLength(buckets.labels.length);
        expect(aged.buckets.reduce((a, b) => a + b, 0n) + aged.unapplied).toBe(aged.total);
        expect(aged.total).toBe(items.reduce((a, it) => a + it.amount, 0n));
        expect(aged.unapplied).toBe(items.filter((it) => it.unapplied).reduce((a, it) => a + it.amount, 0n));
      }),
      { numRuns: 500 },
    );
  });
});
