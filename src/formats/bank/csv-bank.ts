// Bank statements exported as CSV, read with the account's saved column mapping. Every bad row is reported
// ("FILE:LINE: field: reason", the import rule) and nothing is returned unless every row reads.
import { parse } from 'csv-parse/sync';
import { isBankCurrency } from './amounts.js';
import { parseCsvAmount, parseCsvDate } from './csv-cells.js';
import { validateBankCsvMapping, type BankCsvMapping, type CsvColumn } from './csv-mapping.js';
import { withDefined } from './defined.js';
import { BankFileError, type BankFileProblem } from './errors.js';
import { compactIban, looksLikeIban } from './iban.js';
import type { BankEntry, BankFile, Direction } from './types.js';
import { squash, undefinedIfBlank } from './text.js';

type Row = { line: number; cells: string[] };
type Cell = (column: CsvColumn | undefined) => string;

export function readBankCsv(text: string, fileName: string, mappingInput: unknown): BankFile {
  const check = validateBankCsvMapping(mappingInput);
  if (!check.ok) throw new BankFileError(fileName, check.problems.map((p) => ({ where: 'mapping', reason: `${p.field}: ${p.reason}` })));
  const mapping = check.value;
  const rows = readRows(text, fileName, mapping);
  const header = mapping.hasHeader ? rows.shift() : undefined;
  if (mapping.hasHeader && !header) throw BankFileError.at(fileName, mapping.skipLines + 1, 'the file has no header row');
  const position = columnPositions(header, mapping, fileName);
  const problems: BankFileProblem[] = [];
  const entries: BankEntry[] = [];
  for (const row of rows) {
    const read = readRow(row, mapping, position);
    if (Array.isArray(read)) problems.push(...read.map((p) => ({ where: row.line, reason: `${p.field}: ${p.reason}` })));
    else entries.push(read);
  }
  if (problems.length > 0) throw new BankFileError(fileName, problems);
  return {
    format: 'csv',
    fileName,
    statements: [{ format: 'csv', account: mapping.account ?? {}, entries, source: { line: (header?.line ?? mapping.skipLines) + 1 } }],
    warnings: [],
  };
}

