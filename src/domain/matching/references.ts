// Structured references (issue #5, strongest evidence): RF creditor references (ISO 11649), Norwegian KID (MOD10,
// MOD11) and Swedish OCR references, checked with their check digits from payment-reference.ts before any lookup.
import { formatCreditorReference, parseCreditorReference, parseKid, parseOcrReference } from '../payment-reference.js';
import { foldText } from './normalise.js';

export type ReferenceCheck = { compact: string; valid: boolean };

/** Compact form of a reference as typed: spaces (and, for RF, "-./") removed, upper case. */
export function compactReference(text: string): string {
  const compact = text.replace(/\s/g, '').toUpperCase();
  return compact.startsWith('RF') ? compact.replace(/[-./]/g, '') : compact;
}

/**
 * A digit reference is valid when one of the tenant's schemes accepts its check digit: KID MOD10 (which every
 * valid Swedish OCR reference also passes), KID MOD11, or OCR with its length digit.
 */
function validDigitReference(compact: string): boolean {
  return parseKid(compact, 'mod10').ok || parseKid(compact, 'mod11').ok || parseOcrReference(compact).ok;
}

const DIGIT_REFERENCE = /^\d{1,24}[\d-]$/;

export function checkReference(text: string): ReferenceCheck {
  const compact = compactReference(text);
  if (compact.startsWith('RF')) return { compact, valid: parseCreditorReference(compact).ok };
  if (DIGIT_REFERENCE.test(compact)) return { compact, valid: validDigitReference(compact) };
  return { compact, valid: false };
}

/** What a person recognises: RF in groups of four, KID/OCR as printed. */
export function displayReference(compact: string): string {
  if (compact.startsWith('RF')) return formatCreditorReference(compact);
  return /^\d/.test(compact) ? `KID/OCR ${compact}` : compact;
}

const RF_START = /RF\s?\d\d/g;

/**
 * RF references inside free text ("Ref RF18 5390 0754 7034 thanks"): "RF" and its check digits, then groups of
 * letters and digits separated by single spaces or dashes. Every length that passes the check is returned, longest
 * first, since the words after a reference look just like its groups.
 */
export function rfReferencesInText(text: string): string[] {
  const upper = foldText(text).toUpperCase();
  const found: string[] = [];
  for (const match of upper.matchAll(RF_START)) {
    const start = match.index ?? 0;
    if (start > 0 && /[A-Z0-9]/.test(upper[start - 1] ?? '')) continue;
    const tail = upper.slice(start + match[0].length, start + match[0].length + 40);
    const groups = /^[\s-]?[A-Z0-9]+(?:[\s-][A-Z0-9]+)*/.exec(tail)?.[0] ?? '';
    const parts = groups.split(/[\s-]/).filter((p) => p !== '');
    let body = '';
    const candidates: string[] = [];
    for (const part of parts) {
      body += part;
      if (body.length > 21) break;
      candidates.push(`RF${match[0].slice(-2)}${body}`);
    }
    for (const candidate of candidates.reverse()) {
      if (parseCreditorReference(candidate).ok) found.push(candidate);
    }
  }
  return found;
}

const RF_PAPER = /RF\d\d(?:[ -][0-9A-Z]{4})*(?:[ -][0-9A-Z]{1,4})?(?![0-9A-Z])/g;
const RF_ELECTRONIC = /RF\d\d[0-9A-Z]{1,21}(?![0-9A-Z])/g;

/**
 * The text with everything shaped like an RF reference blanked out: its body is often the invoice number, and a
 * mistyped reference must not match through the back door of invoice-number reading.
 */
export function withoutRfReferences(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return foldText(text).toUpperCase().replace(RF_ELECTRONIC, blank).replace(RF_PAPER, blank);
}

/**
 * References one keystroke away from a mistyped one: every single character replaced by another digit, and every
 * pair of neighbours swapped. A caller looks each up; only references that exist (and so pass their check) count.
 */
export function oneTypoAway(compact: string): string[] {
  const variants: string[] = [];
  const start = compact.startsWith('RF') ? 2 : 0;
  for (let i = start; i < compact.length; i++) {
    const char = compact[i] ?? '';
    if (!/\d/.test(char)) continue;
    for (let d = 0; d <= 9; d++) {
      const digit = String(d);
      if (digit !== char) variants.push(compact.slice(0, i) + digit + compact.slice(i + 1));
    }
  }
  for (let i = start; i + 1 < compact.length; i++) {
    const a = compact[i] ?? '';
    const b = compact[i + 1] ?? '';
    if (a !== b) variants.push(compact.slice(0, i) + b + a + compact.slice(i + 2));
  }
  return variants;
}
