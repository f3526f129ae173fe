// SWIFT MT940 (customer statement) and MT942 (interim transaction report), several messages per file. Each
// message becomes one statement; :61: lines become entries, each with the :86: that follows it.
import { isBankCurrency, parseDecimalAmount } from './amounts.js';
import { withDefined } from './defined.js';
import { BankFileError, ControlChecks } from './errors.js';
import { compactIban, looksLikeIban } from './iban.js';
import { parseStatementLine, type StatementLine } from './mt940-61.js';
import { parse86, type Info86 } from './mt940-86.js';
import { splitMessages, type Field, type Message } from './mt940-fields.js';
import type { BankAccountRef, BankBalance, BankEntry, BankFile, BankStatement, ReadOptions } from './types.js';
import { parseYymmdd } from './text.js';
import { balanceWarnings } from './reconcile.js';

type Pending = { field: Field; info?: Field };

export function readMt940(text: string, fileName: string, options: ReadOptions = {}): BankFile {
  const checks = new ControlChecks(fileName, options.controlTotals !== 'warn');
  const messages = splitMessages(text, fileName);
  if (messages.length === 0) throw BankFileError.at(fileName, 1, 'no :20: field: not an MT940 or MT942 file');
  const statements = messages.map((m) => readMessage(m, fileName, checks));
  const format = statements.every((s) => s.format === 'mt942') ? 'mt942' : 'mt940';
  return { format, fileName, statements, warnings: [...checks.warnings(), ...balanceWarnings(fileName, statements)] };
}

function readMessage(message: Message, file: string, checks: ControlChecks): BankStatement {
  const one = (...tags: string[]) => message.fields.find((f) => tags.includes(f.tag));
  const accountField = one('25');
  if (!accountField) throw BankFileError.at(file, message.line, 'statement has no :25: account identification');
  const opening = one('60F', '60M');
  const closing = one('62F', '62M');
  const floor = one('34F');
  const interim = opening === undefined && (floor !== undefined || one('13D', '13') !== undefined);
  if (!interim && !opening) throw BankFileError.at(file, message.line, 'statement has no :60F: opening balance');
  // A statement cut off before its closing balance may have lost entries too: refuse it rather than post half.
  if (!interim && !closing) throw BankFileError.at(file, message.line, 'statement has no :62F: closing balance (truncated file?)');
  const openingBalance = opening ? readBalance(opening, file) : undefined;
  const closingBalance = closing ? readBalance(closing, file) : undefined;
  const currency = openingBalance?.currency ?? (floor ? floorCurrency(floor, file) : undefined);
  if (currency === undefined) throw BankFileError.at(file, message.line, 'statement has no currency (:60F: or :34F:)');
  if (closing && closingBalance && closingBalance.currency !== currency) {
    throw BankFileError.at(file, closing.line, `:${closing.tag}: currency ${closingBalance.currency} differs from the opening balance's ${currency}`);
  }
  const entries = transactions(message).map((t) => readEntry(t, currency, file));
  if (interim) checkInterimTotals(message, entries, currency, file, checks);
  const statement: BankStatement = {
    format: interim ? 'mt942' : 'mt940',
    account: readAccount(accountField),
    entries,
    source: { line: message.line },
  };
  return withDefined(statement, {
    statementId: one('20')?.lines[0]?.trim() || undefined,
    sequenceNumber: one('28C', '28')?.lines[0]?.trim() || undefined,
    openingBalance,
    closingBalance,
  });
}

/** Pairs each :61: with the :86: right after it; an :86: after the balances describes the statement, not a line. */
function transactions(message: Message): Pending[] {
  const pending: Pending[] = [];
  let attachable = false;
  for (const field of message.fields) {
    const last = pending.at(-1);
    if (field.tag === '61') {
      pending.push({ field });
      attachable = true;
    } else if (field.tag === '86' && attachable && last) {
      // Old Rabobank files repeat :86: for each 65-character line of one description.
      last.info = last.info ? { ...last.info, lines: [...last.info.lines, ...field.lines] } : field;
    } else {
      attachable = false;
    }
  }
  return pending;
}

function readEntry({ field, info }: Pending, currency: string, file: string): BankEntry {
  const line = parseStatementLine(field.lines, currency);
  if (typeof line === 'string') throw BankFileError.at(file, field.line, line);
  const details = info ? parse86(info.lines) : undefined;
  const entry: BankEntry = {
    direction: line.direction,
    amount: line.amount,
    currency,
    bookingDate: line.bookingDate,
    structuredReferences: details?.structuredReferences ?? [],
    documentNumbers: [],
    remittanceText: details?.text ?? '',
    source: { line: field.line },
  };
  return withDefined(entry, {
    valueDate: line.valueDate,
    bankReference: line.bankReference,
    customerReference: line.customerReference ?? details?.customerReference,
    endToEndId: details?.endToEndId,
    additionalInfo: [details?.additionalInfo, line.supplementary].filter((t) => t).join(' ') || undefined,
    ...parties(line, details),
    reversal: line.reversal || details?.returned ? true : undefined,
    bankTransactionCode: details?.bankTransactionCode ?? line.transactionType,
  });
}

