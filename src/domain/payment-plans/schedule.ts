// A payment plan's instalments (issue #6: "count, frequency, first date; amounts that add up exactly"). Pure.
import { addDays, addMonths, type BusinessDate } from '../dates.js';
import { splitByWeights } from '../money.js';

export type Frequency = 'weekly' | 'biweekly' | 'monthly';
export const FREQUENCIES: readonly Frequency[] = ['weekly', 'biweekly', 'monthly'];
export const MAX_INSTALMENTS = 120;

/** seq 0 is the down payment, if any; the instalments are 1…count. */
export type Instalment = { seq: number; dueDate: BusinessDate; amount: bigint };

export type ScheduleTerms = {
  total: bigint; count: number; frequency: Frequency; firstDate: BusinessDate;
  downPayment?: { amount: bigint; date: BusinessDate } | undefined;
};

export type ScheduleResult = { ok: true; instalments: Instalment[] } | { ok: false; field: string; reason: string };

/** The k-th (0-based) date: monthly dates count from the first date, so 31 January gives 28 February, then 31 March. */
export function instalmentDate(firstDate: BusinessDate, frequency: Frequency, k: number): BusinessDate {
  if (frequency === 'monthly') return addMonths(firstDate, k);
  return addDays(firstDate, (frequency === 'weekly' ? 7 : 14) * k);
}

/**
 * The down payment first, then the rest split evenly by largest remainder (splitByWeights with equal weights): the
 * odd minor units go one each to the earliest instalments, so no instalment is larger than an earlier one and any
 * two differ by at most one minor unit. Every amount is positive and they add up to the total exactly.
 */
export function buildSchedule(terms: ScheduleTerms): ScheduleResult {
  const { total, count, frequency, firstDate, downPayment } = terms;
  if (!Number.isInteger(count) || count < 1) return { ok: false, field: 'instalments', reason: 'must be a whole number of at least 1' };
  if (count > MAX_INSTALMENTS) return { ok: false, field: 'instalments', reason: `at most ${MAX_INSTALMENTS} instalments` };
  if (total <= 0n) return { ok: false, field: 'invoiceNumbers', reason: 'nothing is open on these invoices to plan' };
  const down = downPayment?.amount ?? 0n;
  if (downPayment !== undefined) {
    if (down <= 0n) return { ok: false, field: 'downPayment', reason: 'must be greater than zero' };
    if (down >= total) return { ok: false, field: 'downPayment', reason: 'must be less than the plan\'s total, or there is nothing to pay in instalments' };
    if (downPayment.date > firstDate) return { ok: false, field: 'downPaymentDate', reason: `${downPayment.date} is after the first instalment's date ${firstDate}` };
  }
  const rest = total - down;
  if (rest < BigInt(count)) return { ok: false, field: 'instalments', reason: `${count} instalments of ${rest} minor units would leave some at zero` };
  const parts = splitByWeights(rest, Array.from({ length: count }, () => 1n));
  const instalments = parts.map((amount, k) => ({ seq: k + 1, dueDate: instalmentDate(firstDate, frequency, k), amount }));
  return { ok: true, instalments: downPayment ? [{ seq: 0, dueDate: downPayment.date, amount: down }, ...instalments] : instalments };
}
