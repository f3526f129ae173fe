// Structured payment references printed on invoices, statements and letters (issue #5, "References on our own
// documents"): the ISO 11649 RF creditor reference for everyone, the Norwegian KID (MOD10 or MOD11) for NOK and
// the Swedish OCR reference (Luhn with length digit) for SEK, per tenant choice. Pure functions: the store decides
// which base an invoice gets and keeps the reference, so matching can look it up.
import type { ParseResult } from './money.js';

export type KidMethod = 'mod10' | 'mod11';

/** What a tenant prints beside the RF reference: nothing, a KID, or a Swedish OCR reference. */
export type PaymentReferenceScheme = 'rf' | 'kid-mod10' | 'kid-mod11' | 'ocr';

const ALPHANUMERIC = /^[0-9A-Z]+$/;
const DIGITS = /^\d+$/;

/** Spaces are never part of a reference (paper forms group digits); letters compare in upper case. */
function compact(text: string): string {
  return text.replace(/\s/g, '').toUpperCase();
}

/** RF references have no punctuation, so the separators people type ("RF18-5390.0754") go as well. */
function compactRf(text: string): string {
  return compact(text).replace(/[-./]/g, '');
}

/** ISO 7064 MOD 97-10 over letters A=10 … Z=35, digit by digit so no number exceeds 2^53. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = parseInt(char, 36).toString();
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/**
 * ISO 11649:2009 §6.1 and Annex B: append "RF00" to the base, take MOD 97-10, the check digits are 98 minus the
 * remainder ("2348231" → "RF712348231"). The base is up to 21 letters and digits.
 */
export function creditorReference(base: string): ParseResult<string> {
  const body = compactRf(base);
  if (body === '') return { ok: false, reason: 'the reference base is empty' };
  if (!ALPHANUMERIC.test(body)) return { ok: false, reason: `only letters A–Z and digits may form an RF reference: "${base}"` };
  if (body.length > 21) return { ok: false, reason: `an RF reference holds at most 21 characters after "RFnn", "${base}" has ${body.length}` };
  const check = 98 - mod97(`${body}RF00`);
  return { ok: true, value: `RF${String(check).padStart(2, '0')}${body}` };
}

/**
 * Checks an RF reference in electronic ("RF18539007547034") or paper form ("RF18 5390 0754 7034"), ISO 11649
 * §6.2: move the first four characters to the end, and MOD 97-10 of the result must be 1. Returns the electronic form.
 */
export function parseCreditorReference(text: string): ParseResult<string> {
  const reference = compactRf(text);
  if (!reference.startsWith('RF')) return { ok: false, reason: `an RF reference starts with "RF": "${text}"` };
  if (!/^RF\d\d/.test(reference)) return { ok: false, reason: `"RF" must be followed by two check digits: "${text}"` };
  if (reference.length < 5 || reference.length > 25) {
    return { ok: false, reason: `an RF reference has 5 to 25 characters, "${text}" has ${reference.length}` };
  }
  if (!ALPHANUMERIC.test(reference)) return { ok: false, reason: `an RF reference has only letters and digits: "${text}"` };
  if (mod97(reference.slice(4) + reference.slice(0, 4)) !== 1) {
    return { ok: false, reason: `the check digits of "${text}" do not match: mistyped or not an RF reference` };
  }
  return { ok: true, value: reference };
}

export function isCreditorReference(text: string): boolean {
  return parseCreditorReference(text).ok;
}

/** ISO 11649 §5 "paper format": groups of four from the left, the last group may be shorter. */
export function formatCreditorReference(reference: string): string {
  return compactRf(reference).replace(/(.{4})(?=.)/g, '$1 ');
}

/** Luhn (modulus 10) check digit: weights 2, 1, 2, … from the rightmost digit, digits of products summed. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * KID MOD11 check digit: weights 2–7 repeating from the rightmost digit; 11 minus the remainder, where 11 becomes 0
 * and 10 becomes "-" (the Nets OCR giro specification; e.g. "40" → "40-").
 */
export function kidMod11CheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (2 + (i % 6));
  const check = 11 - (sum % 11);
  if (check === 11) return '0';
  if (check === 10) return '-';
  return String(check);
}

