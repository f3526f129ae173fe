// Bank accounts, imported bank files, their entries and the payer-account memory (issue #5). SQL only.
import { sql } from 'kysely';
import type { Tx } from './db.js';
import type { BankEntryStatus } from './schema.js';

export type BankAccountRow = { id: bigint; account: string; name: string | null; currency: string | null; csv_mapping: unknown };

export async function findBankAccount(tx: Tx, tenantId: number, account: string): Promise<BankAccountRow | undefined> {
  return tx.selectFrom('bank_accounts').select(['id', 'account', 'name', 'currency', 'csv_mapping'])
    .where('tenant_id', '=', tenantId).where('account', '=', account).executeTakeFirst();
}

export async function saveBankAccount(tx: Tx, tenantId: number, account: { account: string; name: string | null; currency: string | null; csvMapping: unknown }): Promise<void> {
  const mapping = account.csvMapping === null ? null : JSON.stringify(account.csvMapping);
  await sql`insert into bank_accounts (tenant_id, account, name, currency, csv_mapping) values (${tenantId}, ${account.account}, ${account.name}, ${account.currency}, ${mapping}::jsonb)
    on conflict (tenant_id, account) do update set name = coalesce(excluded.name, bank_accounts.name), currency = coalesce(excluded.currency, bank_accounts.currency),
      csv_mapping = coalesce(excluded.csv_mapping, bank_accounts.csv_mapping)`.execute(tx);
}

export async function existingEntryKeys(tx: Tx, tenantId: number, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await sql<{ entry_key: string }>`select entry_key from bank_entries where tenant_id = ${tenantId} and entry_key = any(${keys}::text[])`.execute(tx);
  return new Set(rows.rows.map((r) => r.entry_key));
}

export type NewBankImport = { fileName: string; format: string; sha256: string; account: string | null; entries: number; matched: number; suggested: number; unmatched: number; duplicates: number; importedBy: string };

