// Matching by who paid and how much (issue #5, the weaker kinds): the payer's remembered account, or the payer's
// name, then the amount against that customer's open items (its subsidiaries' too: a parent pays for them). One open
// item of exactly the amount, or a bounded subset-sum; anything else is a suggestion for a person.
import { fitAmount, subsetSum } from './amounts.js';
import { compareItems, type MatchIndex } from './match-index.js';
import { searchNames, type NameHit } from './name-index.js';
import { type Payer, payableBy } from './payer.js';
import { type Draft, customerLabel, emptyDraft, invoiceList, money } from './proposal.js';
import type { BankEntry, MatchOptions } from './types.js';

// Calibrated against bench/matching (precision of automatic posting ≥ 99.9 %).
const ACCOUNT_SINGLE = 0.93;
const ACCOUNT_SHARED = 0.88;
const NAME_EXACT_SINGLE = 0.91;
const NAME_NEAR_EXACT = 0.97;
const NAME_MINIMUM = 0.6;
const SUBSET = 0.75;
const NEAR_AMOUNT = 0.7;
const CUSTOMER_ONLY = 0.4;
const AMBIGUOUS = 0.6;

/** A customer group's open items in the entry's currency, oldest due first. */
function openItemsOf(index: MatchIndex, entry: BankEntry, customers: readonly number[]): number[] {
  const items: number[] = [];
  for (const customer of new Set(customers)) {
    for (const item of index.customers[customer]?.items ?? []) {
      const open = index.items[item];
      if (open && open.open > 0n && open.currency === entry.currency) items.push(item);
    }
  }
  return items.sort((a, b) => compareItems(index, a, b));
}

function full(index: MatchIndex, items: readonly number[]): { item: number; amount: bigint }[] {
  return items.map((item) => ({ item, amount: index.items[item]?.open ?? 0n }));
}

/** What the amount alone can say among the open items of a customer the payer was recognised as. */
function byAmount(index: MatchIndex, entry: BankEntry, payerCustomers: readonly number[], items: readonly number[], options: MatchOptions, draft: Draft): boolean {
  const equal = items.filter((i) => index.items[i]?.open === entry.amount);
  const amount = money(entry.amount, entry.currency);
  if (equal.length > 1) {
    draft.allocations = full(index, equal.slice(0, 1));
    draft.alternatives = equal.slice(1);
    draft.flags.add('ambiguous');
    draft.confidence = AMBIGUOUS;
    draft.explanation.push(`${amount} equals the open amount of ${equal.length} invoices (${invoiceList(index, equal)}): the oldest is proposed`);
    return true;
  }
  const single = equal[0];
  if (single !== undefined) {
    draft.allocations = full(index, [single]);
    draft.explanation.push(`${amount} equals the open amount of invoice ${index.items[single]?.number ?? ''}, the only open item of that amount`);
    const owner = index.items[single]?.customer;
    if (owner !== undefined && !payerCustomers.includes(owner)) {
      draft.flags.add('paid-by-related-company');
      draft.explanation.push(`Invoice ${index.items[single]?.number ?? ''} is ${customerLabel(index, owner)}'s, paid by a company of its group`);
    }
    return true;
  }
  const oldest = items.slice(0, options.subsetItems ?? 20).map((item) => ({ item, open: index.items[item]?.open ?? 0n }));
  const subset = subsetSum(entry.amount, oldest, options.subsetEffort ?? 20_000);
  if (subset) {
    draft.allocations = full(index, subset.items);
    draft.confidence = subset.ambiguous ? AMBIGUOUS : SUBSET;
    if (subset.ambiguous) draft.flags.add('ambiguous');
    draft.explanation.push(`${amount} equals the open total of ${invoiceList(index, subset.items)}${subset.ambiguous ? ', one of several combinations' : ', oldest first'}`);
    return true;
  }
  const near = items.flatMap((item) => {
    const fit = fitAmount(entry.amount, [{ item, open: index.items[item]?.open ?? 0n }], entry.currency);
    return fit.shortKind === 'discount-taken' || fit.shortKind === 'deduction' ? [{ item, fit }] : [];
  });
  const [only] = near;
  if (only && near.length === 1) {
    draft.allocations = only.fit.allocations;
    draft.confidence = NEAR_AMOUNT;
    draft.flags.add(only.fit.shortKind === 'discount-taken' ? 'discount-taken' : 'deduction');
    draft.explanation.push(`${amount} is ${money(only.fit.shortfall, entry.currency)} short of invoice ${index.items[only.item]?.number ?? ''}: ${only.fit.shortKind === 'discount-taken' ? `a ${only.fit.discountPercent ?? ''} % discount taken` : 'a deduction'}? For a person to decide`);
    return true;
  }
  return false;
}

