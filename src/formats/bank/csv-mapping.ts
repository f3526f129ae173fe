// The column mapping saved per bank account for banks that only export CSV (issue #5). It is data from a person
// (an API call or the upload screen), so it is validated field by field, with every problem reported at once.
import { isBankCurrency } from './amounts.js';
import { compactIban, looksLikeIban } from './iban.js';
import type { BankAccountRef } from './types.js';

/** A header name, or a 1-based column number (the only choice when the file has no header row). */
export type CsvColumn = string | number;

export const CSV_DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'DD.MM.YYYY', 'DD/MM/YYYY', 'DD-MM-YYYY', 'MM/DD/YYYY', 'DD.MM.YY'] as const;
export type CsvDateFormat = (typeof CSV_DATE_FORMATS)[number];

export interface BankCsvColumns {
  bookingDate: CsvColumn;
  valueDate?: CsvColumn;
  /** One signed amount column … */
  amount?: CsvColumn;
  /** … or separate credit and debit columns (one of them filled per row). */
  credit?: CsvColumn;
  debit?: CsvColumn;
  /** With `amount`: a column saying credit or debit, read with `directionValues`. */
  direction?: CsvColumn;
  currency?: CsvColumn;
  /** The payer's payment reference (betalingskenmerk, KID, OCR, RF): kept as a structured reference. */
  reference?: CsvColumn;
  bankReference?: CsvColumn;
  endToEndId?: CsvColumn;
  /** Columns joined into the remittance text, in this order. */
  text?: CsvColumn[];
  /** The other party, whatever the direction: the payer on a credit, the payee on a debit. */
  counterpartyName?: CsvColumn;
  counterpartyIban?: CsvColumn;
}

export interface BankCsvMapping {
  delimiter: ',' | ';' | '\t' | '|';
  hasHeader: boolean;
  /** Lines before the header (or the first row) that banks put above the table: account, period, title. */
  skipLines: number;
  dateFormat: CsvDateFormat;
  decimalSeparator: '.' | ',';
  thousandsSeparator: '' | '.' | ',' | ' ' | "'";
  columns: BankCsvColumns;
  /** Values of the direction column, compared without case: e.g. { credit: ['C', 'Bij'], debit: ['D', 'Af'] }. */
  directionValues?: { credit: string[]; debit: string[] };
  /** For a single signed amount column: what a negative amount is. Default 'debit'. */
  negativeAmounts: 'debit' | 'credit';
  /** The currency when there is no currency column (or its cell is empty). */
  currency?: string;
  account?: BankAccountRef;
}

export type MappingProblem = { field: string; reason: string };
export type MappingCheck = { ok: true; value: BankCsvMapping } | { ok: false; problems: MappingProblem[] };

const TOP_KEYS = ['delimiter', 'hasHeader', 'skipLines', 'dateFormat', 'decimalSeparator', 'thousandsSeparator', 'columns', 'directionValues', 'negativeAmounts', 'currency', 'account'];
const COLUMN_KEYS = ['bookingDate', 'valueDate', 'amount', 'credit', 'debit', 'direction', 'currency', 'reference', 'bankReference', 'endToEndId', 'text', 'counterpartyName', 'counterpartyIban'];

export function validateBankCsvMapping(input: unknown): MappingCheck {
  const problems: MappingProblem[] = [];
  const fail = (field: string, reason: string) => { problems.push({ field, reason }); };
  if (!isRecord(input)) return { ok: false, problems: [{ field: 'mapping', reason: 'must be an object' }] };
  unknownKeys(input, TOP_KEYS, '', fail);
  const hasHeader = optional(input.hasHeader, true, (v) => typeof v === 'boolean', 'hasHeader', 'must be true or false', fail);
  const mapping: BankCsvMapping = {
    delimiter: optional(input.delimiter, ',', (v) => [',', ';', '\t', '|'].includes(v as string), 'delimiter', 'must be ",", ";", "|" or a tab', fail),
    hasHeader,
    skipLines: optional(input.skipLines, 0, (v) => Number.isInteger(v) && (v as number) >= 0, 'skipLines', 'must be a whole number, 0 or more', fail),
    dateFormat: input.dateFormat as CsvDateFormat,
    decimalSeparator: optional(input.decimalSeparator, '.', (v) => v === '.' || v === ',', 'decimalSeparator', 'must be "." or ","', fail),
    thousandsSeparator: optional(input.thousandsSeparator, '', (v) => ['', '.', ',', ' ', "'"].includes(v as string), 'thousandsSeparator', `must be "", ".", ",", " " or "'"`, fail),
    columns: {} as BankCsvColumns,
    negativeAmounts: optional(input.negativeAmounts, 'debit', (v) => v === 'debit' || v === 'credit', 'negativeAmounts', 'must be "debit" or "credit"', fail),
  };
  if (!CSV_DATE_FORMATS.includes(input.dateFormat as CsvDateFormat)) fail('dateFormat', `must be one of ${CSV_DATE_FORMATS.join(', ')}`);
  if (mapping.thousandsSeparator === mapping.decimalSeparator) fail('thousandsSeparator', 'must differ from decimalSeparator');
  mapping.columns = checkColumns(input.columns, hasHeader, fail);
  checkAmountColumns(mapping.columns, fail);
  checkDirection(input, mapping, fail);
  checkCurrencyAndAccount(input, mapping, fail);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: mapping };
}