/**
 * Field 86 mostly names "the other party" without saying whether it paid or was paid. On a credit it paid us;
 * on a debit we paid it; a reversal turns that round (an RC takes back a credit, so its party is the original
 * payer). Rabobank's /ORDP/ and /BENM/ state the role and win; the other party's details fill what they leave
 * out. A lone IBAN in the :61: supplementary details is Rabobank's counter-account (Rabobank MT940 Structured,
 * field 61 subfield 9).
 */
function parties(line: StatementLine, details: Info86 | undefined): Partial<BankEntry> {
  const other = { ...details?.counterparty };
  if (other.iban === undefined && line.supplementary && looksLikeIban(line.supplementary)) {
    other.iban = compactIban(line.supplementary);
  }
  const otherPaid = (line.direction === 'credit') !== line.reversal;
  const payer = { ...(otherPaid ? other : {}), ...details?.ordering };
  const payee = { ...(otherPaid ? {} : other), ...details?.beneficiary };
  return {
    payerName: payer.name,
    payerIban: payer.iban,
    payeeName: payee.name,
    payeeIban: payee.iban,
    // German ABWA+ is the deviating initiator: the ultimate debtor only when the other party paid us.
    ultimateDebtorName: otherPaid || details?.ordering ? details?.ultimateDebtorName : undefined,
  };
}

/** :25: is "IBAN", "IBAN" + currency (ING: NL68INGB0000012345EUR), "BLZ/Konto", or a domestic number. */
function readAccount(field: Field): BankAccountRef {
  const value = (field.lines[0] ?? '').trim().replace(/\s+/g, ' ');
  const suffix = /^(.*?\d)\s?([A-Z]{3})$/.exec(value);
  const currency = suffix && isBankCurrency(suffix[2] ?? '') ? suffix[2] : undefined;
  const id = currency && suffix ? (suffix[1] ?? '') : value;
  const account: BankAccountRef = looksLikeIban(id) ? { iban: compactIban(id) } : { number: id };
  return currency ? { ...account, currency } : account;
}

/** Balance fields 60F/60M/62F/62M: D/C mark, YYMMDD, currency, amount with decimal comma. */
function readBalance(field: Field, file: string): BankBalance {
  const value = (field.lines[0] ?? '').trim();
  const match = /^([CD])(\d{6})([A-Z]{3})(\d+(?:,\d*)?)$/.exec(value);
  if (!match) throw BankFileError.at(file, field.line, `:${field.tag}: "${value}" is not a balance (D/C, YYMMDD, currency, amount)`);
  const [, mark, dateText, currency, amountText] = match as unknown as string[];
  if (!isBankCurrency(currency ?? '')) throw BankFileError.at(file, field.line, `:${field.tag}: "${currency}" is not an ISO 4217 currency code`);
  const date = parseYymmdd(dateText ?? '');
  if (!date.ok) throw BankFileError.at(file, field.line, `:${field.tag}: ${date.reason}`);
  const amount = parseDecimalAmount(amountText ?? '', currency ?? '', ',');
  if (!amount.ok) throw BankFileError.at(file, field.line, `:${field.tag}: ${amount.reason}`);
  return { amount: mark === 'D' ? -amount.value : amount.value, currency: currency ?? '', date: date.value };
}

/** MT942 :34F: floor limit "EUR0" or "EURD0,": only its currency matters here. */
function floorCurrency(field: Field, file: string): string {
  const currency = (field.lines[0] ?? '').trim().slice(0, 3);
  if (!isBankCurrency(currency)) throw BankFileError.at(file, field.line, `:34F: "${currency}" is not an ISO 4217 currency code`);
  return currency;
}

/** MT942 :90D:/:90C: give the number and sum of debit/credit lines: a control total we can check. */
function checkInterimTotals(message: Message, entries: BankEntry[], currency: string, file: string, checks: ControlChecks): void {
  for (const field of message.fields.filter((f) => f.tag === '90D' || f.tag === '90C')) {
    const value = (field.lines[0] ?? '').trim();
    const match = /^(\d+)([A-Z]{3})(\d+(?:,\d*)?)$/.exec(value);
    if (!match) throw BankFileError.at(file, field.line, `:${field.tag}: "${value}" is not a count, currency and amount`);
    const amount = parseDecimalAmount(match[3] ?? '', currency, ',');
    if (!amount.ok) throw BankFileError.at(file, field.line, `:${field.tag}: ${amount.reason}`);
    const direction = field.tag === '90C' ? 'credit' : 'debit';
    const lines = entries.filter((e) => e.direction === direction);
    checks.expect(field.line, `:${field.tag}: number of ${direction} lines`, Number(match[1]), lines.length);
    checks.expect(field.line, `:${field.tag}: sum of ${direction} lines`, amount.value, lines.reduce((s, e) => s + e.amount, 0n));
  }
}
