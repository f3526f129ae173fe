// Typed reads of the camt building blocks shared by statements and entries: amounts with their currency,
// dates (Dt or DtTm), credit/debit indicators and party names, each failing with the element's path.
import { parseBusinessDate, type BusinessDate } from '../../domain/dates.js';
import { isBankCurrency, parseDecimalAmount } from './amounts.js';
import { BankFileError } from './errors.js';
import { compactIban } from './iban.js';
import type { Direction } from './types.js';
import type { XNode } from './camt-xml.js';

export type CamtAmount = { amount: bigint; currency: string };

/** An ActiveOrHistoricCurrencyAndAmount element: <Amt Ccy="EUR">8.850</Amt>. */
export function readAmount(node: XNode, file: string): CamtAmount {
  const currency = node.attr('Ccy');
  if (currency === undefined) throw BankFileError.at(file, node.path, 'amount has no Ccy attribute');
  if (!isBankCurrency(currency)) throw BankFileError.at(file, node.path, `"${currency}" is not an ISO 4217 currency code`);
  const parsed = parseDecimalAmount(node.text(), currency, '.');
  if (!parsed.ok) throw BankFileError.at(file, node.path, parsed.reason);
  return { amount: parsed.value, currency };
}

export function requireChild(node: XNode, name: string, file: string): XNode {
  const child = node.child(name);
  if (child === undefined) throw BankFileError.at(file, node.path, `${name} is missing`);
  return child;
}

export function readDirection(node: XNode, file: string): Direction {
  const value = node.text();
  if (value === 'CRDT') return 'credit';
  if (value === 'DBIT') return 'debit';
  throw BankFileError.at(file, node.path, `credit/debit indicator "${value}" is neither CRDT nor DBIT`);
}

/**
 * A DateAndDateTimeChoice (<Dt> or <DtTm>). The calendar date is taken as written: a DtTm carries the bank's
 * local offset, and converting it to UTC could move a booking to the previous day.
 */
export function readDate(node: XNode, file: string): BusinessDate {
  const choice = node.child('Dt') ?? node.child('DtTm');
  if (choice === undefined) throw BankFileError.at(file, node.path, 'neither Dt nor DtTm is given');
  const parsed = parseBusinessDate(choice.text().slice(0, 10));
  if (!parsed.ok) throw BankFileError.at(file, choice.path, `"${choice.text()}" is not a date`);
  return parsed.value;
}

/** The calendar date of an ISODateTime element (CreDtTm, ToDtTm), as written. */
export function readDateTime(node: XNode, file: string): BusinessDate {
  const parsed = parseBusinessDate(node.text().slice(0, 10));
  if (!parsed.ok) throw BankFileError.at(file, node.path, `"${node.text()}" is not a date and time`);
  return parsed.value;
}

/** Party name in either layout: <Dbtr><Nm> (up to .001.07) or <Dbtr><Pty><Nm> (from .001.08). */
export function partyName(party: XNode | undefined): string | undefined {
  return party?.textAt('Nm') ?? party?.textAt('Pty', 'Nm');
}

/** Account identifier: the IBAN, else the proprietary number (Othr/Id). */
export function accountId(account: XNode | undefined): { iban?: string; number?: string } {
  const iban = account?.textAt('Id', 'IBAN');
  if (iban !== undefined) return { iban: compactIban(iban) };
  const number = account?.textAt('Id', 'Othr', 'Id');
  return number === undefined ? {} : { number };
}

/** Bank transaction code as "Domain/Family/SubFamily" (ISO external code set), else the proprietary code. */
export function transactionCode(node: XNode | undefined): string | undefined {
  const domain = node?.textAt('Domn', 'Cd');
  if (domain !== undefined) {
    const family = node?.textAt('Domn', 'Fmly', 'Cd');
    const subFamily = node?.textAt('Domn', 'Fmly', 'SubFmlyCd');
    return [domain, family, subFamily].filter((p) => p !== undefined).join('/');
  }
  return node?.textAt('Prtry', 'Cd');
}
