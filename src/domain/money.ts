// Money is an integer count of minor units (bigint) with an ISO 4217 currency; never a float (DESIGN.md).
// Amounts cross every boundary as decimal strings in major units ("1250.00").

/** ISO 4217 minor-unit exponents that differ from 2. Every other valid code has 2. */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0,
  RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  CLF: 4, UYW: 4,
};

/** ISO 4217 active codes (2024 list). Checked so a typo like "NKO" is an error, not a new currency. */
const ISO_4217 = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
    'GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
    'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
    'NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS ' +
    'SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND ' +
    'VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL').split(' '),
);

export type Currency = string;

export function isCurrency(code: string): boolean {
  return ISO_4217.has(code);
}

export function exponentOf(currency: Currency): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string in major units (an optional leading "-") into minor units.
 * Rejects more fraction digits than the currency has (the import rule: "at most the currency's minor digits"),
 * "+" signs, exponents, thousands separators and blanks, so nothing is silently rounded.
 */
export function parseAmount(text: string, currency: Currency): ParseResult<bigint> {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const match = DECIMAL.exec(body);
  if (!match) return { ok: false, reason: `not a decimal amount: "${text}"` };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  const exponent = exponentOf(currency);
  if (fraction.length > exponent) {
    return { ok: false, reason: `${currency} has ${exponent} decimal digits, "${text}" has ${fraction.length}` };
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  return { ok: true, value: negative ? -minor : minor };
}

/** Parses an amount that must be strictly positive (invoices, payments, credit notes). */
export function parsePositiveAmount(text: string, currency: Currency): ParseResult<bigint> {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) return parsed;
  if (parsed.value === 0n) return { ok: false, reason: 'amount must be greater than zero' };
  if (parsed.value < 0n) return { ok: false, reason: 'amount must be positive' };
  return parsed;
}

/** Formats minor units as a decimal string with exactly the currency's digits: 125000n NOK → "1250.00". */
export function formatAmount(minor: bigint, currency: Currency): string {
  const exponent = exponentOf(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const body = exponent === 0 ? whole : `${whole}.${fraction}`;
  return negative ? `-${body}` : body;
}

export function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/**
 * Splits a total into parts proportional to weights by largest remainder, so the parts always add up to the
 * total exactly (DESIGN.md: "Splitting uses largest-remainder").
 */
export function splitByWeights(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = sum(weights);
  if (weights.length === 0) return [];
  if (weightSum <= 0n) throw new Error('weights must add up to a positive number');
  // Floor division (bigint `/` truncates toward zero): every remainder is ≥ 0, so `left` below is never negative,
  // also for a negative total (a credit).
  const floor = (n: bigint): bigint => (n % weightSum < 0n ? n / weightSum - 1n : n / weightSum);
  const parts = weights.map((w) => floor(total * w));
  const remainders = weights.map((w, i) => ({ i, r: total * w - floor(total * w) * weightSum }));
  let left = total - sum(parts);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}
