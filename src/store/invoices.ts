// Invoice queries. An invoice's effective amount is its amount plus its adjustments; its open amount further
// subtracts allocations and write-offs (open balances are derived, never stored: DESIGN.md).
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type InvoiceRow = {
  id: bigint; number: string; customer_id: bigint; issue_date: string; due_date: string; currency: string;
  amount: bigint; description: string | null; po_number: string | null; open: bigint;
};

export type NewInvoice = {
  number: string; customer_id: bigint; issue_date: string; due_date: string; currency: string; amount: bigint;
  description: string | null; po_number: string | null;
};

/** Invoices by number with effective amount and current open amount, in one round trip per batch. */
export async function findInvoicesByNumbers(db: Executor, tenantId: number, numbers: readonly string[]): Promise<Map<string, InvoiceRow>> {
  if (numbers.length === 0) return new Map();
  const result = await sql<InvoiceRow>`
    select i.id, i.number, i.customer_id, i.issue_date, i.due_date, i.currency, i.description, i.po_number,
      (i.amount + coalesce(adj.total, 0))::bigint as amount,
      (i.amount + coalesce(adj.total, 0) - coalesce(al.total, 0) - coalesce(wo.total, 0))::bigint as open
    from invoices i
    left join lateral (select sum(amount) as total from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id) adj on true
    left join lateral (select sum(amount) as total from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id) al on true
    left join lateral (select sum(amount) as total from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id) wo on true
    where i.tenant_id = ${tenantId} and i.number = any(${[...new Set(numbers)]}::text[])`.execute(db);
  return new Map(result.rows.map((r) => [r.number, r]));
}

export async function insertInvoices(tx: Tx, tenantId: number, rows: readonly NewInvoice[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof NewInvoice>(k: K) => rows.map((r) => r[k]);
  await sql`insert into invoices (tenant_id, number, customer_id, issue_date, due_date, currency, amount, description, po_number)
    select ${tenantId}, * from unnest(${col('number')}::text[], ${col('customer_id').map(String)}::bigint[],
      ${col('issue_date')}::date[], ${col('due_date')}::date[], ${col('currency')}::text[],
      ${col('amount').map(String)}::bigint[], ${col('description')}::text[], ${col('po_number')}::text[])`.execute(tx);
}

export async function updateInvoiceFields(tx: Tx, tenantId: number, id: bigint,
  fields: { issue_date: string; due_date: string; description: string | null; po_number: string | null }): Promise<void> {
  await tx.updateTable('invoices').set(fields).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function insertAdjustment(tx: Tx, tenantId: number, adjustment: {
  invoice_id?: bigint; payment_id?: bigint; credit_note_id?: bigint; date: string; amount: bigint; reason: string;
}): Promise<void> {
  await tx.insertInto('adjustments').values({
    tenant_id: tenantId, invoice_id: adjustment.invoice_id ?? null, payment_id: adjustment.payment_id ?? null,
    credit_note_id: adjustment.credit_note_id ?? null, date: adjustment.date, amount: adjustment.amount, reason: adjustment.reason,
  }).execute();
}

export async function tenantHasInvoices(db: Executor, tenantId: number): Promise<boolean> {
  const row = await sql<{ found: boolean }>`select exists (select 1 from invoices where tenant_id = ${tenantId}) as found`.execute(db);
  return row.rows[0]?.found ?? false;
}

export async function insertWriteOff(tx: Tx, tenantId: number, writeOff: { invoice_id: bigint; date: string; amount: bigint; reason: string }): Promise<void> {
  await tx.insertInto('write_offs').values({ tenant_id: tenantId, ...writeOff }).execute();
}
