// Three derivations of one balance must agree on a realistic ledger (the demo tenant): the aging report, the
// open-item statement and the balance-forward statement — at several historical as-of dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { seedDemo } from '../src/app/seed-demo.js';
import { getAging } from '../src/app/get-aging.js';
import { buildStatement, statementJson } from '../src/app/build-statement.js';
import { resolveTenant } from '../src/app/resolve-tenant.js';
import { computeTenantKpis } from '../src/app/compute-kpis.js';
import { parseAmount } from '../src/domain/money.js';
import { getCustomer } from '../src/app/read-documents.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;

beforeAll(async () => {
  handle = await openTestDb();
  const demo = await seedDemo(handle.db, '2026-11-23');
  expect(demo).toMatchObject({ customers: expect.any(Number), invoices: expect.any(Number) });
  expect(demo.customers).toBeGreaterThanOrEqual(200);
  expect(demo.invoices).toBeGreaterThanOrEqual(2000);
  tenant = await resolveTenant(handle.db, demo.slug);
}, 180_000);
afterAll(async () => handle.close());

describe(`ledger consistency on the demo tenant (${engineName})`, () => {
  it.each(['2025-12-31', '2026-06-30', '2026-11-23'])('aging, open-item and balance-forward agree as of %s', async (asOf) => {
    const aging = await getAging(handle.db, tenant.id, { asOf });
    const customers = aging.currencies.flatMap((c) => c.customers.map((cu) => ({ ...cu, currency: c.currency })));
    expect(customers.length).toBeGreaterThan(50);
    const minor = (v: string, currency: string) => { const p = parseAmount(v, currency); if (!p.ok) throw new Error(p.reason); return p.value; };
    for (const c of aging.currencies) {
      const buckets = Object.values(c.buckets).reduce((total, v) => total + minor(v, c.currency), 0n);
      expect(buckets + minor(c.unapplied, c.currency)).toBe(minor(c.total, c.currency));
    }
    // Every 5th customer keeps the test quick; the sample spans all currencies and languages.
    for (const customer of customers.filter((_c, i) => i % 5 === 0)) {
      const openItem = statementJson(await buildStatement(handle.db, tenant, { customerRef: customer.customerRef, from: asOf, to: asOf, type: 'open-item' })) as { closingBalance: string; unapplied: string };
      const forward = statementJson(await buildStatement(handle.db, tenant, { customerRef: customer.customerRef, from: '2020-01-01', to: asOf, type: 'balance-forward' })) as { closingBalance: string };
      expect({ ref: customer.customerRef, open: openItem.closingBalance, unapplied: openItem.unapplied, forward: forward.closingBalance })
        .toEqual({ ref: customer.customerRef, open: customer.total, unapplied: customer.unapplied, forward: customer.total });
    }
  });

  it('has very overdue accounts, unapplied cash and all six languages', async () => {
    const aging = await getAging(handle.db, tenant.id, { asOf: '2026-11-23' });
    expect(aging.currencies.some((c) => c.buckets['90+'] !== '0.00' && !c.buckets['90+']?.startsWith('-'))).toBe(true);
    expect(aging.currencies.some((c) => c.unapplied.startsWith('-'))).toBe(true);
    const languages = await handle.db.selectFrom('customers').select('language').distinct().where('tenant_id', '=', tenant.id).execute();
    expect(languages.map((l) => l.language).sort()).toEqual(['bg', 'en', 'fil', 'nb', 'sv', 'te']);
  });

  it('keeps contacts by role on each customer', async () => {
    const customer = await getCustomer(handle.db, tenant.id, 'C10001');
    expect(customer.contacts.length).toBeGreaterThanOrEqual(1);
    for (const contact of customer.contacts) expect(['billing', 'accounts-payable', 'executive']).toContain(contact.role);
  });

  it('computes finite KPIs for every currency', async () => {
    const kpi = await computeTenantKpis(handle.db, tenant.id, { asOf: '2026-11-23', months: 3 });
    expect(kpi.currencies.length).toBe(7);
    for (const c of kpi.currencies) for (const v of Object.values(c)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
});
