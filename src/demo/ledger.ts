// Demo ledger: invoices over the 18 months before `asOf`, and how each customer settled them (payments, credit notes).
// Allocations are kept consistent with the importer's rule (a payment fills its listed invoices in order, each up to
// its open amount; the rest stays unapplied): for every invoice, credits + intended payments ≤ its amount, and only
// payments that settle their invoices completely carry any excess, so the import order of the files does not matter.
import { addDays, addMonths, fromDayNumber, toDayNumber, type BusinessDate } from '../domain/dates.js';
import { exponentOf } from '../domain/money.js';
import { HABIT_DELAY, type DemoCustomer } from './customers.js';
import type { Rng } from './random.js';

export type InvoiceDraft = {
  number: string; customer: DemoCustomer; issue: BusinessDate; due: BusinessDate; amount: bigint; description: string; po: string;
};
export type PaymentDraft = { customer: DemoCustomer; date: BusinessDate; amount: bigint; invoices: string[] };
export type CreditDraft = { customer: DemoCustomer; date: BusinessDate; amount: bigint; invoice: string };

const TARGET_INVOICES = 2600;
const MONTHS = 18;

const ITEMS: Readonly<Record<string, readonly string[]>> = {
  nb: ['fersk laks', 'torskefilet', 'kokte reker', 'frossen makrell', 'tørrvarer', 'drikkevarer', 'kjølevarer', 'emballasje og frakt'],
  sv: ['färsk lax', 'torskfilé', 'kokta räkor', 'fryst makrill', 'torrvaror', 'drycker', 'kylvaror', 'emballage och frakt'],
  en: ['fresh salmon, air freight', 'frozen cod loins', 'stockfish', 'clipfish (klippfisk)', 'frozen mackerel',
    'cold-water prawns', 'herring fillets', 'freight and handling'],
};
const ORDER_WORD: Readonly<Record<string, string>> = { nb: 'Ordre', sv: 'Order', en: 'Order' };

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(date: BusinessDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The date itself on a weekday, else the following Monday: banks book payments on business days. */
export function nextWeekday(date: BusinessDate): BusinessDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** A random business day in [from, to] (to itself when the range holds none). */
export function businessDayBetween(rng: Rng, from: BusinessDate, to: BusinessDate): BusinessDate {
  const day = fromDayNumber(rng.int(toDayNumber(from), toDayNumber(to)));
  const forward = nextWeekday(day);
  if (forward <= to) return forward;
  const back = addDays(day, weekday(day) === 6 ? -1 : -2);
  return back >= from ? back : to;
}

const unit = (currency: string): bigint => 10n ** BigInt(exponentOf(currency));

function amountFor(rng: Rng, customer: DemoCustomer): bigint {
  const exporter = customer.profile.country !== 'NO' && customer.profile.country !== 'SE';
  const nok = Math.min(3_000_000, Math.max(450, (exporter ? 6000 : 2500) * customer.size * rng.pareto(1.3, 400)));
  const major = nok * customer.profile.perNok;
  const one = unit(customer.profile.currency);
  const r = rng.next();
  if (r < 0.25) return BigInt(Math.max(1, Math.round(major / 10))) * 10n * one;
  if (r < 0.45) return BigInt(Math.max(1, Math.round(major))) * one;
  return BigInt(Math.max(1, Math.round(major * Number(one))));
}

function describe(rng: Rng, customer: DemoCustomer): { description: string; po: string } {
  const language = customer.language in ITEMS ? customer.language : 'en';
  const description = `${ORDER_WORD[language] ?? 'Order'} ${rng.int(20000, 89999)}: ${rng.pick(ITEMS[language] ?? [])}`;
  const po = customer.poStyle === 'short' ? `PO-${rng.int(10000, 99999)}`
    : customer.poStyle === 'sap' ? `45${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : '';
  return { description, po };
}

/** Invoices without numbers yet (numbers follow issue order across all customers). */
export function draftInvoices(rng: Rng, customers: readonly DemoCustomer[], asOf: BusinessDate): InvoiceDraft[] {
  const start = addMonths(asOf, -MONTHS);
  const weight = (c: DemoCustomer) => (c.habit === 'defaulted' ? 0 : c.activity * (MONTHS - c.onboardMonths));
  const total = customers.reduce((s, c) => s + weight(c), 0);
  const invoices: InvoiceDraft[] = [];
  for (const customer of customers) {
    const defaulted = customer.habit === 'defaulted';
    // Defaulted customers: every invoice is due 90–300 days before asOf.
    const from = defaulted ? addDays(asOf, -300 - customer.terms) : addMonths(start, customer.onboardMonths);
    const to = defaulted ? addDays(asOf, -90 - customer.terms) : asOf;
    const count = defaulted ? rng.int(3, 9) : Math.max(1, Math.round((TARGET_INVOICES * weight(customer)) / total));
    for (let i = 0; i < count; i += 1) {
      const issue = businessDayBetween(rng, from, to);
      invoices.push({ number: '', customer, issue, due: addDays(issue, customer.terms), amount: amountFor(rng, customer), ...describe(rng, customer) });
    }
  }
  return invoices;
}

/** Whole major units of `fraction` (percent) of `amount`. */
function part(amount: bigint, percent: number, currency: string): bigint {
  const one = unit(currency);
  return ((amount * BigInt(percent)) / 100n / one) * one;
}

function paymentRun(pay: BusinessDate, day: number): BusinessDate {
  const sameMonth = `${pay.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return nextWeekday(sameMonth >= pay ? sameMonth : addMonths(sameMonth, 1));
}

/** One customer's payments and credit notes for its invoices (sorted by issue date, already numbered). */
export function settle(rng: Rng, customer: DemoCustomer, invoices: readonly InvoiceDraft[], asOf: BusinessDate) {
  const payments: PaymentDraft[] = [];
  const credits: CreditDraft[] = [];
  if (customer.habit === 'defaulted') return { payments, credits };
  const currency = customer.profile.currency;
  const [early, late] = HABIT_DELAY[customer.habit];
  const runs = new Map<BusinessDate, { number: string; open: bigint }[]>();
  const pay = (date: BusinessDate, amount: bigint, numbers: string[]) => payments.push({ customer, date, amount, invoices: numbers });
  for (const invoice of invoices) {
    let open = invoice.amount;
    let earliest = invoice.issue;
    const credited = rng.chance(0.03);
    if (credited) {
      const date = nextWeekday(addDays(invoice.issue, rng.int(1, 30)));
      earliest = date <= asOf ? date : asOf;
      const amount = rng.chance(0.3) ? open : part(open, rng.int(5, 40), currency);
      if (amount > 0n) credits.push({ customer, date: earliest, amount, invoice: invoice.number });
      open -= amount;
    }
    if (open === 0n || rng.chance(0.02)) continue; // fully credited, or disputed and never paid
    const slip = rng.chance(0.1) ? rng.int(0, 25) : 0;
    let date = nextWeekday(addDays(invoice.due, rng.int(early, late) + slip));
    if (date < earliest) date = nextWeekday(earliest);
    if (date > asOf) continue;
    if (rng.chance(0.01)) { pay(date, open, []); continue; } // paid without a reference: unapplied cash, invoice open
    const first = rng.chance(0.06) ? part(open, rng.int(30, 70), currency) : 0n;
    if (first > 0n && first < open) {
      pay(date, first, [invoice.number]);
      const rest = nextWeekday(addDays(date, rng.int(14, 45)));
      if (rest <= asOf) pay(rest, open - first, [invoice.number]);
      continue;
    }
    if (customer.paymentRunDay !== null && !credited) {
      const run = paymentRun(date, customer.paymentRunDay);
      if (run <= asOf) runs.set(run, [...(runs.get(run) ?? []), { number: invoice.number, open }]);
      continue;
    }
    pay(date, open + (!credited && rng.chance(0.015) ? part(open, rng.int(2, 20), currency) : 0n), [invoice.number]);
  }
  for (const [date, batch] of runs) {
    const total = batch.reduce((s, b) => s + b.open, 0n);
    pay(date, total + (rng.chance(0.03) ? part(total, rng.int(1, 5), currency) : 0n), batch.map((b) => b.number));
  }
  return { payments, credits };
}
