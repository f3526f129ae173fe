// Early-payment discount terms (issue #8: "2/10 net 30"): d % off when paid within t days of the invoice date,
// otherwise the full amount within N days. Accepted spellings: "2/10 net 30", "2/10 n/30", "2/10, net 30",
// "1.5/15 net 45", "2%/10 net 30".
export interface DiscountTerms {
  text: string;
  /** d as an exact fraction of a percent: 1.5 % → { num: 15n, den: 10n }. */
  percent: { num: bigint; den: bigint };
  percentText: string;
  discountDays: number;
  netDays: number;
}

export type TermsParse = { ok: true; value: DiscountTerms } | { ok: false; reason: string };

const TERMS = /^\s*(\d{1,3}(?:\.\d{1,4})?)\s*%?\s*\/\s*(\d{1,3})\s*[,;]?\s*(?:net\s*|n\s*\/\s*)(\d{1,3})\s*$/i;

export function parseTerms(text: string): TermsParse {
  const match = TERMS.exec(text);
  if (!match) return { ok: false, reason: `not discount terms like "2/10 net 30" or "2/10 n/30": "${text}"` };
  const [, percentText = '', t = '', n = ''] = match;
  const percent = decimalFraction(percentText);
  const discountDays = Number(t);
  const netDays = Number(n);
  if (percent.num <= 0n) return { ok: false, reason: 'the discount must be more than 0 %' };
  if (percent.num >= 100n * percent.den) return { ok: false, reason: 'the discount must be less than 100 %' };
  if (netDays > 365) return { ok: false, reason: 'net days must be at most 365' };
  if (discountDays >= netDays) return { ok: false, reason: `the discount period (${discountDays} days) must end before the net date (${netDays} days)` };
  return { ok: true, value: { text: `${percentText}/${discountDays} net ${netDays}`, percent, percentText, discountDays, netDays } };
}

/** "1.5" → 15/10, exactly. */
export function decimalFraction(text: string): { num: bigint; den: bigint } {
  const [whole = '0', fraction = ''] = text.split('.');
  return { num: BigInt(`${whole}${fraction}`), den: 10n ** BigInt(fraction.length) };
}

/**
 * Annualised cost of the discount to the seller in percent, d/(1−d) × 365/(N−t), as a decimal string with two
 * decimals: exact rational arithmetic, rounded half-up once ("37.24" for 2/10 net 30).
 */
export function annualisedCostPercent(terms: DiscountTerms): string {
  const { num, den } = terms.percent;
  // 100 × (num/den/100) / (1 − num/den/100) × 365/(N−t) = 100·365·num / ((100·den − num)·(N−t))
  const top = 100n * 365n * num * 100n;
  const bottom = (100n * den - num) * BigInt(terms.netDays - terms.discountDays);
  return hundredths((2n * top + bottom) / (2n * bottom));
}

/** A whole number of hundredths as "37.24" (and "-3.05"). */
export function hundredths(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** a/b rounded to the nearest integer, halves away from zero (b > 0). */
export function roundDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? (2n * a + b) / (2n * b) : -((2n * -a + b) / (2n * b));
}
