// A bank's CSV export for the cash-application bench, shaped like a Norwegian online bank's: ";" separated, decimal
// comma, DD.MM.YYYY, separate "in" and "out" columns, and the column mapping the account saves for it
// (`saveBankAccountSettings`, issue #5 "CSV with a saved column mapping per bank account").
//
// What the format cannot carry: one reference column, so a payment quoting several references keeps the first there
// and the others go in front of the text.
import { compactIban, decimal, squash } from './write-common.js';

const HEADER = ['Bokføringsdato', 'Rentedato', 'Forklaring', 'KID/referanse', 'Arkivreferanse', 'Valuta', 'Inn på konto', 'Ut fra konto', 'Betaler', 'Betalers konto'];

/** The mapping saved for the account (validated by the product when saved). */
export function bankCsvMapping(iban) {
  return {
    delimiter: ';', hasHeader: true, skipLines: 0, dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', thousandsSeparator: '',
    columns: {
      bookingDate: 'Bokføringsdato', valueDate: 'Rentedato', text: ['Forklaring'], reference: 'KID/referanse', bankReference: 'Arkivreferanse',
      currency: 'Valuta', credit: 'Inn på konto', debit: 'Ut fra konto', counterpartyName: 'Betaler', counterpartyIban: 'Betalers konto',
    },
    account: { iban },
  };
}

const cell = (value) => {
  const text = String(value ?? '');
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const dotted = (date) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const textOf = (entry) => squash([...entry.structuredReferences.slice(1), entry.remittanceText].join(' '));

export function writeBankCsv(entries) {
  const rows = entries.map((e) => [
    dotted(e.date), dotted(e.date), textOf(e), e.structuredReferences[0] ?? '', e.id, e.currency,
    decimal(e.amount, e.currency, ','), '', e.payerName ?? '', e.payerIban ?? '',
  ].map(cell).join(';'));
  return `${[HEADER.join(';'), ...rows].join('\r\n')}\r\n`;
}

/** What the product's CSV reader gives back with that mapping: the first reference structured, the rest as text. */
export function carriedByCsv(entry) {
  const first = entry.structuredReferences[0];
  return {
    amount: entry.amount, currency: entry.currency, date: entry.date, bankReference: entry.id,
    structuredReferences: first === undefined || squash(first) === '' ? [] : [squash(first)], remittanceText: textOf(entry),
    payerName: squash(entry.payerName) || undefined, payerIban: compactIban(entry.payerIban),
  };
}
