// Payment habits read from one customer's settled invoices (issue #8: "month-end effects", "a customer getting
// worse"). Each is a plain rule with thresholds documented in README.md, not a fitted parameter.
import { fromDayNumber } from '../dates.js';
import { DelaySample, weightedMedian } from './distribution.js';

/** Month end is day 31 in a run-day's numbering; a run on the 29th or 30th is read as month end. */
export const MONTH_END = 31;
/** A customer pays in runs when at least this share of its settlements land 0–2 days after one day of the month. */
const RUN_SHARE = 0.6;
const RUN_MIN_SETTLEMENTS = 6;
const RUN_SLIP_DAYS = 2;
const CANDIDATE_DAYS = [...Array.from({ length: 28 }, (_, i) => i + 1), MONTH_END];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The run's calendar day in a month (month end = the month's last day). */
function runDayIn(day: number, year: number, month: number): number {
  return day === MONTH_END ? daysInMonth(year, month) : Math.min(day, daysInMonth(year, month));
}

/** Day of month (1–28, or 31 for month end) on which the customer settles, when it clearly does; else null. */
export function paymentRunDay(settledDays: readonly number[]): number | null {
  if (settledDays.length < RUN_MIN_SETTLEMENTS) return null;
  const parts = settledDays.map((d) => {
    const text = fromDayNumber(d);
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    return { dom: Number(text.slice(8, 10)), length: daysInMonth(year, month), previousLength: month === 1 ? 31 : daysInMonth(year, month - 1) };
  });
  let best: { day: number; share: number } | null = null;
  for (const day of CANDIDATE_DAYS) {
    let hits = 0;
    for (const p of parts) {
      const slip = p.dom - (day === MONTH_END ? p.length : Math.min(day, p.length));
      const slipFromPrevious = p.dom + p.previousLength - (day === MONTH_END ? p.previousLength : Math.min(day, p.previousLength));
      if ((slip >= 0 && slip <= RUN_SLIP_DAYS) || (slipFromPrevious >= 0 && slipFromPrevious <= RUN_SLIP_DAYS)) hits += 1;
    }
    const share = hits / parts.length;
    if (share >= RUN_SHARE && (!best || share > best.share)) best = { day, share };
  }
  return best?.day ?? null;
}

/** The run date in the month of `day` (a weekend run is paid the Monday after, as banks book it). */
function runDateInMonth(runDay: number, year: number, month: number): number {
  const date = Date.UTC(year, month - 1, runDayIn(runDay, year, month)) / 86_400_000;
  const weekday = (((date + 4) % 7) + 7) % 7;
  return weekday === 6 ? date + 2 : weekday === 0 ? date + 1 : date;
}

/** The run date nearest to `day` that is after `after` (the invoice was not paid by as-of). */
export function snapToRun(day: number, runDay: number, after: number): number {
  const text = fromDayNumber(day);
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const candidates: number[] = [];
  for (let k = -1; k <= 2; k += 1) {
    const m = month + k;
    const y = year + Math.floor((m - 1) / 12);
    candidates.push(runDateInMonth(runDay, y, ((m - 1 + 120) % 12) + 1));
  }
  const eligible = candidates.filter((c) => c > after);
  if (eligible.length === 0) return day;
  return eligible.reduce((a, b) => (Math.abs(b - day) < Math.abs(a - day) ? b : a));
}

/** Recent settlements (days before as-of) and the year they are compared with. */
const RECENT_DAYS = 90;
const YEAR_DAYS = 365;
const TREND_MIN_RECENT = 4;
const TREND_MIN_YEAR = 6;
/** A worsening of at least this many days (recent median over the year's) counts as a trend. */
export const TREND_DAYS = 5;
const TREND_CAP = 60;

/**
 * Days the customer's recent delays exceed its year's (0 when not clearly worse). Only worsening is used: recent
 * settlements are biased toward quick payments (the slow ones are still open), so an "improvement" seen there is
 * mostly that bias.
 */
export function worseningDays(samples: readonly { delay: number; settledDay: number }[], asOfDay: number): number {
  const recent = samples.filter((s) => asOfDay - s.settledDay < RECENT_DAYS).map((s) => s.delay);
  const year = samples.filter((s) => asOfDay - s.settledDay < YEAR_DAYS).map((s) => s.delay);
  if (recent.length < TREND_MIN_RECENT || year.length < TREND_MIN_YEAR) return 0;
  const ones = (n: number) => new Array<number>(n).fill(1);
  const yearSample = DelaySample.of(year, ones(year.length));
  const diff = (weightedMedian(recent, ones(recent.length)) ?? 0) - (yearSample.quantileAbove(0.5) ?? 0);
  // Worse by more than the customer's own spread (half its interquartile range): a shift, not noise.
  const spread = ((yearSample.quantileAbove(0.75) ?? 0) - (yearSample.quantileAbove(0.25) ?? 0)) / 2;
  return diff >= TREND_DAYS && diff > spread ? Math.min(diff, TREND_CAP) : 0;
}

/** The first run date on or after `day` (a weekend run is paid the Monday after). */
export function runOnOrAfter(day: number, runDay: number): number {
  const text = fromDayNumber(day);
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  for (let k = -1; k <= 2; k += 1) {
    const m = month + k;
    const run = runDateInMonth(runDay, year + Math.floor((m - 1) / 12), ((m - 1 + 120) % 12) + 1);
    if (run >= day) return run;
  }
  return day;
}

/** How long after due the customer would pay were there no run: a probability per day of delay. */
export interface PreRunDelays { from: number; p: Float64Array }

/**
 * A run payer's settlement is the first run on or after due + D; the ledger shows the run, so D is only known to lie
 * in (settlement − 31 days, settlement − due]. Turnbull's estimator (EM for interval-censored data, recency-weighted)
 * recovers D's distribution from those intervals, which a run-free habit would show directly.
 */
export function preRunDelays(samples: readonly { delay: number; weight: number }[], iterations = 60): PreRunDelays | null {
  if (samples.length === 0) return null;
  const from = Math.min(...samples.map((s) => s.delay)) - 30;
  const to = Math.max(...samples.map((s) => s.delay));
  const size = to - from + 1;
  let p = new Float64Array(size).fill(1 / size);
  const total = samples.reduce((s, x) => s + x.weight, 0);
  for (let it = 0; it < iterations; it += 1) {
    const next = new Float64Array(size);
    for (const s of samples) {
      const lo = s.delay - 30 - from;
      const hi = s.delay - from;
      let mass = 0;
      for (let d = lo; d <= hi; d += 1) mass += p[d] ?? 0;
      if (mass <= 0) continue;
      for (let d = lo; d <= hi; d += 1) next[d] = (next[d] ?? 0) + (s.weight * (p[d] ?? 0)) / mass / total;
    }
    p = next;
  }
  return { from, p };
}
