import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../src/domain/dates.js';
import {
  computeKpiRatios,
  computeKpis,
  kpiPeriods,
  periodDays,
  roundTenths,
  type KpiInput,
  type KpiMonth,
  type KpiPeriod,
} from '../src/domain/kpi.js';

/** Major units → minor units (2-digit currency), so the examples read like money. */
const m = (major: number): bigint => BigInt(major) * 100n;

type Row = { sales: bigint; total?: bigint; current?: bigint };

/** Builds an input over the given periods; only the last month's balances matter to the KPIs. */
function inputFor(
  periods: KpiPeriod[],
  rows: Row[],
  beginning: bigint,
  endingTotal: bigint,
  endingCurrent: bigint,
): KpiInput {
  const months: KpiMonth[] = periods.map((p, i) => ({
    ...p,
    creditSales: rows[i]?.sales ?? 0n,
    endingReceivables: i === periods.length - 1 ? endingTotal : (rows[i]?.total ?? 0n),
    endingCurrent: i === periods.length - 1 ? endingCurrent : (rows[i]?.current ?? 0n),
  }));
  const last = periods[periods.length - 1];
  return { asOf: last?.end ?? '2026-01-01', months, beginningReceivables: beginning };
}

/** n consecutive periods of exactly `length` days each, ending at asOf. */
function equalPeriods(asOf: string, n: number, length: number): KpiPeriod[] {
  const end = toDayNumber(asOf);
  return Array.from({ length: n }, (_, i) => {
    const periodEnd = end - (n - 1 - i) * length;
    return { start: fromDayNumber(periodEnd - length + 1), end: fromDayNumber(periodEnd) };
  });
}

describe('kpiPeriods', () => {
  it('splits --months 3 at 2026-11-23 into three periods ending on the 23rd', () => {
    expect(kpiPeriods('2026-11-23', 3)).toEqual([
      { start: '2026-08-24', end: '2026-09-23' },
      { start: '2026-09-24', end: '2026-10-23' },
      { start: '2026-10-24', end: '2026-11-23' },
    ]);
    expect(kpiPeriods('2026-11-23', 3).map(periodDays)).toEqual([31, 30, 31]);
  });

  it('uses whole calendar months when asOf is a month end', () => {
    expect(kpiPeriods('2026-04-30', 3)).toEqual([
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-04-30' },
    ]);
    expect(kpiPeriods('2028-02-29', 1)).toEqual([{ start: '2028-02-01', end: '2028-02-29' }]);
  });

  it('clamps to short months without gaps or overlaps', () => {
    expect(kpiPeriods('2026-03-30', 2)).toEqual([
      { start: '2026-01-31', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-30' },
    ]);
  });

  it('twelve periods cover a year', () => {
    const periods = kpiPeriods('2026-11-23', 12);
    expect(periods[0]?.start).toBe('2025-11-24');
    expect(periods.map(periodDays).reduce((a, b) => a + b, 0)).toBe(365);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects months = %s', (months) => {
    expect(() => kpiPeriods('2026-11-23', months)).toThrow(RangeError);
  });

  it('property: consecutive, 28–31 days each, the last ends at asOf, the first starts a window back', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2090-12-31') }), fc.integer({ min: 1, max: 36 }), (day, n) => {
        const asOf = fromDayNumber(day);
        const periods = kpiPeriods(asOf, n);
        expect(periods).toHaveLength(n);
        expect(periods[n - 1]?.end).toBe(asOf);
        periods.forEach((p, i) => {
          expect(periodDays(p)).toBeGreaterThanOrEqual(28);
          expect(periodDays(p)).toBeLessThanOrEqual(31);
          const previous = periods[i - 1];
          if (previous) expect(p.start).toBe(addDays(previous.end, 1));
        });
        // Not a month end: the window starts the day after the same day-of-month N months back.
        if (addDays(asOf, 1).slice(8) !== '01') expect(periods[0]?.start).toBe(addDays(addMonths(asOf, -n), 1));
      }),
    );
  });
});

