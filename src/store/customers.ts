// Customer queries. Every query is scoped by tenant_id explicitly (and by RLS underneath).
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type CustomerRow = {
  id: bigint; customer_ref: string; name: string; country: string | null; language: string | null; currency: string;
  email: string | null; phone: string | null; credit_limit: bigint | null; payment_terms_days: number | null;
  time_zone: string | null; debtor_type: 'business' | 'consumer' | 'public';
};

export type CustomerFields = Omit<CustomerRow, 'id'>;

const COLUMNS = ['id', 'customer_ref', 'name', 'country', 'language', 'currency', 'email', 'phone', 'credit_limit',
  'payment_terms_days', 'time_zone', 'debtor_type'] as const;

export async function findCustomersByRefs(db: Executor, tenantId: number, refs: readonly string[]): Promise<Map<string, CustomerRow>> {
  if (refs.length === 0) return new Map();
  const rows = await db.selectFrom('customers').select(COLUMNS)
    .where('tenant_id', '=', tenantId).where('customer_ref', '=', sql<string>`any(${[...new Set(refs)]}::text[])`).execute();
  return new Map(rows.map((r) => [r.customer_ref, r]));
}

export async function findCustomer(db: Executor, tenantId: number, ref: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').select(COLUMNS).where('tenant_id', '=', tenantId).where('customer_ref', '=', ref).executeTakeFirst();
}

export async function listCustomers(db: Executor, tenantId: number, page: { limit: number; offset: number }): Promise<CustomerRow[]> {
  return db.selectFrom('customers').select(COLUMNS).where('tenant_id', '=', tenantId)
    .orderBy('customer_ref').limit(page.limit).offset(page.offset).execute();
}

/** Bulk insert through unnest: one statement per batch, and it runs under row-level security (COPY cannot). */
export async function insertCustomers(tx: Tx, tenantId: number, rows: readonly CustomerFields[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof CustomerFields>(k: K) => rows.map((r) => r[k]);
  await sql`insert into customers (tenant_id, customer_ref, name, country, language, currency, email, phone, credit_limit, payment_terms_days, time_zone, debtor_type)
    select ${tenantId}, * from unnest(${col('customer_ref')}::text[], ${col('name')}::text[], ${col('country')}::text[],
      ${col('language')}::text[], ${col('currency')}::text[], ${col('email')}::text[], ${col('phone')}::text[],
      ${col('credit_limit').map((v) => v?.toString() ?? null)}::bigint[], ${col('payment_terms_days')}::int[], ${col('time_zone')}::text[], ${col('debtor_type')}::text[])`.execute(tx);
}

export async function updateCustomer(tx: Tx, tenantId: number, id: bigint, fields: Partial<CustomerFields>): Promise<void> {
  await tx.updateTable('customers').set({ ...fields, updated_at: new Date() })
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function customerHasDocuments(db: Executor, tenantId: number, customerId: bigint): Promise<boolean> {
  const row = await sql<{ used: boolean }>`select exists (select 1 from invoices where tenant_id = ${tenantId} and customer_id = ${customerId})
    or exists (select 1 from payments where tenant_id = ${tenantId} and customer_id = ${customerId})
    or exists (select 1 from credit_notes where tenant_id = ${tenantId} and customer_id = ${customerId}) as used`.execute(db);
  return row.rows[0]?.used ?? false;
}

export async function customerRefOf(db: Executor, tenantId: number, customerId: bigint): Promise<string> {
  const row = await db.selectFrom('customers').select('customer_ref').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirstOrThrow();
  return row.customer_ref;
}

/** The parent company of a customer (a customer group), or none. */
export async function setCustomerParent(tx: Tx, tenantId: number, customerId: bigint, parentId: bigint | null): Promise<void> {
  await sql`update customers set parent_customer_id = ${parentId} where tenant_id = ${tenantId} and id = ${customerId}`.execute(tx);
}

/** The chain of parents above a customer, nearest first (for cycle checks). */
export async function parentChain(tx: Tx, tenantId: number, customerId: bigint): Promise<bigint[]> {
  const result = await sql<{ id: bigint }>`
    with recursive up(id, depth) as (
      select parent_customer_id, 1 from customers where tenant_id = ${tenantId} and id = ${customerId} and parent_customer_id is not null
      union all select c.parent_customer_id, up.depth + 1 from customers c join up on c.tenant_id = ${tenantId} and c.id = up.id
       where c.parent_customer_id is not null and up.depth < 100
    ) select id from up order by depth`.execute(tx);
  return result.rows.map((r) => r.id);
}
