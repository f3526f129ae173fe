// Issue #4 end to end on the store: a run per day for 120 days over four customers, on both engines.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { PDFDocument } from 'pdf-lib';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { printBatch, printBatchPdf, printBatches } from '../src/app/outbox/print-batch.js';
import { addDays } from '../src/domain/dates.js';
import { findCustomer } from '../src/store/customers.js';
import { findInvoicesByNumbers } from '../src/store/invoices.js';
import { insertDispute } from '../src/store/disputes.js';
import { insertPromise } from '../src/store/promises.js';
import { inTenant } from '../src/store/tenant-scope.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
const DUE = '2026-01-31';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'dun');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency',
    'NEVER,Never Pays AS,NO,nb,NOK', 'PAYS,Pays Soon AS,NO,nb,NOK', 'DISPUTE,Disputes AS,NO,nb,NOK', 'PROMISE,Promises AS,NO,nb,NOK', 'QUIET,Do Not Contact AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    `N-1,NEVER,2026-01-01,${DUE},NOK,10000.00`, `P-1,PAYS,2026-01-01,${DUE},NOK,500.00`, `D-1,DISPUTE,2026-01-01,${DUE},NOK,800.00`,
    `R-1,PROMISE,2026-01-01,${DUE},NOK,900.00`, `Q-1,QUIET,2026-01-01,${DUE},NOK,700.00`]);
  await inTenant(handle.db, tenant.id, (tx) => sql`update customers set do_not_contact = true where tenant_id = ${tenant.id} and customer_ref = 'QUIET'`.execute(tx));
}, 120_000);
afterAll(async () => handle.close());

async function actionCount(): Promise<bigint> {
  const r = await inTenant(handle.db, tenant.id, (tx) => sql<{ n: bigint }>`select count(*) as n from dunning_actions`.execute(tx));
  return r.rows[0]?.n ?? 0n;
}