describe('computeKpis — hand-worked example (3 months to 2026-11-23)', () => {
  // Periods 2026-08-24..09-23 (31 days), 09-24..10-23 (30 days), 10-24..11-23 (31 days): 92 days in all.
  // Credit sales 100,000 / 120,000 / 90,000 → total 310,000.
  // Beginning receivables (2026-08-23) 150,000; ending total receivables 180,000, of which current 130,000.
  const input = inputFor(
    kpiPeriods('2026-11-23', 3),
    [{ sales: m(100_000) }, { sales: m(120_000) }, { sales: m(90_000) }],
    m(150_000),
    m(180_000),
    m(130_000),
  );
  const kpis = computeKpis(input);

  it('dsoSimple = 180,000 / 310,000 × 92 = 16,560,000 / 310,000 = 53.419… → 53.4', () => {
    expect(kpis.dsoSimple).toBe(53.4);
  });

  it('dsoCountBack: 180,000 > 90,000 (latest, 31 days) → 90,000 left, 31 days; 90,000 ≤ 120,000 → 90,000/120,000 × 30 = 22.5; 31 + 22.5 = 53.5', () => {
    expect(kpis.dsoCountBack).toBe(53.5);
  });

  it('bestPossibleDso = 130,000 / 310,000 × 92 = 11,960,000 / 310,000 = 38.580… → 38.6', () => {
    expect(kpis.bestPossibleDso).toBe(38.6);
  });

  it('add = (180,000 − 130,000) / 310,000 × 92 = 4,600,000 / 310,000 = 14.838… → 14.8', () => {
    expect(kpis.add).toBe(14.8);
  });

  it('cei = (150,000 + 310,000 − 180,000) / (150,000 + 310,000 − 130,000) × 100 = 280,000 / 330,000 × 100 = 84.848… → 84.8', () => {
    expect(kpis.cei).toBe(84.8);
  });

  it('percentCurrent = 130,000 / 180,000 × 100 = 72.222… → 72.2', () => {
    expect(kpis.percentCurrent).toBe(72.2);
  });
});

describe('computeKpis — published worked examples', () => {
  it('creditguru ADD example: 30 days, sales 10,000, total 15,000, current 4,000 → DSO 45, BPDSO 12, ADD 33', () => {
    // DSO = 15,000/10,000 × 30 = 45; BPDSO = 4,000/10,000 × 30 = 12; ADD = 45 − 12 = 33.
    const periods = kpiPeriods('2026-09-30', 1); // September: 30 days
    const kpis = computeKpis(inputFor(periods, [{ sales: m(10_000) }], 0n, m(15_000), m(4_000)));
    expect([kpis.dsoSimple, kpis.bestPossibleDso, kpis.add]).toEqual([45, 12, 33]);
    // Count-back: 15,000 > 10,000 → 5,000 left, 30 days; window exhausted → 5,000 × 30 / 10,000 = 15 more; 45.
    expect(kpis.dsoCountBack).toBe(45);
  });

  it('creditguru/wizedu CEI example, whole-window form: (6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) = 10,750 / 13,500 = 79.6', () => {
    // The monthly-averaged form (sales / 3 = 3,630) would give (6,200 + 3,630 − 6,340) / (6,200 + 3,630 − 3,590)
    // = 3,490 / 6,240 = 55.9; we pin the whole-window form (decision 0003).
    const periods = kpiPeriods('2026-03-31', 3);
    const kpis = computeKpis(
      inputFor(periods, [{ sales: m(3_390) }, { sales: m(3_610) }, { sales: m(3_890) }], m(6_200), m(6_340), m(3_590)),
    );
    expect(kpis.cei).toBe(79.6);
  });

  it('count-back with fluctuating sales: 70,000 / 80,000 / 100,000 over three 30-day months, receivables 212,000 → 73.7', () => {
    // 212,000 − 100,000 = 112,000 (30 days); 112,000 − 80,000 = 32,000 (60 days); 32,000 / 70,000 × 30 = 13.71…;
    // 60 + 13.714… = 73.714… → 73.7. Simple DSO would be 212,000 / 250,000 × 90 = 76.32 → 76.3.
    const periods = equalPeriods('2026-06-30', 3, 30);
    const kpis = computeKpis(
      inputFor(periods, [{ sales: m(70_000) }, { sales: m(80_000) }, { sales: m(100_000) }], 0n, m(212_000), 0n),
    );
    expect(kpis.dsoCountBack).toBe(73.7);
    expect(kpis.dsoSimple).toBe(76.3);
  });

  it('gaviti CEI example: beginning 100,000, year sales 1,000,000, ending 120,000, current 100,000 → 98.0', () => {
    // (100,000 + 1,000,000 − 120,000) / (100,000 + 1,000,000 − 100,000) = 980,000 / 1,000,000 = 98.
    const periods = kpiPeriods('2026-12-31', 12);
    const rows = periods.map((_, i) => ({ sales: i === 0 ? m(1_000_000) : 0n }));
    expect(computeKpis(inputFor(periods, rows, m(100_000), m(120_000), m(100_000))).cei).toBe(98);
  });
});

