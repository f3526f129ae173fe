// The score's parts, each with its value and how it was got (issue #6: "a transparent priority score").
import { formatAmount } from '../money.js';
import { formatDecimal } from '../law/rational.js';
import { AGE_BANDS, bandLabel } from './bands.js';
import { RISK_WEIGHTS, UNGRADED_WEIGHT, ageWeightNumber } from './score.js';
import type { RankedAccount, WorklistContext } from './rank.js';

export type ScoreParts = {
  overdue: { value: string; currency: string; how: string };
  exchangeRate: { value: string; missing: boolean; how: string };
  age: { value: number; how: string };
  risk: { value: number; grade: string | null; how: string };
};

const weight = (percent: bigint): string => formatDecimal({ n: percent, d: 100n }, 2);

export function scoreParts(account: RankedAccount, context: Pick<WorklistContext, 'baseCurrency'>): ScoreParts {
  const { customer, split, rate } = account;
  const base = context.baseCurrency;
  const held = ([['disputed', split.disputed], ['under a promise', split.promised], ['in a payment plan', split.planned], ['covered by unapplied cash', split.unapplied]] as const)
    .filter(([, amount]) => amount > 0n).map(([what, amount]) => `${formatAmount(amount, customer.currency)} ${what}`);
  const overdueHow = `${formatAmount(account.toWork, customer.currency)} ${customer.currency} overdue to work`
    + (held.length > 0 ? ` (left out: ${held.join(', ')})` : '')
    + (customer.currency === base ? '' : `, in ${base} at the rate below, rounded per age band`);
  const rateText = formatDecimal(rate.rate, 0).replace(/\.$/, '');
  const rateHow = rate.source === 'base' ? `${base} is the tenant's base currency`
    : rate.source === 'tenant' ? `1 ${customer.currency} = ${rateText} ${base} (the tenant's rate)`
      : `no exchange rate for ${customer.currency}: counted at 1 ${base} until one is set (PUT /api/exchange-rates)`;
  const bands = account.bandsBase.map((amount, i) => [amount, i] as const).filter(([amount]) => amount > 0n)
    .map(([amount, i]) => `${bandLabel(i)} ${formatAmount(amount, base)} × ${weight(AGE_BANDS[i]?.weightPercent ?? 100n)}`);
  const grade = customer.grade;
  const riskHow = grade === null ? `not graded yet: neutral ${weight(UNGRADED_WEIGHT)}`
    : `risk grade ${grade}${customer.gradedOn ? ` (as of ${customer.gradedOn})` : ''}: × ${weight(RISK_WEIGHTS[grade])}`;
  return {
    overdue: { value: formatAmount(account.score.base, base), currency: base, how: overdueHow },
    exchangeRate: { value: rateText, missing: rate.source === 'missing', how: rateHow },
    age: { value: ageWeightNumber(account.score), how: `amount-weighted by days past due: ${bands.join('; ')}` },
    risk: { value: Number(account.score.riskWeightPercent) / 100, grade, how: riskHow },
  };
}

export const SCORE_FORMULA = 'score = overdue to work in the base currency × age weight × risk weight (src/domain/worklist/README.md)';
