// Incoming bank entries with the noise real remittances have, and the truth about each (issue #5).
import { creditorReference, formatCreditorReference, parseCreditorReference, parseKid, parseOcrReference } from '../../dist/domain/payment-reference.js';
import { COUNTRIES, STRANGERS, bankCharset } from './names.js';
import { DAY, iso, pad, value } from './random.js';
import { iban, randomAmount } from './tenant.js';

const LEGAL_WORDS = new Set(Object.values(COUNTRIES).flatMap((c) => c.legal.map(([form]) => bankCharset(form, false, false).split(' ').pop())));

/**
 * What the incoming entries are, in percent. A Nordic/European B2B tenant that prints references on every invoice:
 * most payers use them, the rest write invoice numbers, and a tail pays by name and amount or deducts something.
 */
export const DEFAULT_MIX = {
  'ref': 45, 'ref-text': 5, 'ref-partial': 3, 'ref-over': 1.5, 'ref-multi': 4, 'number': 14, 'number-multi': 4,
  'number-partial': 1, 'mistyped-ref': 2, 'mistyped-ref-number': 1, 'iban': 4, 'name': 4, 'name-multi': 0.8,
  'parent-number': 1.5, 'parent-name': 0.5, 'fee': 1, 'discount': 0.5, 'currency': 0.3, 'not-ours': 4,
  'customer-other': 1, 'wrong-invoice': 0.4, 'other-creditor': 0.5,
};

// ---- how payers write ---------------------------------------------------------------------------------------------

