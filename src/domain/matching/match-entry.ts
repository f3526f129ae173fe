// Cash application for one bank entry (issue #5, "Matching"): references and invoice numbers first; then a
// mistyped reference one keystroke from an invoice's; then the payer's account or name with the amount. The
// strongest reading wins; two readings that agree strengthen each other, two that disagree make a person look.
import { documentHits, type DocumentEvidence } from './document-hits.js';
import { documentProposal } from './document-match.js';
import { type MatchIndex, slotItems } from './match-index.js';
import { type Payer, payerOf, payerSupport } from './payer.js';
import { accountProposal, nameProposal } from './payer-match.js';
import { type Draft, emptyDraft, finalize, money } from './proposal.js';
import { checkReference, displayReference, oneTypoAway } from './references.js';
import type { BankEntry, MatchOptions, MatchProposal } from './types.js';

/** Document evidence this strong is not second-guessed by the payer's name or account. */
const DECISIVE = 0.9;
const NEAR_REFERENCE = 0.81;
const NEAR_REFERENCE_CORROBORATED = 0.1;
const AGREEMENT = 0.03;
const DISAGREEMENT = 0.6;

export function matchEntry(index: MatchIndex, entry: BankEntry, options: MatchOptions): MatchProposal {
  if (entry.amount <= 0n) {
    const draft = emptyDraft();
    draft.explanation.push(`${money(entry.amount, entry.currency)} is not an incoming payment`);
    return finalize(index, entry, draft, options);
  }
  const payer = payerOf(index, entry);
  const evidence = documentHits(index, entry);
  const fromDocuments = documentProposal(index, entry, evidence, payer);
  if (fromDocuments && (fromDocuments.allocations.length === 0 || fromDocuments.confidence >= DECISIVE)) {
    return finalize(index, entry, fromDocuments, options);
  }
  const drafts = [
    fromDocuments,
    nearReferenceProposal(index, entry, evidence, payer),
    accountProposal(index, entry, payer, options) ?? nameProposal(index, entry, payer, options),
  ].filter((d): d is Draft => d !== undefined);
  return finalize(index, entry, combine(drafts, evidence), options);
}

function itemsOf(draft: Draft): string {
  return draft.allocations.map((a) => a.item).sort((a, b) => a - b).join(',');
}

function covers(wide: Draft, narrow: Draft): boolean {
  const items = new Set([...wide.allocations.map((a) => a.item), ...wide.alternatives]);
  return narrow.allocations.every((a) => items.has(a.item));
}

/** The most confident reading; agreeing readings add up, a disagreeing one of some weight is a tie for a person. */
function combine(drafts: Draft[], evidence: DocumentEvidence): Draft {
  const withItems = drafts.filter((d) => d.allocations.length > 0);
  const ranked = [...withItems].sort((a, b) => b.confidence - a.confidence);
  const best = ranked[0] ?? drafts[0] ?? emptyDraft();
  for (const other of ranked.slice(1)) {
    if (itemsOf(other) === itemsOf(best)) {
      best.confidence = Math.max(best.confidence, other.confidence) + AGREEMENT;
      best.explanation.push(...other.explanation.filter((line) => !best.explanation.includes(line)));
      for (const flag of other.flags) best.flags.add(flag);
    } else if (covers(other, best)) {
      // The other reading was a tie that includes this one's invoices: it narrows nothing, and contradicts nothing.
      if (other.explanation[0] && !best.explanation.includes(other.explanation[0])) best.explanation.push(other.explanation[0]);
    } else if (other.confidence >= DISAGREEMENT) {
      best.flags.add('ambiguous');
      best.alternatives.push(...other.allocations.map((a) => a.item).filter((i) => !best.alternatives.includes(i)));
      best.explanation.push(`Another reading points elsewhere: ${other.explanation[0] ?? ''}`);
    }
  }
  for (const flag of evidence.flags) best.flags.add(flag);
  for (const note of evidence.notes) if (!best.explanation.includes(note)) best.explanation.push(note);
  return best;
}

/**
 * A structured reference that failed its check digits (or is unknown) and is one keystroke from exactly one open
 * invoice's reference of exactly the amount. Never a reference match; a suggestion, which a payer whose account
 * or name agrees can lift to an automatic posting.
 */
function nearReferenceProposal(index: MatchIndex, entry: BankEntry, evidence: DocumentEvidence, payer: Payer): Draft | undefined {
  const found = new Map<number, [string, string]>();
  for (const typed of evidence.unresolved) {
    for (const variant of oneTypoAway(typed)) {
      const items = slotItems(index.byReference.get(variant));
      if (items.length === 0 || !checkReference(variant).valid) continue;
      for (const item of items) {
        const open = index.items[item];
        if (open && open.currency === entry.currency && open.open === entry.amount && !found.has(item)) found.set(item, [typed, variant]);
      }
    }
  }
  if (found.size !== 1) return undefined;
  const [first] = [...found];
  if (!first) return undefined;
  const [item, [typed, variant]] = first;
  const invoice = index.items[item];
  if (!invoice) return undefined;
  const draft = emptyDraft();
  draft.allocations = [{ item, amount: invoice.open }];
  draft.explanation.push(`${displayReference(typed)} is one keystroke from ${displayReference(variant)}, the reference of invoice ${invoice.number}, and the amount is equal`);
  const support = payerSupport(index, payer, [invoice.customer], true);
  if (support.line) draft.explanation.push(support.line);
  draft.confidence = NEAR_REFERENCE + (support.verdict === 'supports' ? NEAR_REFERENCE_CORROBORATED : support.verdict === 'contradicts' ? -0.15 : 0);
  return draft;
}
