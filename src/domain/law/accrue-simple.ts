// Simple interest by day, split wherever the rate (floating packs) or the unpaid principal changes (issue #3).
import { addDays, daysBetween } from '../dates.js';
import { resolveRate, simpleInterest, balanceOn, type Accrual, type ResolvedRate } from './accrual.js';
import type { RateTable } from './rate-data.js';
import { nextRateChange } from './rate-table.js';
import type { RateLeg } from './packs.js';
import type { PrincipalPayment } from './types.js';

export type SimpleInput = {
  /** First day bearing interest. */
  firstDay: string;
  /** Last day bearing interest (`until`). */
  lastDay: string;
  principal: bigint;
  /** Sorted by date. */
  payments: readonly PrincipalPayment[];
  legs: readonly RateLeg[];
  rates: RateTable;
  /** UK: the rate of `firstDay` governs every day (LPCDA s.4(2)); otherwise the rate floats. */
  fixed: boolean;
};

const earlier = (a: string, b: string | undefined): string => (b !== undefined && b < a ? b : a);

function periodEnd(input: SimpleInput, cursor: string, rate: ResolvedRate): string {
  let end = input.lastDay;
  const payment = input.payments.find((p) => p.date >= cursor);
  end = earlier(end, payment?.date);
  if (input.fixed) return end;
  end = earlier(end, rate.leg.to);
  const change = nextRateChange(input.rates, rate.leg.ref, cursor);
  return change === null ? end : earlier(end, addDays(change, -1));
}

/** The periods of accrual, each with one rate and one unpaid balance; empty when no day bears interest. */
export function accrueSimple(input: SimpleInput): Accrual[] {
  const periods: Accrual[] = [];
  const fixedRate = input.fixed && input.firstDay <= input.lastDay
    ? resolveRate(input.rates, input.legs, input.firstDay)
    : undefined;
  let cursor = input.firstDay;
  while (cursor <= input.lastDay) {
    const balance = balanceOn(input.principal, input.payments, cursor);
    if (balance <= 0n) break;
    const rate = fixedRate ?? resolveRate(input.rates, input.legs, cursor);
    const to = periodEnd(input, cursor, rate);
    const days = daysBetween(cursor, to) + 1;
    periods.push({
      from: cursor,
      to,
      days,
      percent: rate.percent,
      interest: simpleInterest(balance, rate.percent, days, rate.leg.basis),
      rows: [rate.row],
    });
    cursor = addDays(to, 1);
  }
  return periods;
}