function customerOnly(index: MatchIndex, draft: Draft, customer: number): Draft {
  draft.customer = customer;
  draft.allocations = [];
  draft.confidence = CUSTOMER_ONLY;
  draft.explanation.push(`No open item or combination of ${customerLabel(index, customer)} equals the amount: unapplied cash on the customer's account, for a person to apply`);
  return draft;
}

export function accountProposal(index: MatchIndex, entry: BankEntry, payer: Payer, options: MatchOptions): Draft | undefined {
  const [first] = payer.accountCustomers;
  if (first === undefined) return undefined;
  const draft = emptyDraft();
  draft.customer = first;
  draft.explanation.push(`Payer account ${payer.iban} is remembered for ${payer.accountCustomers.map((c) => customerLabel(index, c)).join(' and ')}`);
  const items = openItemsOf(index, entry, payer.accountCustomers.flatMap((c) => payableBy(index, c)));
  draft.confidence = payer.accountCustomers.length === 1 ? ACCOUNT_SINGLE : ACCOUNT_SHARED;
  if (byAmount(index, entry, payer.accountCustomers, items, options, draft)) return draft;
  return customerOnly(index, draft, first);
}

/**
 * The payer's name among the customers' names. Posts automatically only for a name equal up to case, diacritics and
 * legal form, one customer with that name, and one open item of exactly the amount in its group.
 */
export function nameProposal(index: MatchIndex, entry: BankEntry, payer: Payer, options: MatchOptions): Draft | undefined {
  if (payer.name === '') return undefined;
  const hits = searchNames(index.names, payer.name, NAME_MINIMUM);
  const [top] = hits;
  if (!top) return undefined;
  const considered = hits.filter((h) => h.score >= Math.max(NAME_MINIMUM, top.score - 0.15)).slice(0, 5);
  const tied = hits.filter((h) => h.score >= top.score - 0.03);
  const drafts = considered.map((hit) => ({ hit, draft: candidateDraft(index, entry, payer, hit, options) }));
  const matched = drafts.filter((d) => d.draft.allocations.length > 0);
  const [chosen, ...others] = matched;
  if (!chosen) return top.score >= 0.85 && tied.length === 1 ? customerOnly(index, nameDraft(index, payer, top), top.customer) : undefined;
  const { hit, draft } = chosen;
  if (others.length > 0) {
    draft.flags.add('ambiguous');
    draft.alternatives.push(...others.flatMap((o) => o.draft.allocations.map((a) => a.item)));
    draft.explanation.push(`Other customers with a similar name also have open items that fit: ${others.map((o) => customerLabel(index, o.hit.customer)).join(', ')}`);
  }
  const automatic = hit === top && tied.length === 1 && top.score >= NAME_NEAR_EXACT && draft.confidence === 0;
  if (draft.confidence === 0) draft.confidence = automatic ? NAME_EXACT_SINGLE : 0.5 + 0.3 * hit.score;
  return draft;
}

function nameDraft(index: MatchIndex, payer: Payer, hit: NameHit): Draft {
  const draft = emptyDraft();
  draft.customer = hit.customer;
  draft.explanation.push(`Payer name "${payer.name}" is ${customerLabel(index, hit.customer)} (name similarity ${hit.score.toFixed(2)})`);
  return draft;
}

/** Confidence 0 means "one open item of exactly the amount": the caller sets it from the name's certainty. */
function candidateDraft(index: MatchIndex, entry: BankEntry, payer: Payer, hit: NameHit, options: MatchOptions): Draft {
  const draft = nameDraft(index, payer, hit);
  const items = openItemsOf(index, entry, payableBy(index, hit.customer));
  if (!byAmount(index, entry, [hit.customer], items, options, draft)) draft.allocations = [];
  return draft;
}
