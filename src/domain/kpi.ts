// Receivables KPIs after the Credit Research Foundation (CRF) definitions; decision record: docs/decisions/0003-kpi-definitions.md.
// Pure functions over per-currency inputs the store computes with SQL. Everything is exact bigint arithmetic on
// rationals; a KPI becomes a number only at the very end, rounded half away from zero to 1 decimal place.
//
// Sources (definitions, not code):
// - CRF "National Summary of Domestic Trade Receivables" and its KPI calculators (crfonline.org/survey-form/,
//   crfonline.org/KpiCalculator/KpiCalculator.asp): inputs are beginning receivables, credit sales for the WHOLE
//   period, ending total receivables and ending current receivables; outputs DSO, Best Possible DSO, ADD, CEI,
//   Percent Current.
// - DSO = ending total receivables / total credit sales × days in period; Best Possible DSO = current receivables /
//   total credit sales × days; ADD = DSO − Best Possible DSO (creditguru.com "Average Days Delinquent (ADD)").
// - CEI = (beginning receivables + credit sales − ending total) / (beginning receivables + credit sales − ending
//   current) × 100 (creditguru.com "Collection Effectiveness Index (CEI)", accountingtools.com). Some texts divide
//   the sales by the number of months N; we pin the whole-window form (see the decision record).
// - Count-back DSO: subtract each month's sales from the ending balance, latest month first, counting that month's
//   days, and prorate the month that exhausts the balance (academy.highako.com "Why You Should Switch to the
//   Countback Method to Calculate DSO").

import { addDays, addMonths, daysBetween, endOfMonth, type BusinessDate } from './dates.js';

export type KpiPeriod = { start: BusinessDate; end: BusinessDate };

/** One period of the window: credit sales during [start, end] (inclusive) and balances at the end of `end`. */
export type KpiMonth = KpiPeriod & { creditSales: bigint; endingReceivables: bigint; endingCurrent: bigint };

export type KpiInput = {
  asOf: BusinessDate;
  /** Oldest first, consecutive, the last one ending at asOf (build them with kpiPeriods). */
  months: KpiMonth[];
  /** Total receivables at the end of the day before months[0].start. */
  beginningReceivables: bigint;
};

/** Days are DSO-style day counts, cei and percentCurrent are percentages; all rounded to 1 decimal place. */
export type KpiResult = {
  dsoSimple: number;
  dsoCountBack: number;
  bestPossibleDso: number;
  add: number;
  cei: number;
  percentCurrent: number;
};

/**
 * The `months` consecutive month-like periods ending at asOf, oldest first. Each period ends on asOf's day of the
 * month (clamped to shorter months) and starts the day after the previous one ends:
 * kpiPeriods('2026-11-23', 3) → 2026-08-24..09-23, 09-24..10-23, 10-24..11-23.
 * When asOf is the last day of its month the periods are whole calendar months (2026-04-30 → March, April), so a
 * clamped February end does not shift the later periods.
 */
