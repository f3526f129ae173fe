// The worklist's priority score (issue #6): overdue amount to work in the base currency × an age weight × a risk
// weight. Exact: amounts are bigint minor units and the weights whole percentages, so the ranking key is an
// integer and two runs always order alike; ties go to the customer reference (README.md).
import { AGE_BANDS, type BandAmounts, bandTotal } from './bands.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** Issue #6 "weighted ... by risk": a customer more likely not to pay (issue #8's grade E) is worked sooner. */
export const RISK_WEIGHTS: Readonly<Record<Grade, bigint>> = { A: 80n, B: 90n, C: 100n, D: 125n, E: 150n };
/** No customer_risk row yet: neutral. */
export const UNGRADED_WEIGHT = 100n;

export const isGrade = (value: string | null | undefined): value is Grade => value === 'A' || value === 'B' || value === 'C' || value === 'D' || value === 'E';

export type Score = {
  /** Σ base amount per band × band weight % × risk weight %: the exact ranking key (base minor units × 10⁴). */
  key: bigint;
  /** Overdue to work in base minor units. */
  base: bigint;
  /** Σ base amount per band × band weight % (base minor units × 10²). */
  ageWeighted: bigint;
  riskWeightPercent: bigint;
};

/** `bandsBase`: overdue to work per age band, already in base minor units. */
export function scoreOf(bandsBase: BandAmounts, grade: Grade | null): Score {
  let ageWeighted = 0n;
  AGE_BANDS.forEach((band, i) => { ageWeighted += (bandsBase[i] ?? 0n) * band.weightPercent; });
  const riskWeightPercent = grade ? RISK_WEIGHTS[grade] : UNGRADED_WEIGHT;
  return { key: ageWeighted * riskWeightPercent, base: bandTotal(bandsBase), ageWeighted, riskWeightPercent };
}

/** The score as a number in base major units, rounded half up to 2 decimals (a ranking, not money). */
export function scoreNumber(key: bigint, baseExponent: number): number {
  const divisor = 10_000n * 10n ** BigInt(baseExponent);
  const hundredths = (key * 100n * 2n + divisor) / (2n * divisor);
  return Number(hundredths) / 100;
}

/** The effective age weight: Σ amount × weight / Σ amount, as a number with 4 decimals (1 when nothing is overdue). */
export function ageWeightNumber(score: Score): number {
  if (score.base === 0n) return 1;
  const tenThousandths = (score.ageWeighted * 100n * 2n + score.base) / (2n * score.base);
  return Number(tenThousandths) / 10_000;
}

/** Higher score first; equal scores by customer reference, so the order never depends on the database's. */
export function compareRanked(a: { key: bigint; customerRef: string }, b: { key: bigint; customerRef: string }): number {
  if (a.key !== b.key) return a.key > b.key ? -1 : 1;
  return a.customerRef < b.customerRef ? -1 : a.customerRef > b.customerRef ? 1 : 0;
}
