// Issue #8: payment behaviour, risk grade and credit advice — pure, with tables of cases and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import {
  GRADES, type RiskDispute, gradeOf, type RiskInput, type RiskInvoice, type RiskPromise, WEIGHTS, assessRisk, detectRegularity, roundLimit, usualTerms,
} from '../src/domain/risk/index.js';

const AS_OF = '2026-12-31';

/** An invoice due `dueAgo` days before asOf, paid `late` days after its due date (null: still open). */
function inv(number: string, dueAgo: number, late: number | null, amount = 100_000n, currency = 'NOK', terms = 30): RiskInvoice {
  const dueDate = addDays(AS_OF, -dueAgo);
  const settledOn = late === null ? null : addDays(dueDate, late);
  if (settledOn !== null && settledOn > AS_OF) throw new Error(`${number} would be paid after asOf`);
  return {
    number, currency, issueDate: addDays(dueDate, -terms), dueDate, amount, paid: late === null ? 0n : amount, credited: 0n, writtenOff: 0n,
    open: late === null ? amount : 0n, settledOn, lastPaidOn: settledOn,
  };
}

function input(over: Partial<RiskInput> = {}): RiskInput {
  return {
    asOf: AS_OF, customer: { currency: 'NOK', creditLimit: null, termsDays: 30 }, invoices: [], promises: [], disputes: [], unapplied: 0n,
    review: { lastReviewedOn: null, nextReviewOn: null }, limitTolerancePercent: 0, ...over,
  };
}

/** Ten invoices due every 30 days in the last year; `late[i]` days late each (0: on time). */
const monthly = (late: number[]) => late.map((days, i) => inv(`I-${i + 1}`, 50 + i * 30, days));