function readRows(text: string, file: string, mapping: BankCsvMapping): Row[] {
  try {
    const records = parse(text, {
      delimiter: mapping.delimiter, bom: true, relax_column_count: true, skip_empty_lines: true,
      from_line: mapping.skipLines + 1, info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records
      .map((r) => ({ line: r.info.lines, cells: r.record }))
      .filter((r) => r.cells.some((c) => c.trim() !== ''));
  } catch (error) {
    const csvError = error as { lines?: number; message: string };
    throw BankFileError.at(file, csvError.lines ?? 0, `not readable as CSV: ${csvError.message}`);
  }
}

/** Header names are matched after trimming and without case, as people retype them from the bank's export. */
function columnPositions(header: Row | undefined, mapping: BankCsvMapping, file: string): (column: CsvColumn) => number {
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const mapped = Object.values(mapping.columns).flat() as CsvColumn[];
  const missing = mapped.filter((c) => typeof c === 'string' && !names.includes(c.trim().toLowerCase()));
  if (header && missing.length > 0) {
    throw BankFileError.at(file, header.line, `header has no column ${missing.map((m) => `"${m}"`).join(', ')} (it has ${header.cells.map((c) => `"${c.trim()}"`).join(', ')})`);
  }
  return (column) => (typeof column === 'number' ? column - 1 : names.indexOf(column.trim().toLowerCase()));
}

function readRow(row: Row, mapping: BankCsvMapping, position: (c: CsvColumn) => number): BankEntry | { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const cell: Cell = (column) => (column === undefined ? '' : (row.cells[position(column)] ?? '').trim());
  const { columns } = mapping;
  const bookingDate = parseCsvDate(cell(columns.bookingDate), mapping.dateFormat);
  if (!bookingDate.ok) problems.push({ field: 'bookingDate', reason: cell(columns.bookingDate) === '' ? 'is empty' : bookingDate.reason });
  const valueText = cell(columns.valueDate);
  const valueDate = valueText === '' ? undefined : parseCsvDate(valueText, mapping.dateFormat);
  if (valueDate && !valueDate.ok) problems.push({ field: 'valueDate', reason: valueDate.reason });
  const currency = (cell(columns.currency) || mapping.currency || '').toUpperCase();
  if (!isBankCurrency(currency)) problems.push({ field: 'currency', reason: currency === '' ? 'is empty' : `"${currency}" is not an ISO 4217 currency code` });
  const money = isBankCurrency(currency) ? readMoney(cell, mapping, currency, problems) : undefined;
  if (problems.length > 0 || !money || !bookingDate.ok) return problems;
  const counterparty = { name: undefinedIfBlank(cell(columns.counterpartyName)), iban: ibanCell(cell(columns.counterpartyIban)) };
  const payer = money.direction === 'credit';
  const reference = undefinedIfBlank(cell(columns.reference));
  const entry: BankEntry = {
    direction: money.direction,
    amount: money.amount,
    currency,
    bookingDate: bookingDate.value,
    structuredReferences: reference ? [reference] : [],
    documentNumbers: [],
    remittanceText: squash((columns.text ?? []).map(cell).join(' ')),
    source: { line: row.line },
  };
  return withDefined(entry, {
    valueDate: valueDate?.ok ? valueDate.value : undefined,
    bankReference: undefinedIfBlank(cell(columns.bankReference)),
    endToEndId: undefinedIfBlank(cell(columns.endToEndId)),
    payerName: payer ? counterparty.name : undefined,
    payerIban: payer ? counterparty.iban : undefined,
    payeeName: payer ? undefined : counterparty.name,
    payeeIban: payer ? undefined : counterparty.iban,
  });
}

function readMoney(cell: Cell, mapping: BankCsvMapping, currency: string, problems: { field: string; reason: string }[]): { direction: Direction; amount: bigint } | undefined {
  const { columns } = mapping;
  const read = (field: string, column: CsvColumn | undefined) => {
    const text = cell(column);
    if (text === '') return 0n;
    const parsed = parseCsvAmount(text, currency, mapping);
    if (parsed.ok) return parsed.value;
    problems.push({ field, reason: parsed.reason });
    return undefined;
  };
  if (columns.amount === undefined) {
    const credit = read('credit', columns.credit);
    const debit = read('debit', columns.debit);
    if (credit === undefined || debit === undefined) return undefined;
    // Some banks write debits as negative numbers in the debit column; the column already says "debit".
    if (credit !== 0n && debit !== 0n) { problems.push({ field: 'credit', reason: 'both credit and debit are filled' }); return undefined; }
    if (credit === 0n && debit === 0n) { problems.push({ field: 'amount', reason: 'neither credit nor debit is filled' }); return undefined; }
    return credit !== 0n ? { direction: 'credit', amount: abs(credit) } : { direction: 'debit', amount: abs(debit) };
  }
  const amount = read('amount', columns.amount);
  if (amount === undefined) return undefined;
  if (amount === 0n) { problems.push({ field: 'amount', reason: cell(columns.amount) === '' ? 'is empty' : 'is zero' }); return undefined; }
  if (columns.direction === undefined) {
    const negativeIsDebit = mapping.negativeAmounts === 'debit';
    return { direction: (amount < 0n) === negativeIsDebit ? 'debit' : 'credit', amount: abs(amount) };
  }
  const flag = cell(columns.direction).toUpperCase();
  const values = mapping.directionValues ?? { credit: [], debit: [] };
  const direction = values.credit.includes(flag) ? 'credit' : values.debit.includes(flag) ? 'debit' : undefined;
  if (direction === undefined) { problems.push({ field: 'direction', reason: `"${cell(columns.direction)}" is neither ${[...values.credit, ...values.debit].map((v) => `"${v}"`).join(' nor ')}` }); return undefined; }
  if (amount < 0n) { problems.push({ field: 'amount', reason: 'is negative although the direction column gives the direction' }); return undefined; }
  return { direction, amount };
}

function ibanCell(text: string): string | undefined {
  return text !== '' && looksLikeIban(text) ? compactIban(text) : undefinedIfBlank(text);
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
