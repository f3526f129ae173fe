// Agency commission (issue #6: "commission rate as an exact decimal percent … rounded half-up once"). A rate is kept
// as a whole number of ten-thousandths of a percent (25.5 % → 255000n), so no float ever touches it.
import type { ParseResult } from '../money.js';

/** 100 % in rate units: a percent with up to four decimals. */
export const RATE_SCALE = 1_000_000n;
const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/** "25", "25.5", "33.3333" (at most four decimals, 0 to 100) → rate units. */
export function parseRate(text: string): ParseResult<bigint> {
  const match = PERCENT.exec(text.trim());
  if (!match) return { ok: false, reason: `not a percent with at most four decimals: "${text}"` };
  const value = BigInt((match[1] ?? '0') + (match[2] ?? '').padEnd(4, '0'));
  if (value > RATE_SCALE) return { ok: false, reason: `${text} % is more than 100 %` };
  return { ok: true, value };
}

/** Rate units → the shortest exact percent ("25.5"); a stored numeric ("25.5000") reads back the same. */
export function formatRate(rate: bigint): string {
  const whole = rate / 10_000n;
  const fraction = (rate % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

/** The commission on a gross recovery: gross × rate, rounded half-up once to the minor unit. */
export function commissionOf(gross: bigint, rate: bigint): bigint {
  if (gross < 0n || rate < 0n) throw new RangeError('commission needs a non-negative gross and rate');
  return (2n * gross * rate + RATE_SCALE) / (2n * RATE_SCALE);
}

export type AgencyRates = { first: bigint; second: bigint | null; third: bigint | null; legal: bigint | null };

/**
 * The rate a placement is made at. Seed 000: "third-party recovery … across primary, secondary and tertiary
 * placements": the tier is the n-th agency placement of the account (in-house stints before it do not count), the
 * third rate also for any later one; a missing tier falls back to the one before. Legal placements use the legal
 * rate, else the first.
 */
export function placementRate(rates: AgencyRates, kind: 'agency' | 'legal', agencyTier: number): bigint {
  if (kind === 'legal') return rates.legal ?? rates.first;
  if (agencyTier >= 3) return rates.third ?? rates.second ?? rates.first;
  if (agencyTier === 2) return rates.second ?? rates.first;
  return rates.first;
}

/** part / whole as a percent with two decimals, half-up ("45.20"); null when nothing was placed. */
export function percentOf(part: bigint, whole: bigint): string | null {
  if (whole <= 0n) return null;
  const hundredths = (2n * part * 10_000n + whole) / (2n * whole);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