describe('computeKpis — edge cases', () => {
  const sept = kpiPeriods('2026-09-30', 1); // 30 days
  const three = equalPeriods('2026-06-30', 3, 30);

  type Case = {
    name: string;
    periods: KpiPeriod[];
    sales: bigint[];
    beginning: bigint;
    total: bigint;
    current: bigint;
    expected: Partial<ReturnType<typeof computeKpis>>;
  };
  const cases: Case[] = [
    {
      name: 'zero sales: every DSO-style value is 0, CEI and % current still computed',
      periods: sept, sales: [0n], beginning: m(500), total: m(300), current: m(100),
      // CEI = (500 + 0 − 300) / (500 + 0 − 100) = 200/400 = 50; % current = 100/300 = 33.3
      expected: { dsoSimple: 0, dsoCountBack: 0, bestPossibleDso: 0, add: 0, cei: 50, percentCurrent: 33.3 },
    },
    {
      name: 'negative net sales (credit notes exceed invoices): DSO-style values are 0',
      periods: sept, sales: [-m(100)], beginning: m(500), total: m(300), current: m(300),
      expected: { dsoSimple: 0, dsoCountBack: 0, bestPossibleDso: 0, add: 0 },
    },
    {
      name: 'nothing owed: DSOs 0, percentCurrent 100, CEI 100 when all was collected',
      periods: sept, sales: [m(1_000)], beginning: m(200), total: 0n, current: 0n,
      // CEI = (200 + 1,000 − 0) / (200 + 1,000 − 0) = 100
      expected: { dsoSimple: 0, dsoCountBack: 0, bestPossibleDso: 0, add: 0, cei: 100, percentCurrent: 100 },
    },
    {
      name: 'net credit balance (unapplied cash > open items): DSOs 0, percentCurrent 100',
      periods: sept, sales: [m(1_000)], beginning: 0n, total: -m(50), current: m(20),
      // BPDSO = 20/1,000 × 30 = 0.6; ADD = (0 − 20)/1,000 × 30 = −0.6 (total counts as 0)
      // CEI = (0 + 1,000 + 50) / (0 + 1,000 − 20) = 1,050 / 980 = 107.1
      expected: { dsoSimple: 0, dsoCountBack: 0, bestPossibleDso: 0.6, add: -0.6, cei: 107.1, percentCurrent: 100 },
    },
    {
      name: 'CEI denominator 0 (new book, everything still current): 100',
      periods: sept, sales: [m(1_000)], beginning: 0n, total: m(1_000), current: m(1_000),
      // DSO = 1,000/1,000 × 30 = 30 = BPDSO; ADD 0
      expected: { cei: 100, percentCurrent: 100, dsoSimple: 30, bestPossibleDso: 30, add: 0, dsoCountBack: 30 },
    },
    {
      name: 'CEI denominator negative: 100',
      periods: sept, sales: [m(100)], beginning: 0n, total: m(150), current: m(150),
      expected: { cei: 100 },
    },
    {
      name: 'CEI above 100 when unapplied cash makes ending total < ending current',
      periods: sept, sales: [m(1_000)], beginning: 0n, total: m(300), current: m(400),
      // (0 + 1,000 − 300) / (0 + 1,000 − 400) = 700/600 = 116.66… → 116.7; % current = 400/300 = 133.3
      expected: { cei: 116.7, percentCurrent: 133.3 },
    },
    {
      name: 'CEI negative when receivables grew by more than sales (debit adjustments)',
      periods: sept, sales: [m(100)], beginning: m(100), total: m(300), current: 0n,
      // (100 + 100 − 300) / (100 + 100 − 0) = −100/200 = −50
      expected: { cei: -50 },
    },
    {
      name: 'count-back skips a month without sales, counting its days in full',
      periods: three, sales: [m(600), 0n, m(300)], beginning: 0n, total: m(600), current: 0n,
      // 600 > 300 → 300 left, 30 days; month 2 has no sales → 60 days; 300/600 × 30 = 15 → 75.
      // Simple: 600/900 × 90 = 60.
      expected: { dsoCountBack: 75, dsoSimple: 60 },
    },
    {
      name: 'count-back past the window converts the rest at the window average (= simple DSO)',
      periods: three, sales: [m(100), m(200), m(300)], beginning: 0n, total: m(1_200), current: 0n,
      // 1,200 − 300 − 200 − 100 = 600 left after 90 days; 600 × 90 / 600 = 90 → 180; simple 1,200/600 × 90 = 180.
      expected: { dsoCountBack: 180, dsoSimple: 180 },
    },
    {
      name: 'count-back when the balance equals the latest month exactly: one full month',
      periods: three, sales: [m(100), m(200), m(300)], beginning: 0n, total: m(300), current: 0n,
      expected: { dsoCountBack: 30, dsoSimple: 45 },
    },
    {
      name: 'ADD is rounded once from the exact difference, so it may differ by 0.1 from the rounded DSOs',
      periods: sept, sales: [m(1_000)], beginning: 0n, total: m(335), current: m(168),
      // DSO 335/1,000 × 30 = 10.05 → 10.1; BPDSO 168/1,000 × 30 = 5.04 → 5.0; ADD 167/1,000 × 30 = 5.01 → 5.0
      expected: { dsoSimple: 10.1, bestPossibleDso: 5, add: 5 },
    },
  ];

  it.each(cases)('$name', ({ periods, sales, beginning, total, current, expected }) => {
    const kpis = computeKpis(inputFor(periods, sales.map((s) => ({ sales: s })), beginning, total, current));
    expect(kpis).toMatchObject(expected);
  });

  it.each([
    ['0.05 rounds up', 1n, 20n, 0.1],
    ['−0.05 rounds away from zero', -1n, 20n, -0.1],
    ['0.025 rounds down', 1n, 40n, 0],
    ['0.15 rounds up', 3n, 20n, 0.2],
    ['zero is not −0', -1n, 1000n, 0],
  ])('roundTenths: %s', (_name, num, den, expected) => {
    expect(Object.is(roundTenths(num, den), expected)).toBe(true);
  });

  it('rejects malformed input', () => {
    const good = inputFor(three, [{ sales: 1n }, { sales: 1n }, { sales: 1n }], 0n, 1n, 0n);
    expect(() => computeKpis({ ...good, months: [] })).toThrow(RangeError);
    expect(() => computeKpis({ ...good, asOf: '2026-07-01' })).toThrow(/asOf/);
    const gap = good.months.map((month, i) => (i === 1 ? { ...month, start: addDays(month.start, 1) } : month));
    expect(() => computeKpis({ ...good, months: gap })).toThrow(/consecutive/);
    const backwards = [{ ...good.months[2]!, start: '2026-07-01' }];
    expect(() => computeKpis({ ...good, months: backwards })).toThrow(/before it starts/);
  });
});

