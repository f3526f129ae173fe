// The demo data set: a Norwegian wholesaler's receivables ledger as the rows of the import CSV files.
// Deterministic: the same (asOf, seed) always gives the same data (a seeded PRNG; no clock, no Math.random).
import { addDays, parseBusinessDate, type BusinessDate } from '../domain/dates.js';
import { exponentOf, formatAmount } from '../domain/money.js';
import { generateCustomers, type DemoContact, type DemoCustomer } from './customers.js';
import { businessDayBetween, draftInvoices, settle, type CreditDraft, type InvoiceDraft, type PaymentDraft } from './ledger.js';
import { Rng } from './random.js';

export type DemoData = {
  tenant: {
    slug: 'demo'; name: string; country: string; currency: string; timezone: string; language: string;
    email: string; phone: string; address: string;
  };
  customers: Record<string, string>[]; // customer_ref,name,country,language,currency,email,phone,credit_limit,payment_terms_days
  contacts: DemoContact[];
  invoices: Record<string, string>[]; // invoice_number,customer_ref,issue_date,due_date,currency,amount,description,po_number
  payments: Record<string, string>[]; // payment_ref,customer_ref,date,currency,amount,invoice_numbers
  creditNotes: Record<string, string>[]; // credit_note_number,customer_ref,date,currency,amount,invoice_number
};

export const DEMO_TENANT: DemoData['tenant'] = {
  slug: 'demo',
  name: 'Nordlys Grossist AS',
  country: 'NO',
  currency: 'NOK',
  timezone: 'Europe/Oslo',
  language: 'nb',
  email: 'reskontro@nordlysgrossist.example',
  phone: '+47 77 60 41 00',
  address: 'Strandgata 41, 9008 Tromsø, Norway',
};

/** Customers paying on account (no invoice reference) and customers given a credit note on account. */
const ON_ACCOUNT_PAYERS = 8;
const ON_ACCOUNT_CREDITS = 6;

export function generateDemoData(asOf: string, seed = 1): DemoData {
  const checked = parseBusinessDate(asOf);
  if (!checked.ok) throw new Error(`asOf: ${checked.reason}`);
  const today = checked.value;
  const rng = new Rng(seed);
  const customers = generateCustomers(rng.fork(1));
  const invoices = numberInvoices(draftInvoices(rng.fork(2), customers, today));

  const byCustomer = new Map<DemoCustomer, InvoiceDraft[]>(customers.map((c) => [c, []]));
  for (const invoice of invoices) byCustomer.get(invoice.customer)?.push(invoice);
  const payments: PaymentDraft[] = [];
  const credits: (CreditDraft | Omit<CreditDraft, 'invoice'>)[] = [];
  const settling = rng.fork(3);
  for (const customer of customers) {
    const settled = settle(settling, customer, byCustomer.get(customer) ?? [], today);
    payments.push(...settled.payments);
    credits.push(...settled.credits);
  }
  onAccount(rng.fork(4), customers, byCustomer, today, payments, credits);

  const limits = rng.fork(5);
  return {
    tenant: { ...DEMO_TENANT },
    customers: customers.map((c) => ({
      customer_ref: c.ref, name: c.name, country: c.profile.country, language: c.language, currency: c.profile.currency,
      email: c.email, phone: c.phone, credit_limit: creditLimit(limits, c, byCustomer.get(c) ?? []),
      payment_terms_days: String(c.terms),
    })),
    contacts: customers.flatMap((c) => c.contacts.map((contact) => ({ ...contact }))),
    invoices: invoices.map((i) => ({
      invoice_number: i.number, customer_ref: i.customer.ref, issue_date: i.issue, due_date: i.due,
      currency: i.customer.profile.currency, amount: formatAmount(i.amount, i.customer.profile.currency),
      description: i.description, po_number: i.po,
    })),
    payments: sortByDate(payments).map((p, n) => ({
      payment_ref: `PAY-${String(n + 1).padStart(6, '0')}`, customer_ref: p.customer.ref, date: p.date,
      currency: p.customer.profile.currency, amount: formatAmount(p.amount, p.customer.profile.currency),
      invoice_numbers: p.invoices.join(';'),
    })),
    creditNotes: sortByDate(credits).map((c, n) => ({
      credit_note_number: `CN-${String(n + 1).padStart(6, '0')}`, customer_ref: c.customer.ref, date: c.date,
      currency: c.customer.profile.currency, amount: formatAmount(c.amount, c.customer.profile.currency),
      invoice_number: 'invoice' in c ? c.invoice : '',
    })),
  };
}

