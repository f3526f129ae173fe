// Demo customers: names and contacts per country, plus the hidden traits that shape their ledgers
// (size, how often they buy, how late they pay, whether they pay several invoices in one payment run).
import { COUNTRIES, type CountryProfile } from './countries.js';
import { ascii } from './names.js';
import type { Rng } from './random.js';

/** How a customer pays: days after the due date, as a range. `defaulted` customers stopped paying altogether. */
export type Habit = 'prompt' | 'normal' | 'late' | 'slow' | 'defaulted';

export const HABIT_DELAY: Readonly<Record<Exclude<Habit, 'defaulted'>, readonly [number, number]>> = {
  prompt: [-6, 1],
  normal: [-4, 7],
  late: [10, 20],
  slow: [40, 110],
};

export type ContactRole = 'billing' | 'accounts-payable' | 'executive';
export type DemoContact = { customer_ref: string; role: ContactRole; name: string; email: string; phone: string };

export type DemoCustomer = {
  ref: string;
  name: string;
  profile: CountryProfile;
  language: string;
  email: string;
  phone: string;
  terms: number;
  contacts: DemoContact[];
  habit: Habit;
  /** Scales this customer's invoice amounts (a Pareto draw: a few big accounts). */
  size: number;
  /** Relative number of invoices. */
  activity: number;
  /** Months after the start of the 18-month window before the first invoice (0 for most). */
  onboardMonths: number;
  /** Day of the month of this customer's payment run, or null when it pays invoice by invoice. */
  paymentRunDay: number | null;
  /** "PO-12345", SAP-style "4500012345", or null when the customer does not use purchase orders. */
  poStyle: 'short' | 'sap' | null;
};

const ROLES: readonly ContactRole[] = ['billing', 'accounts-payable', 'executive'];

/** How many customers stop paying altogether (the very overdue accounts). */
export const DEFAULTED_CUSTOMERS = 6;

function habitFor(rng: Rng): Habit {
  return rng.weighted<Habit>([['prompt', 34], ['normal', 32], ['late', 24], ['slow', 8]]);
}

export function generateCustomers(rng: Rng): DemoCustomer[] {
  const names = new Set<string>();
  const domains = new Set<string>();
  const drafted: Omit<DemoCustomer, 'ref' | 'contacts' | 'email'>[] = [];
  const mail: { domain: string; mailbox: string; people: ReturnType<CountryProfile['draft']> }[] = [];
  for (const profile of COUNTRIES) {
    for (let i = 0; i < profile.count; i += 1) {
      let draft = profile.draft(rng);
      for (let tries = 0; names.has(draft.name) && tries < 50; tries += 1) draft = profile.draft(rng);
      if (names.has(draft.name)) throw new Error(`could not draft a unique ${profile.country} customer name`);
      names.add(draft.name);
      const key = ascii(draft.domainKey).slice(0, 40) || 'customer';
      let candidate = `${key}.example`;
      for (let n = 2; domains.has(candidate); n += 1) candidate = `${key}${n}.example`;
      domains.add(candidate);
      mail.push({ domain: candidate, mailbox: draft.mailbox, people: draft });
      drafted.push({
        name: draft.name, profile, language: draft.language, phone: draft.phone(rng, false),
        terms: rng.weighted(profile.terms), habit: habitFor(rng), size: rng.pareto(1.3, 40), activity: rng.pareto(1.1, 25),
        onboardMonths: rng.chance(0.15) ? rng.int(1, 12) : 0,
        paymentRunDay: rng.chance(0.25) ? rng.pick([10, 15, 20, 25, 28]) : null,
        poStyle: rng.weighted<'short' | 'sap' | null>([['short', 3], ['sap', 2], [null, 4]]),
      });
    }
  }
  // Interleave the countries, so customer numbers do not group by country, then number them.
  const order = drafted.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const customers = order.map((index, n): DemoCustomer => {
    const base = drafted[index] as (typeof drafted)[number];
    const { domain, mailbox, people } = mail[index] as (typeof mail)[number];
    const ref = `C${10001 + n}`;
    return { ...base, ref, email: `${mailbox}@${domain}`, contacts: contactsFor(rng, ref, domain, people) };
  });
  const defaulted = new Set<number>();
  while (defaulted.size < DEFAULTED_CUSTOMERS) defaulted.add(rng.int(0, customers.length - 1));
  for (const i of defaulted) {
    const customer = customers[i] as DemoCustomer;
    customer.habit = 'defaulted';
    customer.onboardMonths = 0;
    customer.paymentRunDay = null;
  }
  return customers;
}

function contactsFor(rng: Rng, ref: string, domain: string, draft: ReturnType<CountryProfile['draft']>): DemoContact[] {
  const count = rng.weighted([[1, 30], [2, 45], [3, 25]]);
  const seen = new Set<string>();
  const contacts: DemoContact[] = [];
  for (const role of ROLES.slice(0, count)) {
    let p = draft.person(rng);
    for (let tries = 0; seen.has(p.emailLocal) && tries < 20; tries += 1) p = draft.person(rng);
    if (seen.has(p.emailLocal)) continue;
    seen.add(p.emailLocal);
    contacts.push({ customer_ref: ref, role, name: p.name, email: `${p.emailLocal}@${domain}`, phone: draft.phone(rng, true) });
  }
  return contacts;
}
