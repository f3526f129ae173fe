// Shared pieces of the accrual engines: a period of accrual with its exact interest, and the composed rate.
import type { RateRow, RateTable } from './rate-data.js';
import { rateRowAt } from './rate-table.js';
import { legAt, type RateLeg } from './packs.js';
import { add, frac, mul, parseDecimal, type Fraction } from './rational.js';
import { LawError } from './types.js';

/** One period of accrual: days `from`..`to` inclusive at one annual rate, with the exact interest in minor units. */
export type Accrual = {
  from: string;
  to: string;
  days: number;
  percent: Fraction;
  interest: Fraction;
  rows: RateRow[];
};

export type ResolvedRate = { leg: RateLeg; row: RateRow; percent: Fraction };

function decimal(text: string, what: string): Fraction {
  const value = parseDecimal(text);
  if (!value) throw new LawError('rates', `${what}: not a decimal percent: "${text}"`);
  return value;
}

/** The statutory annual percent on `date`: series percent × multiplier + the pack's margin. */
export function resolveRate(rates: RateTable, legs: readonly RateLeg[], date: string): ResolvedRate {
  const leg = legAt(legs, date);
  const row = rateRowAt(rates, leg.ref, date);
  const base = decimal(row.percent, `${row.jurisdiction} ${row.series} ${row.from}`);
  const percent = add(mul(base, frac(leg.multiplier)), decimal(leg.addPercent, 'margin'));
  return { leg, row, percent };
}

/** balance × percent/100 × days/basis, exactly (minor units). */
export function simpleInterest(balance: bigint | Fraction, percent: Fraction, days: number, basis: bigint): Fraction {
  const b = typeof balance === 'bigint' ? frac(balance) : balance;
  return mul(b, frac(percent.n * BigInt(days), percent.d * 100n * basis));
}

/** Principal still unpaid on `day`: a part paid on P bears interest through P, so it leaves the balance on P+1. */
export function balanceOn(principal: bigint, payments: readonly { date: string; amount: bigint }[], day: string): bigint {
  return payments.reduce((balance, p) => (p.date < day ? balance - p.amount : balance), principal);
}
