// CSV bank exports read with a saved column mapping: the mapping's own validation, the common bank layouts, and
// bad rows reported as FILE:LINE: field: reason.
import { describe, expect, it } from 'vitest';
import { BankFileError, readBankCsv, readBankFile, validateBankCsvMapping, type BankCsvMapping } from '../src/formats/bank/index.js';

const german = {
  delimiter: ';', skipLines: 2, dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', thousandsSeparator: '.',
  columns: {
    bookingDate: 'Buchungstag', valueDate: 'Valuta', amount: 'Betrag', currency: 'Währung', reference: 'Referenz',
    text: ['Buchungstext', 'Verwendungszweck'], counterpartyName: 'Auftraggeber/Empfänger', counterpartyIban: 'IBAN',
  },
  account: { iban: 'DE89 3704 0044 0532 0130 00' },
};

const germanFile = [
  'Kontoumsätze Girokonto DE89370400440532013000',
  'Zeitraum: 01.03.2026 - 31.03.2026',
  'Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;Buchungstext;Verwendungszweck;Referenz;Betrag;Währung',
  '02.03.2026;02.03.2026;Fjord AS;NO93 8601 1117 947;Gutschrift;"Rechnung 2026-0042; danke";RF18539007547034;1.250,00;EUR',
  '03.03.2026;03.03.2026;Stadtwerke;DE02120300000000202051;Lastschrift;Strom März;;-89,90;EUR',
].join('\r\n');

function failure(run: () => unknown): string {
  try { run(); } catch (error) { if (error instanceof BankFileError) return error.message; throw error; }
  throw new Error('no error');
}

describe('validateBankCsvMapping', () => {
  it('fills the defaults of a minimal mapping', () => {
    const check = validateBankCsvMapping({ dateFormat: 'YYYY-MM-DD', currency: 'nok', columns: { bookingDate: 'Date', amount: 'Amount' } });
    expect(check).toEqual({
      ok: true,
      value: {
        delimiter: ',', hasHeader: true, skipLines: 0, dateFormat: 'YYYY-MM-DD', decimalSeparator: '.', thousandsSeparator: '',
        negativeAmounts: 'debit', currency: 'NOK', columns: { bookingDate: 'Date', amount: 'Amount' },
      } satisfies BankCsvMapping,
    });
  });

  it.each<[string, unknown, { field: string; reason: string }[]]>([
    ['not an object', 'Date,Amount', [{ field: 'mapping', reason: 'must be an object' }]],
    ['no date format, no columns', { currency: 'EUR' }, [
      { field: 'dateFormat', reason: 'must be one of YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, DD/MM/YYYY, DD-MM-YYYY, MM/DD/YYYY, DD.MM.YY' },
      { field: 'columns', reason: 'must be an object naming the columns' },
      { field: 'columns.amount', reason: 'is required unless credit and debit columns are given' },
    ]],
    ['a typo in a column setting', { dateFormat: 'YYYYMMDD', currency: 'EUR', columns: { bookingDate: 'D', ammount: 'A' } }, [
      { field: 'columns.ammount', reason: 'is not a mapping setting' },
      { field: 'columns.amount', reason: 'is required unless credit and debit columns are given' },
    ]],
    ['amount and credit/debit together', { dateFormat: 'YYYYMMDD', currency: 'EUR', columns: { bookingDate: 'D', amount: 'A', credit: 'C', debit: 'B' } }, [
      { field: 'columns.amount', reason: 'give either amount or credit/debit columns, not both' },
    ]],
    ['a credit column without a debit column', { dateFormat: 'YYYYMMDD', currency: 'EUR', columns: { bookingDate: 'D', credit: 'C' } }, [
      { field: 'columns.debit', reason: 'credit and debit columns come together' },
    ]],
    ['a direction column without its values', { dateFormat: 'YYYYMMDD', currency: 'EUR', columns: { bookingDate: 'D', amount: 'A', direction: 'Af Bij' } }, [
      { field: 'directionValues', reason: 'must list the credit and debit values of the direction column, e.g. { "credit": ["C"], "debit": ["D"] }' },
    ]],
    ['no currency at all', { dateFormat: 'YYYYMMDD', columns: { bookingDate: 'D', amount: 'A' } }, [
      { field: 'currency', reason: 'is required when there is no currency column' },
    ]],
    ['names without a header row, a zero column number', { dateFormat: 'YYYYMMDD', currency: 'EUR', hasHeader: false, columns: { bookingDate: 'Date', amount: 0 } }, [
      { field: 'columns.bookingDate', reason: 'name columns by number when the file has no header row' },
      { field: 'columns.amount', reason: 'a column number counts from 1' },
    ]],
    ['equal separators, an unknown delimiter, a bad account', { dateFormat: 'YYYYMMDD', currency: 'EUR', delimiter: ':', decimalSeparator: ',', thousandsSeparator: ',', columns: { bookingDate: 1, amount: 2 }, account: { iban: '1234' } }, [
      { field: 'delimiter', reason: 'must be ",", ";", "|" or a tab' },
      { field: 'thousandsSeparator', reason: 'must differ from decimalSeparator' },
      { field: 'account.iban', reason: 'is not an IBAN' },
    ]],
  ])('rejects %s', (_name, mapping, problems) => {
    expect(validateBankCsvMapping(mapping)).toEqual({ ok: false, problems });
  });
});

