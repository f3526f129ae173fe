// Issue #6: "Each instalment is tracked; a missed one, after grace, breaks the plan and dunning resumes for the
// whole remaining balance." The daily job reviews plans before its dunning run; every instalment paid completes one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { runTenantDay } from '../src/jobs/daily-dunning.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const PAY = 'payment_ref,customer_ref,date,currency,amount,invoice_numbers';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'plan-review');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email',
    'BRK,Breaker AS,NO,nb,NOK,b@breaker.example', 'DONE,Done AS,NO,nb,NOK,d@done.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'BRK-1,BRK,2026-01-01,2026-01-31,NOK,900.00', 'BRK-2,BRK,2026-01-01,2026-01-31,NOK,300.00',
    'DONE-1,DONE,2026-01-01,2026-01-31,NOK,600.00', 'DONE-2,DONE,2026-01-01,2026-01-31,NOK,100.00']);
  key = await createApiKey(handle.db, tenant, 'kari');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'plan-review-other'), 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
const day = (asOf: string) => runTenantDay(handle.db, { tenantId: tenant.id, slug: tenant.slug, asOf });
const ids: Record<string, string> = {};
type Run = { actions: { customerRef: string; level: number; invoices: { number: string; open: string }[] }[] };

describe(`reviewing payment plans in the daily job (${engineName})`, () => {
  it('pauses dunning for the plans\' invoices while they run', async () => {
    expect(await day('2026-02-01')).toMatchObject({ status: 'ran', actions: 2 });
    const plan = async (customerRef: string, body: Record<string, unknown>) => {
      const { status, body: answer } = await call('POST', '/payment-plans', { customerRef, asOf: '2026-02-10', ...body });
      expect(status).toBe(201);
      ids[customerRef] = answer.id as string;
      return answer;
    };
    // 1200.00 in three monthly instalments of 400.00 from 1 March, five days' grace.
    await plan('BRK', { invoiceNumbers: ['BRK-1', 'BRK-2'], instalments: 3, frequency: 'monthly', firstDate: '2026-03-01' });
    // 600.00 + 20.00 fees in two weekly instalments of 310.00.
    expect(await plan('DONE', { invoiceNumbers: ['DONE-1'], instalments: 2, frequency: 'weekly', firstDate: '2026-02-15', fees: '20.00' })).toMatchObject({ total: '620.00' });
    // DONE pays both instalments (the fee part stays unapplied: it counts) and, separately, its other invoice (it does not).
    await importLines(handle.db, tenant, 'payments', [PAY, 'P-D1,DONE,2026-02-15,NOK,310.00,DONE-1', 'P-D3,DONE,2026-02-16,NOK,100.00,DONE-2',
      'P-D2,DONE,2026-02-22,NOK,310.00,DONE-1', 'P-B1,BRK,2026-03-01,NOK,400.00,BRK-1']);
    expect((await call('GET', `/payment-plans/${ids.DONE}?asOf=2026-02-16`)).body).toMatchObject({ paid: '310.00' });
  });

  it('completes a plan whose every instalment was paid in time', async () => {
    expect(await day('2026-03-02')).toMatchObject({ status: 'ran', actions: 0 });
    expect((await call('GET', `/payment-plans/${ids.DONE}?asOf=2026-03-02`)).body).toMatchObject({ status: 'completed', decidedOn: '2026-02-22', decidedBy: 'system:scheduler', paid: '620.00', remaining: '0.00' });
    expect((await call('GET', `/payment-plans/${ids.BRK}?asOf=2026-03-02`)).body).toMatchObject({ status: 'active', paid: '400.00', remaining: '800.00' });
  });

  it('breaks a plan the day after a missed instalment\'s grace, and dunning resumes for the whole remaining balance', async () => {
    // The second instalment (1 April, five days' grace) is missed from 7 April.
    const states = async (asOf: string) => ((await call('GET', `/payment-plans/${ids.BRK}?asOf=${asOf}`)).body.instalments as { seq: number; state: string }[]).map((i) => `${i.seq}:${i.state}`);
    expect(await states('2026-04-06')).toEqual(['1:paid', '2:due', '3:upcoming']);
    expect(await states('2026-04-07')).toEqual(['1:paid', '2:missed', '3:upcoming']);
    expect(await day('2026-04-06')).toMatchObject({ status: 'ran', actions: 0 });
    expect(await day('2026-04-07')).toMatchObject({ status: 'ran', actions: 1 });
    expect((await call('GET', `/payment-plans/${ids.BRK}?asOf=2026-04-07`)).body).toMatchObject({ status: 'broken', decidedOn: '2026-04-07', decidedBy: 'system:scheduler' });
    const run = (await call('GET', '/dunning/runs/2026-04-07')).body as { actions: { customerRef: string; level: number; total: string }[] };
    expect(run.actions).toEqual([expect.objectContaining({ customerRef: 'BRK', level: 2 })]);
    const audit = (await call('GET', `/audit?entity=payment-plan&key=${ids.BRK}`)).body.entries as { actor: string; action: string; details: { missedSeq: number } }[];
    expect(audit[0]).toMatchObject({ actor: 'system:scheduler', action: 'payment-plan-broken', details: { missedSeq: 2 } });
  });

  it('dunns both invoices for what is still open on them', async () => {
    expect((await call('GET', '/invoices/BRK-1')).body).toMatchObject({ open: '500.00' });
    const dry = (await call('POST', '/dunning/runs', { asOf: '2026-05-20', dryRun: true })).body as Run;
    const brk = dry.actions.find((a) => a.customerRef === 'BRK');
    expect(brk?.invoices.map((i) => `${i.number} ${i.open}`)).toEqual(['BRK-1 500.00', 'BRK-2 300.00']);
  });

  it('reviews over HTTP too, idempotently, and only the caller\'s tenant', async () => {
    expect((await call('POST', '/payment-plans/review', { asOf: '2026-04-08' })).body).toMatchObject({ reviewed: 0, completed: [], broken: [] });
    expect((await call('POST', '/payment-plans/review', { asOf: '2026-04-08' }, otherKey)).body).toMatchObject({ reviewed: 0 });
    expect((await call('POST', '/payment-plans/review', { asOf: '2026-04-31' })).body).toMatchObject({ field: 'asOf' });
  });
});