/** Numbers invoices in issue order, per year: "2025-000001", "2025-000002", … "2026-000001". */
function numberInvoices(drafts: InvoiceDraft[]): InvoiceDraft[] {
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.issue < b.d.issue ? -1 : a.d.issue > b.d.issue ? 1 : a.i - b.i))
    .map(({ d }) => d);
  const next = new Map<string, number>();
  for (const draft of sorted) {
    const year = draft.issue.slice(0, 4);
    const n = (next.get(year) ?? 0) + 1;
    next.set(year, n);
    draft.number = `${year}-${String(n).padStart(6, '0')}`;
  }
  return sorted;
}

/** Stable sort by date, then customer, so references follow the bank's booking order. */
function sortByDate<T extends { date: BusinessDate; customer: DemoCustomer }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.i - b.i))
    .map(({ item }) => item);
}

/** Prepayments and unmatched transfers (no invoice reference), and volume rebates credited on account. */
function onAccount(
  rng: Rng, customers: readonly DemoCustomer[], byCustomer: ReadonlyMap<DemoCustomer, InvoiceDraft[]>, asOf: BusinessDate,
  payments: PaymentDraft[], credits: Omit<CreditDraft, 'invoice'>[],
): void {
  const active = customers.filter((c) => c.habit !== 'defaulted' && (byCustomer.get(c)?.length ?? 0) > 0);
  const pickDistinct = (count: number) => {
    const chosen = new Set<DemoCustomer>();
    while (chosen.size < Math.min(count, active.length)) chosen.add(rng.pick(active));
    return [...chosen];
  };
  const one = (c: DemoCustomer) => 10n ** BigInt(exponentOf(c.profile.currency));
  for (const customer of pickDistinct(ON_ACCOUNT_PAYERS)) {
    const first = byCustomer.get(customer)?.[0]?.issue ?? asOf;
    const from = first > addDays(asOf, -180) ? first : addDays(asOf, -180);
    for (let n = rng.int(1, 2); n > 0; n -= 1) {
      const major = Math.max(1, Math.round((customer.size * 2000 * customer.profile.perNok) / 100)) * 100;
      payments.push({ customer, date: businessDayBetween(rng, from, asOf), amount: BigInt(major) * one(customer), invoices: [] });
    }
  }
  for (const customer of pickDistinct(ON_ACCOUNT_CREDITS)) {
    const own = byCustomer.get(customer) ?? [];
    const total = own.reduce((s, i) => s + i.amount, 0n);
    const rebate = ((total * 2n) / 100n / one(customer)) * one(customer);
    const first = own[0]?.issue ?? asOf;
    if (rebate > 0n) credits.push({ customer, date: businessDayBetween(rng, first, asOf), amount: rebate });
  }
}

/** About 1–2× the customer's usual exposure (a month's purchases plus its terms), rounded to 2 significant digits. */
function creditLimit(rng: Rng, customer: DemoCustomer, invoices: readonly InvoiceDraft[]): string {
  const currency = customer.profile.currency;
  const one = 10n ** BigInt(exponentOf(currency));
  const total = invoices.reduce((s, i) => s + i.amount, 0n) / one;
  const months = Math.max(1, 18 - customer.onboardMonths);
  const exposure = (Number(total) / months) * ((customer.terms + 30) / 30) * (0.8 + rng.next() * 1.2);
  const floor = 25_000 * customer.profile.perNok;
  const value = Math.max(exposure, floor);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return formatAmount(BigInt(Math.ceil(value / step) * step) * one, currency);
}
