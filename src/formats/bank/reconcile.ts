// Opening balance + entries = closing balance, where a statement gives both balances. Not enforced: the public
// MT940 and camt fixtures are hand-anonymised and a third of them do not reconcile, so a failed check says little
// about a file's integrity (the brief: check balances only where reliable). It is reported as a warning instead,
// because on a real bank's statement a gap means an entry is missing.
import { bankExponent } from './amounts.js';
import type { BankStatement } from './types.js';

export function balanceWarnings(fileName: string, statements: readonly BankStatement[]): string[] {
  return statements.flatMap((statement) => {
    const { openingBalance: opening, closingBalance: closing } = statement;
    if (!opening || !closing || opening.currency !== closing.currency) return [];
    const booked = statement.entries.filter((e) => !e.pending);
    if (booked.some((e) => e.currency !== opening.currency)) return [];
    const movement = booked.reduce((sum, e) => sum + (e.direction === 'credit' ? e.amount : -e.amount), 0n);
    if (opening.amount + movement === closing.amount) return [];
    const where = statement.source.line ?? statement.source.element ?? '';
    const show = (amount: bigint) => formatMinor(amount, opening.currency);
    return [`${fileName}:${where}: opening balance ${show(opening.amount)} + entries ${show(movement)} = ${show(opening.amount + movement)}, but the closing balance is ${show(closing.amount)} ${opening.currency}`];
  });
}

function formatMinor(amount: bigint, currency: string): string {
  const exponent = bankExponent(currency);
  const digits = (amount < 0n ? -amount : amount).toString().padStart(exponent + 1, '0');
  const body = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return amount < 0n ? `-${body}` : body;
}
