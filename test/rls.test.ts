// Row-level security is the second line of isolation: even a query that forgets its tenant filter sees only the
// transaction's tenant (DESIGN.md, "identity").
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { CUSTOMERS, INVOICES, importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let a: TenantRow;
let b: TenantRow;

beforeAll(async () => {
  handle = await openTestDb();
  a = await makeTenant(handle.db, 'rls-a');
  b = await makeTenant(handle.db, 'rls-b');
  await importLines(handle.db, a, 'customers', CUSTOMERS);
  await importLines(handle.db, a, 'invoices', INVOICES);
});
afterAll(async () => handle.close());

describe(`row-level security (${engineName})`, () => {
  it.each(['customers', 'invoices', 'payments', 'credit_notes', 'allocations', 'audit_log', 'api_keys', 'tenants', 'law_rates', 'law_fees', 'dunning_policies', 'dunning_runs', 'dunning_actions', 'outbox', 'promises', 'disputes', 'payment_plans', 'invoice_dunning', 'call_tasks', 'print_batches', 'bank_accounts', 'bank_imports', 'bank_entries', 'payer_accounts'])('hides %s of other tenants from an unfiltered query', async (table) => {
    const own = await inTenant(handle.db, a.id, (tx) => sql<{ n: bigint }>`select count(*) as n from ${sql.table(table)}`.execute(tx));
    const other = await inTenant(handle.db, b.id, (tx) => sql<{ n: bigint }>`select count(*) as n from ${sql.table(table)}`.execute(tx));
    if (['customers', 'invoices', 'audit_log', 'tenants'].includes(table)) expect(own.rows[0]?.n).toBeGreaterThan(0n);
    expect(other.rows[0]?.n).toBe(table === 'tenants' ? 1n : 0n);
  });

  it('has row-level security and the tenant policy on every table that holds tenant data', async () => {
    const tables = await handle.db.transaction().execute((tx) => sql<{ relname: string; relrowsecurity: boolean; policies: bigint }>`
      select c.relname, c.relrowsecurity, (select count(*) from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation') as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'r' and n.nspname = current_schema()
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
       order by c.relname`.execute(tx));
    expect(tables.rows.length).toBeGreaterThan(25);
    for (const t of tables.rows) expect({ table: t.relname, rls: t.relrowsecurity, policies: t.policies }).toEqual({ table: t.relname, rls: true, policies: 1n });
  });

  it('refuses to write a row for another tenant', async () => {
    await expect(inTenant(handle.db, b.id, (tx) => sql`insert into customers (tenant_id, customer_ref, name, currency) values (${a.id}, 'X', 'X', 'NOK')`.execute(tx)))
      .rejects.toThrow(/row-level security/);
  });

  it('keeps the ledger append-only for the application role', async () => {
    await expect(inTenant(handle.db, a.id, (tx) => sql`update invoices set amount = 1 where tenant_id = ${a.id}`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant(handle.db, a.id, (tx) => sql`delete from invoices where tenant_id = ${a.id}`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant(handle.db, a.id, (tx) => sql`delete from audit_log`.execute(tx))).rejects.toThrow(/permission denied/);
  });
});