export function kpiPeriods(asOf: BusinessDate, months: number): KpiPeriod[] {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number ≥ 1, got ${months}`);
  const monthEnd = asOf === endOfMonth(asOf);
  const endAt = (offset: number): BusinessDate => {
    const shifted = addMonths(asOf, offset);
    return monthEnd ? endOfMonth(shifted) : shifted;
  };
  const periods: KpiPeriod[] = [];
  let previousEnd = endAt(-months);
  for (let offset = -months + 1; offset <= 0; offset++) {
    const end = endAt(offset);
    periods.push({ start: addDays(previousEnd, 1), end });
    previousEnd = end;
  }
  return periods;
}

/** Days in a period, both ends included. */
export function periodDays(period: KpiPeriod): number {
  return daysBetween(period.start, period.end) + 1;
}

/** An exact fraction num/den with den > 0. */
export type KpiRatio = { num: bigint; den: bigint };
type Ratio = KpiRatio;

const ZERO: Ratio = { num: 0n, den: 1n };

function positive(value: bigint): bigint {
  return value > 0n ? value : 0n;
}

/** num/den rounded half away from zero to tenths, as a number (den must be > 0). */
export function roundTenths(num: bigint, den: bigint): number {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  const scaled = num * 10n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + den) / (2n * den);
  return Number(scaled < 0n ? -rounded : rounded) / 10;
}

function toNumber(ratio: Ratio): number {
  return roundTenths(ratio.num, ratio.den);
}

function checkInput(input: KpiInput): void {
  const { months, asOf } = input;
  if (months.length === 0) throw new RangeError('KPI input needs at least one month');
  months.forEach((month, i) => {
    if (daysBetween(month.start, month.end) < 0) throw new RangeError(`period ${month.start}..${month.end} ends before it starts`);
    const previous = months[i - 1];
    if (previous !== undefined && addDays(previous.end, 1) !== month.start) {
      throw new RangeError(`periods are not consecutive: ${previous.end} then ${month.start}`);
    }
  });
  const last = months[months.length - 1];
  if (last !== undefined && last.end !== asOf) throw new RangeError(`the last period ends ${last.end}, not at asOf ${asOf}`);
}

/**
 * balance / totalSales × days, exact. Balances ≤ 0 (a net credit position) have no sales outstanding: 0.
 * Total sales ≤ 0 leave DSO undefined; we report 0 rather than NaN/Infinity.
 */
function daysOfSales(balance: bigint, totalSales: bigint, days: number): Ratio {
  if (totalSales <= 0n) return ZERO;
  return { num: positive(balance) * BigInt(days), den: totalSales };
}

/**
 * Count-back DSO, exact. From the latest month backwards: while the remaining balance exceeds the month's sales,
 * take the sales off and count the month's days in full; the month that exhausts the balance counts
 * remaining / sales × its days. A month with sales ≤ 0 explains nothing and counts in full while a balance remains.
 * A balance left after the oldest month is converted at the window's average daily sales (totalSales / totalDays).
 */
function countBack(months: readonly KpiMonth[], balance: bigint, totalSales: bigint, totalDays: number): Ratio {
  if (totalSales <= 0n) return ZERO;
  let remaining = positive(balance);
  let fullDays = 0n;
  for (let i = months.length - 1; i >= 0 && remaining > 0n; i--) {
    const month = months[i];
    if (month === undefined) continue;
    const days = BigInt(periodDays(month));
    const sales = month.creditSales;
    if (sales <= 0n || remaining > sales) {
      remaining -= positive(sales);
      fullDays += days;
      continue;
    }
    return { num: fullDays * sales + remaining * days, den: sales };
  }
  // Either the balance is used up exactly (remaining 0) or it is older than the window.
  return { num: fullDays * totalSales + remaining * BigInt(totalDays), den: totalSales };
}

/**
 * CEI over the whole window (pinned variant, decision 0003):
 *   (beginning + sales − ending total) / (beginning + sales − ending current) × 100.
 * The numerator is what the window collected (cash, credits, write-offs) by the receivables roll-forward; the
 * denominator is what was collectible. Raw signed values: no clamping, so the identity holds. A denominator ≤ 0
 * means nothing was collectible: 100.
 */
function cei(beginning: bigint, sales: bigint, endingTotal: bigint, endingCurrent: bigint): Ratio {
  const collectible = beginning + sales - endingCurrent;
  if (collectible <= 0n) return { num: 100n, den: 1n };
  return { num: (beginning + sales - endingTotal) * 100n, den: collectible };
}

/** Ending current / ending total × 100; an ending total ≤ 0 means nothing is owed, so nothing is overdue: 100. */
function percentCurrent(endingTotal: bigint, endingCurrent: bigint): Ratio {
  if (endingTotal <= 0n) return { num: 100n, den: 1n };
  return { num: positive(endingCurrent) * 100n, den: endingTotal };
}

/** Exact KPI values as fractions, for callers that want to aggregate before rounding. */
export function computeKpiRatios(input: KpiInput): Record<keyof KpiResult, KpiRatio> {
  checkInput(input);
  const { months, beginningReceivables } = input;
  const last = months[months.length - 1] as KpiMonth; // checkInput guarantees a month
  const totalSales = months.reduce((total, month) => total + month.creditSales, 0n);
  const totalDays = months.reduce((total, month) => total + periodDays(month), 0);
  const endingTotal = last.endingReceivables;
  const endingCurrent = last.endingCurrent;
  return {
    dsoSimple: daysOfSales(endingTotal, totalSales, totalDays),
    dsoCountBack: countBack(months, endingTotal, totalSales, totalDays),
    bestPossibleDso: daysOfSales(endingCurrent, totalSales, totalDays),
    // ADD = DSO − Best Possible DSO, subtracted exactly (same denominator) and rounded once.
    add: totalSales <= 0n
      ? ZERO
      : { num: (positive(endingTotal) - positive(endingCurrent)) * BigInt(totalDays), den: totalSales },
    cei: cei(beginningReceivables, totalSales, endingTotal, endingCurrent),
    percentCurrent: percentCurrent(endingTotal, endingCurrent),
  };
}

export function computeKpis(input: KpiInput): KpiResult {
  const r = computeKpiRatios(input);
  return {
    dsoSimple: toNumber(r.dsoSimple),
    dsoCountBack: toNumber(r.dsoCountBack),
    bestPossibleDso: toNumber(r.bestPossibleDso),
    add: toNumber(r.add),
    cei: toNumber(r.cei),
    percentCurrent: toNumber(r.percentCurrent),
  };
}