describe(`dunning runs day by day (${engineName})`, () => {
  it('writes nothing on a dry run', async () => {
    const dry = await runDunning(handle.db, tenant, { asOf: '2026-02-01', dryRun: true, actor: 'test' });
    expect(dry.actions.map((a) => a.customerRef).sort()).toEqual(['DISPUTE', 'NEVER', 'PAYS', 'PROMISE']);
    expect(dry.skipped).toContainEqual({ customerRef: 'QUIET', reason: expect.stringMatching(/do not contact/i) });
    expect(await actionCount()).toBe(0n);
  });

  it('climbs the ladder for a customer who never pays, and stops for the others as they pay, dispute or promise', async () => {
    const history = new Map<string, { day: number; level: number; fees: string; interest: string }[]>();
    for (let day = 1; day <= 120; day += 1) {
      const asOf = addDays(DUE, day);
      if (day === 10) await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', `PAY-1,PAYS,${asOf},NOK,500.00,P-1`]);
      if (day === 20) {
        await inTenant(handle.db, tenant.id, async (tx) => {
          const disputer = await findCustomer(tx, tenant.id, 'DISPUTE');
          const promiser = await findCustomer(tx, tenant.id, 'PROMISE');
          const invoices = await findInvoicesByNumbers(tx, tenant.id, ['D-1', 'R-1']);
          await insertDispute(tx, tenant.id, { customerId: disputer?.id ?? 0n, reason: 'damaged-goods', department: 'logistics', dueDate: null, invoices: [{ invoiceId: invoices.get('D-1')?.id ?? 0n, amount: 80000n }], createdBy: 'test' });
          await insertPromise(tx, tenant.id, { customerId: promiser?.id ?? 0n, currency: 'NOK', amount: 90000n, promisedDate: addDays(DUE, 42), graceDays: 3, invoiceIds: [invoices.get('R-1')?.id ?? 0n], collector: 'kari', createdBy: 'test' });
        });
      }
      const run = await runDunning(handle.db, tenant, { asOf, dryRun: false, actor: 'test' });
      for (const a of run.actions) history.set(a.customerRef, [...(history.get(a.customerRef) ?? []), { day, level: a.level, fees: a.fees, interest: a.interest }]);
      const again = await runDunning(handle.db, tenant, { asOf, dryRun: false, actor: 'test' });
      expect(again.actions).toEqual([]);
    }
    const days = (ref: string) => (history.get(ref) ?? []).map((h) => [h.day, h.level]);
    expect(days('NEVER')).toEqual([[1, 1], [30, 2], [60, 3], [90, 4]]);
    expect(days('PAYS')).toEqual([[1, 1]]);
    expect(days('DISPUTE')).toEqual([[1, 1]]);
    // The promise (day 42 + 3 days' grace) pauses dunning; it resumes at the next level once the promise lapses unpaid.
    expect(days('PROMISE')[0]).toEqual([1, 1]);
    expect(days('PROMISE')[1]?.[0]).toBeGreaterThan(45);
    expect(days('PROMISE')[1]?.[1]).toBe(2);
    expect(history.has('QUIET')).toBe(false);
    const final = history.get('NEVER')?.find((h) => h.level === 3);
    expect(final?.interest).not.toBe('0.00');
  }, 300_000);

  it('carries out the placement level\'s side effects: the customer is on credit hold and placed for collection', async () => {
    const never = await inTenant(handle.db, tenant.id, (tx) => findCustomer(tx, tenant.id, 'NEVER'));
    const holds = await inTenant(handle.db, tenant.id, (tx) => sql<{ action: string; reason: string }>`select action, reason from credit_holds where customer_id = ${never?.id}`.execute(tx));
    expect(holds.rows).toEqual([{ action: 'hold', reason: expect.stringMatching(/^dunning level 4 on 2026-0\d-\d\d: no new credit/) }]);
    const placed = await inTenant(handle.db, tenant.id, (tx) => sql<{ kind: string; amount: bigint; status: string }>`select kind, amount, status from placements where customer_id = ${never?.id}`.execute(tx));
    expect(placed.rows.length).toBe(1);
    expect(placed.rows[0]).toMatchObject({ status: 'active' });
    expect(placed.rows[0]?.amount).toBeGreaterThanOrEqual(1_000_000n);
    // Placed: the customer who never paid, and the one whose promise lapsed unpaid; not those who paid or disputed.
    const all = await inTenant(handle.db, tenant.id, (tx) => sql<{ customer_ref: string }>`select c.customer_ref from placements p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id order by 1`.execute(tx));
    expect(all.rows.map((r) => r.customer_ref)).toEqual(['NEVER', 'PROMISE']);
  });

  it('gathers the queued letters into one print batch, once', async () => {
    const batch = await printBatch(handle.db, tenant, { date: '2026-06-01', actor: 'test' });
    expect(batch.name).toBe('2026-06-01');
    // NEVER got registered letters at levels 2, 3 and 4; PROMISE at least one after its promise lapsed.
    expect(batch.letters).toBeGreaterThanOrEqual(4);
    const pdf = await PDFDocument.load(batch.pdf ?? new Uint8Array());
    expect(pdf.getPageCount() % 2).toBe(0); // duplex: every letter starts on a new sheet
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(batch.letters);
    expect(await printBatch(handle.db, tenant, { date: '2026-06-01', actor: 'test' })).toEqual({ letters: 0, pdf: null, batchId: null, name: null });
    // The batch is kept and can be fetched again, byte for byte.
    const kept = await printBatches(handle.db, tenant, { limit: 10, offset: 0 });
    expect(kept.batches).toEqual([expect.objectContaining({ id: batch.batchId, name: '2026-06-01', date: '2026-06-01', letters: batch.letters, createdBy: 'test' })]);
    expect((await printBatchPdf(handle.db, tenant, batch.batchId ?? '')).pdf).toEqual(batch.pdf);
    await expect(printBatchPdf(handle.db, tenant, '999999')).rejects.toThrow(/no print batch/);
  });

  it('refuses to run for a day before the last run', async () => {
    await expect(runDunning(handle.db, tenant, { asOf: '2026-02-01', dryRun: false, actor: 'test' })).rejects.toThrow(/cannot go back in time/);
  });
});

describe(`dunning inputs survive awkward text (${engineName})`, () => {
  it('reads invoice numbers and customer refs with commas, backslashes and line breaks exactly', async () => {
    const other = await makeTenant(handle.db, 'dun-text');
    await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', '"C,1\\x",Comma AS,NO,nb,NOK']);
    await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
      `"A,1\\n2","C,1\\x",2026-01-01,${DUE},NOK,100.00`, `"B\\\\3","C,1\\x",2026-01-01,${DUE},NOK,50.00`, `"L\nN","C,1\\x",2026-01-01,${DUE},NOK,1.00`]);
    const dry = await runDunning(handle.db, other, { asOf: addDays(DUE, 1), dryRun: true, actor: 'test' });
    expect(dry.actions).toHaveLength(1);
    expect(dry.actions[0]?.customerRef).toBe('C,1\\x');
    expect(dry.actions[0]?.invoices.map((i) => i.number).sort()).toEqual(['A,1\\n2', 'B\\\\3', 'L\nN']);
    expect(dry.actions[0]?.total).toBe('151.00');
  });
});