function kidCheckDigit(digits: string, method: KidMethod): string {
  return method === 'mod10' ? luhnCheckDigit(digits) : kidMod11CheckDigit(digits);
}

/** A KID is 2–25 characters with the check digit (Nets); the base is therefore 1–24 digits. */
export function kid(base: string, method: KidMethod): ParseResult<string> {
  const digits = compact(base);
  if (!DIGITS.test(digits)) return { ok: false, reason: `a KID has only digits: "${base}"` };
  if (digits.length > 24) return { ok: false, reason: `a KID has at most 25 digits, "${base}" leaves no room for the check digit` };
  return { ok: true, value: digits + kidCheckDigit(digits, method) };
}

export function parseKid(text: string, method: KidMethod): ParseResult<string> {
  const value = compact(text);
  if (value.length < 2 || value.length > 25) return { ok: false, reason: `a KID has 2 to 25 digits, "${text}" has ${value.length}` };
  const body = value.slice(0, -1);
  const check = value.slice(-1);
  if (!DIGITS.test(body) || !/^[\d-]$/.test(check)) return { ok: false, reason: `a KID has only digits: "${text}"` };
  if (check === '-' && method === 'mod10') return { ok: false, reason: `"-" is a MOD11 check digit, not MOD10: "${text}"` };
  if (kidCheckDigit(body, method) !== check) {
    return { ok: false, reason: `the ${method.toUpperCase()} check digit of "${text}" does not match` };
  }
  return { ok: true, value };
}

/**
 * Swedish OCR reference with variable-length check (Bankgirot, "Bankgiro Inbetalningar", OCR-referenskontroll
 * "variabel längd"): the base, then a length digit (the whole reference's length including both check digits,
 * modulo 10), then a Luhn check digit over everything before it. "123" → "12351". At most 25 digits.
 */
export function ocrReference(base: string): ParseResult<string> {
  const digits = compact(base);
  if (!DIGITS.test(digits)) return { ok: false, reason: `an OCR reference has only digits: "${base}"` };
  if (digits.length > 23) return { ok: false, reason: `an OCR reference has at most 25 digits, "${base}" leaves no room for the two check digits` };
  const withLength = digits + String((digits.length + 2) % 10);
  return { ok: true, value: withLength + luhnCheckDigit(withLength) };
}

export function parseOcrReference(text: string): ParseResult<string> {
  const value = compact(text);
  if (!DIGITS.test(value)) return { ok: false, reason: `an OCR reference has only digits: "${text}"` };
  if (value.length < 3 || value.length > 25) {
    return { ok: false, reason: `an OCR reference with length digit has 3 to 25 digits, "${text}" has ${value.length}` };
  }
  if (luhnCheckDigit(value.slice(0, -1)) !== value.slice(-1)) return { ok: false, reason: `the check digit of "${text}" does not match` };
  if (value.at(-2) !== String(value.length % 10)) {
    return { ok: false, reason: `the length digit of "${text}" says ${value.at(-2) ?? ''}, the reference has ${value.length} digits` };
  }
  return { ok: true, value };
}

/** Generates the reference of a scheme from an invoice's base. */
export function paymentReference(scheme: PaymentReferenceScheme, base: string): ParseResult<string> {
  switch (scheme) {
    case 'rf': return creditorReference(base);
    case 'kid-mod10': return kid(base, 'mod10');
    case 'kid-mod11': return kid(base, 'mod11');
    case 'ocr': return ocrReference(base);
  }
}

/** Validates a reference of a scheme, returning its compact form. */
export function parsePaymentReference(scheme: PaymentReferenceScheme, text: string): ParseResult<string> {
  switch (scheme) {
    case 'rf': return parseCreditorReference(text);
    case 'kid-mod10': return parseKid(text, 'mod10');
    case 'kid-mod11': return parseKid(text, 'mod11');
    case 'ocr': return parseOcrReference(text);
  }
}

/**
 * The printed form: RF references in groups of four; KID and OCR references as one run of digits, the way
 * payers type them into their bank (and banks print them).
 */
export function formatPaymentReference(reference: string): string {
  return isCreditorReference(reference) ? formatCreditorReference(reference) : compact(reference);
}
