// SWIFT MT940 for the cash-application bench: one statement (:20: :25: :28C: :60F: … :62F:) per currency, a :61:
// credit line per payment (value date, entry date, C, amount with a decimal comma, NTRF, NONREF//bank reference) and
// its :86: in the Dutch structured layout (ING/ABN AMRO since SEPA): /EREF/, one /REMI/STRD/ISO/ per structured
// reference, /REMI/USTD// for the text, /NAME/ and /IBAN/ of the payer, wrapped at 65 characters.
//
// What the format cannot carry: field 86 is at most 6 lines of 65 characters (the first 61 after ":86:"), so a long
// text is cut (references, name and IBAN are written first). The text is written as given (UTF-8), not folded to
// the SWIFT "x" character set, as many banks' exports do; a strict SWIFT channel would transliterate it.
import { compactIban, decimal, groupBy, squash, sumOf } from './write-common.js';

const LINE = 65;
const FIRST_LINE = LINE - ':86:'.length;
const MAX_86 = FIRST_LINE + 5 * LINE;

const yymmdd = (date) => date.slice(2).replace(/-/g, '');
const mmdd = (date) => date.slice(5).replace('-', '');

/** Field 86 without the text, and how many characters the text may have. */
function field86(entry) {
  const head = ['/EREF/NOTPROVIDED', ...entry.structuredReferences.map((r) => `/REMI/STRD/ISO/${r.trim()}`)].join('');
  const tail = `${entry.payerName ? `/NAME/${squash(entry.payerName)}` : ''}${entry.payerIban ? `/IBAN/${compactIban(entry.payerIban)}` : ''}/`;
  const room = MAX_86 - head.length - tail.length - '/REMI/USTD//'.length;
  return { head, tail, room };
}

/** The text as it fits into field 86 (trailing slashes would read as the field's own separators). */
function fittedText(entry) {
  const { room } = field86(entry);
  return squash(squash(entry.remittanceText).slice(0, Math.max(0, room))).replace(/\/+$/, '');
}

/** Lines of at most 65 characters (61 on the first); never starting where a reader would see a tag or a block end. */
function wrap(content) {
  const lines = [];
  let rest = content;
  let width = FIRST_LINE;
  while (rest.length > width) {
    let cut = width;
    while (cut > 1 && /^[:\-{ ]/.test(rest.slice(cut))) cut -= 1;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    width = LINE;
  }
  lines.push(rest);
  return lines;
}

function transaction(entry) {
  const { head, tail } = field86(entry);
  const text = fittedText(entry);
  const info = `${head}${text ? `/REMI/USTD//${text}` : ''}${tail}`;
  const [first, ...more] = wrap(info);
  return [
    `:61:${yymmdd(entry.date)}${mmdd(entry.date)}C${decimal(entry.amount, entry.currency, ',')}NTRFNONREF//${entry.id}`,
    `:86:${first}`, ...more,
  ];
}

/** The whole file: one statement per currency, entries in the order given. */
export function writeMt940(entries, { account, id = 'BENCH940', openingMinor = 0n }) {
  const out = [];
  let n = 0;
  for (const [currency, list] of groupBy(entries, (e) => e.currency)) {
    n += 1;
    const dates = list.map((e) => e.date).sort();
    const closing = openingMinor + sumOf(list);
    out.push(
      `:20:${`${id}${currency}`.slice(0, 16)}`, `:25:${account}`, `:28C:${String(n).padStart(5, '0')}/001`,
      `:60F:C${yymmdd(dates[0])}${currency}${decimal(openingMinor, currency, ',')}`,
      ...list.flatMap(transaction),
      `:62F:C${yymmdd(dates[dates.length - 1])}${currency}${decimal(closing, currency, ',')}`,
      '-',
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

/** What the product's MT940 reader gives back: everything but the part of a long text that did not fit. */
export function carriedByMt940(entry) {
  return {
    amount: entry.amount, currency: entry.currency, date: entry.date, bankReference: entry.id,
    structuredReferences: entry.structuredReferences.map((r) => squash(r)), remittanceText: fittedText(entry),
    payerName: squash(entry.payerName) || undefined, payerIban: compactIban(entry.payerIban),
  };
}

/** Whether field 86 had to cut the entry's text. */
export const mt940CutsText = (entry) => fittedText(entry) !== squash(entry.remittanceText);
