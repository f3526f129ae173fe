// The synthetic tenant's customers (six countries, groups of companies, sole traders) and open invoices (RF for all,
// KID MOD10 for NOK, OCR for SEK; a few customers on subscriptions of one amount).
import { creditorReference, formatCreditorReference, kid, ocrReference } from '../../dist/domain/payment-reference.js';
import { COUNTRIES, COUNTRY_WEIGHTS } from './names.js';
import { DAY, iso, pad, value } from './random.js';

// ---- customers ----------------------------------------------------------------------------------------------------

function legalForm(rng, country) {
  return rng.weighted(COUNTRIES[country].legal);
}

function withLegal(base, legal) {
  return legal === 'ЕТ' ? `ЕТ „${base}“` : legal === '' ? base : `${base} ${legal}`;
}

function companyBase(rng, country) {
  const c = COUNTRIES[country];
  const compound = country === 'NO' || country === 'SE' || country === 'DE';
  const shape = rng.int(100);
  if (shape < 33) return `${rng.pick(c.surnames)} ${rng.pick(c.trades)}`;
  if (shape < 52) return `${rng.pick(c.words)} ${rng.pick(c.trades)}`;
  if (shape < 62 && compound) return `${rng.pick(c.words)}${rng.pick(c.trades).toLowerCase()}`;
  if (shape < 72) return `${rng.pick(c.surnames)} & ${rng.pick(c.surnames)}`;
  if (shape < 88) return `${rng.pick(c.words)} ${rng.pick(c.surnames)} ${rng.pick(c.trades)}`;
  return `${rng.pick(c.surnames)} ${rng.pick(c.words)} ${rng.pick(c.trades)}`;
}

function baseKey(base) {
  return base.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** IBAN-shaped account numbers with correct ISO 13616 check digits (the matcher only compares them). */
export function iban(rng, country) {
  const digits = (n) => Array.from({ length: n }, () => rng.int(10)).join('');
  const letters = (n) => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(26))).join('');
  const bban = { NO: () => digits(11), SE: () => digits(20), GB: () => letters(4) + digits(14), DE: () => digits(18), BG: () => letters(4) + digits(14), PH: () => digits(16) }[country]();
  const numeric = [...`${bban}${country}00`].map((ch) => parseInt(ch, 36).toString()).join('');
  return `${country}${pad(98 - Number(BigInt(numeric) % 97n), 2)}${bban}`;
}

export function makeCustomers(rng, count) {
  const customers = [];
  const taken = new Set();
  const add = (country, base, legal, person, parentRef) => {
    const i = customers.length;
    const customer = {
      customerRef: `C${pad(i + 1, 7)}`, name: withLegal(base, legal), country, currency: COUNTRIES[country].currency,
      person, iban: iban(rng, country), terms: rng.pick([14, 30, 30, 30, 45, 60]), subscription: rng.chance(0.08) ? null : undefined,
    };
    if (parentRef) customer.parentRef = parentRef;
    customers.push(customer);
    return customer;
  };
  const uniqueBase = (country, make) => {
    for (let tries = 0; tries < 30; tries++) {
      const base = make();
      if (!taken.has(baseKey(base))) { taken.add(baseKey(base)); return base; }
    }
    const base = `${make()} ${rng.pick(COUNTRIES[country].words)} ${rng.between(2, 99)}`;
    taken.add(baseKey(base));
    return base;
  };
  while (customers.length < count) {
    const country = rng.weighted(COUNTRY_WEIGHTS);
    const c = COUNTRIES[country];
    if (rng.chance(0.025) && customers.length + 4 < count) {
      // A group: a parent and two to four subsidiaries, sometimes in a neighbouring country ("X Bygg AS", "X Bygg AB").
      const root = uniqueBase(country, () => rng.chance(0.5) ? rng.pick(c.words) : rng.pick(c.surnames));
      const parent = add(country, `${root} ${rng.pick(c.group)}`, legalForm(rng, country), false);
      const children = rng.between(2, 4);
      for (let k = 0; k < children; k++) {
        const sister = rng.chance(0.3) ? rng.pick(['NO', 'SE', 'GB', 'DE']) : country;
        const trade = rng.pick(COUNTRIES[sister].trades);
        const base = uniqueBase(sister, () => `${root} ${trade}`);
        add(sister, base, legalForm(rng, sister), false, parent.customerRef);
      }
      continue;
    }
    if (rng.chance(0.08)) {
      const base = uniqueBase(country, () => `${rng.pick(c.first)} ${rng.pick(c.surnames)}`);
      add(country, base, c.personLegal, true);
      continue;
    }
    add(country, uniqueBase(country, () => companyBase(rng, country)), legalForm(rng, country), false);
  }
  return customers;
}

// ---- invoices -----------------------------------------------------------------------------------------------------

const AMOUNT_RANGE = { NOK: [300, 200_000], SEK: [300, 200_000], GBP: [40, 20_000], EUR: [40, 20_000], PHP: [1500, 1_000_000] };

export function randomAmount(rng, currency) {
  const [lo, hi] = AMOUNT_RANGE[currency];
  const major = Math.floor(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))));
  const minor = rng.chance(0.4) ? 0 : rng.int(100);
  return BigInt(major) * 100n + BigInt(minor);
}

export function makeInvoices(rng, count, customers, asOf) {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const drafts = [];
  for (let i = 0; i < count; i++) {
    // Skewed: a few customers have many open invoices, most have a handful.
    const c = Math.min(customers.length - 1, Math.floor(customers.length * rng.next() ** 1.4));
    const customer = customers[c];
    if (customer.subscription === null) customer.subscription = randomAmount(rng, customer.currency);
    const amount = customer.subscription ?? randomAmount(rng, customer.currency);
    const open = rng.chance(0.12) ? amount - (amount * BigInt(rng.between(20, 70))) / 100n : amount;
    drafts.push({ c, issued: end - rng.int(420) * DAY, amount, open });
  }
  drafts.sort((a, b) => a.issued - b.issued);
  const width = Math.max(5, String(count).length);
  const perYear = new Map();
  return drafts.map((d, i) => {
    const year = new Date(d.issued).getUTCFullYear();
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const number = `${year}-${pad(seq, width)}`;
    const digits = `${year}${pad(seq, width)}`;
    const customer = customers[d.c];
    const references = [formatCreditorReference(value(creditorReference(digits)))];
    if (customer.currency === 'NOK') references.push(value(kid(`${pad(d.c + 1, 7)}${digits}`, 'mod10')));
    if (customer.currency === 'SEK') references.push(value(ocrReference(digits)));
    return {
      invoiceId: `I${pad(i + 1, 8)}`, number, customerRef: customer.customerRef, currency: customer.currency,
      open: d.open, amount: d.amount, dueDate: iso(d.issued + customer.terms * DAY), paymentReferences: references,
      customer: d.c,
    };
  });
}
