// A proposal from what the payer wrote (references, invoice numbers): which of the invoices named the amount pays,
// how it is allocated, and how sure that is.
import { type Target, fitAmount, saysPartial, subsetSum } from './amounts.js';
import type { DocumentEvidence, Hit } from './document-hits.js';
import { compareItems, type MatchIndex } from './match-index.js';
import { type Payer, payerSupport, related } from './payer.js';
import { type Draft, describeFit, emptyDraft, invoiceList, money } from './proposal.js';
import type { BankEntry } from './types.js';

const STRONG = 0.9;
const MAX_OPTIONAL = 12;
/** Partial and overpayments: the amount no longer confirms the invoice, so the text has to carry it alone. */
const UNEQUAL_REFERENCE = 0.03;
const UNEQUAL_NUMBER = 0.08;
const CORROBORATED = 0.04;
const CONTRADICTED = 0.15;
const UNRELATED_CUSTOMERS = 0.1;

export function documentProposal(index: MatchIndex, entry: BankEntry, evidence: DocumentEvidence, payer: Payer): Draft | undefined {
  const draft = emptyDraft();
  for (const flag of evidence.flags) draft.flags.add(flag);
  const usable = usableHits(index, entry, evidence.hits, draft);
  if (usable.length === 0) return draft.customer === undefined ? undefined : withNotes(draft, evidence);
  const choice = chooseHits(index, entry, usable);
  if (choice.ambiguous) draft.flags.add('ambiguous');
  const used = choice.hits.sort((a, b) => compareItems(index, a.item, b.item));
  const targets: Target[] = used.map((h) => ({ item: h.item, open: index.items[h.item]?.open ?? 0n }));
  const partial = saysPartial(entry.remittanceText);
  const fit = fitAmount(entry.amount, targets, entry.currency, partial);
  const items = used.map((h) => h.item);
  const single = items.length === 1 && fit.relation === 'equal';
  for (const hit of used) draft.explanation.push(`${hit.source} is invoice ${index.items[hit.item]?.number ?? ''}${single ? ', amount equal' : ''}`);
  if (choice.dropped.length > 0) {
    draft.explanation.push(`Also read, but left out because the amount fits without it: ${invoiceList(index, choice.dropped.map((h) => h.item))}`);
  }
  let confidence = Math.min(...used.map((h) => h.strength)) - (choice.dropped.length > 0 ? 0.01 : 0);
  const quotedWrong = fit.relation === 'equal' ? [] : exactElsewhere(index, entry, items);
  if (quotedWrong.length > 0) {
    draft.flags.add('ambiguous');
    draft.alternatives.push(...quotedWrong);
    draft.explanation.push(`${money(entry.amount, entry.currency)} is exactly the open amount of ${invoiceList(index, quotedWrong)} of the same customer: the payer may have quoted the wrong invoice`);
  }
  describeFit(index, draft, fit, entry.amount, entry.currency, items);
  const extra = fit.relation === 'over' && quotedWrong.length === 0 ? explainExcess(index, entry, items, fit.unapplied) : undefined;
  if (extra) {
    // Only the amount says so: the named invoices are posted, the excess is left for a person to apply there.
    draft.alternatives.push(...extra);
    draft.explanation.push(`The excess equals the open amount of ${invoiceList(index, extra)} of the same customer: apply the unapplied cash there?`);
  }
  const references = used.every((h) => h.kind === 'reference');
  if (fit.relation !== 'equal') confidence -= references ? UNEQUAL_REFERENCE : UNEQUAL_NUMBER;
  confidence += payerAdjustment(index, payer, used, references, draft);
  const customers = [...new Set(used.map((h) => index.items[h.item]?.customer ?? -1))];
  if (customers.some((c) => customers.some((d) => !related(index, c, d)))) {
    confidence -= UNRELATED_CUSTOMERS;
    draft.explanation.push('The invoices belong to customers outside one group');
  }
  draft.allocations = fit.allocations;
  draft.confidence = confidence;
  return withNotes(draft, evidence);
}

function withNotes(draft: Draft, evidence: DocumentEvidence): Draft {
  draft.explanation.push(...evidence.notes);
  return draft;
}

