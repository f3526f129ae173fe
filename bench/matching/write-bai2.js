// BAI2 for the cash-application bench: 01 file header, one 02 group per as-of date (BAI2 dates a group, not an
// entry), one 03 account per currency with opening (010), closing (015) and total-credits (100) summaries, a 16
// detail per payment (type 195 "incoming money transfer", amount in minor units, funds type 0, the bank reference)
// with its text continued in 88 records of at most 80 characters, and 49/98/99 trailers whose control totals and
// record counts add up (the reader enforces them).
//
// What the format cannot carry: BAI2 has no structured-reference field and no payer account, so references go in
// front of the text and the payer's IBAN is lost; the payer's name goes in an "88,DBNM: …" line (the Goldman Sachs
// convention the reader knows), which the reader also keeps in the text.
import { groupBy, splitWords, squash, sumOf } from './write-common.js';

const WIDTH = 80;
const yymmdd = (date) => date.slice(2).replace(/-/g, '');

/** The text a 16 record carries: references first, then the payer's words. */
const detailText = (entry) => squash([...entry.structuredReferences, entry.remittanceText].join(' '));

function detail(entry) {
  const start = `16,195,${entry.amount},0,${entry.id},,`;
  const text = detailText(entry);
  const [first = '', ...rest] = splitWords(text, WIDTH - '88,'.length, WIDTH - start.length);
  const records = [first === '' ? `${start}/` : `${start}${first}`, ...rest.map((piece) => `88,${piece}`)];
  if (entry.payerName) records.push(`88,DBNM: ${squash(entry.payerName)}`);
  return records;
}

function account(number, currency, entries) {
  const total = sumOf(entries);
  const details = entries.flatMap(detail);
  const records = [`03,${number},${currency},010,0,,,015,${total},,,100,${total},${entries.length},/`, ...details];
  // Account control total: every amount in the 03 and 16 records (BAI2 v2, "49 Account Trailer"): the 010 opening
  // (0), the 015 closing and 100 total-credits summaries, and the details.
  const control = 0n + total + total + total;
  records.push(`49,${control},${records.length + 1}/`);
  return { records, control };
}

/** The whole file: groups by booking date, accounts by currency, entries in the order given within each. */
export function writeBai2(entries, { accountNumber, sender = 'BENCHBANK', receiver = 'ARREARS', created = '2026-11-23T18:00', fileId = '1' }) {
  const lines = [`01,${sender},${receiver},${yymmdd(created.slice(0, 10))},${created.slice(11, 16).replace(':', '')},${fileId},,,2/`];
  let fileTotal = 0n;
  let groups = 0;
  const dates = [...groupBy(entries, (e) => e.date)].sort(([a], [b]) => a.localeCompare(b));
  for (const [date, list] of dates) {
    const group = [`02,${receiver},${sender},1,${yymmdd(date)},,,2/`];
    let groupTotal = 0n;
    let accounts = 0;
    for (const [currency, perCurrency] of groupBy(list, (e) => e.currency)) {
      const block = account(accountNumber, currency, perCurrency);
      group.push(...block.records);
      groupTotal += block.control;
      accounts += 1;
    }
    group.push(`98,${groupTotal},${accounts},${group.length + 1}/`);
    lines.push(...group);
    fileTotal += groupTotal;
    groups += 1;
  }
  lines.push(`99,${fileTotal},${groups},${lines.length + 1}/`);
  return `${lines.join('\n')}\n`;
}

/** What the product's BAI2 reader gives back: no structured references, no payer IBAN, the name also in the text. */
export function carriedByBai2(entry) {
  const name = squash(entry.payerName);
  return {
    amount: entry.amount, currency: entry.currency, date: entry.date, bankReference: entry.id, structuredReferences: [],
    remittanceText: squash([detailText(entry), name ? `DBNM: ${name}` : ''].join(' ')), payerName: name || undefined, payerIban: undefined,
  };
}
