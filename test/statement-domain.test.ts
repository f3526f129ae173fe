import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bucketsFrom, parseBuckets, type Buckets } from '../src/domain/aging.js';
import { fromDayNumber, toDayNumber } from '../src/domain/dates.js';
import {
  balanceForward,
  openItemStatement,
  sortEntries,
  type CustomerLedgerEntry,
  type LedgerEntryKind,
  type OpenItemInput,
} from '../src/domain/statement.js';

const sumOf = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);

function defaultBuckets(): Buckets {
  const result = parseBuckets(undefined);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const entry = (date: string, kind: LedgerEntryKind, reference: string, amount: bigint): CustomerLedgerEntry => ({
  date, kind, reference, amount,
});

const KINDS: LedgerEntryKind[] = ['invoice', 'credit-note', 'payment', 'write-off', 'adjustment'];

/** Dates within a few months of 2026-03, so generated ledgers straddle any statement period. */
const base = toDayNumber('2026-01-01');
const nearDate = fc.integer({ min: 0, max: 180 }).map((d) => fromDayNumber(base + d));

const ledgerEntry = fc.record({
  date: nearDate,
  kind: fc.constantFrom(...KINDS),
  reference: fc.stringMatching(/^[A-Z]{2}-\d{1,3}$/),
  amount: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
});
const ledger = fc.array(ledgerEntry, { maxLength: 30 });
const period = fc.tuple(nearDate, nearDate).map(([a, b]) => (a <= b ? [a, b] as const : [b, a] as const));

describe('sortEntries', () => {
  it('orders by date, then invoices before settlements on the same day, then reference', () => {
    const sorted = sortEntries([
      entry('2026-03-02', 'invoice', 'INV-1', 100n),
      entry('2026-03-01', 'payment', 'PAY-1', -50n),
      entry('2026-03-01', 'write-off', 'WO-1', -1n),
      entry('2026-03-01', 'invoice', 'INV-3', 70n),
      entry('2026-03-01', 'credit-note', 'CN-1', -10n),
      entry('2026-03-01', 'adjustment', 'ADJ-1', 5n),
      entry('2026-03-01', 'invoice', 'INV-2', 60n),
    ]);
    expect(sorted.map((e) => e.reference)).toEqual(['INV-2', 'INV-3', 'ADJ-1', 'CN-1', 'PAY-1', 'WO-1', 'INV-1']);
  });

  it('does not modify its input', () => {
    const input = [entry('2026-03-02', 'invoice', 'B', 1n), entry('2026-03-01', 'invoice', 'A', 1n)];
    const copy = [...input];
    sortEntries(input);
    expect(input).toEqual(copy);
  });
});

describe('balanceForward', () => {
  const entries: CustomerLedgerEntry[] = [
    entry('2026-02-10', 'invoice', 'INV-1', 10_000n),
    entry('2026-02-25', 'payment', 'PAY-1', -4_000n),
    entry('2026-03-01', 'invoice', 'INV-2', 5_000n), // first day of the period
    entry('2026-03-15', 'credit-note', 'CN-1', -1_000n),
    entry('2026-03-15', 'invoice', 'INV-3', 2_500n), // same day: invoice listed before the credit note
    entry('2026-03-31', 'payment', 'PAY-2', -6_000n), // last day of the period
    entry('2026-04-01', 'invoice', 'INV-4', 9_999n), // after the period: excluded
  ];

  it('opens with everything before the period, runs a balance through it, and closes with the sum', () => {
    const statement = balanceForward(entries, '2026-03-01', '2026-03-31');
    expect(statement.type).toBe('balance-forward');
    expect(statement.from).toBe('2026-03-01');
    expect(statement.to).toBe('2026-03-31');
    expect(statement.openingBalance).toBe(6_000n);
    expect(statement.lines.map((l) => [l.reference, l.amount, l.balance])).toEqual([
      ['INV-2', 5_000n, 11_000n],
      ['INV-3', 2_500n, 13_500n],
      ['CN-1', -1_000n, 12_500n],
      ['PAY-2', -6_000n, 6_500n],
    ]);
    expect(statement.closingBalance).toBe(6_500n);
  });

  it.each<[string, string, string, bigint, string[], bigint]>([
    ['a period before any entry', '2026-01-01', '2026-01-31', 0n, [], 0n],
    ['a period after all entries', '2026-05-01', '2026-05-31', 16_499n, [], 16_499n],
    ['a single day', '2026-03-15', '2026-03-15', 11_000n, ['INV-3', 'CN-1'], 12_500n],
    ['February', '2026-02-01', '2026-02-28', 0n, ['INV-1', 'PAY-1'], 6_000n],
    ['everything', '2026-01-01', '2026-12-31', 0n, ['INV-1', 'PAY-1', 'INV-2', 'INV-3', 'CN-1', 'PAY-2', 'INV-4'], 16_499n],
  ])('%s (%s..%s)', (_name, from, to, opening, references, closing) => {
    const statement = balanceForward(entries, from, to);
    expect(statement.openingBalance).toBe(opening);
    expect(statement.lines.map((l) => l.reference)).toEqual(references);
    expect(statement.closingBalance).toBe(closing);
  });

  it('is empty for an empty ledger', () => {
    expect(balanceForward([], '2026-03-01', '2026-03-31')).toEqual({
      type: 'balance-forward', from: '2026-03-01', to: '2026-03-31', openingBalance: 0n, lines: [], closingBalance: 0n,
    });
  });

  it('keeps the entries\' fields on each line', () => {
    const withDue = { ...entry('2026-03-05', 'invoice', 'INV-9', 100n), dueDate: '2026-04-04' };
    const [line] = balanceForward([withDue], '2026-03-01', '2026-03-31').lines;
    expect(line).toEqual({ ...withDue, balance: 100n });
  });

  it('opening balance is the sum of entries before `from`; lines are exactly the entries within [from, to]', () => {
    fc.assert(
      fc.property(ledger, period, (es, [from, to]) => {
        const statement = balanceForward(es, from, to);
        expect(statement.openingBalance).toBe(sumOf(es.filter((e) => e.date < from).map((e) => e.amount)));
        expect(statement.lines).toHaveLength(es.filter((e) => e.date >= from && e.date <= to).length);
        for (const line of statement.lines) {
          expect(line.date >= from && line.date <= to).toBe(true);
        }
        expect(statement.lines.map(({ balance: _b, ...e }) => e)).toEqual(
          sortEntries(es.filter((e) => e.date >= from && e.date <= to)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('each line\'s balance is the previous balance plus its amount, and closing = opening + sum of lines', () => {
    fc.assert(
      fc.property(ledger, period, (es, [from, to]) => {
        const statement = balanceForward(es, from, to);
        let running = statement.openingBalance;
        for (const line of statement.lines) {
          running += line.amount;
          expect(line.balance).toBe(running);
        }
        expect(statement.closingBalance).toBe(statement.openingBalance + sumOf(statement.lines.map((l) => l.amount)));
        expect(statement.closingBalance).toBe(statement.lines.at(-1)?.balance ?? statement.openingBalance);
      }),
      { numRuns: 500 },
    );
  });

  it('closing balance is the sum of all entries dated on or before `to`', () => {
    fc.assert(
      fc.property(ledger, period, (es, [from, to]) => {
        const statement = balanceForward(es, from, to);
        expect(statement.closingBalance).toBe(sumOf(es.filter((e) => e.date <= to).map((e) => e.amount)));
      }),
      { numRuns: 500 },
    );
  });

  it('consecutive periods chain: one period\'s closing balance is the next one\'s opening balance', () => {
    fc.assert(
      fc.property(ledger, nearDate, nearDate, nearDate, (es, a, b, c) => {
        const [d1, d2, d3] = [a, b, c].sort();
        if (d1 === undefined || d2 === undefined || d3 === undefined || d2 === d3) return;
        const first = balanceForward(es, d1, d2);
        const second = balanceForward(es, fromDayNumber(toDayNumber(d2) + 1), d3);
        expect(second.openingBalance).toBe(first.closingBalance);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order entries are given in', () => {
    fc.assert(
      fc.property(
        // Unique references, so no two entries tie in sortEntries and the order is fully determined.
        fc.uniqueArray(ledgerEntry, { maxLength: 30, selector: (e) => e.reference }).chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }))),
        period,
        ([es, shuffled], [from, to]) => {
          const a = balanceForward(es, from, to);
          const b = balanceForward(shuffled, from, to);
          expect(b.openingBalance).toBe(a.openingBalance);
          expect(b.closingBalance).toBe(a.closingBalance);
          expect(b.lines.map((l) => l.amount)).toEqual(a.lines.map((l) => l.amount));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('openItemStatement', () => {
  const item = (number: string, dueDate: string, open: bigint, amount = open): OpenItemInput => ({
    number, issueDate: '2026-01-01', dueDate, amount, open,
  });

  it('drops paid items, sorts by due date, ages each item and sums the aging', () => {
    const buckets = defaultBuckets();
    const statement = openItemStatement(
      [
        item('INV-3', '2026-03-20', 3_000n),
        item('INV-1', '2026-01-15', 1_000n),
        item('INV-9', '2026-02-01', 0n, 5_000n), // fully paid: dropped
        item('INV-2', '2026-02-10', 2_000n, 2_500n), // partly paid: shows what is still open
        item('INV-4', '2026-04-15', 4_000n), // not yet due
        item('INV-0', '2026-03-20', 500n), // same due date as INV-3: ordered by number
      ],
      -700n,
      '2026-03-31',
      buckets,
    );
    expect(statement.type).toBe('open-item');
    expect(statement.asOf).toBe('2026-03-31');
    expect(statement.items.map((i) => [i.number, i.amount, i.open, i.daysPastDue])).toEqual([
      ['INV-1', 1_000n, 1_000n, 75],
      ['INV-2', 2_500n, 2_000n, 49],
      ['INV-0', 500n, 500n, 11],
      ['INV-3', 3_000n, 3_000n, 11],
      ['INV-4', 4_000n, 4_000n, -15],
    ]);
    expect(statement.unapplied).toBe(-700n);
    expect(statement.aging.labels).toEqual(['current', '1-30', '31-60', '61-90', '90+']);
    expect(statement.aging.amounts).toEqual({
      total: 9_800n,
      unapplied: -700n,
      buckets: [4_000n, 3_500n, 2_000n, 1_000n, 0n],
    });
    expect(statement.closingBalance).toBe(9_800n);
  });

  it.each<[string, string, number, number]>([
    ['due today', '2026-03-31', 0, 0],
    ['due tomorrow', '2026-04-01', -1, 0],
    ['due yesterday', '2026-03-30', 1, 1],
    ['30 days late', '2026-03-01', 30, 1],
    ['31 days late', '2026-02-28', 31, 2],
    ['90 days late', '2025-12-31', 90, 3],
    ['91 days late', '2025-12-30', 91, 4],
    ['over a year late', '2025-01-01', 454, 4],
  ])('an item %s (due %s) is %i days past due, in bucket %i', (_name, due, days, bucket) => {
    const statement = openItemStatement([item('INV-1', due, 100n)], 0n, '2026-03-31', defaultBuckets());
    expect(statement.items[0]?.daysPastDue).toBe(days);
    const expected = [0n, 0n, 0n, 0n, 0n];
    expected[bucket] = 100n;
    expect(statement.aging.amounts.buckets).toEqual(expected);
  });

  it('keeps a negative open item (an unapplied credit note) and ages it', () => {
    const statement = openItemStatement([item('CN-1', '2026-03-01', -200n)], 0n, '2026-03-31', defaultBuckets());
    expect(statement.items.map((i) => i.number)).toEqual(['CN-1']);
    expect(statement.aging.amounts.buckets).toEqual([0n, -200n, 0n, 0n, 0n]);
    expect(statement.closingBalance).toBe(-200n);
  });

  it('with nothing open, shows only unapplied cash', () => {
    const statement = openItemStatement([item('INV-1', '2026-03-01', 0n, 100n)], -50n, '2026-03-31', defaultBuckets());
    expect(statement.items).toEqual([]);
    expect(statement.aging.amounts).toEqual({ total: -50n, unapplied: -50n, buckets: [0n, 0n, 0n, 0n, 0n] });
    expect(statement.closingBalance).toBe(-50n);
  });

  const openItem = fc.record({
    number: fc.stringMatching(/^INV-\d{1,4}$/),
    issueDate: nearDate,
    dueDate: nearDate,
    amount: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    open: fc.oneof(fc.constant(0n), fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n })),
  });
  const bounds = fc
    .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 })
    .map((values) => bucketsFrom([...values].sort((a, b) => a - b)));
  const unapplied = fc.bigInt({ min: -(10n ** 9n), max: 0n });

  it('drops exactly the zero-open items, sorted by due date, with daysPastDue = asOf − due', () => {
    fc.assert(
      fc.property(fc.array(openItem, { maxLength: 25 }), unapplied, nearDate, bounds, (items, cash, asOf, buckets) => {
        const statement = openItemStatement(items, cash, asOf, buckets);
        expect(statement.items).toHaveLength(items.filter((i) => i.open !== 0n).length);
        statement.items.forEach((i, n) => {
          expect(i.open).not.toBe(0n);
          expect(i.daysPastDue).toBe(toDayNumber(asOf) - toDayNumber(i.dueDate));
          const next = statement.items[n + 1];
          if (next) expect(i.dueDate <= next.dueDate).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('aging total = sum of open amounts + unapplied = closing balance, and buckets + unapplied = total', () => {
    fc.assert(
      fc.property(fc.array(openItem, { maxLength: 25 }), unapplied, nearDate, bounds, (items, cash, asOf, buckets) => {
        const statement = openItemStatement(items, cash, asOf, buckets);
        const { amounts } = statement.aging;
        expect(statement.aging.labels).toEqual(buckets.labels);
        expect(amounts.buckets).toHaveLength(buckets.labels.length);
        expect(amounts.unapplied).toBe(cash);
        expect(amounts.total).toBe(sumOf(items.map((i) => i.open)) + cash);
        expect(sumOf(amounts.buckets) + amounts.unapplied).toBe(amounts.total);
        expect(statement.closingBalance).toBe(amounts.total);
      }),
      { numRuns: 500 },
    );
  });

  it('puts nothing in "current" from items past due, and nothing past "current" from items not yet due', () => {
    fc.assert(
      fc.property(fc.array(openItem, { maxLength: 25 }), nearDate, bounds, (items, asOf, buckets) => {
        const statement = openItemStatement(items, 0n, asOf, buckets);
        const notDue = sumOf(statement.items.filter((i) => i.daysPastDue <= 0).map((i) => i.open));
        expect(statement.aging.amounts.buckets[0]).toBe(notDue);
      }),
      { numRuns: 300 },
    );
  });
});
