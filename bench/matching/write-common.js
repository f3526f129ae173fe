// Shared by the bank-file writers (issue #5 bench): amounts in a currency's exponent, text split into a format's
// field widths without losing a character, and the entry as a reader gives it back.
import { formatAmount } from '../../dist/domain/money.js';

/** "1250.00" (camt, CSV with "."), or with another decimal separator ("1250,00" for MT940). */
export function decimal(minor, currency, separator = '.') {
  const text = formatAmount(minor, currency);
  return separator === '.' ? text : text.replace('.', separator);
}

/** Runs of whitespace collapsed, as every reader squashes text. */
export const squash = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Text in pieces of at most `width` characters, cut at spaces so that the pieces joined with single spaces give the
 * text back (camt Ustrd, BAI2 88 records); a word longer than a piece is cut where it must be. The first piece may
 * have another width (what is left of a BAI2 16 record).
 */
export function splitWords(text, width, firstWidth = width) {
  const pieces = [];
  let current = '';
  const room = () => (pieces.length === 0 ? firstWidth : width);
  for (const word of squash(text).split(' ').filter((w) => w !== '')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= room()) current += ` ${word}`;
    else { pieces.push(current); current = word; }
    while (current.length > room()) { const cut = room(); pieces.push(current.slice(0, cut)); current = current.slice(cut); }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** The compact IBAN, as the readers keep it. */
export const compactIban = (iban) => (iban === undefined ? undefined : iban.replace(/[\s-]/g, '').toUpperCase());

/**
 * What a reader gives back for an entry, in the shape the writers' `carried` functions return and the test compares:
 * the facts every format keeps, and the parts each may move or drop.
 */
export function readBack(entry) {
  return {
    amount: entry.amount, currency: entry.currency, date: entry.bookingDate, bankReference: entry.bankReference,
    structuredReferences: [...entry.structuredReferences, ...entry.documentNumbers], remittanceText: entry.remittanceText,
    payerName: entry.payerName, payerIban: entry.payerIban,
  };
}

/** Entries grouped by a key, groups in first-seen order. */
export function groupBy(entries, key) {
  const groups = new Map();
  for (const entry of entries) {
    const k = key(entry);
    const list = groups.get(k);
    if (list) list.push(entry); else groups.set(k, [entry]);
  }
  return groups;
}

export const sumOf = (entries) => entries.reduce((s, e) => s + e.amount, 0n);