describe('readBankCsv', () => {
  it('reads a German export: preamble lines, semicolons, decimal comma, thousands dot, quoted delimiter', () => {
    const file = readBankCsv(germanFile, 'umsaetze.csv', german);
    expect(file.format).toBe('csv');
    const [statement] = file.statements;
    expect(statement?.account).toEqual({ iban: 'DE89370400440532013000' });
    expect(statement?.entries).toEqual([
      {
        direction: 'credit', amount: 125000n, currency: 'EUR', bookingDate: '2026-03-02', valueDate: '2026-03-02',
        structuredReferences: ['RF18539007547034'], documentNumbers: [], remittanceText: 'Gutschrift Rechnung 2026-0042; danke',
        payerName: 'Fjord AS', payerIban: 'NO9386011117947', source: { line: 4 },
      },
      {
        direction: 'debit', amount: 8990n, currency: 'EUR', bookingDate: '2026-03-03', valueDate: '2026-03-03',
        structuredReferences: [], documentNumbers: [], remittanceText: 'Lastschrift Strom März',
        payeeName: 'Stadtwerke', payeeIban: 'DE02120300000000202051', source: { line: 5 },
      },
    ]);
  });

  it('reads separate credit and debit columns, and a direction column (ING "Af Bij")', () => {
    const split = readBankCsv('Date,In,Out,Text\n2026-03-02,10.00,,A\n2026-03-03,,-2.50,B\n', 's.csv', {
      dateFormat: 'YYYY-MM-DD', currency: 'USD', columns: { bookingDate: 'Date', credit: 'In', debit: 'Out', text: ['Text'] },
    });
    expect(split.statements[0]?.entries.map((e) => [e.direction, e.amount])).toEqual([['credit', 1000n], ['debit', 250n]]);
    const ing = readBankCsv('"Datum","Bedrag (EUR)","Af Bij"\n"20260302","12,50","Bij"\n"20260303","1,00","af"\n', 'ing.csv', {
      dateFormat: 'YYYYMMDD', currency: 'EUR', decimalSeparator: ',',
      columns: { bookingDate: 'Datum', amount: 'Bedrag (EUR)', direction: 'Af Bij' }, directionValues: { credit: ['Bij'], debit: ['Af'] },
    });
    expect(ing.statements[0]?.entries.map((e) => [e.direction, e.amount])).toEqual([['credit', 1250n], ['debit', 100n]]);
  });

  it('reads a file without a header by column number, US dates, parenthesised negatives, JPY without decimals', () => {
    const file = readBankCsv('03/02/2026,"(1,500)",JPY\n03/04/2026,"2,000",JPY\n', 'us.csv', {
      hasHeader: false, dateFormat: 'MM/DD/YYYY', thousandsSeparator: ',', columns: { bookingDate: 1, amount: 2, currency: 3 },
    });
    expect(file.statements[0]?.entries.map((e) => [e.bookingDate, e.direction, e.amount, e.currency])).toEqual([
      ['2026-03-02', 'debit', 1500n, 'JPY'], ['2026-03-04', 'credit', 2000n, 'JPY'],
    ]);
  });

  it('reports every bad row as FILE:LINE: field: reason and returns nothing', () => {
    const bad = [
      'Date,Amount,Currency',
      '2026-03-02,12a,EUR',
      '2026-02-30,10.00,EUR',
      '2026-03-04,10.001,EUR',
      '2026-03-05,10.00,EURO',
      '2026-03-06,0.00,EUR',
      ',1.00,EUR',
    ].join('\n');
    expect(failure(() => readBankCsv(bad, 'bank.csv', { dateFormat: 'YYYY-MM-DD', columns: { bookingDate: 'Date', amount: 'Amount', currency: 'Currency' } }))).toBe([
      'bank.csv:2: amount: "12a" is not a number',
      'bank.csv:3: bookingDate: "2026-02-30" is not a calendar date',
      'bank.csv:4: amount: amount "10.001" has more decimals than EUR allows (2)',
      'bank.csv:5: currency: "EURO" is not an ISO 4217 currency code',
      'bank.csv:6: amount: is zero',
      'bank.csv:7: bookingDate: is empty',
    ].join('\n'));
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a header without a mapped column', 'Date,Amt\n2026-03-02,1.00', { columns: { bookingDate: 'Date', amount: 'Amount' } },
      'h.csv:1: header has no column "Amount" (it has "Date", "Amt")'],
    ['both credit and debit filled', 'Date,In,Out\n2026-03-02,1.00,2.00', { columns: { bookingDate: 'Date', credit: 'In', debit: 'Out' } },
      'h.csv:2: credit: both credit and debit are filled'],
    ['a direction value the mapping does not know', 'Date,Amount,DC\n2026-03-02,1.00,X', { columns: { bookingDate: 'Date', amount: 'Amount', direction: 'DC' }, directionValues: { credit: ['C'], debit: ['D'] } },
      'h.csv:2: direction: "X" is neither "C" nor "D"'],
    ['thousands grouping that is not in threes', 'Date,Amount\n2026-03-02,"1,23.00"', { thousandsSeparator: ',', columns: { bookingDate: 'Date', amount: 'Amount' } },
      'h.csv:2: amount: "1,23.00" is not a number'],
    ['an unclosed quote', 'Date,Amount\n2026-03-02,"1.00', { columns: { bookingDate: 'Date', amount: 'Amount' } },
      'h.csv:2: not readable as CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2'],
    ['an invalid mapping', 'Date,Amount\n', { columns: { bookingDate: 'Date' } },
      'h.csv:mapping: columns.amount: is required unless credit and debit columns are given'],
  ])('rejects %s', (_name, text, mapping, message) => {
    expect(failure(() => readBankCsv(text, 'h.csv', { dateFormat: 'YYYY-MM-DD', currency: 'EUR', ...mapping }))).toBe(message);
  });

  it('is reached through readBankFile with the account mapping, and refused without one', () => {
    expect(readBankFile(germanFile, 'umsaetze.csv', { csvMapping: german }).statements[0]?.entries).toHaveLength(2);
    expect(failure(() => readBankFile(germanFile, 'umsaetze.csv'))).toBe('umsaetze.csv:1: a CSV bank file needs the column mapping saved for its account');
  });
});
