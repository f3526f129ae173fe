// A deterministic synthetic tenant for cash application (issue #5, "Accuracy and speed"): customers in six countries
// (some in parent/child groups), open invoices with RF, KID and OCR references, and incoming bank entries with the
// noise real remittances have. The truth (which invoices each entry pays, and how much) is kept aside for
// `evaluate`. Same seed and sizes → same tenant.
import { DEFAULT_MIX, makeEntries } from './entries.js';
import { makeRng } from './random.js';
import { makeCustomers, makeInvoices } from './tenant.js';

export { DEFAULT_MIX };

export function generateTenant({ invoices = 10_000, customers, entries = 5_000, seed = 20260505, asOf = '2026-11-23', mix = DEFAULT_MIX, knownAccountShare = 0.35 } = {}) {
  const rng = makeRng(seed);
  const people = makeCustomers(rng, customers ?? Math.max(2_000, Math.floor(invoices / 5)));
  const items = makeInvoices(rng, invoices, people, asOf);
  const knownAccounts = people.filter(() => rng.chance(knownAccountShare)).map((c) => c.customerRef);
  const known = new Set(knownAccounts);
  const payerAccounts = people.filter((c) => known.has(c.customerRef)).map((c) => ({ iban: c.iban, customerRef: c.customerRef }));
  const made = makeEntries(rng, entries, { items, customers: people, knownAccounts }, mix, asOf);
  return {
    openItems: items.map(({ customer, ...item }) => item),
    customers: people.map((c) => ({ customerRef: c.customerRef, name: c.name, ...(c.parentRef ? { parentRef: c.parentRef } : {}) })),
    payerAccounts,
    entries: made.entries,
    truth: made.truth,
  };
}

/**
 * Invoice-level precision and recall of automatic posting: an allocation is correct when the entry truly pays that
 * invoice with that amount. Precision = correct automatic allocations / all automatic allocations; recall = correct
 * automatic allocations / all true allocations.
 */
export function evaluate(proposals, truth) {
  let automatic = 0;
  let correct = 0;
  let expected = 0;
  const counts = { matched: 0, suggested: 0, unmatched: 0 };
  const byKind = {};
  const wrong = [];
  let suggestedRight = 0;
  for (const proposal of proposals) {
    const t = truth.get(proposal.entryId);
    counts[proposal.status]++;
    const kind = (byKind[t.kind] ??= { entries: 0, allocations: 0, posted: 0, correct: 0, suggested: 0, unmatched: 0 });
    kind.entries++;
    kind.allocations += t.allocations.length;
    expected += t.allocations.length;
    if (proposal.status === 'suggested') kind.suggested++;
    if (proposal.status === 'unmatched') kind.unmatched++;
    const isRight = (a) => t.allocations.some((x) => x.invoiceNumber === a.invoiceNumber && x.amount === a.amount);
    if (proposal.status === 'suggested' && proposal.allocations.length > 0 && proposal.allocations.length === t.allocations.length && proposal.allocations.every(isRight)) suggestedRight++;
    if (proposal.status !== 'matched') continue;
    for (const allocation of proposal.allocations) {
      automatic++;
      kind.posted++;
      if (isRight(allocation)) { correct++; kind.correct++; }
      else if (wrong.length < 25) wrong.push({ entry: proposal.entryId, kind: t.kind, posted: allocation.invoiceNumber, amount: String(allocation.amount), truth: t.allocations.map((x) => `${x.invoiceNumber} ${x.amount}`), confidence: proposal.confidence, explanation: proposal.explanation });
    }
  }
  const ratio = (a, b) => (b === 0 ? 1 : Math.round((a / b) * 100_000) / 100_000);
  return {
    precision: ratio(correct, automatic), recall: ratio(correct, expected), automaticAllocations: automatic,
    correctAutomatic: correct, trueAllocations: expected, ...counts, suggestedAndRight: suggestedRight, byKind, wrong,
  };
}