function typo(rng, word) {
  if (word.length < 5) return word;
  const i = rng.between(1, word.length - 2);
  const kind = rng.int(3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + String.fromCharCode(65 + rng.int(26)) + word.slice(i + 1);
}

/** The payer's name as the bank delivers it: upper case, Latin, and often abbreviated, cut off or misspelt. */
export function bankName(rng, name, person = false) {
  let out = bankCharset(name, rng.chance(0.2), rng.chance(0.3));
  const words = out.split(/\s+/);
  const variant = rng.int(100);
  if (variant < 45) return out;
  if (variant < 60) return LEGAL_WORDS.has(words[words.length - 1]) ? words.slice(0, -1).join(' ') : out; // legal form dropped
  if (variant < 70) return out.slice(0, rng.between(18, 26)).trim(); // cut off by the bank
  if (variant < 80) {
    const at = words.findIndex((w) => w.length >= 5);
    if (at >= 0) words[at] = typo(rng, words[at]);
    return words.join(' ');
  }
  if (variant < 88) {
    const at = words.findIndex((w, i) => i > 0 && w.length >= 6);
    if (at >= 0) words[at] = `${words[at].slice(0, 4)}.`;
    return words.join(' ');
  }
  if (variant < 94 && person) return `${words.slice(1).join(' ')} ${words[0]}`; // "HANSEN OLE"
  return out.replace(/ AS$/, ' A/S').replace(/ LTD$/, ' LIMITED').replace(/ GMBH$/, ' G.M.B.H.').replace(/ AB$/, ' AKTIEBOLAG');
}

function numberText(rng, number, date) {
  const [y, s] = number.split('-');
  const formats = [
    () => number, () => `Inv ${number}`, () => `Invoice ${number}`, () => `Invoice no. ${number}`, () => `INV#${y}${s}`,
    () => `Faktura ${number}`, () => `Faktura nr ${y}/${s}`, () => `Fakt.nr. ${y}.${s}`, () => `Rechnung ${y}${s}`,
    () => `Rg.-Nr. ${number}`, () => `RE ${y} ${s}`, () => `Factuur ${number}`, () => `Фактура № ${number}`,
    () => `SI ${number}`, () => `payment of invoice ${y}-${Number(s)}`, () => `${y}${s}`, () => `Betaling faktura ${number} takk`,
    () => `Rechnung Nr. ${number} vom ${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`, () => `Faktura ${y} ${s}`,
  ];
  return rng.pick(formats)();
}

function numbersText(rng, numbers) {
  const list = (sep) => numbers.join(sep);
  const formats = [
    () => `Inv ${list(', ')}`, () => `Faktura ${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`,
    () => list('/'), () => `Rechnungen ${list(' + ')}`, () => `Invoices ${list('; ')}`, () => list(' '),
    () => `Fakturor ${list(', ')}`,
  ];
  return rng.pick(formats)();
}

function noise(rng, date) {
  return rng.pick([
    () => `Kd-Nr. ${rng.between(10000, 99999)}`, () => `Kundenr ${rng.between(1000, 9999)}`,
    () => `Order 45000${rng.between(10000, 99999)}`, () => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
    () => `PO ${rng.between(100000, 999999)}`, () => `Projekt ${rng.between(100, 999)}`, () => 'Thank you',
  ])();
}

function referenceValid(compact) {
  if (compact.startsWith('RF')) return parseCreditorReference(compact).ok;
  return parseKid(compact, 'mod10').ok || parseKid(compact, 'mod11').ok || parseOcrReference(compact).ok;
}

/** One digit wrong or two neighbours swapped, so that the check digits fail. */
function mistype(rng, printed) {
  const compact = printed.replace(/\s/g, '');
  const start = compact.startsWith('RF') ? 2 : 0;
  for (let tries = 0; tries < 40; tries++) {
    const chars = [...compact];
    if (rng.chance(0.7)) {
      const i = rng.between(start, chars.length - 1);
      if (!/\d/.test(chars[i])) continue;
      chars[i] = String((Number(chars[i]) + rng.between(1, 9)) % 10);
    } else {
      const i = rng.between(start, chars.length - 2);
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    }
    const typed = chars.join('');
    if (typed !== compact && !referenceValid(typed)) return compact.startsWith('RF') ? formatCreditorReference(typed) : typed;
  }
  return undefined;
}

// ---- entries ------------------------------------------------------------------------------------------------------

export function makeEntries(rng, count, tenant, mix, asOf) {
  const { items, customers } = tenant;
  const used = new Uint8Array(items.length);
  const byCustomer = customers.map(() => []);
  items.forEach((item, i) => byCustomer[item.customer].push(i));
  const children = new Map();
  customers.forEach((c, i) => { if (c.parentRef) children.set(c.parentRef, [...(children.get(c.parentRef) ?? []), i]); });
  const known = new Set(tenant.knownAccounts);
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const entries = [];
  const truth = new Map();

  const freeItem = (accept = () => true) => {
    for (let tries = 0; tries < 200; tries++) {
      const i = rng.int(items.length);
      if (!used[i] && accept(items[i])) return i;
    }
    return undefined;
  };
  const freeOf = (customer, n) => byCustomer[customer].filter((i) => !used[i]).slice(0, n);
  const take = (list) => { for (const i of list) used[i] = 1; return list; };
  const paymentReference = (item) => {
    const [rf, local] = item.paymentReferences;
    const chosen = local && rng.chance(0.65) ? local : rf;
    return rng.chance(0.5) ? chosen.replace(/\s/g, '') : chosen;
  };
  const payerOf = (customer, knownAccount = rng.chance(0.9)) => ({
    payerName: bankName(rng, customer.name, customer.person), payerIban: knownAccount ? customer.iban : iban(rng, customer.country),
  });
  const full = (list) => list.map((i) => ({ invoiceNumber: items[i].number, amount: items[i].open }));
  const sum = (list) => list.reduce((s, i) => s + items[i].open, 0n);

  const kinds = {
    'ref': () => {
      const i = freeItem(); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const text = rng.pick(['', '', 'Payment', 'Betaling', `Faktura ${item.number}`, noise(rng, item.dueDate)]);
      return { entry: { amount: item.open, currency: item.currency, structuredReferences: [paymentReference(item)], remittanceText: text, ...payerOf(customers[item.customer]) }, allocations: full([i]) };
    },
    'ref-text': () => {
      const i = freeItem(); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const text = rng.pick([(r) => r, (r) => `Ref ${r}`, (r) => `Payment ref: ${r} thanks`, (r) => `KID ${r}`, (r) => `${r} ${noise(rng, item.dueDate)}`])(paymentReference(item));
      return { entry: { amount: item.open, currency: item.currency, structuredReferences: [], remittanceText: text, ...payerOf(customers[item.customer]) }, allocations: full([i]) };
    },
    'ref-partial': () => {
      const i = freeItem((it) => it.open >= 10_000n); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const paid = (item.open * BigInt(rng.between(20, 80))) / 100n / 100n * 100n;
      if (paid <= 0n) return undefined;
      return { entry: { amount: paid, currency: item.currency, structuredReferences: [paymentReference(item)], remittanceText: rng.pick(['', 'Part payment', 'Delbetaling', 'Teilzahlung']), ...payerOf(customers[item.customer]) }, allocations: [{ invoiceNumber: item.number, amount: paid }] };
    },
    'ref-over': () => {
      const i = freeItem(); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const extra = rng.chance(0.5) ? BigInt(rng.between(1, 50)) * 1000n : item.open / 10n + 1n;
      return { entry: { amount: item.open + extra, currency: item.currency, structuredReferences: [paymentReference(item)], remittanceText: '', ...payerOf(customers[item.customer]) }, allocations: full([i]) };
    },
    'ref-multi': () => {
      const i = freeItem((it) => freeOf(it.customer, 5).length >= 2); if (i === undefined) return undefined;
      const list = take(freeOf(items[i].customer, rng.between(2, 4)));
      const first = items[list[0]];
      return { entry: { amount: sum(list), currency: first.currency, structuredReferences: list.map((j) => paymentReference(items[j])), remittanceText: '', ...payerOf(customers[first.customer]) }, allocations: full(list) };
    },
    'number': () => {
      const i = freeItem(); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      let text = numberText(rng, item.number, item.dueDate);
      if (rng.chance(0.3)) text = rng.chance(0.5) ? `${text} ${noise(rng, item.dueDate)}` : `${noise(rng, item.dueDate)} ${text}`;
      return { entry: { amount: item.open, currency: item.currency, structuredReferences: [], remittanceText: text, ...payerOf(customers[item.customer], rng.chance(0.5)) }, allocations: full([i]) };
    },
    'number-multi': () => {
      const i = freeItem((it) => freeOf(it.customer, 5).length >= 2); if (i === undefined) return undefined;
      const list = take(freeOf(items[i].customer, rng.between(2, 4)));
      const first = items[list[0]];
      return { entry: { amount: sum(list), currency: first.currency, structuredReferences: [], remittanceText: numbersText(rng, list.map((j) => items[j].number)), ...payerOf(customers[first.customer], rng.chance(0.5)) }, allocations: full(list) };
    },
    'number-partial': () => {
      const i = freeItem((it) => it.open >= 10_000n); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const paid = (item.open * BigInt(rng.between(20, 70))) / 100n / 100n * 100n;
      return { entry: { amount: paid, currency: item.currency, structuredReferences: [], remittanceText: `${numberText(rng, item.number, item.dueDate)} ${rng.pick(['part payment', 'a konto', 'Teilzahlung', 'delbetaling'])}`, ...payerOf(customers[item.customer]) }, allocations: [{ invoiceNumber: item.number, amount: paid }] };
    },
    'mistyped-ref': () => mistyped(false),
    'mistyped-ref-number': () => mistyped(true),
    'iban': () => {
      const i = freeItem((it) => known.has(customers[it.customer].customerRef)); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const customer = customers[item.customer];
      return { entry: { amount: item.open, currency: item.currency, structuredReferences: [], remittanceText: rng.pick(['', 'Payment', 'Betaling', 'Zahlung']), payerName: bankName(rng, customer.name, customer.person), payerIban: customer.iban }, allocations: full([i]) };
    },
    'name': () => {
      const i = freeItem((it) => !known.has(customers[it.customer].customerRef)); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      return { entry: { amount: item.open, currency: item.currency, structuredReferences: [], remittanceText: rng.pick(['', 'Payment', 'Betaling', 'Zahlung', 'Thank you']), ...payerOf(customers[item.customer], false) }, allocations: full([i]) };
    },
    'name-multi': () => {
      const i = freeItem((it) => !known.has(customers[it.customer].customerRef) && freeOf(it.customer, 5).length >= 2); if (i === undefined) return undefined;
      const list = take(freeOf(items[i].customer, rng.between(2, 3)));
      const first = items[list[0]];
      return { entry: { amount: sum(list), currency: first.currency, structuredReferences: [], remittanceText: '', ...payerOf(customers[first.customer], false) }, allocations: full(list) };
    },
    'parent-number': () => parentPays(true),
    'parent-name': () => parentPays(false),
    'fee': () => shortPaid((item) => {
      // A bank charge: a few euros' worth, never more than a tenth of the invoice.
      const perCurrency = { NOK: [50, 250], SEK: [50, 250], PHP: [250, 1500], GBP: [5, 25], EUR: [5, 25] }[item.currency];
      const fee = BigInt(rng.between(perCurrency[0], perCurrency[1])) * 100n + (rng.chance(0.5) ? 50n : 0n);
      return fee * 10n <= item.open ? fee : item.open / 20n;
    }),
    'discount': () => shortPaid((item) => (item.open * BigInt(rng.pick([10, 20, 20, 20, 30])) + 500n) / 1000n),
    'currency': () => {
      const i = freeItem((it) => it.currency === 'EUR'); if (i === undefined) return undefined;
      const item = items[take([i])[0]];
      const currency = rng.pick(['SEK', 'NOK', 'GBP']);
      const rate = { SEK: 1150n, NOK: 1170n, GBP: 86n }[currency];
      return { entry: { amount: (item.open * rate) / 100n, currency, structuredReferences: [paymentReference(item)], remittanceText: '', ...payerOf(customers[item.customer]) }, allocations: [{ invoiceNumber: item.number, amount: -1n }] };
    },
    'not-ours': () => {
      const currency = rng.pick(['NOK', 'SEK', 'EUR', 'GBP', 'PHP']);
      const template = items[rng.int(items.length)].number;
      const [y, s] = template.split('-');
      const text = rng.pick([
        () => 'Refund', () => 'Rent', () => `Order 45000${rng.between(10000, 99999)}`, () => `Invoice ${y}-${s}${rng.int(10)}`,
        () => `Faktura ${y}-${Number(s) + items.length * 3}`, () => `INV-${rng.between(100000, 999999)}`, () => noise(rng, asOf),
        () => value(creditorReference(String(rng.between(10_000_000, 99_999_999)))), () => '',
      ])();
      return { entry: { amount: randomAmount(rng, currency), currency, structuredReferences: [], remittanceText: text, payerName: rng.pick(STRANGERS), payerIban: iban(rng, rng.pick(['NO', 'SE', 'DE', 'GB'])) }, allocations: [] };
    },
    'wrong-invoice': () => {
      // The payer quotes another of its own open invoices (a copy-paste slip) and pays the amount of the right one.
      const i = freeItem((it) => freeOf(it.customer, 5).length >= 2); if (i === undefined) return undefined;
      const [right, quoted] = take(freeOf(items[i].customer, 2)).map((j) => items[j]);
      if (right.open === quoted.open) return undefined;
      const withRef = rng.chance(0.5);
      return { entry: { amount: right.open, currency: right.currency, structuredReferences: withRef ? [paymentReference(quoted)] : [], remittanceText: withRef ? '' : numberText(rng, quoted.number, quoted.dueDate), ...payerOf(customers[right.customer]) }, allocations: [{ invoiceNumber: right.number, amount: right.open }] };
    },
    'other-creditor': () => {
      // Meant for another creditor whose invoice numbers look like ours: one of our numbers, a stranger, any amount.
      const item = items[rng.int(items.length)];
      const currency = rng.pick(['NOK', 'SEK', 'EUR', 'GBP', 'PHP']);
      return { entry: { amount: randomAmount(rng, currency), currency, structuredReferences: [], remittanceText: numberText(rng, item.number, item.dueDate), payerName: rng.pick(STRANGERS), payerIban: iban(rng, rng.pick(['NO', 'SE', 'DE', 'GB'])) }, allocations: [] };
    },
    'customer-other': () => {
      // A customer pays something that is not one of its open items (a deposit, an already paid invoice, a guess).
      const customer = customers[rng.int(customers.length)];
      return { entry: { amount: randomAmount(rng, customer.currency), currency: customer.currency, structuredReferences: [], remittanceText: rng.pick(['', 'Deposit', 'Forskudd', 'Acconto']), ...payerOf(customer) }, allocations: [] };
    },
  };

  function mistyped(withNumber) {
    const i = freeItem(); if (i === undefined) return undefined;
    const item = items[i];
    const typed = mistype(rng, paymentReference(item));
    if (!typed) return undefined;
    take([i]);
    const text = withNumber ? numberText(rng, item.number, item.dueDate) : rng.pick(['', 'Payment', 'Betaling']);
    return { entry: { amount: item.open, currency: item.currency, structuredReferences: [typed], remittanceText: text, ...payerOf(customers[item.customer], rng.chance(0.5)) }, allocations: full([i]) };
  }

  function parentPays(withNumber) {
    const i = freeItem((it) => customers[it.customer].parentRef !== undefined); if (i === undefined) return undefined;
    const item = items[take([i])[0]];
    const parent = customers[Number(customers[item.customer].parentRef.slice(1)) - 1];
    const text = withNumber ? numberText(rng, item.number, item.dueDate) : '';
    return { entry: { amount: item.open, currency: item.currency, structuredReferences: [], remittanceText: text, ...payerOf(parent, false) }, allocations: full([i]) };
  }

  function shortPaid(short) {
    const i = freeItem((it) => it.open >= 50_000n); if (i === undefined) return undefined;
    const item = items[take([i])[0]];
    const paid = item.open - short(item);
    const withRef = rng.chance(0.6);
    return {
      entry: { amount: paid, currency: item.currency, structuredReferences: withRef ? [paymentReference(item)] : [], remittanceText: withRef ? '' : numberText(rng, item.number, item.dueDate), ...payerOf(customers[item.customer]) },
      allocations: [{ invoiceNumber: item.number, amount: paid }],
    };
  }

  const weights = Object.entries(mix);
  for (let e = 0; e < count; e++) {
    let kind = rng.weighted(weights);
    let made = kinds[kind]();
    if (!made) { kind = 'not-ours'; made = kinds[kind](); }
    const id = `E${pad(e + 1, 7)}`;
    const entry = { id, date: iso(end - rng.int(5) * DAY), ...made.entry };
    if (entry.payerIban === undefined) delete entry.payerIban;
    entries.push(entry);
    truth.set(id, { kind, allocations: made.allocations });
  }
  return { entries, truth };
}

/**
 * The tenant: `{ openItems, customers, payerAccounts, entries, truth }`, inputs shaped as src/domain/matching wants
 * them; `truth` maps entry id → { kind, allocations: [{ invoiceNumber, amount }] } (amount −1: not postable as is).
 */