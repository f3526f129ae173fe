// `arrears bank import FILE` (issue #5): read a bank file, skip what was imported before, match every incoming
// payment, post those above the tenant's confidence threshold at once, and queue the rest for a person — all in one
// transaction, so a failed import leaves nothing behind.
import { createHash } from 'node:crypto';
import { BankFileError, entryKeys, readBankFile, accountKey, type BankEntry as FileEntry, type BankFile } from '../../formats/bank/index.js';
import { matchEntry, recordPosting, type MatchProposal } from '../../domain/matching/index.js';
import type { Db } from '../../store/db.js';
import { existingEntryKeys, findBankAccount, insertBankEntries, insertBankImport, updateImport, type NewBankEntry } from '../../store/bank.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { loadMatchContext, type MatchContext } from './match-context.js';
import { postPayments, type Posting } from './post-payment.js';
import { proposalJson } from './proposal-json.js';

export type BankImportSummary = { entries: number; matched: number; suggested: number; unmatched: number; duplicates: number };

export type BankImportInput = {
  fileName: string; bytes: Uint8Array; account?: string | undefined; actor: string;
  /** A person checked with the bank: accept a file whose own control totals disagree (they are kept as warnings). */
  acceptControlTotals?: boolean;
};

/** A bank file that cannot be read: the message is the reader's own "FILE:LINE: reason" (one line per problem). */
export class BankFileRejected extends InputError {
  constructor(message: string) {
    super('file', message);
    this.message = message;
  }
}

/** Banks send UTF-8, or (older MT940 and BAI2 exports) ISO 8859-1 / Windows-1252. */
export function decodeBankFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** An account as the user typed it, compared the way the readers name a statement's account (accountKey). */
const compact = (account: string) => accountKey({ number: account });

function readFile(input: BankImportInput, csvMapping: unknown): BankFile {
  try {
    return readBankFile(decodeBankFile(input.bytes), input.fileName, { ...(csvMapping !== undefined ? { csvMapping } : {}), controlTotals: input.acceptControlTotals ? 'warn' : 'enforce' });
  } catch (error) {
    if (error instanceof BankFileError) throw new BankFileRejected(error.message);
    throw error;
  }
}

/** Only booked incoming credits are cash to apply; debits, pending and reversed bookings are kept but not matched. */
function isIncoming(entry: FileEntry): boolean {
  return entry.direction === 'credit' && entry.pending !== true && entry.reversal !== true;
}

type Planned = { entry: NewBankEntry; file: FileEntry; proposal?: MatchProposal };

