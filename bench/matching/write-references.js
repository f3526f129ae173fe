// The generator prints its own references on its invoices; the product prints others (issue #5, "References on our
// own documents": RF of "1" + the invoice's id for everyone, plus a KID for NOK or an OCR for SEK per the tenant's
// scheme, src/domain/document-reference.ts). Before the bank files are written, every reference a payer quoted is
// rewritten to the one the product printed for that invoice, keeping the payer's intent: a correct reference stays
// correct (same kind where the product prints that kind, same paper or electronic form), a mistyped one gets the
// same kind of slip (one digit changed, or two neighbours swapped) so that its check digits fail.
import { documentReferences } from '../../dist/domain/document-reference.js';
import { formatCreditorReference, parseCreditorReference, parseKid, parseOcrReference } from '../../dist/domain/payment-reference.js';
import { makeRng } from './random.js';

const compact = (ref) => ref.replace(/\s/g, '').toUpperCase();
const isRf = (ref) => compact(ref).startsWith('RF');

/** Valid for some scheme the matcher tries: then it is not a typo the check digits catch. */
function passesACheck(ref) {
  const c = compact(ref);
  if (c.startsWith('RF')) return parseCreditorReference(c).ok;
  return parseKid(c, 'mod10').ok || parseKid(c, 'mod11').ok || parseOcrReference(c).ok;
}

/** 'swap' when the typed reference is the printed one with two neighbours exchanged, else 'digit'. */
function slipKind(printed, typed) {
  if (printed.length !== typed.length) return 'digit';
  const diff = [...printed].flatMap((ch, i) => (ch === typed[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && printed[diff[0]] === typed[diff[1]] && printed[diff[1]] === typed[diff[0]] ? 'swap' : 'digit';
}

function mistype(rng, reference, kind) {
  const start = reference.startsWith('RF') ? 2 : 0;
  for (let tries = 0; tries < 200; tries++) {
    const chars = [...reference];
    if (kind === 'swap' && tries < 100) {
      const i = rng.between(start, chars.length - 2);
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    } else {
      const i = rng.between(start, chars.length - 1);
      if (!/\d/.test(chars[i])) continue;
      chars[i] = String((Number(chars[i]) + rng.between(1, 9)) % 10);
    }
    const typed = chars.join('');
    if (typed !== reference && !passesACheck(typed)) return typed;
  }
  throw new Error(`no typo of ${reference} fails its check digits`);
}

/**
 * Rewrites `entries` in place. `openItems` are the generator's, `invoiceIds` maps invoice number → the product's id
 * (bigint), `truth` the generator's truth. Returns counts of what was rewritten.
 */
export function rewriteReferences({ entries, openItems, truth, invoiceIds, scheme, seed }) {
  const printed = new Map(); // generator's compact reference → [item, 'rf' | 'national']
  const itemOf = new Map();
  for (const item of openItems) {
    itemOf.set(item.number, item);
    item.paymentReferences.forEach((ref, i) => printed.set(compact(ref), [item, i === 0 ? 'rf' : 'national']));
  }
  const stats = { references: 0, rf: 0, national: 0, nationalAsRf: 0, mistyped: 0, inText: 0 };
  const productRefs = (item) => {
    const id = invoiceIds.get(item.number);
    if (id === undefined) throw new Error(`invoice ${item.number} is not in the store`);
    return documentReferences({ kind: 'invoice', id }, item.currency, scheme);
  };
  // The product's reference of the kind the payer used, in the form the payer wrote it.
  const ours = (item, kind, asWritten) => {
    const refs = productRefs(item);
    if (kind === 'national' && refs.national !== undefined) { stats.national++; return refs.national; }
    if (kind === 'national') stats.nationalAsRf++; else stats.rf++;
    return /\s/.test(asWritten) ? formatCreditorReference(refs.rf) : refs.rf;
  };
  for (const entry of entries) {
    const t = truth.get(entry.id);
    entry.structuredReferences = entry.structuredReferences.map((ref) => {
      stats.references++;
      const known = printed.get(compact(ref));
      if (known) return ours(known[0], known[1], ref);
      // Not one the generator printed: a mistyped reference of the invoice the entry pays.
      const item = itemOf.get(t?.allocations[0]?.invoiceNumber);
      if (!item) return ref;
      const kind = isRf(ref) ? 'rf' : 'national';
      const original = compact(item.paymentReferences[kind === 'rf' ? 0 : 1] ?? item.paymentReferences[0]);
      const refs = productRefs(item);
      const correct = kind === 'national' && refs.national !== undefined ? refs.national : refs.rf;
      const rng = makeRng(seed ^ Number(entry.id.replace(/\D/g, '')));
      stats.mistyped++;
      const typed = mistype(rng, correct, slipKind(original, compact(ref)));
      return /\s/.test(ref) && typed.startsWith('RF') ? formatCreditorReference(typed) : typed;
    });
    // "ref-text": the payer typed the reference into the free text.
    for (const allocation of t?.allocations ?? []) {
      const item = itemOf.get(allocation.invoiceNumber);
      if (!item) continue;
      item.paymentReferences.forEach((ref, i) => {
        for (const form of new Set([ref, compact(ref)])) {
          if (!entry.remittanceText.includes(form)) continue;
          entry.remittanceText = entry.remittanceText.replace(form, ours(item, i === 0 ? 'rf' : 'national', form));
          stats.inText++;
        }
      });
    }
  }
  return stats;
}
