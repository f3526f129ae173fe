// Which structured payment reference each of our documents carries, and what a reference found on a bank entry
// points back to (issue #5, "References on our own documents"). Pure: no store, no clock.
//
// The base is numeric so every scheme can carry it (KID and OCR take digits only) and so it can be read back without
// a look-up table: one digit for the kind of document, then the document's own id (nine digits, zero-padded).
//   1 + invoice id         an invoice (printed on the invoice and on each line of a statement or letter)
//   2 + customer id        a customer (the statement's total: "pay all you owe")
//   3 + dunning action id  a reminder (the letter's total: exactly the invoices it lists)
// Ids are tenant-wide identities, so one reference never names two documents. Check digits (ISO 11649 MOD 97-10,
// MOD10/MOD11, Luhn with length digit) catch every single-digit error and every adjacent transposition, so a
// mistyped reference fails validation instead of naming another document.
import { parseCreditorReference, paymentReference, parseKid, parseOcrReference, type PaymentReferenceScheme } from './payment-reference.js';

export type DocumentKind = 'invoice' | 'customer' | 'dunning-action';
export type DocumentTarget = { kind: DocumentKind; id: bigint };

const PREFIX: Record<DocumentKind, string> = { invoice: '1', customer: '2', 'dunning-action': '3' };
const KIND_OF: Record<string, DocumentKind> = { 1: 'invoice', 2: 'customer', 3: 'dunning-action' };

/** The national scheme applies only in its own currency: KID for NOK, OCR for SEK (issue #5). */
export function nationalSchemeFor(scheme: PaymentReferenceScheme, currency: string): PaymentReferenceScheme | undefined {
  if ((scheme === 'kid-mod10' || scheme === 'kid-mod11') && currency === 'NOK') return scheme;
  if (scheme === 'ocr' && currency === 'SEK') return scheme;
  return undefined;
}

/**
 * The id is zero-padded to nine digits, so every reference has the same length up to a billion documents: a KID is
 * then long enough to be told from other numbers in free text, and no reference printed in groups ("RF07 1000 1101")
 * begins with another valid reference of ours (a short, sequential id would: RF07 1110 is a prefix of RF07 1110 1).
 */
const ID_DIGITS = 9;

export function referenceBase(target: DocumentTarget): string {
  if (target.id <= 0n) throw new RangeError(`a ${target.kind} id must be positive, not ${target.id}`);
  return PREFIX[target.kind] + target.id.toString().padStart(ID_DIGITS, '0');
}

export type DocumentReferences = { rf: string; national?: string };

/** The RF reference, and the national one where the tenant's scheme and the currency call for it. */
export function documentReferences(target: DocumentTarget, currency: string, scheme: PaymentReferenceScheme): DocumentReferences {
  const base = referenceBase(target);
  const rf = paymentReference('rf', base);
  if (!rf.ok) throw new RangeError(rf.reason);
  const nationalScheme = nationalSchemeFor(scheme, currency);
  if (nationalScheme === undefined) return { rf: rf.value };
  const national = paymentReference(nationalScheme, base);
  if (!national.ok) throw new RangeError(national.reason);
  return { rf: rf.value, national: national.value };
}

function targetOf(base: string): DocumentTarget | undefined {
  if (!/^[123]\d{9,18}$/.test(base)) return undefined;
  const kind = KIND_OF[base[0] as string];
  const id = BigInt(base.slice(1));
  return kind === undefined || id <= 0n ? undefined : { kind, id };
}

/**
 * What a reference on a bank entry points to, if it is one of ours and its check digits hold: an RF reference in
 * any form, or a KID/OCR number under the tenant's scheme. Anything else (another creditor's reference, a typo)
 * is undefined — never a guess.
 */
export function decodeDocumentReference(text: string, scheme: PaymentReferenceScheme): DocumentTarget | undefined {
  const spaced = text.replace(/\s/g, '').toUpperCase();
  if (spaced.startsWith('RF')) {
    const rf = parseCreditorReference(spaced);
    return rf.ok ? targetOf(rf.value.slice(4)) : undefined;
  }
  // Separators people type go, except a final "-": that is a MOD11 KID's check digit (10).
  const compact = spaced.replace(/[-./](?=.)/g, '');
  if (!/^\d+-?$/.test(compact)) return undefined;
  if (scheme === 'kid-mod10' || scheme === 'kid-mod11') {
    const kid = parseKid(compact, scheme === 'kid-mod10' ? 'mod10' : 'mod11');
    return kid.ok ? targetOf(kid.value.slice(0, -1)) : undefined;
  }
  if (scheme === 'ocr') {
    const ocr = parseOcrReference(compact);
    return ocr.ok ? targetOf(ocr.value.slice(0, -2)) : undefined;
  }
  return undefined;
}
