// Issue #6: "It pauses dunning for those invoices until the date plus grace. It is kept when payments of at least
// the amount arrive by then, broken otherwise: a broken promise creates a call task and lets dunning resume at the
// next level. Promise-kept rate by count and by amount, per collector and tenant." Over HTTP and through the daily job.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { createPromise } from '../src/app/promises/create-promise.js';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { runTenantDay } from '../src/jobs/daily-dunning.js';
import { localClock } from '../src/domain/law/notices/local-time.js';
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
  tenant = await makeTenant(handle.db, 'review');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'K,Keeper AS,NO,nb,NOK,k@keeper.example,+47 22 00 00 01', 'BR,Breaker AS,NO,nb,NOK,b@breaker.example,+47 22 00 00 02',
    'AC,Account AS,NO,nb,NOK,a@account.example,', 'E,Early AS,NO,nb,NOK,e@early.example,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'K-1,K,2026-01-01,2026-01-31,NOK,1000.00', 'BR-1,BR,2026-01-01,2026-01-31,NOK,1000.00', 'AC-1,AC,2026-01-01,2026-01-31,NOK,500.00',
    'AC-2,AC,2026-01-01,2026-01-31,NOK,500.00', 'E-1,E,2026-01-01,2026-01-31,NOK,400.00']);
  key = await createApiKey(handle.db, tenant, 'kari');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'review-other'), 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
type Run = { actions: { customerRef: string; level: number; invoices: { number: string; open: string }[] }[]; skipped: { customerRef: string; reason: string }[] };
const ids: Record<string, string> = {};

