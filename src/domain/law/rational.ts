// Exact rational arithmetic on bigint for interest (issue #3: "compute exactly and round the total once").

export type Fraction = { readonly n: bigint; readonly d: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** n/d in lowest terms with a positive denominator. */
export function frac(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new RangeError('denominator is zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return g === 0n ? { n: 0n, d: 1n } : { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export function add(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.n, a.d * b.d);
}

export function sumFractions(values: Iterable<Fraction>): Fraction {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rounds to the nearest integer, halves away from zero (half-up for the non-negative amounts interest gives). */
export function roundHalfUp(value: Fraction): bigint {
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  const rounded = (2n * n + value.d) / (2n * value.d);
  return negative ? -rounded : rounded;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "10.27" → 1027/100 exactly; null for anything that is not a plain decimal. */
export function parseDecimal(text: string): Fraction | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  const n = BigInt((match[2] ?? '0') + fraction);
  return frac(match[1] ? -n : n, 10n ** BigInt(fraction.length));
}

/** Exact decimal text with at least `minDigits` fraction digits; a non-terminating value is rounded to 6. */
export function formatDecimal(value: Fraction, minDigits = 2): string {
  let digits = minDigits;
  while (digits < 12 && (10n ** BigInt(digits)) % value.d !== 0n) digits += 1;
  if ((10n ** BigInt(digits)) % value.d !== 0n) digits = 6;
  const scaled = roundHalfUp(frac(value.n * 10n ** BigInt(digits), value.d));
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const body = `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  return negative ? `-${body}` : body;
}