function checkColumns(value: unknown, hasHeader: boolean, fail: (f: string, r: string) => void): BankCsvColumns {
  if (!isRecord(value)) { fail('columns', 'must be an object naming the columns'); return { bookingDate: '' }; }
  unknownKeys(value, COLUMN_KEYS, 'columns.', fail);
  const columns: Record<string, CsvColumn | CsvColumn[]> = {};
  for (const key of COLUMN_KEYS) {
    const column = value[key];
    if (column === undefined) continue;
    // Kept even when invalid (the mapping is rejected anyway), so "amount is required" is not said of a bad amount.
    columns[key] = column as CsvColumn | CsvColumn[];
    if (key !== 'text') checkColumn(column, hasHeader, `columns.${key}`, fail);
    else if (!Array.isArray(column) || column.length === 0) fail('columns.text', 'must be a list of columns');
    else column.forEach((c, i) => checkColumn(c, hasHeader, `columns.text[${i}]`, fail));
  }
  if (value.bookingDate === undefined) fail('columns.bookingDate', 'is required');
  return columns as unknown as BankCsvColumns;
}

function checkColumn(column: unknown, hasHeader: boolean, field: string, fail: (f: string, r: string) => void): void {
  if (typeof column === 'number') {
    if (!Number.isInteger(column) || column < 1) fail(field, 'a column number counts from 1');
  } else if (typeof column === 'string' && column.trim() !== '') {
    if (!hasHeader) fail(field, 'name columns by number when the file has no header row');
  } else {
    fail(field, 'must be a header name or a column number');
  }
}

function checkAmountColumns(columns: BankCsvColumns, fail: (f: string, r: string) => void): void {
  const split = columns.credit !== undefined || columns.debit !== undefined;
  if (columns.amount !== undefined && split) fail('columns.amount', 'give either amount or credit/debit columns, not both');
  if (columns.amount === undefined && !split) fail('columns.amount', 'is required unless credit and debit columns are given');
  if (split && (columns.credit === undefined || columns.debit === undefined)) {
    fail(columns.credit === undefined ? 'columns.credit' : 'columns.debit', 'credit and debit columns come together');
  }
  if (columns.direction !== undefined && columns.amount === undefined) fail('columns.direction', 'only goes with a single amount column');
}

function checkDirection(input: Record<string, unknown>, mapping: BankCsvMapping, fail: (f: string, r: string) => void): void {
  const values = input.directionValues;
  if (mapping.columns.direction === undefined) {
    if (values !== undefined) fail('directionValues', 'only goes with a direction column');
    return;
  }
  const list = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
  if (!isRecord(values) || !list(values.credit) || !list(values.debit)) {
    fail('directionValues', 'must list the credit and debit values of the direction column, e.g. { "credit": ["C"], "debit": ["D"] }');
    return;
  }
  const credit = (values.credit as string[]).map((s) => s.trim().toUpperCase());
  const debit = (values.debit as string[]).map((s) => s.trim().toUpperCase());
  if (credit.some((c) => debit.includes(c))) fail('directionValues', 'a value cannot mean both credit and debit');
  mapping.directionValues = { credit, debit };
}

function checkCurrencyAndAccount(input: Record<string, unknown>, mapping: BankCsvMapping, fail: (f: string, r: string) => void): void {
  if (input.currency !== undefined) {
    if (typeof input.currency === 'string' && isBankCurrency(input.currency.toUpperCase())) mapping.currency = input.currency.toUpperCase();
    else fail('currency', 'must be an ISO 4217 currency code');
  }
  if (mapping.columns.currency === undefined && input.currency === undefined) fail('currency', 'is required when there is no currency column');
  if (input.account === undefined) return;
  const account = input.account;
  if (!isRecord(account)) { fail('account', 'must be an object with iban, number or currency'); return; }
  unknownKeys(account, ['iban', 'number', 'currency'], 'account.', fail);
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (account.iban !== undefined && !(text(account.iban) && looksLikeIban(account.iban as string))) fail('account.iban', 'is not an IBAN');
  if (account.number !== undefined && !text(account.number)) fail('account.number', 'must be text');
  if (account.currency !== undefined && !(text(account.currency) && isBankCurrency(account.currency as string))) fail('account.currency', 'must be an ISO 4217 currency code');
  const iban = typeof account.iban === 'string' ? compactIban(account.iban) : undefined;
  mapping.account = { ...(account as BankAccountRef), ...(iban ? { iban } : {}) };
}

function optional<T>(value: unknown, fallback: T, valid: (v: unknown) => boolean, field: string, reason: string, fail: (f: string, r: string) => void): T {
  if (value === undefined) return fallback;
  if (valid(value)) return value as T;
  fail(field, reason);
  return fallback;
}

function unknownKeys(value: Record<string, unknown>, known: string[], prefix: string, fail: (f: string, r: string) => void): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) fail(`${prefix}${key}`, 'is not a mapping setting');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