export async function importBankFile(db: Db, tenant: TenantRow, input: BankImportInput): Promise<BankImportSummary & { importId: string; warnings: string[] }> {
  return inTenant(db, tenant.id, async (tx) => {
    const saved = input.account === undefined ? undefined : await findBankAccount(tx, tenant.id, compact(input.account));
    const file = readFile(input, saved?.csv_mapping ?? undefined);
    const summary: BankImportSummary = { entries: 0, matched: 0, suggested: 0, unmatched: 0, duplicates: 0 };
    const asOf = file.statements.flatMap((s) => s.entries.map((e) => e.bookingDate)).sort().at(-1) ?? new Date().toISOString().slice(0, 10);
    const importId = await insertBankImport(tx, tenant.id, {
      fileName: input.fileName, format: file.format, sha256: createHash('sha256').update(input.bytes).digest('hex'),
      account: input.account === undefined ? null : compact(input.account), entries: 0, matched: 0, suggested: 0, unmatched: 0, duplicates: 0, importedBy: input.actor,
    });
    const planned: Planned[] = [];
    let context: MatchContext | undefined;
    for (const statement of file.statements) {
      const fileAccount = accountKey(statement.account);
      if (input.account !== undefined && fileAccount !== '' && fileAccount !== compact(input.account)) {
        throw new InputError('account', `${input.fileName}: the statement is for account ${fileAccount}, not ${compact(input.account)}`);
      }
      const account = fileAccount || (input.account === undefined ? '' : compact(input.account));
      const keys = entryKeys(statement, account);
      const known = await existingEntryKeys(tx, tenant.id, keys);
      for (const [i, entry] of statement.entries.entries()) {
        summary.entries += 1;
        const key = keys[i] as string;
        if (known.has(key)) { summary.duplicates += 1; continue; }
        known.add(key);
        const base = {
          importId, entryKey: key, account: account || null, bookingDate: entry.bookingDate, valueDate: entry.valueDate ?? null, direction: entry.direction,
          amount: entry.amount, currency: entry.currency, bankReference: entry.bankReference ?? null, endToEndId: entry.endToEndId ?? null,
          structuredReferences: entry.structuredReferences, remittanceText: entry.remittanceText, payerName: entry.payerName ?? null, payerIban: entry.payerIban ?? null,
          paymentId: null,
        };
        if (!isIncoming(entry) || entry.amount <= 0n) {
          const why = entry.direction === 'debit' ? 'outgoing payment: not matched' : entry.pending ? 'not booked yet: not matched' : 'a reversal or return: not matched';
          planned.push({ file: entry, entry: { ...base, status: 'not-incoming', confidence: null, explanation: [why], proposal: null, customerId: null, decidedBy: null } });
          continue;
        }
        context ??= await loadMatchContext(tx, tenant, asOf);
        const proposal = matchEntry(context.index, toMatchEntry(key, entry), { autoPostThreshold: tenant.auto_post_confidence / 1000 });
        const customerId = proposal.customerRef === undefined ? null : context.customerIdOf.get(proposal.customerRef) ?? null;
        // A match names the customer it posts to; one that does not cannot post and waits for a person.
        const status = proposal.status === 'matched' && customerId === null ? 'suggested' : proposal.status;
        summary[status] += 1;
        // Later entries of the same file must not pay the same invoice again.
        if (status === 'matched') recordPosting(context.index, proposal);
        planned.push({
          file: entry, proposal,
          entry: { ...base, status, confidence: Math.round(proposal.confidence * 1000), explanation: proposal.explanation, proposal: proposalJson(proposal, entry.currency), customerId, decidedBy: status === 'matched' ? 'system:matcher' : null },
        });
      }
    }
    // Payments first (ref BANK-I<import>-<position>), so each entry is written once, with its payment.
    const customerIdOf = context?.customerIdOf ?? new Map<string, bigint>();
    const refOf = (i: number) => `BANK-I${importId}-${i + 1}`;
    const paymentIds = await postPayments(tx, tenant.id, planned.flatMap((p, i): Posting[] => {
      if (p.entry.status !== 'matched' || !p.proposal || p.entry.customerId === null) return [];
      const payer = p.entry.customerId;
      return [{
        ref: refOf(i), date: p.file.bookingDate, currency: p.file.currency, amount: p.file.amount, payerCustomerId: payer,
        allocations: p.proposal.allocations.map((a) => ({ invoiceId: BigInt(a.invoiceId), invoiceNumber: a.invoiceNumber, customerId: customerIdOf.get(a.customerRef) ?? payer, amount: a.amount })),
      }];
    }));
    await insertBankEntries(tx, tenant.id, planned.map((p, i) => ({ ...p.entry, paymentId: paymentIds.get(refOf(i)) ?? null })));
    await updateImport(tx, tenant.id, importId, summary);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'bank-import', entity: 'bank-import', entityKey: input.fileName, reason: 'bank file imported', details: { ...summary, format: file.format } });
    return { ...summary, importId: String(importId), warnings: file.warnings };
  });
}

function toMatchEntry(key: string, entry: FileEntry) {
  const payerName = entry.ultimateDebtorName ?? entry.payerName;
  return {
    id: key, amount: entry.amount, currency: entry.currency, date: entry.bookingDate,
    structuredReferences: [...entry.structuredReferences, ...entry.documentNumbers],
    remittanceText: entry.remittanceText,
    ...(payerName ? { payerName } : {}),
    ...(entry.payerIban ? { payerIban: entry.payerIban } : {}),
  };
}
