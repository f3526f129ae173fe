// Issue #8: payment history as the ledger knew it on as-of — nothing dated later is seen (no look-ahead).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { loadInvoiceHistory as loadInTx } from '../src/store/payment-history.js';
import { writeOffInvoice } from '../src/app/write-off.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
const loadInvoiceHistory = (db: DbHandle['db'], tenantId: number, asOf: string, customerId?: bigint) =>
  db.transaction().execute((tx) => loadInTx(tx, tenantId, asOf, customerId));
let tenant: TenantRow;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'history');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'A,Alpha AS,NO,nb,NOK', 'B,"Beta, Inc",NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,A,2026-01-01,2026-01-31,NOK,1000.00', 'A-2,A,2026-02-01,2026-03-03,NOK,500.00', 'B-1,B,2026-01-10,2026-02-09,NOK,300.00',
    'B-2,B,2026-05-01,2026-05-31,NOK,100.00']);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers',
    'P-1,A,2026-02-10,NOK,400.00,A-1', 'P-2,A,2026-02-20,NOK,600.00,A-1', 'P-3,B,2026-03-01,NOK,100.00,B-1']);
  await importLines(handle.db, tenant, 'credit-notes', ['credit_note_number,customer_ref,date,currency,amount,invoice_number', 'CN-1,B,2026-03-05,NOK,50.00,B-1']);
  await writeOffInvoice(handle.db, tenant.id, { invoiceNumber: 'B-1', date: '2026-04-01', reason: 'small balance', actor: 'test' });
}, 120_000);
afterAll(async () => { await handle.close(); });

describe(`payment history (${engineName})`, () => {
  it('splits cash, credit and write-offs, and dates full settlement by the last reduction', async () => {
    const rows = await loadInvoiceHistory(handle.db, tenant.id, '2026-06-30');
    expect(rows.map((r) => r.number)).toEqual(['A-1', 'A-2', 'B-1', 'B-2']);
    const [a1, a2, b1] = rows;
    expect(a1).toMatchObject({ amount: 100000n, paid: 100000n, credited: 0n, open: 0n, settledOn: '2026-02-20', lastPaidOn: '2026-02-20' });
    expect(a2).toMatchObject({ open: 50000n, settledOn: null, lastPaidOn: null });
    expect(b1).toMatchObject({ paid: 10000n, credited: 20000n, writtenOff: 15000n, open: 0n, settledOn: '2026-04-01', lastPaidOn: '2026-03-01' });
  });

  it('sees nothing dated after as-of', async () => {
    const rows = await loadInvoiceHistory(handle.db, tenant.id, '2026-02-15');
    expect(rows.map((r) => r.number)).toEqual(['A-1', 'A-2', 'B-1']);
    expect(rows[0]).toMatchObject({ paid: 40000n, open: 60000n, settledOn: null, lastPaidOn: '2026-02-10' });
    expect(rows[2]).toMatchObject({ paid: 0n, open: 30000n });
  });

  it('reads one customer', async () => {
    const all = await loadInvoiceHistory(handle.db, tenant.id, '2026-06-30');
    const b = all.find((r) => r.number === 'B-1')?.customerId;
    const rows = await loadInvoiceHistory(handle.db, tenant.id, '2026-06-30', b);
    expect(rows.map((r) => r.number)).toEqual(['B-1', 'B-2']);
  });
});
