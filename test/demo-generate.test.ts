import { describe, it, expect } from 'vitest';
import { addDays, addMonths, daysBetween, isBusinessDate } from '../src/domain/dates.js';
import { exponentOf, parsePositiveAmount } from '../src/domain/money.js';
import { generateDemoData, type DemoData } from '../src/demo/generate.js';

const AS_OF = '2026-03-15';
const data = generateDemoData(AS_OF, 42);

const amountOf = (row: Record<string, string>): bigint => {
  const parsed = parsePositiveAmount(row.amount ?? '', row.currency ?? '');
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const numbersOf = (payment: Record<string, string>): string[] => (payment.invoice_numbers ? payment.invoice_numbers.split(';') : []);

type Order = 'chronological' | 'payments-first' | 'credits-first';

/** The importer's rule: a payment fills its listed invoices in order, each up to its open amount; the rest is unapplied. */
function simulate(d: DemoData, order: Order) {
  const open = new Map(d.invoices.map((i) => [i.invoice_number ?? '', amountOf(i)]));
  const problems: string[] = [];
  let unapplied = 0n;
  const credit = (c: Record<string, string>) => {
    if (!c.invoice_number) return;
    const left = open.get(c.invoice_number) ?? 0n;
    if (amountOf(c) > left) problems.push(`${c.credit_note_number} credits ${amountOf(c)} of ${left} open`);
    open.set(c.invoice_number, left - amountOf(c));
  };
  const pay = (p: Record<string, string>) => {
    let left = amountOf(p);
    for (const n of numbersOf(p)) {
      const due = open.get(n) ?? 0n;
      if (due <= 0n && order === 'chronological') problems.push(`${p.payment_ref} lists settled invoice ${n}`);
      const applied = due < left ? due : left;
      open.set(n, due - applied);
      left -= applied;
    }
    unapplied += left;
  };
  const events = [
    ...d.creditNotes.map((c) => ({ date: c.date ?? '', kind: 0, run: () => credit(c) })),
    ...d.payments.map((p) => ({ date: p.date ?? '', kind: 1, run: () => pay(p) })),
  ];
  if (order === 'chronological') events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind - b.kind));
  if (order === 'payments-first') events.sort((a, b) => b.kind - a.kind);
  for (const event of events) event.run();
  return { open, problems, unapplied };
}

