// Payment regularity (issue #8: "payment regularity, e.g. pays at month end — detect it"). Many customers pay in
// one run a month, or on one weekday; knowing it tells a collector when a call is pointless and when cash will come.
// Shown with the risk, not scored: it changes when a customer pays, not whether (README.md).
import { endOfMonth, toDayNumber } from '../dates.js';

export type Regularity =
  | { pattern: 'month-end'; share: number; payments: number }
  | { pattern: 'day-of-month'; day: number; share: number; payments: number }
  | { pattern: 'weekday'; weekday: string; share: number; payments: number }
  | { pattern: 'irregular'; payments: number }
  | { pattern: 'too-few'; payments: number };

/** At least this many distinct payment days before a pattern is claimed. */
export const MIN_PAYMENT_DAYS = 5;
/** A pattern holds when at least this percentage of payment days fit it. */
export const PATTERN_PERCENT = 70;

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];

/**
 * Month end: one of the month's last five days, or its first two (a month-end run booked by the bank a day or two
 * later). Day of month: within two days either side of one day, counted round the month.
 */
export function isMonthEnd(date: string): boolean {
  const day = Number(date.slice(8, 10));
  const last = Number(endOfMonth(date).slice(8, 10));
  return day > last - 5 || day <= 2;
}

const percent = (n: number, of: number) => Math.round((n * 100) / of);

export function detectRegularity(paymentDates: readonly string[]): Regularity {
  const days = [...new Set(paymentDates)].sort();
  const n = days.length;
  if (n < MIN_PAYMENT_DAYS) return { pattern: 'too-few', payments: n };
  const holds = (count: number) => count * 100 >= PATTERN_PERCENT * n;
  const monthEnd = days.filter(isMonthEnd).length;
  if (holds(monthEnd)) return { pattern: 'month-end', share: percent(monthEnd, n), payments: n };
  // Payment days per day of the month, then the best window of ±2 days counted round the month.
  const perDay = new Array<number>(32).fill(0);
  for (const d of days) { const day = Number(d.slice(8, 10)); perDay[day] = (perDay[day] ?? 0) + 1; }
  let best = { day: 0, count: 0 };
  for (let day = 1; day <= 31; day += 1) {
    let count = 0;
    for (let other = 1; other <= 31; other += 1) {
      const gap = Math.abs(other - day);
      if (Math.min(gap, 31 - gap) <= 2) count += perDay[other] ?? 0;
    }
    if (count > best.count) best = { day, count };
  }
  if (holds(best.count)) return { pattern: 'day-of-month', day: best.day, share: percent(best.count, n), payments: n };
  const byWeekday = new Map<string, number>();
  for (const d of days) {
    const name = WEEKDAYS[((toDayNumber(d) % 7) + 7) % 7] ?? '';
    byWeekday.set(name, (byWeekday.get(name) ?? 0) + 1);
  }
  const [weekday, count] = [...byWeekday].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  if (holds(count)) return { pattern: 'weekday', weekday, share: percent(count, n), payments: n };
  return { pattern: 'irregular', payments: n };
}

export function regularityWords(r: Regularity): string {
  switch (r.pattern) {
    case 'month-end': return `pays at month end (${r.share} % of ${r.payments} payment days)`;
    case 'day-of-month': return `pays around the ${ordinal(r.day)} of the month (${r.share} % of ${r.payments} payment days)`;
    case 'weekday': return `pays on ${r.weekday}s (${r.share} % of ${r.payments} payment days)`;
    case 'irregular': return `no regular payment day over ${r.payments} payment days`;
    case 'too-few': return `too few payments in the last year to see a pattern (${r.payments})`;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
