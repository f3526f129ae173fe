// Who paid (issue #5): the payer's account remembered from confirmed matches, or the payer's name, fuzzily. Used to
// corroborate what the text says, and on its own together with the amount when the text says nothing.
import type { MatchIndex } from './match-index.js';
import { searchNames } from './name-index.js';
import { nameSimilarity } from './name-similarity.js';
import { normaliseIban } from './normalise.js';
import { customerLabel } from './proposal.js';
import type { BankEntry } from './types.js';

export type Payer = {
  /** Customers the payer's account is remembered for. */
  accountCustomers: number[];
  name: string;
  iban: string;
};

export function payerOf(index: MatchIndex, entry: BankEntry): Payer {
  const iban = normaliseIban(entry.payerIban ?? '');
  const refs = iban === '' ? [] : index.payerAccounts.get(iban) ?? [];
  const accountCustomers = refs.flatMap((ref) => {
    const id = index.customerByRef.get(ref);
    return id === undefined ? [] : [id];
  });
  return { accountCustomers, name: (entry.payerName ?? '').trim(), iban };
}

/** The customer, its parent, its children and its siblings: a group pays for its members. */
export function group(index: MatchIndex, customer: number): number[] {
  const entry = index.customers[customer];
  if (!entry) return [];
  const out = new Set<number>([customer, ...entry.children]);
  if (entry.parent !== undefined) {
    out.add(entry.parent);
    for (const sibling of index.customers[entry.parent]?.children ?? []) out.add(sibling);
  }
  return [...out];
}

export function related(index: MatchIndex, a: number, b: number): boolean {
  return a === b || group(index, a).includes(b);
}

/** The customers whose open items a payer may be paying: itself and the companies it is the parent of. */
export function payableBy(index: MatchIndex, customer: number): number[] {
  return [customer, ...(index.customers[customer]?.children ?? [])];
}

export type Support = { verdict: 'supports' | 'contradicts' | 'silent'; line?: string; relatedPayer: boolean };

/** Does the payer look like the customer(s) the evidence points at, or like someone else entirely? */
export function payerSupport(index: MatchIndex, payer: Payer, customers: readonly number[], searchOthers: boolean): Support {
  if (payer.accountCustomers.length > 0) {
    const own = payer.accountCustomers.find((c) => customers.includes(c));
    const inGroup = payer.accountCustomers.find((c) => customers.some((d) => related(index, c, d)));
    const match = own ?? inGroup;
    if (match !== undefined) {
      return { verdict: 'supports', relatedPayer: own === undefined, line: `Payer account ${payer.iban} is remembered for ${customerLabel(index, match)}` };
    }
    return { verdict: 'contradicts', relatedPayer: false, line: `Payer account ${payer.iban} is remembered for ${customerLabel(index, payer.accountCustomers[0])}, not this customer` };
  }
  if (payer.name === '') return { verdict: 'silent', relatedPayer: false };
  let best = 0;
  let bestCustomer = -1;
  for (const customer of customers) {
    for (const member of [customer, ...(index.customers[customer]?.parent === undefined ? [] : [index.customers[customer]?.parent ?? -1])]) {
      const score = nameSimilarity(payer.name, index.customers[member]?.names ?? [], index.names);
      if (score > best) { best = score; bestCustomer = member; }
    }
  }
  if (best >= 0.8) {
    return { verdict: 'supports', relatedPayer: !customers.includes(bestCustomer), line: `Payer name "${payer.name}" is ${customerLabel(index, bestCustomer)} (name similarity ${best.toFixed(2)})` };
  }
  // Only a payer who is clearly not this customer contradicts: a name cut off by the bank still resembles it.
  if (!searchOthers || best >= 0.5) return { verdict: 'silent', relatedPayer: false };
  const other = searchNames(index.names, payer.name, 0.95)[0];
  if (other && !customers.some((c) => related(index, c, other.customer))) {
    return { verdict: 'contradicts', relatedPayer: false, line: `Payer name "${payer.name}" is ${customerLabel(index, other.customer)}, not this customer` };
  }
  return { verdict: 'silent', relatedPayer: false };
}
