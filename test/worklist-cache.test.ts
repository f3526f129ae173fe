// Issue #6: "Nothing already paid is ever on the worklist: cash posted a moment ago is reflected at once." The
// worklist is cached per process and checked against the change log (migration 0015) on every read: these tests
// write through each path that feeds it and read straight after, on both engines — and, on PostgreSQL, from a
// second process's connection pool.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openPostgres } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import type { TenantRow } from '../src/store/tenants.js';
import { getWorklist } from '../src/app/worklist/get-worklist.js';
import { putExchangeRates } from '../src/app/worklist/exchange-rates.js';
import { putSegment } from '../src/app/segments.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { createScratchDatabase } from './support/pg-scratch.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
let other: TenantRow;
const AS_OF = '2026-11-23';
const PAY = 'payment_ref,customer_ref,date,currency,amount,invoice_numbers';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'cache');
  other = await makeTenant(handle.db, 'cache-other');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,sales_rep',
    'A,Alpha AS,NO,nb,NOK,rita', 'B,Beta AB,SE,sv,SEK,', 'C,Gamma AS,NO,nb,NOK,sam']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,A,2026-09-01,2026-10-01,NOK,10000.00', 'B-1,B,2026-09-01,2026-10-01,SEK,20000.00', 'C-1,C,2026-10-01,2026-11-01,NOK,500.00']);
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'X,Other AS,NO,nb,NOK']);
}, 120_000);
afterAll(async () => handle.close());

const read = (db = handle.db, collector?: string) => getWorklist(db, tenant, { asOf: AS_OF, collector, limit: 50, offset: 0 });
const refs = async (db = handle.db) => (await read(db)).rows.map((r) => r.customerRef);

describe(`the worklist cache (${engineName})`, () => {
  it('imports sales representatives with the customers CSV, and changes them only with --update', async () => {
    const rows = (await read()).rows;
    expect(rows.map((r) => [r.customerRef, r.salesRep])).toEqual([['B', null], ['A', 'rita'], ['C', 'sam']]);
    const refused = await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,sales_rep', 'A,Alpha AS,NO,nb,NOK,rolf'], { skipInvalid: true });
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'sales_rep' })]);
    const updated = await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,sales_rep', 'A,Alpha AS,NO,nb,NOK,rolf', 'C,Gamma AS,NO,nb,NOK,'], { update: true });
    expect(updated).toMatchObject({ updated: 2, rejected: 0 });
    // A file without the column leaves them as they are.
    expect((await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'A,Alpha AS,NO,nb,NOK'])).unchanged).toBe(1);
    expect((await read()).rows.map((r) => [r.customerRef, r.salesRep])).toEqual([['B', null], ['A', 'rolf'], ['C', null]]);
  });

  it('serves a cached list until something it reads changes, and shares one computation between concurrent readers', async () => {
    await read();
    const again = await read();
    expect(again.cached).toBe(true);
    const together = await Promise.all([1, 2, 3, 4].map(() => read()));
    expect(new Set(together.map((r) => r.computedAt)).size).toBe(1);
    // Another tenant's writes do not touch this tenant's list.
    await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'X-1,X,2026-01-01,2026-01-31,NOK,100.00']);
    expect((await read()).cached).toBe(true);
  });

  it('sees a payment, a rate, a risk grade, a segment and a write by no tenant at once', async () => {
    await importLines(handle.db, tenant, 'payments', [PAY, 'P-1,C,2026-11-23,NOK,500.00,C-1']);
    const paid = await read();
    expect(paid.cached).toBe(false);
    expect(paid.rows.map((r) => r.customerRef)).toEqual(['B', 'A']);

    await putExchangeRates(handle.db, tenant, { rates: [{ currency: 'SEK', rate: '0.1' }], actor: 'test' });
    expect(await refs()).toEqual(['A', 'B']);

    await sql`insert into customer_risk (tenant_id, customer_id, grade, score, parts, as_of)
      select tenant_id, id, 'E', 10, '{}'::jsonb, ${AS_OF} from customers where tenant_id = ${tenant.id} and customer_ref = 'B'`.execute(handle.db);
    expect((await read()).rows.find((r) => r.customerRef === 'B')?.riskGrade).toBe('E');

    await putSegment(handle.db, tenant, { name: 'all', rule: {}, collector: 'kari', actor: 'test' });
    expect((await read(handle.db, 'kari')).rows.map((r) => r.customerRef)).toEqual(['A', 'B']);

    // The owner role (no tenant in the transaction): logged for every tenant.
    await sql`update customers set do_not_contact = true where tenant_id = ${tenant.id} and customer_ref = 'A'`.execute(handle.db);
    expect(await refs()).toEqual(['B']);
  });

  it.runIf(engineName === 'postgres')('sees a payment posted by another process at once', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL ?? '', 'arrears_worklist');
    const first = openPostgres(scratch.url);
    const second = openPostgres(scratch.url);
    try {
      await migrate(first);
      const t = await makeTenant(first.db, 'two-processes');
      await importLines(first.db, t, 'customers', ['customer_ref,name,country,language,currency', 'A,Alpha AS,NO,nb,NOK']);
      await importLines(first.db, t, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-09-01,2026-10-01,NOK,100.00']);
      const list = () => getWorklist(first.db, t, { asOf: AS_OF, limit: 50, offset: 0 });
      expect((await list()).rows.map((r) => r.customerRef)).toEqual(['A']);
      expect((await list()).cached).toBe(true);
      await importLines(second.db, t, 'payments', [PAY, 'P-1,A,2026-11-23,NOK,100.00,A-1']);
      expect((await list()).rows).toEqual([]);
    } finally {
      await first.close();
      await second.close();
      await scratch.drop();
    }
  });
});