describe(`reviewing promises (${engineName})`, () => {
  it('pauses dunning for the promised invoices until the date plus grace', async () => {
    expect(((await call('POST', '/dunning/runs', { asOf: '2026-02-01' })).body as Run).actions.map((a) => [a.customerRef, a.level]).sort()).toEqual([['AC', 1], ['BR', 1], ['E', 1], ['K', 1]]);
    // E paid part before promising the rest: that payment was already known and does not count toward the promise.
    await importLines(handle.db, tenant, 'payments', [PAY, 'P-E,E,2026-02-20,NOK,200.00,E-1']);
    const promise = async (customerRef: string, amount: string, invoiceNumbers: string[], collector: string) => {
      const { status, body } = await call('POST', '/promises', { customerRef, amount, invoiceNumbers, promisedDate: '2026-03-01', collector, asOf: '2026-02-20' });
      expect(status).toBe(201);
      ids[customerRef] = body.id as string;
    };
    await promise('K', '600.00', ['K-1'], 'kari');
    await promise('BR', '1000.00', ['BR-1'], 'kari');
    await promise('AC', '300.00', [], 'ola');
    await promise('E', '200.00', ['E-1'], 'ola');
    const run = (await call('POST', '/dunning/runs', { asOf: '2026-03-02' })).body as Run;
    expect(run.actions).toEqual([]);
    expect(run.skipped.map((s) => s.customerRef).sort()).toEqual(['AC', 'BR', 'E', 'K']);
    for (const s of run.skipped) expect(s.reason).toContain('promise to pay until 2026-03-04');
  });

  it('keeps a promise when the payments reach the amount by the date plus grace, counting any payment when no invoice is named', async () => {
    await importLines(handle.db, tenant, 'payments', [PAY, 'P-AC,AC,2026-02-25,NOK,300.00,AC-2', 'P-K,K,2026-03-03,NOK,600.00,K-1', 'P-BR,BR,2026-03-02,NOK,400.00,BR-1']);
    const { status, body } = await call('POST', '/promises/review', { asOf: '2026-03-04' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2026-03-04', reviewed: 4, active: 2, broken: [] });
    const kept = [...(body.kept as { customerRef: string }[])].sort((a, b) => a.customerRef.localeCompare(b.customerRef));
    expect(kept).toEqual([
      { id: ids.AC, customerRef: 'AC', decidedOn: '2026-02-25', received: '300.00' },
      { id: ids.K, customerRef: 'K', decidedOn: '2026-03-03', received: '600.00' },
    ]);
    expect((await call('GET', `/promises/${ids.BR}?asOf=2026-03-04`)).body).toMatchObject({ status: 'active', progress: { received: '400.00', remaining: '600.00' } });
  });

  it('breaks the rest the day after, with a call in the customer\'s business hours, audited', async () => {
    const { body } = await call('POST', '/promises/review', { asOf: '2026-03-05' });
    expect(body).toMatchObject({ reviewed: 2, active: 0, kept: [] });
    const broken = body.broken as { id: string; customerRef: string; decidedOn: string; received: string; callDueAt: string }[];
    expect(broken.map((b) => [b.customerRef, b.decidedOn, b.received]).sort()).toEqual([['BR', '2026-03-05', '400.00'], ['E', '2026-03-05', '0.00']]);
    const tasks = (await call('GET', '/call-tasks?status=open')).body.tasks as { customerRef: string; source: string; reason: string; localDueTime: string; telUri: string | null }[];
    const fromPromises = tasks.filter((t) => t.source === 'broken-promise');
    expect(fromPromises.map((t) => t.customerRef).sort()).toEqual(['BR', 'E']);
    // 2026-03-05 is a Thursday: the call is due at 09:00 Oslo time that day.
    for (const t of fromPromises) expect(t.localDueTime).toBe('2026-03-05 09:00');
    expect(fromPromises.find((t) => t.customerRef === 'BR')).toMatchObject({ telUri: 'tel:+4722000002', reason: expect.stringMatching(/promise \d+ broken: 1000.00 NOK for invoice\(s\) BR-1 by 2026-03-01 \(\+3 days grace\); 400.00 NOK received/) });
    expect(localClock(Date.parse(broken[0]?.callDueAt ?? ''), 'Europe/Oslo').time.slice(0, 5)).toBe('09:00');
    const audit = (await call('GET', `/audit?entity=promise&key=${ids.BR}`)).body.entries as { actor: string; action: string }[];
    expect(audit[0]).toMatchObject({ actor: 'apikey:kari', action: 'promise-broken' });
    // A second review finds nothing left to decide.
    expect((await call('POST', '/promises/review', { asOf: '2026-03-06' })).body).toMatchObject({ reviewed: 0, kept: [], broken: [] });
  });

  it('lets dunning resume at the next level once the promise is not active', async () => {
    const run = (await call('POST', '/dunning/runs', { asOf: '2026-03-05' })).body as Run;
    const levels = Object.fromEntries(run.actions.map((a) => [a.customerRef, [a.level, a.invoices.map((i) => `${i.number} ${i.open}`)]]));
    // Broken: dunned at level 2. Kept for part of the amount: the rest is dunned too.
    expect(levels).toEqual({ BR: [2, ['BR-1 600.00']], E: [2, ['E-1 200.00']], K: [2, ['K-1 400.00']], AC: [2, ['AC-1 500.00', 'AC-2 200.00']] });
  });

  it('reports the kept rate by count and by amount, per collector and for the tenant, over decisions in the period', async () => {
    const { status, body } = await call('GET', '/promises/kept-rate?from=2026-02-01&to=2026-03-31');
    expect(status).toBe(200);
    expect(body.tenant).toEqual({ decided: 4, kept: 2, broken: 2, rateByCount: 0.5, byAmount: [{ currency: 'NOK', promised: '2100.00', kept: '900.00', received: '1300.00', rate: 0.4286 }] });
    expect(body.collectors).toEqual([
      { collector: 'kari', decided: 2, kept: 1, broken: 1, rateByCount: 0.5, byAmount: [{ currency: 'NOK', promised: '1600.00', kept: '600.00', received: '1000.00', rate: 0.375 }] },
      { collector: 'ola', decided: 2, kept: 1, broken: 1, rateByCount: 0.5, byAmount: [{ currency: 'NOK', promised: '500.00', kept: '300.00', received: '300.00', rate: 0.6 }] },
    ]);
    // AC was kept on 2026-02-25, outside this period.
    expect(((await call('GET', '/promises/kept-rate?from=2026-03-01&to=2026-03-31')).body.tenant as { decided: number }).decided).toBe(3);
    expect(((await call('GET', '/promises/kept-rate?from=2026-02-01&to=2026-03-31', undefined, otherKey)).body.tenant as { decided: number }).decided).toBe(0);
  });
});

describe(`the daily job reviews promises before dunning (${engineName})`, () => {
  it('breaks a lapsed promise and dunns its invoice at the next level in the same run', async () => {
    const job = await makeTenant(handle.db, 'review-job');
    await importLines(handle.db, job, 'customers', ['customer_ref,name,country,language,currency,email', 'J,Job AS,NO,nb,NOK,j@job.example']);
    await importLines(handle.db, job, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'J-1,J,2026-01-01,2026-01-31,NOK,700.00']);
    await runDunning(handle.db, job, { asOf: '2026-02-01', dryRun: false, actor: 'test' });
    const promise = await createPromise(handle.db, job, { customerRef: 'J', amount: '700.00', promisedDate: '2026-03-01', invoiceNumbers: ['J-1'], asOf: '2026-02-15', actor: 'test' });
    expect(await runTenantDay(handle.db, { tenantId: job.id, slug: job.slug, asOf: '2026-03-04' })).toMatchObject({ status: 'ran', actions: 0, skipped: 1 });
    expect(await runTenantDay(handle.db, { tenantId: job.id, slug: job.slug, asOf: '2026-03-05' })).toMatchObject({ status: 'ran', actions: 1 });
    const row = await sql<{ status: string; decided_by: string }>`select status, decided_by from promises where tenant_id = ${job.id} and id = ${promise.id}`.execute(handle.db);
    expect(row.rows[0]).toEqual({ status: 'broken', decided_by: 'system:scheduler' });
    const level = await sql<{ level: number }>`select d.level from invoice_dunning d join invoices i on i.tenant_id = d.tenant_id and i.id = d.invoice_id where i.tenant_id = ${job.id} and i.number = 'J-1'`.execute(handle.db);
    expect(level.rows[0]?.level).toBe(2);
  });
});
