// The identity of a bank entry, so that re-importing a file or a later statement that repeats an entry adds
// nothing (issue #5).
//
// Why these parts:
// - The bank's own reference (camt AcctSvcrRef, MT940 "//" reference, BAI2 bank reference) is what the bank uses to
//   say "the same booking", and it survives re-exports that reword texts or reflow 65-character lines. It is not
//   trusted alone: references repeat in practice (cmxl's MT940 sample uses //55555 for two bookings; BAI2 banks
//   leave it blank or reuse batch ids), so the account, booking date, direction, currency and amount go with it.
//   Two bookings are the same only if the bank gives the same reference for the same money on the same day.
// - Without a bank reference, the booking facts plus the most stable thing the payer gave: the end-to-end id,
//   else the account owner's reference, else the structured references, else the remittance text with case and
//   spacing normalised (line wrapping differs between exports of the same statement).
// - A camt batch split into details adds the detail's position, because its details share the entry's reference.
// - Identical bookings on one statement (five equal acceptgiro payments in zilverline's ABN AMRO sample) are told
//   apart by occurrence: the n-th identical key in a statement gets "#n". Re-reading the file, or a later statement
//   repeating the same day, yields the same numbering, so nothing is counted twice or dropped.
import { createHash } from 'node:crypto';
import { compactIban } from './iban.js';
import type { BankAccountRef, BankEntry, BankStatement } from './types.js';

/** The account as one string: its IBAN, else its number without spaces, dots or dashes ("1291.99.348"). */
export function accountKey(account: BankAccountRef): string {
  if (account.iban) return compactIban(account.iban);
  return (account.number ?? '').replace(/[\s.-]/g, '').toUpperCase();
}

export function entryKey(account: BankAccountRef | string, entry: BankEntry, occurrence = 1): string {
  const accountId = typeof account === 'string' ? account : accountKey(account);
  const facts = [accountId, entry.bookingDate, entry.direction, entry.currency, entry.amount.toString()];
  const batch = entry.batch ? [`batch ${entry.batch.index}/${entry.batch.count}`] : [];
  const repeat = occurrence > 1 ? [`#${occurrence}`] : [];
  const reference = entry.bankReference?.trim();
  if (reference) return `r:${digest(['ref', reference, ...facts, ...batch, ...repeat])}`;
  const discriminator = entry.endToEndId ?? entry.customerReference
    ?? (entry.structuredReferences.length > 0 ? entry.structuredReferences.join(' ') : undefined)
    ?? entry.remittanceText;
  return `f:${digest(['facts', ...facts, normalise(discriminator), ...batch, ...repeat])}`;
}

/** Keys for every entry of a statement, numbering identical ones by occurrence. */
export function entryKeys(statement: BankStatement, account: BankAccountRef | string = statement.account): string[] {
  const seen = new Map<string, number>();
  return statement.entries.map((entry) => {
    const base = entryKey(account, entry);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return occurrence === 1 ? base : entryKey(account, entry, occurrence);
  });
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

function digest(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