/** Invoices that are open and in the payment's currency; the others are reported, never allocated. */
function usableHits(index: MatchIndex, entry: BankEntry, hits: readonly Hit[], draft: Draft): Hit[] {
  const usable: Hit[] = [];
  for (const hit of hits) {
    const item = index.items[hit.item];
    if (!item) continue;
    if (item.currency !== entry.currency && hit.strength < STRONG) continue;
    if (item.currency !== entry.currency) {
      draft.flags.add('currency-mismatch');
      draft.customer ??= item.customer;
      draft.alternatives.push(hit.item);
      draft.explanation.push(`${hit.source} is invoice ${item.number}, in ${item.currency}; the payment is in ${entry.currency}: for a person to post`);
    } else if (item.open <= 0n) {
      draft.flags.add('already-paid');
      draft.customer ??= item.customer;
      draft.explanation.push(`${hit.source} is invoice ${item.number}, which is already paid`);
    } else usable.push(hit);
  }
  return usable;
}

type Choice = { hits: Hit[]; dropped: Hit[]; ambiguous: boolean };

/**
 * All invoices named, unless the amount equals exactly one combination that keeps every strong hit: then weak
 * readings (a shared KID's other invoices, a short number that may be a quantity) are dropped.
 */
function chooseHits(index: MatchIndex, entry: BankEntry, hits: Hit[]): Choice {
  const total = hits.reduce((s, h) => s + (index.items[h.item]?.open ?? 0n), 0n);
  const required = hits.filter((h) => h.strength >= STRONG && !h.shared);
  const optional = hits.filter((h) => !required.includes(h));
  if (total === entry.amount || optional.length === 0) return { hits, dropped: [], ambiguous: false };
  const requiredTotal = required.reduce((s, h) => s + (index.items[h.item]?.open ?? 0n), 0n);
  const left = entry.amount - requiredTotal;
  if (left === 0n && required.length > 0) return { hits: required, dropped: optional, ambiguous: false };
  if (left > 0n && optional.length <= MAX_OPTIONAL) {
    const sorted = [...optional].sort((a, b) => compareItems(index, a.item, b.item));
    const single = sorted.filter((h) => index.items[h.item]?.open === left);
    if (single.length >= 1) {
      const [first] = single;
      if (first) return { hits: [...required, first], dropped: optional.filter((h) => h !== first), ambiguous: single.length > 1 };
    }
    const subset = subsetSum(left, sorted.map((h) => ({ item: h.item, open: index.items[h.item]?.open ?? 0n })), 5000);
    if (subset) {
      const chosen = sorted.filter((h) => subset.items.includes(h.item));
      return { hits: [...required, ...chosen], dropped: optional.filter((h) => !chosen.includes(h)), ambiguous: subset.ambiguous };
    }
  }
  // Nothing fits exactly: the strong hits carry the payment; with none, every reading stays and the confidence is low.
  return required.length > 0 ? { hits: required, dropped: optional, ambiguous: false } : { hits, dropped: [], ambiguous: hits.length > 1 };
}

/** Other open items of the named invoices' customers whose open amount is exactly the payment. */
function exactElsewhere(index: MatchIndex, entry: BankEntry, items: readonly number[]): number[] {
  const customers = new Set(items.map((i) => index.items[i]?.customer ?? -1));
  const out: number[] = [];
  for (const customer of customers) {
    for (const i of index.customers[customer]?.items ?? []) {
      const item = index.items[i];
      if (item && item.open === entry.amount && item.currency === entry.currency && !items.includes(i)) out.push(i);
    }
  }
  return out;
}

/** An overpayment whose excess is exactly one more open item of the same customer (the next month's, typically). */
function explainExcess(index: MatchIndex, entry: BankEntry, items: readonly number[], excess: bigint): number[] | undefined {
  const customer = index.items[items[0] ?? -1]?.customer;
  if (customer === undefined) return undefined;
  const others = (index.customers[customer]?.items ?? []).filter((i) => {
    const item = index.items[i];
    return item !== undefined && !items.includes(i) && item.open > 0n && item.currency === entry.currency;
  });
  const equal = others.filter((i) => index.items[i]?.open === excess);
  return equal.length === 1 ? equal : undefined;
}

function payerAdjustment(index: MatchIndex, payer: Payer, used: readonly Hit[], references: boolean, draft: Draft): number {
  const customers = [...new Set(used.map((h) => index.items[h.item]?.customer ?? -1))];
  const support = payerSupport(index, payer, customers, !references);
  if (support.line) draft.explanation.push(support.line);
  if (support.relatedPayer) draft.flags.add('paid-by-related-company');
  if (support.verdict === 'supports') return CORROBORATED;
  if (support.verdict === 'contradicts') return -CONTRADICTED;
  return 0;
}
