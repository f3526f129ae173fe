// Invoice numbers in remittance text (issue #5: "robust to spaces, prefixes, leading zeros and the usual separators,
// never to a different number"). A number is its digit groups: letters ("INV", "F") and separators (- / . space) are
// how it is written, not what it is. Digits are always read as whole runs, so "2026-00421" never contains 2026-0042.
import { foldText, stripLeadingZeros } from './normalise.js';

/** How an invoice number is found: all its digits without leading zeros, and the lengths of its digit groups. */
export type NumberKeys = { joined: string; shape: number[] };

const DIGIT_RUN = /\d+/g;

/** "INV-2026-00042" → joined "202600042", shape [4, 5]. A character loop: it runs once per open item. */
export function numberKeys(number: string): NumberKeys | undefined {
  let digits = '';
  const shape: number[] = [];
  let run = 0;
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (code >= 48 && code <= 57) { digits += number[i]; run++; continue; }
    if (run > 0) shape.push(run);
    run = 0;
  }
  if (run > 0) shape.push(run);
  if (digits === '') return undefined;
  return { joined: stripLeadingZeros(digits), shape };
}

/**
 * The digits of a number written with its zeros dropped inside groups ("2026-42"), padded back to a way the tenant
 * prints its numbers ([4, 5] → "202600042"); undefined when a group is longer than the shape allows.
 */
export function padToShape(runs: readonly string[], shape: readonly number[]): string | undefined {
  if (runs.length !== shape.length) return undefined;
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] ?? '';
    const width = shape[i] ?? 0;
    if (run.length > width) return undefined;
    out += run.padStart(width, '0');
  }
  return out;
}

/** The letters a number is printed with ("INV-00042" → "INV"), which count as a keyword when a payer repeats them. */
export function numberPrefix(number: string): string {
  return /^[A-Za-z]+/.exec(foldText(number))?.[0]?.toUpperCase() ?? '';
}

export type TextNumber = {
  /** The digit runs as written, zeros kept. */
  runs: string[];
  /** As it stands in the text, for the explanation. */
  text: string;
  /** Preceded by "invoice", "faktura", "Rechnung", … (or by the number's own printed prefix). */
  precededBy: string[];
  /** Letters written against the number ("INV" in "INV-2026-0042", "F" in "F10045"). */
  gluedPrefix: string;
  /** Part of a longer number joined by "-" or "." ("0042" in "2026-0042"): never read as a number of its own. */
  fragment: boolean;
};

// Separators inside one number; between groups exactly one of them.
const SEPARATOR = /^[-/._ \u2013]$/;
const TIGHT_SEPARATOR = /^[-.\u2013]$/;
const MAX_GROUPS = 4;

/** Words that announce an invoice number, folded to upper case with dots removed ("Rg.-Nr." → "RG", "NR"). */
export const INVOICE_KEYWORDS = new Set([
  'INV', 'INVOICE', 'INVOICES', 'INVNO', 'INVNR', 'FAKTURA', 'FAKTURAER', 'FAKTURAN', 'FAKTUROR', 'FAKTURANR',
  'FAKTURANUMMER', 'FAKT', 'FAKTNR', 'RECHNUNG', 'RECHNUNGEN', 'RECHNUNGSNR', 'RECHNUNGSNUMMER', 'RG', 'RGNR', 'RE',
  'RENR', 'RNR', 'FACTURA', 'FACTUUR', 'FACTUURNUMMER', 'FACTURE', 'FATTURA', 'LASKU', 'BILL', 'SI',
]);
// Words that may stand between a keyword and the number, or between numbers in a list.
const CONNECTORS = new Set(['NO', 'NR', 'NUMBER', 'NUMMER', 'NUM', 'AND', 'OG', 'OCH', 'UND', 'EN', 'ET', 'I', 'PAYMENT', 'BETALING', 'BETALNING', 'ZAHLUNG', 'PLASHTANE', 'FOR', 'TIL', 'FUR']);

/** The announcing words right before position `start`: walks back over digits, separators and connectors. */
function keywordsBefore(upper: string, start: number): string[] {
  const before = upper.slice(Math.max(0, start - 60), start).replace(/\./g, '');
  const words = before.split(/[^A-Z0-9#№]+/).filter((w) => w !== '');
  const found: string[] = [];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 8; i--) {
    const word = (words[i] ?? '').replace(/[#№]/g, '');
    if (word === '' || /^\d+$/.test(word)) continue;
    // Letters glued to digits ("INV2026", "NR42"): the letters are the word.
    const letters = /^[A-Z]+/.exec(word)?.[0] ?? word;
    if (INVOICE_KEYWORDS.has(letters)) { found.push(letters); continue; }
    if (CONNECTORS.has(letters)) continue;
    break;
  }
  return found;
}

type Run = { digits: string; start: number; end: number };

/**
 * Every way of reading the text's digits as one number: runs of digits (always whole), alone or joined with the
 * next ones through a single separator, up to four groups ("2026-0042", "2026 0042", "10045/10046" → 10045, 10046,
 * 1004510046).
 */
export function numbersInText(text: string): TextNumber[] {
  const upper = foldText(text).toUpperCase();
  const runs: Run[] = [];
  for (const match of upper.matchAll(DIGIT_RUN)) {
    const start = match.index ?? 0;
    runs.push({ digits: match[0], start, end: start + match[0].length });
  }
  const joinedToNext = runs.map((run, i) => {
    const next = runs[i + 1];
    return next !== undefined && next.start - run.end === 1 && SEPARATOR.test(upper[run.end] ?? '');
  });
  const tightAt = (i: number) => joinedToNext[i] === true && TIGHT_SEPARATOR.test(upper[runs[i]?.end ?? 0] ?? '');
  const out: TextNumber[] = [];
  for (let i = 0; i < runs.length; i++) {
    for (let j = i; j < runs.length && j < i + MAX_GROUPS; j++) {
      if (j > i && !joinedToNext[j - 1]) break;
      const first = runs[i];
      const last = runs[j];
      if (!first || !last) break;
      const fragment = (i > 0 && tightAt(i - 1)) || tightAt(j);
      out.push({
        runs: runs.slice(i, j + 1).map((r) => r.digits),
        text: upper.slice(first.start, last.end),
        precededBy: keywordsBefore(upper, first.start),
        gluedPrefix: /([A-Z]+)[-#.]?$/.exec(upper.slice(Math.max(0, first.start - 12), first.start))?.[1] ?? '',
        fragment,
      });
    }
  }
  return out;
}
