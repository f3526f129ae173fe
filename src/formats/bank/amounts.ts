// Amounts as bank files write them, into bigint minor units of the currency's ISO 4217 exponent (never floats).
// camt writes "8.850" (xs:decimal, up to 5 fraction digits), MT940 "9," or "1213,28" (comma, SWIFT 15d),
// BAI2 "+000000000208500" (no decimal point: "implied by the currency", BAI Cash Management Balance Reporting
// Specifications v2, Data Elements: Amount). Extra fraction digits are accepted only when they are zeros.
import { exponentOf, isCurrency, type ParseResult } from '../../domain/money.js';

/**
 * Pre-euro codes still found in archived statements and test fixtures (e.g. DEM in cmxl's MT940 sample), with
 * their ISO 4217 (list three, historic) exponents. Bank files are accepted in them; posting decides what to do.
 */
const HISTORIC: Readonly<Record<string, number>> = {
  DEM: 2, FRF: 2, NLG: 2, ATS: 2, FIM: 2, IEP: 2, BEF: 0, ESP: 0, ITL: 0, LUF: 0, GRD: 0, PTE: 0,
};

export function isBankCurrency(code: string): boolean {
  return isCurrency(code) || code in HISTORIC;
}

export function bankExponent(currency: string): number {
  return HISTORIC[currency] ?? exponentOf(currency);
}

/** Parses an unsigned decimal with the given separator ("." camt/CSV, "," MT940) into minor units. */
export function parseDecimalAmount(text: string, currency: string, separator: '.' | ','): ParseResult<bigint> {
  const pattern = separator === '.' ? /^(\d+)(?:\.(\d*))?$/ : /^(\d+)(?:,(\d*))?$/;
  const match = pattern.exec(text);
  if (!match) return { ok: false, reason: `amount "${text}" is not a number` };
  const exponent = bankExponent(currency);
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, exponent);
  if (/[^0]/.test(fraction.slice(exponent))) {
    return { ok: false, reason: `amount "${text}" has more decimals than ${currency} allows (${exponent})` };
  }
  return { ok: true, value: BigInt((match[1] ?? '0') + kept.padEnd(exponent, '0')) };
}

/** BAI2 amounts: digits in minor units with an optional sign (signed only where the format allows it). */
export function parseImpliedAmount(text: string, signed: boolean): ParseResult<bigint> {
  const match = (signed ? /^([+-]?)(\d+)$/ : /^(\+?)(\d+)$/).exec(text);
  if (!match) return { ok: false, reason: `amount "${text}" is not ${signed ? 'a whole number' : 'an unsigned whole number'}` };
  const value = BigInt(match[2] ?? '0');
  return { ok: true, value: match[1] === '-' ? -value : value };
}