export async function insertBankImport(tx: Tx, tenantId: number, row: NewBankImport): Promise<bigint> {
  const inserted = await tx.insertInto('bank_imports').values({
    tenant_id: tenantId, file_name: row.fileName, format: row.format, sha256: row.sha256, account: row.account, entries: row.entries,
    matched: row.matched, suggested: row.suggested, unmatched: row.unmatched, duplicates: row.duplicates, imported_by: row.importedBy,
  }).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateImport(tx: Tx, tenantId: number, id: bigint, counts: { entries: number; matched: number; suggested: number; unmatched: number; duplicates: number }): Promise<void> {
  await tx.updateTable('bank_imports').set(counts).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export type NewBankEntry = {
  importId: bigint; entryKey: string; account: string | null; bookingDate: string; valueDate: string | null; direction: 'credit' | 'debit';
  amount: bigint; currency: string; bankReference: string | null; endToEndId: string | null; structuredReferences: string[];
  remittanceText: string; payerName: string | null; payerIban: string | null; status: BankEntryStatus; confidence: number | null;
  explanation: string[]; proposal: unknown; customerId: bigint | null; paymentId: bigint | null; decidedBy: string | null;
};

export async function setEntryDecision(
  tx: Tx, tenantId: number, id: bigint, decision: { status: BankEntryStatus; customerId: bigint | null; paymentId: bigint | null; decidedBy: string; explanation?: string[] },
): Promise<void> {
  await tx.updateTable('bank_entries').set({
    status: decision.status, customer_id: decision.customerId, payment_id: decision.paymentId, decided_by: decision.decidedBy, decided_at: new Date(),
    ...(decision.explanation ? { explanation: JSON.stringify(decision.explanation) } : {}),
  }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export type BankEntryRow = {
  id: bigint; import_id: bigint; entry_key: string; account: string | null; booking_date: string; value_date: string | null; direction: string;
  amount: bigint; currency: string; bank_reference: string | null; end_to_end_id: string | null; structured_references: string[];
  remittance_text: string; payer_name: string | null; payer_iban: string | null; status: BankEntryStatus; confidence: number | null;
  explanation: unknown; proposal: unknown; customer_ref: string | null; payment_id: bigint | null; decided_by: string | null;
};

const ENTRY_SELECT = sql`e.id, e.import_id, e.entry_key, e.account, e.booking_date, e.value_date, e.direction, e.amount, e.currency, e.bank_reference,
  e.end_to_end_id, e.structured_references, e.remittance_text, e.payer_name, e.payer_iban, e.status, e.confidence, e.explanation, e.proposal,
  c.customer_ref, e.payment_id, e.decided_by`;

export async function listBankEntries(tx: Tx, tenantId: number, filter: { status?: string | undefined; importId?: bigint | undefined; limit: number; offset: number }): Promise<BankEntryRow[]> {
  const result = await sql<BankEntryRow>`select ${ENTRY_SELECT} from bank_entries e left join customers c on c.tenant_id = e.tenant_id and c.id = e.customer_id
    where e.tenant_id = ${tenantId} ${filter.status ? sql`and e.status = ${filter.status}` : sql``} ${filter.importId === undefined ? sql`` : sql`and e.import_id = ${filter.importId}`}
    order by e.booking_date, e.id limit ${filter.limit} offset ${filter.offset}`.execute(tx);
  return result.rows;
}

/** The entry, locked for a decision so two people cannot post it twice. */
export async function findBankEntryForUpdate(tx: Tx, tenantId: number, id: bigint): Promise<BankEntryRow | undefined> {
  const result = await sql<BankEntryRow>`select ${ENTRY_SELECT} from bank_entries e left join customers c on c.tenant_id = e.tenant_id and c.id = e.customer_id
    where e.tenant_id = ${tenantId} and e.id = ${id} for update of e`.execute(tx);
  return result.rows[0];
}

export async function learnPayerAccount(tx: Tx, tenantId: number, iban: string, customerId: bigint, actor: string): Promise<void> {
  await sql`insert into payer_accounts (tenant_id, iban, customer_id, learned_by) values (${tenantId}, ${iban}, ${customerId}, ${actor})
    on conflict (tenant_id, iban) do update set customer_id = excluded.customer_id, learned_by = excluded.learned_by, learned_at = now(),
      confirmations = case when payer_accounts.customer_id = excluded.customer_id then payer_accounts.confirmations + 1 else 1 end`.execute(tx);
}

/** Inserts entries in batches of 2,000 (one JSON parameter each); returns entry_key → id. */
export async function insertBankEntries(tx: Tx, tenantId: number, rows: readonly NewBankEntry[]): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  for (let start = 0; start < rows.length; start += 2000) {
    const batch = rows.slice(start, start + 2000).map((e) => ({
      import_id: String(e.importId), entry_key: e.entryKey, account: e.account, booking_date: e.bookingDate, value_date: e.valueDate, direction: e.direction,
      amount: String(e.amount), currency: e.currency, bank_reference: e.bankReference, end_to_end_id: e.endToEndId, refs: e.structuredReferences,
      remittance_text: e.remittanceText, payer_name: e.payerName, payer_iban: e.payerIban, status: e.status, confidence: e.confidence,
      explanation: e.explanation, proposal: e.proposal, customer_id: e.customerId === null ? null : String(e.customerId), decided_by: e.decidedBy,
      payment_id: e.paymentId === null ? null : String(e.paymentId),
    }));
    const result = await sql<{ id: bigint; entry_key: string }>`
      insert into bank_entries (tenant_id, import_id, entry_key, account, booking_date, value_date, direction, amount, currency, bank_reference, end_to_end_id,
        structured_references, remittance_text, payer_name, payer_iban, status, confidence, explanation, proposal, customer_id, decided_by, decided_at, payment_id)
      select ${tenantId}, v.import_id, v.entry_key, v.account, v.booking_date, v.value_date, v.direction, v.amount, v.currency, v.bank_reference, v.end_to_end_id,
        array(select jsonb_array_elements_text(v.refs)), v.remittance_text, v.payer_name, v.payer_iban, v.status, v.confidence,
        v.explanation, v.proposal, v.customer_id, v.decided_by, case when v.decided_by is null then null else now() end, v.payment_id
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as v(import_id bigint, entry_key text, account text, booking_date date, value_date date,
        direction text, amount bigint, currency text, bank_reference text, end_to_end_id text, refs jsonb, remittance_text text, payer_name text,
        payer_iban text, status text, confidence integer, explanation jsonb, proposal jsonb, customer_id bigint, decided_by text, payment_id bigint)
      returning id, entry_key`.execute(tx);
    for (const r of result.rows) out.set(r.entry_key, r.id);
  }
  return out;
}
