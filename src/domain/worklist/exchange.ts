// Ranking customers of several currencies in the tenant's base currency (issue #6; docs/decisions/0010): a rate
// is an exact decimal — one unit of the currency is worth `rate` units of the base currency — and the conversion is
// rational arithmetic rounded once per amount, half up, to the base currency's minor unit.
import { exponentOf } from '../money.js';
import { type Fraction, frac, parseDecimal, roundHalfUp } from '../law/rational.js';

export type RateCheck = { ok: true; value: Fraction } | { ok: false; reason: string };

const RATE = /^\d{1,12}(?:\.\d{1,12})?$/;

/** "11.4231" → 114231/10000; at most 12 digits either side of the point, and more than zero. */
export function parseRate(text: string): RateCheck {
  const trimmed = text.trim();
  if (!RATE.test(trimmed)) return { ok: false, reason: `not a plain decimal rate with at most 12 digits either side of the point: "${text}"` };
  const value = parseDecimal(trimmed);
  if (!value || value.n <= 0n) return { ok: false, reason: 'a rate must be greater than zero' };
  return { ok: true, value };
}

/** Minor units of `currency` in minor units of `base` at `rate` (base major units per major unit). */
export function toBase(amount: bigint, currency: string, base: string, rate: Fraction): bigint {
  const shift = exponentOf(base) - exponentOf(currency);
  const scaled = shift >= 0 ? frac(amount * rate.n * 10n ** BigInt(shift), rate.d) : frac(amount * rate.n, rate.d * 10n ** BigInt(-shift));
  return roundHalfUp(scaled);
}

export type RateUsed = { rate: Fraction; source: 'base' | 'tenant' | 'missing' };

/** The rate for a currency: 1 for the base currency, the tenant's, or 1 with `missing` (still listed, never dropped). */
export function rateFor(currency: string, base: string, rates: ReadonlyMap<string, Fraction>): RateUsed {
  if (currency === base) return { rate: frac(1n), source: 'base' };
  const rate = rates.get(currency);
  return rate ? { rate, source: 'tenant' } : { rate: frac(1n), source: 'missing' };
}
