// The tenant's exchange rates and worklist settings, and customers' sales representatives (issue #6, migration 0015).
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type ExchangeRateRow = { currency: string; rate: string; updatedAt: Date; updatedBy: string };

export async function listExchangeRates(db: Executor, tenantId: number): Promise<ExchangeRateRow[]> {
  const result = await sql<ExchangeRateRow>`select currency, rate::text as rate, updated_at as "updatedAt", updated_by as "updatedBy"
    from exchange_rates where tenant_id = ${tenantId} order by currency`.execute(db);
  return result.rows.map((r) => ({ ...r, currency: r.currency.trim() }));
}

export async function saveExchangeRate(tx: Tx, tenantId: number, row: { currency: string; rate: string; actor: string }): Promise<void> {
  await sql`insert into exchange_rates (tenant_id, currency, rate, updated_by) values (${tenantId}, ${row.currency}, ${row.rate}::numeric, ${row.actor})
    on conflict (tenant_id, currency) do update set rate = excluded.rate, updated_at = now(), updated_by = excluded.updated_by`.execute(tx);
}

export async function deleteExchangeRate(tx: Tx, tenantId: number, currency: string): Promise<boolean> {
  const result = await sql`delete from exchange_rates where tenant_id = ${tenantId} and currency = ${currency}`.execute(tx);
  return (result.numAffectedRows ?? 0n) > 0n;
}

/** Currencies the tenant's customers use. */
export async function customerCurrencies(db: Executor, tenantId: number): Promise<string[]> {
  const result = await sql<{ currency: string }>`select distinct currency from customers where tenant_id = ${tenantId} order by currency`.execute(db);
  return result.rows.map((r) => r.currency.trim());
}

export type WorklistSettingsRow = { largeAccountAmount: bigint | null; largeAccountShare: string | null; updatedAt: Date; updatedBy: string };

export async function findWorklistSettings(db: Executor, tenantId: number): Promise<WorklistSettingsRow | undefined> {
  const result = await sql<WorklistSettingsRow>`select large_account_amount as "largeAccountAmount", large_account_share::text as "largeAccountShare",
      updated_at as "updatedAt", updated_by as "updatedBy" from worklist_settings where tenant_id = ${tenantId}`.execute(db);
  return result.rows[0];
}

export async function saveWorklistSettings(tx: Tx, tenantId: number, row: { largeAccountAmount: bigint | null; largeAccountShare: string | null; actor: string }): Promise<void> {
  await sql`insert into worklist_settings (tenant_id, large_account_amount, large_account_share, updated_by)
    values (${tenantId}, ${row.largeAccountAmount}, ${row.largeAccountShare}::numeric, ${row.actor})
    on conflict (tenant_id) do update set large_account_amount = excluded.large_account_amount, large_account_share = excluded.large_account_share,
      updated_at = now(), updated_by = excluded.updated_by`.execute(tx);
}

export async function findSalesRep(db: Executor, tenantId: number, customerRef: string): Promise<{ id: bigint; salesRep: string | null } | undefined> {
  const result = await sql<{ id: bigint; salesRep: string | null }>`select id, sales_rep as "salesRep" from customers where tenant_id = ${tenantId} and customer_ref = ${customerRef}`.execute(db);
  return result.rows[0];
}

export async function setSalesRep(tx: Tx, tenantId: number, customerId: bigint, salesRep: string | null): Promise<void> {
  await sql`update customers set sales_rep = ${salesRep}, updated_at = now() where tenant_id = ${tenantId} and id = ${customerId}`.execute(tx);
}

/** Sales representatives of the customers named, for the customers CSV import (an optional column). */
export async function salesRepsByRef(db: Executor, tenantId: number, refs: readonly string[]): Promise<Map<string, string | null>> {
  if (refs.length === 0) return new Map();
  const result = await sql<{ customer_ref: string; sales_rep: string | null }>`select customer_ref, sales_rep from customers
    where tenant_id = ${tenantId} and customer_ref = any(${[...new Set(refs)]}::text[])`.execute(db);
  return new Map(result.rows.map((r) => [r.customer_ref, r.sales_rep]));
}

/** Sets sales representatives by customer reference in one statement (the customers CSV import). */
export async function setSalesRepsByRef(tx: Tx, tenantId: number, rows: readonly { customerRef: string; salesRep: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`update customers c set sales_rep = x.rep, updated_at = now()
    from unnest(${rows.map((r) => r.customerRef)}::text[], ${rows.map((r) => r.salesRep)}::text[]) as x(ref, rep)
    where c.tenant_id = ${tenantId} and c.customer_ref = x.ref`.execute(tx);
}