describe('computeKpis — properties', () => {
  const amount = fc.bigInt({ min: 0n, max: 10n ** 13n });
  const signed = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });
  const asOfArb = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);
  const window = fc
    .tuple(asOfArb, fc.integer({ min: 1, max: 24 }))
    .chain(([asOf, n]) => fc.tuple(fc.constant(kpiPeriods(asOf, n)), fc.array(amount, { minLength: n, maxLength: n })));

  it('with 0 ≤ current ≤ total: bestPossibleDso ≤ dsoSimple, add ≥ 0, cei ≤ 100, 0 ≤ percentCurrent ≤ 100', () => {
    fc.assert(
      fc.property(window, amount, amount, fc.double({ min: 0, max: 1, noNaN: true }), ([periods, sales], beginning, total, share) => {
        const current = (total * BigInt(Math.floor(share * 1000))) / 1000n;
        const kpis = computeKpis(inputFor(periods, sales.map((s) => ({ sales: s })), beginning, total, current));
        expect(kpis.bestPossibleDso).toBeLessThanOrEqual(kpis.dsoSimple);
        expect(kpis.add).toBeGreaterThanOrEqual(0);
        expect(kpis.cei).toBeLessThanOrEqual(100);
        expect(kpis.percentCurrent).toBeGreaterThanOrEqual(0);
        expect(kpis.percentCurrent).toBeLessThanOrEqual(100);
        expect(kpis.dsoCountBack).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('any signed input gives finite numbers (never NaN/Infinity) and add is exactly dsoSimple − bestPossibleDso', () => {
    fc.assert(
      fc.property(
        asOfArb,
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(signed, { minLength: n, maxLength: n })),
        signed, signed, signed,
        (asOf, sales, beginning, total, current) => {
          const periods = kpiPeriods(asOf, sales.length);
          const input = inputFor(periods, sales.map((s) => ({ sales: s })), beginning, total, current);
          const kpis = computeKpis(input);
          for (const value of Object.values(kpis)) expect(Number.isFinite(value)).toBe(true);
          expect(JSON.parse(JSON.stringify(kpis))).toEqual(kpis);
          const r = computeKpiRatios(input);
          // a/b − c/d = e/f  ⇔  (a·d − c·b)·f = e·b·d
          expect((r.dsoSimple.num * r.bestPossibleDso.den - r.bestPossibleDso.num * r.dsoSimple.den) * r.add.den)
            .toBe(r.add.num * r.dsoSimple.den * r.bestPossibleDso.den);
        },
      ),
    );
  });

  it('count-back equals simple DSO when every period has the same sales and the same length', () => {
    fc.assert(
      fc.property(asOfArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), amount, amount, (asOf, n, length, s, total) => {
        const periods = equalPeriods(asOf, n, length);
        const kpis = computeKpis(inputFor(periods, periods.map(() => ({ sales: s })), 0n, total, 0n));
        expect(kpis.dsoCountBack).toBe(kpis.dsoSimple);
      }),
    );
  });

  it('…but not with equal sales over calendar periods of different lengths (the claim needs equal lengths)', () => {
    // 31 + 30 + 31 days, 100 a month, receivables 100: simple = 100/300 × 92 = 30.7;
    // count-back = 100/100 × 31 (the latest period alone) = 31.
    const periods = kpiPeriods('2026-11-23', 3);
    const kpis = computeKpis(inputFor(periods, periods.map(() => ({ sales: m(100) })), 0n, m(100), 0n));
    expect([kpis.dsoSimple, kpis.dsoCountBack]).toEqual([30.7, 31]);
  });

  it('…and receivables merely equal to the window’s sales are not enough when older periods sold nothing', () => {
    // Sales 0 then 100 over two 30-day periods, receivables 100: count-back = 100/100 × 30 = 30 (all from the
    // latest period), simple = 100/100 × 60 = 60.
    const periods = equalPeriods('2026-06-30', 2, 30);
    const kpis = computeKpis(inputFor(periods, [{ sales: 0n }, { sales: m(100) }], 0n, m(100), 0n));
    expect([kpis.dsoCountBack, kpis.dsoSimple]).toEqual([30, 60]);
  });

  it('count-back equals simple DSO for a single period, and whenever receivables exceed the window’s sales', () => {
    fc.assert(
      fc.property(window, amount, ([periods, sales], extra) => {
        const totalSales = sales.reduce((a, b) => a + b, 0n);
        const kpis = computeKpis(inputFor(periods, sales.map((s) => ({ sales: s })), 0n, totalSales + extra + 1n, 0n));
        expect(kpis.dsoCountBack).toBe(kpis.dsoSimple);
        const single = computeKpis(inputFor(periods.slice(-1), sales.slice(-1).map((s) => ({ sales: s })), 0n, extra, 0n));
        expect(single.dsoCountBack).toBe(single.dsoSimple);
      }),
    );
  });

  it('count-back never decreases as receivables grow', () => {
    fc.assert(
      fc.property(window, amount, amount, ([periods, sales], a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (total: bigint) => computeKpis(inputFor(periods, sales.map((s) => ({ sales: s })), 0n, total, 0n)).dsoCountBack;
        expect(at(low)).toBeLessThanOrEqual(at(high));
      }),
    );
  });
});
