// Evidence the payer wrote down (issue #5, the two strongest kinds): structured references checked by their check
// digits, and invoice numbers in the free text. Each hit carries a strength: the confidence it gives when the
// amount is equal.
import { digitsOf, stripLeadingZeros } from './normalise.js';
import { numberPrefix, numbersInText, padToShape, type TextNumber } from './invoice-numbers.js';
import { type MatchIndex, slotItems } from './match-index.js';
import { checkReference, displayReference, rfReferencesInText, withoutRfReferences } from './references.js';
import type { BankEntry, MatchFlag } from './types.js';

export type HitKind = 'reference' | 'invoice-number';

export type Hit = {
  item: number;
  kind: HitKind;
  strength: number;
  /** The key was shared by several invoices (a KID per customer, two invoices with one number). */
  shared: boolean;
  /** "RF18 5390 0754 7034", "\"Faktura 2026/42\" in the text". */
  source: string;
};

export type DocumentEvidence = {
  hits: Hit[];
  flags: Set<MatchFlag>;
  notes: string[];
  /** Structured references that failed their check digits or are unknown, for the one-typo search. */
  unresolved: string[];
};

// Strengths (confidence with an equal amount). Calibrated against bench/matching: a structured reference whose
// check digits pass and that an open invoice carries is as good as it gets; text is read, so a little less.
const STRUCTURED = 0.99;
const TEXT_RF = 0.97;
const TEXT_DIGIT_REFERENCE = 0.95;
const SHARED_REFERENCE = 0.9;
/** A digit reference found in free text needs some length before it is more than a coincidence. */
const MIN_TEXT_REFERENCE_DIGITS = 6;

function addHit(hits: Map<number, Hit>, hit: Hit): void {
  const known = hits.get(hit.item);
  if (!known || known.strength < hit.strength) hits.set(hit.item, hit);
}

export function documentHits(index: MatchIndex, entry: BankEntry): DocumentEvidence {
  const hits = new Map<number, Hit>();
  const evidence: DocumentEvidence = { hits: [], flags: new Set(), notes: [], unresolved: [] };
  for (const text of entry.structuredReferences) structuredReference(index, text, hits, evidence);
  for (const reference of rfReferencesInText(entry.remittanceText)) {
    const items = slotItems(index.byReference.get(reference));
    for (const item of items) {
      addHit(hits, { item, kind: 'reference', strength: items.length > 1 ? SHARED_REFERENCE : TEXT_RF, shared: items.length > 1, source: `${displayReference(reference)} in the text` });
    }
  }
  // The structured field sometimes carries an invoice number instead of a reference, so it is read as text too.
  const text = withoutRfReferences([...entry.structuredReferences, entry.remittanceText].join(' ; '));
  for (const number of numbersInText(text)) {
    textReference(index, number, hits);
    invoiceNumber(index, number, hits);
  }
  evidence.hits = [...hits.values()];
  return evidence;
}

function structuredReference(index: MatchIndex, text: string, hits: Map<number, Hit>, evidence: DocumentEvidence): void {
  const reference = checkReference(text);
  if (reference.compact === '') return;
  // issue #5: a reference whose check digits fail identifies nothing, even if an invoice was printed with it.
  const items = reference.valid ? slotItems(index.byReference.get(reference.compact)) : [];
  for (const item of items) {
    addHit(hits, { item, kind: 'reference', strength: items.length > 1 ? SHARED_REFERENCE : STRUCTURED, shared: items.length > 1, source: displayReference(reference.compact) });
  }
  if (items.length > 0) return;
  const looksLikeReference = reference.compact.startsWith('RF') || /^\d{5,25}-?$/.test(reference.compact);
  if (!looksLikeReference) return;
  evidence.unresolved.push(reference.compact);
  if (reference.valid) {
    evidence.flags.add('unknown-reference');
    evidence.notes.push(`${displayReference(reference.compact)} passes its check digits but no open invoice carries it`);
  } else {
    evidence.flags.add('invalid-reference');
    evidence.notes.push(`${displayReference(reference.compact)} fails its check digits: mistyped, so it identifies nothing`);
  }
}

function textReference(index: MatchIndex, number: TextNumber, hits: Map<number, Hit>): void {
  const digits = number.runs.join('');
  if (digits.length < MIN_TEXT_REFERENCE_DIGITS || !/^[\d ]+$/.test(number.text)) return;
  const items = slotItems(index.byReference.get(digits));
  if (items.length === 0 || !checkReference(digits).valid) return;
  for (const item of items) {
    addHit(hits, { item, kind: 'reference', strength: items.length > 1 ? SHARED_REFERENCE : TEXT_DIGIT_REFERENCE, shared: items.length > 1, source: `${displayReference(digits)} in the text` });
  }
}

function invoiceNumber(index: MatchIndex, number: TextNumber, hits: Map<number, Hit>): void {
  // Part of a longer number ("2026-0042" inside "2026-0042-1" or "12.2026-0042"): a different number, never this one.
  if (number.fragment) return;
  const digits = number.runs.join('');
  const items = new Set(slotItems(index.byNumber.get(stripLeadingZeros(digits))));
  // Zeros dropped inside groups ("2026-42" for 2026-0042) only where the groups are clearly one number, not a
  // space-separated list or a date before it.
  if (number.runs.length > 1 && !number.text.includes(' ')) {
    for (const shape of index.numberShapes) {
      const padded = padToShape(number.runs, shape);
      if (padded !== undefined && padded !== digits) for (const item of slotItems(index.byNumber.get(stripLeadingZeros(padded)))) items.add(item);
    }
  }
  for (const item of items) {
    const printed = index.items[item]?.number ?? '';
    const strength = numberStrength(number, printed) - (items.size > 1 ? 0.1 : 0);
    addHit(hits, { item, kind: 'invoice-number', strength, shared: items.size > 1, source: `"${number.text}" in the text` });
  }
}

/**
 * How surely a number in the text is this invoice's: written with all its digits (zeros included), or announced by
 * "invoice"/"Faktura"/its own printed prefix, or long enough not to be a quantity, a date part or a house number.
 */
export function numberStrength(number: TextNumber, printed: string): number {
  const digits = number.runs.join('');
  const keyword = number.precededBy.length > 0 || (number.gluedPrefix !== '' && number.gluedPrefix === numberPrefix(printed));
  const significant = number.runs.map(stripLeadingZeros).join('').replace(/^0+/, '').length;
  if (digits === digitsOf(printed) && digits.length >= 4) return keyword ? 0.96 : 0.95;
  if (significant >= 5) return keyword ? 0.94 : 0.92;
  return keyword && significant >= 2 ? 0.85 : 0.7;
}