describe('risk grade and parts', () => {
  it('a customer who always pays on time grades A with every part at zero', () => {
    const risk = assessRisk(input({ invoices: monthly([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }));
    expect(risk).toMatchObject({ score: 100, grade: 'A', caps: [] });
    expect(risk.parts.daysBeyondTerms).toEqual({ value: 0, points: 0, maxPoints: 35, words: 'pays on time (10 invoices due in the last year)' });
    expect(risk.parts.latePercent.words).toBe('0 % of invoices paid late');
    expect(risk.parts.longestDelay.words).toBe('never late');
  });

  it('explains each part in plain words ("pays on average 12 days late; 40 % of invoices late")', () => {
    const risk = assessRisk(input({ invoices: monthly([30, 0, 30, 0, 30, 0, 30, 0, 0, 0]) }));
    expect(risk.parts.daysBeyondTerms.words).toBe('pays on average 12 days late (12 weighted by amount) over 10 invoices');
    expect(risk.parts.latePercent).toEqual({ value: 40, points: 6, maxPoints: 15, words: '40 % of invoices paid late' });
    expect(risk.parts.longestDelay).toEqual({ value: 30, points: 2.5, maxPoints: 15, words: 'longest delay 30 days (invoice I-1)' });
    // 100 − 12 − 6 − 2.5 = 79.5 → 80: B.
    expect(risk).toMatchObject({ score: 80, grade: 'B' });
  });

  it.each<[string, Partial<RiskInput>, { grade: string; score?: number; caps?: string[] }]>([
    ['always 5 days late: B', { invoices: monthly(Array(10).fill(5)) }, { grade: 'B', score: 80 }],
    ['always 45 days late: D', { invoices: monthly([45, 45, 45, 45, 45, 45, 45, 45, 45, 45]) }, { grade: 'D', score: 45 }],
    ['two on-time invoices: too little history, at best C', { invoices: [inv('A', 40, 0), inv('B', 70, 0)] }, { grade: 'C', score: 100, caps: ['at best C: 2 invoices with a known outcome, fewer than 3'] }],
    ['a new customer with no invoices: C', {}, { grade: 'C', score: 100 }],
    ['an item 95 days past due: at best D', { invoices: [...monthly([0, 0, 0, 0]), inv('OPEN', 95, null, 1000n)] }, { grade: 'D', caps: ['at best D: an item is 95 days past due'] }],
    ['an item open 400 days stays counted', { invoices: [...monthly([0, 0, 0]), inv('OLD', 400, null, 1000n)] }, { grade: 'D', caps: ['at best D: an item is 400 days past due'] }],
  ])('%s', (_name, over, expected) => {
    const risk = assessRisk(input(over));
    expect(risk.grade).toBe(expected.grade);
    if (expected.score !== undefined) expect(risk.score).toBe(expected.score);
    if (expected.caps) expect(risk.caps.map((c) => c.words)).toEqual(expected.caps);
  });

  it('a write-off takes its points and caps the grade at D', () => {
    const written = { ...inv('W', 100, 50), paid: 0n, writtenOff: 100_000n };
    const risk = assessRisk(input({ invoices: [...monthly([0, 0, 0, 0]), written] }));
    expect(risk.parts.writeOffs).toEqual({ value: '1000.00', points: 5, maxPoints: 5, words: '1000.00 NOK written off in the last year' });
    expect(risk.grade).toBe('D');
  });

  it('a credit-only settlement is not a payment and says nothing about timing', () => {
    const credited = { ...inv('CN', 100, 80), paid: 0n, credited: 100_000n };
    expect(assessRisk(input({ invoices: [...monthly([0, 0, 0]), credited] })).parts.longestDelay.value).toBe(0);
  });

  it('counts broken promises of the last year, decided by asOf only', () => {
    const promises: RiskPromise[] = [
      { status: 'broken', decidedOn: '2026-11-02' }, { status: 'broken', decidedOn: '2026-06-01' }, { status: 'kept', decidedOn: '2026-10-01' },
      { status: 'broken', decidedOn: '2025-06-01' }, { status: 'broken', decidedOn: '2027-01-05' }, { status: 'active', decidedOn: null },
    ];
    const risk = assessRisk(input({ invoices: monthly(Array(10).fill(0)), promises }));
    expect(risk.parts.brokenPromises).toEqual({ value: 2, points: 10, maxPoints: 15, words: '2 broken promises in the last year (1 kept)' });
    expect(risk.review.due).toBe('2026-11-02');
    expect(risk.review.reasons).toContain('due at once: a promise to pay was broken on 2026-11-02');
  });

  it('penalises rejected disputes only; a dispute resolved after asOf is still open', () => {
    const disputes: RiskDispute[] = [
      { openedOn: '2026-03-01', status: 'resolved-credit', resolvedOn: '2026-03-20' }, { openedOn: '2026-04-01', status: 'rejected', resolvedOn: '2026-04-10' },
      { openedOn: '2026-12-01', status: 'rejected', resolvedOn: '2027-01-10' }, { openedOn: '2025-01-01', status: 'rejected', resolvedOn: '2025-02-01' },
    ];
    const risk = assessRisk(input({ invoices: monthly(Array(10).fill(0)), disputes }));
    expect(risk.parts.disputes).toEqual({ value: 3, points: 2.5, maxPoints: 5, words: '3 disputes raised in the last year: 1 ended in a credit or return, 1 rejected, 1 still open' });
  });

  it('scores exposure against the limit with the tenant tolerance', () => {
    const invoices = [...monthly(Array(5).fill(0)), inv('N1', 0, null, 90_000n), inv('N2', -10, null, 5_000n)];
    const customer = (limit: bigint | null) => ({ currency: 'NOK', creditLimit: limit, termsDays: 30 });
    expect(assessRisk(input({ invoices, customer: customer(100_000n) })).parts.exposure).toEqual({ value: 95, points: 3.8, maxPoints: 10, words: 'exposure 950.00 NOK is 95 % of the 1000.00 NOK limit' });
    const over = assessRisk(input({ invoices, customer: customer(90_000n) }));
    expect(over.parts.exposure).toMatchObject({ value: 105, points: 10, words: 'exposure 950.00 NOK is 105 % of the 900.00 NOK limit: over the limit' });
    expect(over.review.due).toBe(AS_OF);
    expect(assessRisk(input({ invoices, customer: customer(90_000n), limitTolerancePercent: 10 })).parts.exposure.points).toBe(6.3);
    expect(assessRisk(input({ invoices, customer: customer(null) })).parts.exposure).toMatchObject({ value: null, points: 0, words: 'exposure 950.00 NOK; no credit limit set' });
    // Unapplied cash lowers the exposure.
    expect(assessRisk(input({ invoices, customer: customer(100_000n), unapplied: 15_000n })).parts.exposure.value).toBe(80);
  });

  it('scores a customer getting worse on the last 90 days, and says so', () => {
    const invoices = [inv('R1', 10, 10), inv('R2', 30, 30), inv('R3', 60, 20), ...[100, 130, 160, 190, 220, 250, 280].map((d, i) => inv(`O${i}`, d, 0))];
    const risk = assessRisk(input({ invoices }));
    expect(risk.parts.trend).toMatchObject({ value: 14, points: 0, words: 'getting worse: 20 days late on invoices due in the last 90 days against 6 over the year' });
    expect(risk.parts.daysBeyondTerms).toMatchObject({ value: 20, points: 20 });
    expect(assessRisk(input({ invoices: monthly(Array(10).fill(0)).slice(0, 2) })).parts.trend.value).toBeNull();
  });

  it('counts other currencies in timing but not in exposure, and names them', () => {
    const invoices = [...monthly([0, 0, 0]), inv('E1', 50, 40, 500_000n, 'EUR'), inv('E2', 5, null, 700_00n, 'EUR')];
    const risk = assessRisk(input({ invoices }));
    expect(risk.behaviour.otherCurrencies).toEqual([{ currency: 'EUR', open: 70_000n }]);
    expect(risk.behaviour.exposure).toBe(0n);
    expect(risk.parts.longestDelay.value).toBe(40);
    // Weighted by amount in NOK only (all on time); by count 40+5 over 5 invoices.
    expect(risk.behaviour.weightedDays).toBe(0);
    expect(risk.behaviour.averageDays).toBe(9);
  });

  it('has weights that add up to 100 and grades on fixed floors', () => {
    expect(Object.values(WEIGHTS).reduce<number>((a, b) => a + b, 0)).toBe(100);
    expect([100, 85, 84, 70, 69, 55, 54, 40, 39, 0].map(gradeOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
  });
});

describe('payment regularity', () => {
  it.each<[string, string[], string]>([
    ['month end', ['2026-01-30', '2026-02-27', '2026-03-31', '2026-05-01', '2026-06-29', '2026-07-15'], 'month-end'],
    ['around the 15th', ['2026-01-15', '2026-02-14', '2026-03-16', '2026-04-15', '2026-05-20'], 'day-of-month'],
    ['on Fridays', ['2026-01-02', '2026-01-09', '2026-02-13', '2026-03-20', '2026-04-08'], 'weekday'],
    ['irregular', ['2026-01-05', '2026-02-11', '2026-03-19', '2026-04-23', '2026-05-08', '2026-06-16'], 'irregular'],
    ['too few', ['2026-01-31', '2026-02-28', '2026-02-28'], 'too-few'],
  ])('%s', (_name, dates, pattern) => {
    expect(detectRegularity(dates).pattern).toBe(pattern);
  });

  it('words it', () => {
    expect(assessRisk(input({ invoices: ['2026-01-31', '2026-03-02', '2026-03-30', '2026-04-30', '2026-06-01'].map((d, i) => ({ ...inv(`M${i}`, 400, 0), settledOn: d, lastPaidOn: d })) })).parts.regularity)
      .toEqual({ value: 'month-end', points: 0, maxPoints: 0, words: 'pays at month end (100 % of 5 payment days)' });
    expect(detectRegularity(['2026-01-15', '2026-02-14', '2026-03-16', '2026-04-15', '2026-05-14'])).toEqual({ pattern: 'day-of-month', day: 14, share: 100, payments: 5 });
    // Four payment days are too few to claim a pattern; three of five on one weekday is chance.
    expect(detectRegularity(['2026-01-15', '2026-02-14', '2026-03-16', '2026-04-15']).pattern).toBe('too-few');
    expect(detectRegularity(['2026-01-02', '2026-01-09', '2026-02-13', '2026-03-18', '2026-04-08']).pattern).toBe('irregular');
  });
});

describe('credit advice', () => {
  const yearOfSales = (late: number) => Array.from({ length: 12 }, (_, m) => {
    const issueDate = `2026-${String(m + 1).padStart(2, '0')}-01`;
    const dueDate = addDays(issueDate, 30);
    const settledOn = addDays(dueDate, late) > AS_OF ? null : addDays(dueDate, late);
    return { number: `S-${m + 1}`, currency: 'NOK', issueDate, dueDate, amount: 1_000_000n, paid: settledOn ? 1_000_000n : 0n, credited: 0n, writtenOff: 0n, open: settledOn ? 0n : 1_000_000n, settledOn, lastPaidOn: settledOn };
  });

  it('sizes the limit on the sales a customer carries, by grade, with the arithmetic in words', () => {
    const risk = assessRisk(input({ invoices: yearOfSales(0), customer: { currency: 'NOK', creditLimit: 2_000_000n, termsDays: 30 } }));
    expect(risk.grade).toBe('A');
    // 120000.00 over 365 days × 30 days = 9863.01; A: 150 % = 14794.51 → 14000.00.
    expect(risk.advice).toEqual({
      recommendedLimit: 1_400_000n, terms: { days: 30, text: '30 days net' },
      reasons: ['grade A (score 100)', 'invoiced 120000.00 NOK over 365 days, about 9863.01 NOK a month',
        'at 30 days\' terms and 0 days late, the customer carries about 30 days of sales: 9863.01 NOK',
        'grade A allows 150 % of that, rounded down: 14000.00 NOK', 'lower than the current limit of 20000.00 NOK; only a person changes it'],
    });
  });

  it('shortens terms and limits for poor grades; E gets prepayment', () => {
    const d = assessRisk(input({ invoices: yearOfSales(45) }));
    expect(d.grade).toBe('D');
    expect(d.advice.terms).toEqual({ days: 14, text: '14 days net' });
    const e = assessRisk(input({ invoices: yearOfSales(45), promises: [{ status: 'broken', decidedOn: '2026-12-01' }, { status: 'broken', decidedOn: '2026-12-10' }] }));
    expect(e.grade).toBe('E');
    expect(e.advice).toMatchObject({ recommendedLimit: 0n, terms: { days: 0, text: 'prepayment (cash with order)' } });
  });

  it('gives no limit without sales in the customer\'s currency', () => {
    expect(assessRisk(input()).advice.recommendedLimit).toBeNull();
    expect(assessRisk(input({ invoices: monthly([0, 0, 0]).map((i) => ({ ...i, currency: 'EUR' })) })).advice.recommendedLimit).toBeNull();
  });

  it.each<[bigint, string, bigint]>([[12_345_678n, 'NOK', 12_000_000n], [9_999n, 'NOK', 9_900n], [150n, 'NOK', 100n], [0n, 'NOK', 0n], [1_234_567n, 'JPY', 1_200_000n], [-5n, 'NOK', 0n]])(
    'rounds %s %s down to %s', (minor, currency, expected) => { expect(roundLimit(minor, currency)).toBe(expected); });

  it('takes the usual terms from the invoices when the customer has none', () => {
    expect(usualTerms(null, [inv('A', 10, 0, 1n, 'NOK', 14), inv('B', 10, 0, 1n, 'NOK', 14), inv('C', 10, 0, 1n, 'NOK', 60)])).toBe(14);
    expect(usualTerms(null, [])).toBe(30);
    expect(usualTerms(10, [])).toBe(10);
  });
});

describe('review schedule', () => {
  it('reviews by grade from the last review; at once after a 60-day item since then', () => {
    const good = assessRisk(input({ invoices: monthly(Array(10).fill(0)), review: { lastReviewedOn: '2026-03-01', nextReviewOn: null } }));
    expect(good.review).toEqual({ due: '2027-03-01', intervalDays: 365, reasons: ['grade A: reviewed every 365 days; last reviewed on 2026-03-01'] });
    const sixty = assessRisk(input({ invoices: [...monthly(Array(9).fill(0)), inv('S', 100, 70)], review: { lastReviewedOn: '2026-09-01', nextReviewOn: null } }));
    expect(sixty.grade).toBe('B');
    expect(sixty.review.due).toBe(addDays(addDays(AS_OF, -100), 60));
    expect(sixty.review.reasons.at(-1)).toBe(`due at once: an invoice reached 60 days past due on ${addDays(addDays(AS_OF, -100), 60)}`);
    // Reviewed since: no longer due at once.
    expect(assessRisk(input({ invoices: [...monthly(Array(9).fill(0)), inv('S', 100, 70)], review: { lastReviewedOn: '2026-12-01', nextReviewOn: null } })).review.due > AS_OF).toBe(true);
  });

  it('follows the date a reviewer set, and counts a never-reviewed customer from its first invoice', () => {
    expect(assessRisk(input({ invoices: monthly(Array(10).fill(0)), review: { lastReviewedOn: '2026-12-01', nextReviewOn: '2027-01-15' } })).review.due).toBe('2027-01-15');
    const never = assessRisk(input({ invoices: monthly(Array(10).fill(0)) }));
    expect(never.review.due).toBe(addDays(never.behaviour.firstIssueEver ?? '', 365));
  });
});

describe('properties', () => {
  const invoiceArb = fc.record({ dueAgo: fc.integer({ min: -60, max: 500 }), delay: fc.integer({ min: 0, max: 200 }), extra: fc.integer({ min: 0, max: 120 }), amount: fc.bigInt({ min: 1n, max: 10_000_000n }) });
  const caseArb = fc.record({
    invoices: fc.array(invoiceArb, { maxLength: 25 }), limit: fc.option(fc.bigInt({ min: 0n, max: 50_000_000n })),
    broken: fc.integer({ min: 0, max: 4 }), rejected: fc.integer({ min: 0, max: 3 }), unapplied: fc.bigInt({ min: 0n, max: 1_000_000n }),
    tolerance: fc.option(fc.integer({ min: 0, max: 20 })),
  });
  type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

  /** Paid `delay` days after due, or still open when that is after asOf. */
  const build = (c: Case, delayOf: (i: Case['invoices'][number]) => number): RiskInput => input({
    invoices: c.invoices.map((i, n) => {
      const dueDate = addDays(AS_OF, -i.dueAgo);
      const paidOn = addDays(dueDate, delayOf(i));
      const paid = paidOn <= AS_OF;
      return { number: `P-${n}`, currency: 'NOK', issueDate: addDays(dueDate, -30), dueDate, amount: i.amount, paid: paid ? i.amount : 0n, credited: 0n, writtenOff: 0n, open: paid ? 0n : i.amount, settledOn: paid ? paidOn : null, lastPaidOn: paid ? paidOn : null };
    }),
    customer: { currency: 'NOK', creditLimit: c.limit, termsDays: 30 }, unapplied: c.unapplied, limitTolerancePercent: c.tolerance,
    promises: Array.from({ length: c.broken }, () => ({ status: 'broken' as const, decidedOn: '2026-10-01' })),
    disputes: Array.from({ length: c.rejected }, () => ({ openedOn: '2026-09-01', status: 'rejected' as const, resolvedOn: '2026-09-15' })),
  });
  const rank = (grade: string) => GRADES.indexOf(grade as never);

  it('keeps the score within 0–100, each part within its weight, and the grade A–E', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const risk = assessRisk(build(c, (i) => i.delay));
      expect(risk.score).toBeGreaterThanOrEqual(0);
      expect(risk.score).toBeLessThanOrEqual(100);
      expect(Number.isInteger(risk.score)).toBe(true);
      expect(GRADES).toContain(risk.grade);
      for (const part of Object.values(risk.parts)) expect(part.points).toBeLessThanOrEqual(part.maxPoints);
      expect(risk.advice.recommendedLimit === null || risk.advice.recommendedLimit >= 0n).toBe(true);
    }), { numRuns: 300 });
  });

  it('a customer who always pays on time never grades worse than one who pays late, all else equal', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const onTime = assessRisk(build(c, () => 0));
      const late = assessRisk(build(c, (i) => i.delay));
      expect(onTime.score).toBeGreaterThanOrEqual(late.score);
      expect(rank(onTime.grade)).toBeLessThanOrEqual(rank(late.grade));
    }), { numRuns: 300 });
  });

  it('paying any invoice later never improves the score or the grade', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const earlier = assessRisk(build(c, (i) => i.delay));
      const later = assessRisk(build(c, (i) => i.delay + i.extra));
      expect(earlier.score).toBeGreaterThanOrEqual(later.score);
      expect(rank(earlier.grade)).toBeLessThanOrEqual(rank(later.grade));
    }), { numRuns: 300 });
  });

  it('is deterministic, and the review is never later than the schedule', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const a = assessRisk(build(c, (i) => i.delay));
      expect(assessRisk(build(c, (i) => i.delay))).toEqual(a);
      const scheduled = addDays(a.behaviour.firstIssueEver ?? AS_OF, a.review.intervalDays);
      expect(a.review.due <= scheduled).toBe(true);
    }), { numRuns: 100 });
  });
});
