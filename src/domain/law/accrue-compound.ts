// IN (MSMED Act s.16): compound interest with monthly rests. Reading (decision 0005): rests fall on the monthly
// anniversaries of the start; a whole month earns rate/12 on the balance including earlier months' interest; a
// trailing part-month earns simple interest by act/365 on that balance; the Bank Rate in force on the first day of
// each month governs that month. Each part of the principal compounds up to its own payment date.
import { addDays, addMonths, daysBetween } from '../dates.js';
import { resolveRate, simpleInterest, type Accrual } from './accrual.js';
import type { RateLeg } from './packs.js';
import type { RateTable } from './rate-data.js';
import { add, frac, mul, ZERO, type Fraction } from './rational.js';
import type { PrincipalPayment } from './types.js';

export type CompoundInput = {
  /** Last day without interest; month k runs from start+(k−1) months+1 day to start+k months. */
  start: string;
  lastDay: string;
  principal: bigint;
  payments: readonly PrincipalPayment[];
  legs: readonly RateLeg[];
  rates: RateTable;
};

type Tranche = { end: string; balance: Fraction };

/** Each paid part bears interest through its payment date (or `lastDay`), the unpaid rest through `lastDay`. */
function tranches(input: CompoundInput): Tranche[] {
  const paid = input.payments.reduce((total, p) => total + p.amount, 0n);
  const parts = input.payments.map((p) => ({ end: p.date < input.lastDay ? p.date : input.lastDay, balance: frac(p.amount) }));
  const rest = input.principal - paid;
  return rest > 0n ? [...parts, { end: input.lastDay, balance: frac(rest) }] : parts;
}

function monthInterest(tranche: Tranche, from: string, to: string, percent: Fraction, basis: bigint): Fraction {
  if (tranche.end < from) return ZERO;
  if (tranche.end >= to) return mul(tranche.balance, frac(percent.n, percent.d * 100n * 12n));
  return simpleInterest(tranche.balance, percent, daysBetween(from, tranche.end) + 1, basis);
}

export function accrueCompoundMonthly(input: CompoundInput): Accrual[] {
  const parts = tranches(input);
  const periods: Accrual[] = [];
  for (let k = 1; ; k += 1) {
    const from = addDays(addMonths(input.start, k - 1), 1);
    if (from > input.lastDay || parts.every((t) => t.end < from)) break;
    const to = addMonths(input.start, k);
    const rate = resolveRate(input.rates, input.legs, from);
    let interest = ZERO;
    for (const part of parts) {
      const earned = monthInterest(part, from, to, rate.percent, rate.leg.basis);
      part.balance = add(part.balance, earned);
      interest = add(interest, earned);
    }
    const shownTo = to < input.lastDay ? to : input.lastDay;
    periods.push({ from, to: shownTo, days: daysBetween(from, shownTo) + 1, percent: rate.percent, interest, rows: [rate.row] });
  }
  return periods;
}
