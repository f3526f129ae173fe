// Deterministic ledger CSVs for the benchmark: customers (customer_ref,...) and invoices (invoice_number,...),
// written as streams so generating a million rows needs no more memory than one chunk.
import fs from 'node:fs';
import { once } from 'node:events';

// One profile per customer: a country, a language the statement PDF speaks, and the customer's currency.
const PROFILES = [
  ['GB', 'en', 'GBP'], ['DE', 'en', 'EUR'], ['NO', 'nb', 'NOK'], ['SE', 'sv', 'SEK'],
  ['BG', 'bg', 'EUR'], ['PH', 'fil', 'PHP'], ['IN', 'te', 'INR'], ['IE', 'en', 'EUR'],
];
const TERMS = [14, 30, 30, 30, 45, 60];
const WORDS = ['Consulting', 'Licences', 'Support', 'Hardware', 'Freight', 'Maintenance', 'Training', 'Hosting'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 86_400_000;

/** mulberry32: a tiny seeded PRNG, so every run generates the same rows. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const customerRef = (i) => `C${String(i + 1).padStart(7, '0')}`;
const profileOf = (i) => PROFILES[i % PROFILES.length];
const termsOf = (i) => TERMS[i % TERMS.length];
const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function writeLines(file, header, count, line) {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) { if (!out.write(chunk)) await once(out, 'drain'); chunk = ''; }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

export function writeCustomers(file, count) {
  return writeLines(file, 'customer_ref,name,country,language,currency,email,phone,credit_limit,payment_terms_days', count, (i) => {
    const [country, language, currency] = profileOf(i);
    const ref = customerRef(i);
    return [ref, quote(`Customer ${i + 1}, ${country} Ltd`), country, language, currency, `ap.${ref.toLowerCase()}@example.com`,
      `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`, `${(i % 50) * 1000 + 5000}.00`, termsOf(i)].join(',');
  });
}

/** Invoices spread over the 365 days up to `asOf` (all open at asOf, so they age into every bucket). */
export function writeInvoices(file, count, customers, asOf) {
  const next = random(20261123);
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  return writeLines(file, 'invoice_number,customer_ref,issue_date,due_date,currency,amount,description,po_number', count, (i) => {
    const c = Math.floor(next() * customers);
    const issued = end - Math.floor(next() * 365) * DAY;
    const cents = 1000 + Math.floor(next() * 999_000);
    const month = MONTHS[new Date(issued).getUTCMonth()];
    const description = quote(`${WORDS[i % WORDS.length]}, ${month}`);
    const po = i % 3 === 0 ? '' : `PO-${(i * 7919) % 1_000_000}`;
    return [`INV-${String(i + 1).padStart(8, '0')}`, customerRef(c), iso(issued), iso(issued + termsOf(c) * DAY), profileOf(c)[2],
      `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, description, po].join(',');
  });
}