describe('generateDemoData', () => {
  it('is deterministic for the same (asOf, seed) and differs for another seed', () => {
    expect(JSON.stringify(generateDemoData(AS_OF, 42))).toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDemoData(AS_OF, 43))).not.toBe(JSON.stringify(data));
    expect(generateDemoData(AS_OF).invoices.length).toBeGreaterThan(2000);
  });

  it('rejects an invalid asOf and works on a leap day', () => {
    expect(() => generateDemoData('2026-02-30')).toThrow(/asOf/);
    const leap = generateDemoData('2028-02-29', 5);
    expect(leap.invoices.every((i) => (i.issue_date ?? '') <= '2028-02-29')).toBe(true);
  });

  it('has a Norwegian tenant', () => {
    expect(data.tenant).toMatchObject({ slug: 'demo', country: 'NO', currency: 'NOK', timezone: 'Europe/Oslo', language: 'nb' });
    expect(data.tenant.email).toMatch(/@/);
  });

  it('has 220+ customers in eight countries, six languages, country currencies and usual terms', () => {
    expect(data.customers.length).toBeGreaterThanOrEqual(220);
    expect(new Set(data.customers.map((c) => c.language))).toEqual(new Set(['en', 'nb', 'sv', 'bg', 'fil', 'te']));
    const currencyOf: Record<string, string> = { NO: 'NOK', SE: 'SEK', BG: 'EUR', PH: 'PHP', IN: 'INR', GB: 'GBP', DE: 'EUR', US: 'USD' };
    expect(new Set(data.customers.map((c) => c.country))).toEqual(new Set(Object.keys(currencyOf)));
    for (const c of data.customers) expect(c.currency).toBe(currencyOf[c.country ?? '']);
    expect(new Set(data.customers.map((c) => c.payment_terms_days))).toEqual(new Set(['14', '30', '45', '60']));
    expect(new Set(data.customers.map((c) => c.customer_ref)).size).toBe(data.customers.length);
    expect(new Set(data.customers.map((c) => c.name)).size).toBe(data.customers.length);
    expect(data.customers.some((c) => c.country === 'BG' && /[А-я]/.test(c.name ?? ''))).toBe(true);
    expect(data.customers.some((c) => c.language === 'te' && /[\u0C00-\u0C7F]/.test(c.name ?? ''))).toBe(true);
    expect(data.customers.some((c) => c.language === 'te' && /^[A-Za-z]/.test(c.name ?? ''))).toBe(true);
    for (const c of data.customers) expect(c.email).toMatch(/^[a-z0-9.]+@[a-z0-9]+\.example$/);
  });

  it('gives each customer 1–3 contacts with distinct roles', () => {
    const byRef = new Map<string, string[]>();
    for (const c of data.contacts) byRef.set(c.customer_ref, [...(byRef.get(c.customer_ref) ?? []), c.role]);
    for (const c of data.customers) {
      const roles = byRef.get(c.customer_ref ?? '') ?? [];
      expect(roles.length).toBeGreaterThanOrEqual(1);
      expect(roles.length).toBeLessThanOrEqual(3);
      expect(new Set(roles).size).toBe(roles.length);
    }
    expect(byRef.size).toBe(data.customers.length);
  });

  it('has 2000+ invoices over ~18 months, with unique numbers, known customers and matching currencies', () => {
    expect(data.invoices.length).toBeGreaterThanOrEqual(2000);
    const issues = data.invoices.map((i) => i.issue_date ?? '').sort();
    expect(issues[0]! >= addMonths(AS_OF, -18)).toBe(true);
    expect(issues[0]! <= addDays(addMonths(AS_OF, -18), 7)).toBe(true);
    expect(issues[issues.length - 1]! >= addDays(AS_OF, -7)).toBe(true);
    expect(new Set(data.invoices.map((i) => i.invoice_number)).size).toBe(data.invoices.length);
    const customers = new Map(data.customers.map((c) => [c.customer_ref, c]));
    for (const rows of [data.invoices, data.payments, data.creditNotes]) {
      for (const row of rows) expect(row.currency).toBe(customers.get(row.customer_ref)?.currency);
    }
    for (const i of data.invoices) {
      expect(i.due_date).toBe(addDays(i.issue_date ?? '', Number(customers.get(i.customer_ref)?.payment_terms_days)));
    }
    expect(new Set(data.payments.map((p) => p.payment_ref)).size).toBe(data.payments.length);
    expect(new Set(data.creditNotes.map((c) => c.credit_note_number)).size).toBe(data.creditNotes.length);
  });

  it('dates every row on or before asOf, payments and credits never before the invoice', () => {
    const issue = new Map(data.invoices.map((i) => [i.invoice_number, i.issue_date ?? '']));
    for (const row of [...data.invoices.map((i) => ({ date: i.issue_date })), ...data.payments, ...data.creditNotes]) {
      expect(isBusinessDate(row.date ?? '')).toBe(true);
      expect((row.date ?? '') <= AS_OF).toBe(true);
    }
    for (const p of data.payments) for (const n of numbersOf(p)) expect((p.date ?? '') >= issue.get(n)!).toBe(true);
    for (const c of data.creditNotes) if (c.invoice_number) expect((c.date ?? '') >= issue.get(c.invoice_number)!).toBe(true);
  });

  it('writes amounts with the currency digits, all parseable and positive', () => {
    for (const row of [...data.invoices, ...data.payments, ...data.creditNotes]) {
      expect(row.amount).toMatch(new RegExp(`^\\d+\\.\\d{${exponentOf(row.currency ?? '')}}$`));
      expect(amountOf(row) > 0n).toBe(true);
    }
    for (const c of data.customers) expect(parsePositiveAmount(c.credit_limit ?? '', c.currency ?? '').ok).toBe(true);
  });

  it('never allocates more than an invoice is open for, in whatever order the files are imported', () => {
    const results = (['chronological', 'payments-first', 'credits-first'] as const).map((o) => simulate(data, o));
    for (const r of results) {
      expect(r.problems).toEqual([]);
      for (const value of r.open.values()) expect(value >= 0n).toBe(true);
    }
    expect([...results[1]!.open]).toEqual([...results[0]!.open]);
    expect([...results[2]!.open]).toEqual([...results[0]!.open]);
    expect(results[0]!.unapplied > 0n).toBe(true);
  });

  it('keeps the import invariants for other seeds and dates', () => {
    for (const [asOf, seed] of [['2025-12-31', 1], ['2026-01-04', 2], ['2027-06-30', 3]] as const) {
      const other = generateDemoData(asOf, seed);
      const issue = new Map(other.invoices.map((i) => [i.invoice_number, i.issue_date ?? '']));
      for (const p of other.payments) {
        expect((p.date ?? '') <= asOf).toBe(true);
        for (const n of numbersOf(p)) expect((p.date ?? '') >= issue.get(n)!).toBe(true);
      }
      for (const c of other.creditNotes) expect((c.date ?? '') <= asOf).toBe(true);
      for (const order of ['chronological', 'payments-first', 'credits-first'] as const) {
        expect(simulate(other, order).problems).toEqual([]);
      }
    }
  });

  it('has partial, multi-invoice, unapplied payments and ~3% credit notes', () => {
    const listed = data.payments.flatMap(numbersOf);
    expect(listed.length - new Set(listed).size).toBeGreaterThan(10); // invoices paid in two parts
    expect(data.payments.filter((p) => numbersOf(p).length > 1).length).toBeGreaterThan(20);
    expect(data.payments.filter((p) => numbersOf(p).length === 0).length).toBeGreaterThan(5);
    const onInvoices = data.creditNotes.filter((c) => c.invoice_number).length;
    expect(onInvoices / data.invoices.length).toBeGreaterThan(0.015);
    expect(onInvoices / data.invoices.length).toBeLessThan(0.05);
    expect(data.creditNotes.some((c) => !c.invoice_number)).toBe(true);
  });

  it('leaves very overdue accounts, and recent invoices mostly open', () => {
    const { open } = simulate(data, 'chronological');
    const overdue = data.invoices.filter((i) => (open.get(i.invoice_number ?? '') ?? 0n) > 0n && daysBetween(i.due_date ?? '', AS_OF) > 90);
    expect(overdue.length).toBeGreaterThan(20);
    const payers = new Set(data.payments.map((p) => p.customer_ref));
    const silent = new Set(overdue.filter((i) => !payers.has(i.customer_ref)).map((i) => i.customer_ref));
    expect(silent.size).toBeGreaterThanOrEqual(3);
    const recent = data.invoices.filter((i) => daysBetween(i.issue_date ?? '', AS_OF) <= 30);
    const stillOpen = recent.filter((i) => (open.get(i.invoice_number ?? '') ?? 0n) > 0n);
    expect(stillOpen.length / recent.length).toBeGreaterThan(0.7);
  });

  it('puts most of the money in a few large invoices', () => {
    const nok = data.invoices.filter((i) => i.currency === 'NOK').map(amountOf).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    const total = nok.reduce((s, a) => s + a, 0n);
    const top = nok.slice(0, Math.ceil(nok.length / 10)).reduce((s, a) => s + a, 0n);
    expect(Number(top) / Number(total)).toBeGreaterThan(0.5);
  });
});
