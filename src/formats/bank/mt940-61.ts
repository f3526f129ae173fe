// MT940/MT942 field 61, the statement line (SWIFT MT940 Customer Statement, field 61):
//   6!n[4!n]2a[1!a]15d1!a3!c16x[//16x][34x]
//   value date, entry date (MMDD), D/C mark (C, D, RC, RD; EC/ED in MT942), funds code (third letter of the
//   currency), amount with a decimal comma, transaction type (N/F/S + 3), reference for the account owner,
//   "//" the servicing institution's reference, and supplementary details on the next line.
import { daysBetween, type BusinessDate } from '../../domain/dates.js';
import { parseDecimalAmount } from './amounts.js';
import type { Direction } from './types.js';
import { parseYymmdd, squash } from './text.js';

export interface StatementLine {
  valueDate: BusinessDate;
  bookingDate: BusinessDate;
  direction: Direction;
  reversal: boolean;
  amount: bigint;
  transactionType: string;
  customerReference?: string;
  bankReference?: string;
  supplementary?: string;
}

// Commerzbank's sample puts a space between amount and transaction type; it is tolerated.
const LINE = /^(\d{6})(\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d+(?:,\d*)?) ?([NSF][A-Z0-9 ]{3})(.*)$/;

/** "NONREF" (SWIFT: no reference) and the Dutch/German pointers to field 86 are not references themselves. */
const NOT_A_REFERENCE = /^(NONREF|NOTPROVIDED|EREF|KREF\+?|PREF)$/i;

export function parseStatementLine(lines: readonly string[], currency: string): StatementLine | string {
  const first = (lines[0] ?? '').trim();
  const match = LINE.exec(first);
  if (!match) return `:61: "${first}" is not a statement line (date, D/C mark, amount, transaction type)`;
  const [, value, entry, mark, funds, amountText, type, rest] = match as unknown as string[];
  const valueDate = parseYymmdd(value ?? '');
  if (!valueDate.ok) return `:61: value ${valueDate.reason}`;
  const bookingDate = entry ? entryDate(valueDate.value, entry) : valueDate.value;
  if (bookingDate === undefined) return `:61: entry date "${entry}" is not a calendar date`;
  if (funds && funds !== currency.charAt(2)) return `:61: funds code "${funds}" is not the third letter of ${currency}`;
  const amount = parseDecimalAmount(amountText ?? '', currency, ',');
  if (!amount.ok) return `:61: ${amount.reason}`;
  const references = splitReferences(rest ?? '');
  const supplementary = squash([references.overflow, ...lines.slice(1)].join(' '));
  return {
    valueDate: valueDate.value,
    bookingDate,
    // RC is a reversal of a credit, so money leaves the account; RD gives back a debit (SWIFT usage rules, field 61).
    direction: mark === 'C' || mark === 'RD' || mark === 'EC' ? 'credit' : 'debit',
    reversal: mark === 'RC' || mark === 'RD' || type === 'NRTI',
    amount: amount.value,
    transactionType: (type ?? '').trim(),
    ...(references.customer ? { customerReference: references.customer } : {}),
    ...(references.bank ? { bankReference: references.bank } : {}),
    ...(supplementary ? { supplementary } : {}),
  };
}

/**
 * Subfield 7 is at most 16 characters. Banks that write more without "//" either put a longer reference (ASN and
 * SNS: the counter-account IBAN, one word) or the counter-account and a name separated by spaces (old Rabobank);
 * in the second case the part after 16 characters is really subfield 9.
 */
function splitReferences(rest: string): { customer?: string; bank?: string; overflow: string } {
  const slashes = rest.indexOf('//');
  const oneWord = !/\s/.test(rest.trim());
  const width = slashes < 0 && !oneWord ? 16 : rest.length;
  const customerPart = slashes < 0 ? rest.slice(0, width) : rest.slice(0, slashes);
  const bankPart = slashes < 0 ? '' : rest.slice(slashes + 2).trim();
  const overflow = slashes < 0 ? rest.slice(width) : bankPart.slice(16);
  const customer = customerPart.trim();
  const bank = bankPart.slice(0, 16).trim();
  return {
    customer: customer === '' || NOT_A_REFERENCE.test(customer) ? undefined : customer,
    bank: bank === '' || NOT_A_REFERENCE.test(bank) ? undefined : bank,
    overflow,
  };
}

/** The entry date has no year: take the year that puts it nearest the value date (across a year end too). */
function entryDate(valueDate: BusinessDate, mmdd: string): BusinessDate | undefined {
  const year = Number(valueDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .map((y) => parseYymmdd(`${String(y % 100).padStart(2, '0')}${mmdd}`))
    .filter((p): p is { ok: true; value: BusinessDate } => p.ok)
    .map((p) => p.value);
  candidates.sort((a, b) => Math.abs(daysBetween(valueDate, a)) - Math.abs(daysBetween(valueDate, b)));
  return candidates[0];
}
