// Issue #6: disputes over HTTP — opened on part or all of invoices, routed by reason, pausing dunning for the
// disputed amount only; resolved by credit note, by goods taken back, or rejected; the root-cause report; and
// another tenant's ids answering 404, never data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const AS_OF = '2026-02-01';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'disputes');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'ACME,Acme AS,NO,nb,NOK', 'BETA,Beta AS,NO,nb,NOK', 'GAMMA,Gamma AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,ACME,2026-01-01,2026-01-31,NOK,1000.00', 'A-2,ACME,2026-01-01,2026-01-31,NOK,500.00', 'A-3,ACME,2026-01-01,2026-01-31,NOK,300.00',
    'B-1,BETA,2026-01-01,2026-01-31,NOK,800.00', 'G-1,GAMMA,2026-01-01,2026-01-31,NOK,250.00']);
  key = await createApiKey(handle.db, tenant, 'kari');
  const other = await makeTenant(handle.db, 'disputes-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'ZED,Zed AS,NO,nb,NOK']);
  await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'Z-1,ZED,2026-01-01,2026-01-31,NOK,100.00']);
  otherKey = await createApiKey(handle.db, other, 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Json = Record<string, unknown>;
const call = async (method: string, path: string, body?: unknown, apiKey = key): Promise<{ status: number; body: Json }> => {
  const response = await fetch(`${server.url}/api${path}`, {
    method, headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as Json };
};
const post = (path: string, body: unknown, apiKey = key) => call('POST', path, body, apiKey);
const get = (path: string, apiKey = key) => call('GET', path, undefined, apiKey);

/** What a dry run of dunning would claim per invoice of a customer (empty: nothing dunned). */
async function dunned(customerRef: string, asOf = AS_OF): Promise<Record<string, string>> {
  const run = await runDunning(handle.db, tenant, { asOf, dryRun: true, actor: 'test' });
  const action = run.actions.find((a) => a.customerRef === customerRef);
  return Object.fromEntries((action?.invoices ?? []).map((i) => [i.number, i.open]));
}
const openOf = async (number: string) => (await get(`/invoices/${number}`)).body.open;

describe(`disputes over HTTP (${engineName})`, () => {
  it('validates every field, with the field and the reason', async () => {
    const base = { customerRef: 'ACME', reason: 'pricing', invoices: [{ invoiceNumber: 'A-1' }], openedOn: AS_OF };
    const cases: [unknown, number, string][] = [
      [{ ...base, reason: 'grumpy' }, 400, 'reason'],
      [{ ...base, invoices: [] }, 400, 'invoices'],
      [{ ...base, invoices: [{ invoiceNumber: 'A-1', amount: '1000.01' }] }, 400, 'invoices.0.amount'],
      [{ ...base, invoices: [{ invoiceNumber: 'A-1', amount: '10.001' }] }, 400, 'invoices.0.amount'],
      [{ ...base, invoices: [{ invoiceNumber: 'A-1', amount: '-5.00' }] }, 400, 'invoices.0.amount'],
      [{ ...base, invoices: [{ invoiceNumber: 'A-1' }, { invoiceNumber: 'A-1' }] }, 400, 'invoices.1.invoiceNumber'],
      [{ ...base, invoices: [{ invoiceNumber: 'B-1' }] }, 400, 'invoices.0.invoiceNumber'],
      [{ ...base, dueDate: '2026-01-15' }, 400, 'dueDate'],
      [{ ...base, dueDate: '2026-02-30' }, 400, 'dueDate'],
      [{ ...base, openedOn: '2025-12-01' }, 400, 'openedOn'],
      [{ ...base, customerRef: '' }, 400, 'customerRef'],
      [{ ...base, customerRef: 'NOBODY' }, 404, ''],
      [{ ...base, invoices: [{ invoiceNumber: 'NOPE' }] }, 404, ''],
    ];
    for (const [body, status, field] of cases) {
      const answer = await post('/disputes', body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      if (status === 400) expect(answer.body).toMatchObject({ error: 'invalid', field, reason: expect.any(String) });
    }
    expect((await get('/disputes')).body.disputes).toEqual([]);
  });

  it('pauses dunning for the disputed amount only, and resumes it for the amount when the dispute is rejected', async () => {
    expect(await dunned('ACME')).toEqual({ 'A-1': '1000.00', 'A-2': '500.00', 'A-3': '300.00' });
    const opened = await post('/disputes', { customerRef: 'ACME', reason: 'damaged-goods', invoices: [{ invoiceNumber: 'A-1', amount: '400.00' }], openedOn: AS_OF, note: 'two pallets crushed' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      customerRef: 'ACME', currency: 'NOK', reason: 'damaged-goods', department: 'logistics', dueDate: '2026-02-15', openedOn: AS_OF, status: 'open', amount: '400.00',
      invoices: [{ invoiceNumber: 'A-1', amount: '400.00', credit: null }], resolution: null, createdBy: 'apikey:kari',
    });
    expect(await dunned('ACME')).toEqual({ 'A-1': '600.00', 'A-2': '500.00', 'A-3': '300.00' });
    // Never more than is open and not yet disputed.
    const tooMuch = await post('/disputes', { customerRef: 'ACME', reason: 'pricing', invoices: [{ invoiceNumber: 'A-1', amount: '600.01' }], openedOn: AS_OF });
    expect(tooMuch.body).toMatchObject({ field: 'invoices.0.amount', reason: expect.stringMatching(/only 600\.00 .* not already disputed/) });

    const id = opened.body.id as string;
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'rejected', note: '' })).body).toMatchObject({ field: 'note' });
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'refunded', note: 'x' })).body).toMatchObject({ field: 'outcome' });
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'rejected', note: 'x', date: '2026-01-15' })).body).toMatchObject({ field: 'date' });
    const rejected = await post(`/disputes/${id}/resolve`, { outcome: 'rejected', note: 'carrier photos show intact pallets', date: '2026-02-05' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', resolution: { on: '2026-02-05', by: 'apikey:kari', note: 'carrier photos show intact pallets', creditNote: null } });
    expect(await dunned('ACME')).toEqual({ 'A-1': '1000.00', 'A-2': '500.00', 'A-3': '300.00' });
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'credit-note', note: 'again' })).body).toMatchObject({ field: 'outcome', reason: expect.stringMatching(/rejected/) });
    expect(await openOf('A-1')).toBe('1000.00');
  });

  it('resolves with a partial credit note in the ledger, allocated to the disputed invoice, never more than disputed', async () => {
    const opened = await post('/disputes', { customerRef: 'ACME', reason: 'pricing', product: 'Widget', invoices: [{ invoiceNumber: 'A-2' }, { invoiceNumber: 'A-3', amount: '200.00' }], openedOn: AS_OF });
    expect(opened.body).toMatchObject({ department: 'sales', dueDate: '2026-02-11', amount: '700.00', invoices: [{ invoiceNumber: 'A-2', amount: '500.00' }, { invoiceNumber: 'A-3', amount: '200.00' }] });
    expect(await dunned('ACME')).toEqual({ 'A-1': '1000.00', 'A-3': '100.00' });
    const id = opened.body.id as string;
    const over = await post(`/disputes/${id}/resolve`, { outcome: 'credit-note', note: 'list price', invoices: [{ invoiceNumber: 'A-3', amount: '200.01' }] });
    expect(over.body).toMatchObject({ field: 'invoices.0.amount', reason: 'more than the 200.00 disputed on invoice A-3' });
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'credit-note', note: 'x', invoices: [{ invoiceNumber: 'A-1', amount: '1.00' }] })).body).toMatchObject({ field: 'invoices.0.invoiceNumber' });
    const resolved = await post(`/disputes/${id}/resolve`, { outcome: 'credit-note', note: 'agreed the quoted price', date: '2026-02-11', invoices: [{ invoiceNumber: 'A-2', amount: '100.00' }] });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved-credit', invoices: [{ invoiceNumber: 'A-2', credit: '100.00' }, { invoiceNumber: 'A-3', credit: '0.00' }],
      resolution: { on: '2026-02-11', note: 'agreed the quoted price', creditNote: { number: `CN-DSP-${id}`, amount: '100.00' } },
    });
    expect(await openOf('A-2')).toBe('400.00');
    expect(await openOf('A-3')).toBe('300.00');
    // The rest of the dispute is owed again: dunning resumes for it.
    expect(await dunned('ACME', '2026-02-12')).toEqual({ 'A-1': '1000.00', 'A-2': '400.00', 'A-3': '300.00' });
    const audit = await get(`/audit?entity=credit%20note&key=CN-DSP-${id}`);
    expect(audit.body.entries).toEqual([expect.objectContaining({ actor: 'apikey:kari', action: 'insert' })]);
  });

  it('takes goods back: dunning stays paused until the goods arrive, then the credit is issued', async () => {
    const opened = await post('/disputes', { customerRef: 'BETA', reason: 'wrong-item', invoices: [{ invoiceNumber: 'B-1' }], openedOn: AS_OF, department: 'warehouse', dueDate: '2026-03-01' });
    expect(opened.body).toMatchObject({ department: 'warehouse', dueDate: '2026-03-01', amount: '800.00' });
    const id = opened.body.id as string;
    expect((await post(`/disputes/${id}/goods-received`, { date: '2026-02-10' })).body).toMatchObject({ field: 'status' });
    const accepted = await post(`/disputes/${id}/resolve`, { outcome: 'return', note: 'collect the wrong pumps', date: '2026-02-03' });
    expect(accepted.body).toMatchObject({ status: 'return-pending', returnAcceptedOn: '2026-02-03', resolution: null, invoices: [{ invoiceNumber: 'B-1', credit: '800.00' }] });
    expect(await dunned('BETA')).toEqual({});
    expect(await openOf('B-1')).toBe('800.00');
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'rejected', note: 'x' })).body).toMatchObject({ field: 'outcome', reason: expect.stringMatching(/return-pending/) });
    expect((await post(`/disputes/${id}/goods-received`, { date: '2026-02-02' })).body).toMatchObject({ field: 'date' });
    const received = await post(`/disputes/${id}/goods-received`, { date: '2026-02-17', note: 'pumps back in stock' });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: 'resolved-return', resolution: { on: '2026-02-17', note: 'collect the wrong pumps / pumps back in stock', creditNote: { number: `CN-DSP-${id}`, amount: '800.00' } } });
    expect(await openOf('B-1')).toBe('0.00');
    expect((await post(`/disputes/${id}/goods-received`, {})).body).toMatchObject({ field: 'status' });
  });

  it('lists and filters disputes, newest first', async () => {
    const all = (await get('/disputes')).body.disputes as Json[];
    expect(all.map((d) => d.status)).toEqual(['resolved-return', 'resolved-credit', 'rejected']);
    expect(((await get('/disputes?status=rejected')).body.disputes as Json[]).map((d) => d.reason)).toEqual(['damaged-goods']);
    expect(((await get('/disputes?department=sales')).body.disputes as Json[]).map((d) => d.reason)).toEqual(['pricing']);
    expect(((await get('/disputes?customerRef=BETA')).body.disputes as Json[]).map((d) => d.reason)).toEqual(['wrong-item']);
    expect((await get('/disputes?status=open')).body.disputes).toEqual([]);
    expect((await get('/disputes?status=maybe')).body).toMatchObject({ field: 'status' });
    expect((await get('/disputes?limit=0')).status).toBe(400);
    const one = await get(`/disputes/${all[0]?.id as string}`);
    expect(one.body).toEqual(all[0]);
  });

  it('reports root causes per reason, product or department and month', async () => {
    const byReason = await get('/disputes/root-causes?from=2026-01-01&to=2026-12-31&by=reason');
    expect(byReason.status).toBe(200);
    expect(byReason.body).toEqual({
      from: '2026-01-01', to: '2026-12-31', by: 'reason',
      groups: [
        { key: 'damaged-goods', month: '2026-02', count: 1, resolved: 1, disputed: { NOK: '400.00' }, resolvedCredit: {}, medianDaysToResolve: 4 },
        { key: 'pricing', month: '2026-02', count: 1, resolved: 1, disputed: { NOK: '700.00' }, resolvedCredit: { NOK: '100.00' }, medianDaysToResolve: 10 },
        { key: 'wrong-item', month: '2026-02', count: 1, resolved: 1, disputed: { NOK: '800.00' }, resolvedCredit: { NOK: '800.00' }, medianDaysToResolve: 16 },
      ],
    });
    const byProduct = await get('/disputes/root-causes?from=2026-02-01&to=2026-02-28&by=product');
    expect((byProduct.body.groups as Json[]).map((g) => [g.key, g.count, g.medianDaysToResolve])).toEqual([[null, 2, 10], ['Widget', 1, 10]]);
    const byDepartment = await get('/disputes/root-causes?from=2026-02-01&to=2026-02-28&by=department');
    expect((byDepartment.body.groups as Json[]).map((g) => g.key)).toEqual(['logistics', 'sales', 'warehouse']);
    expect((await get('/disputes/root-causes?from=2026-03-01&to=2026-03-31')).body.groups).toEqual([]);
    expect((await get('/disputes/root-causes?from=2026-03-01&to=2026-02-01')).body).toMatchObject({ field: 'to' });
    expect((await get('/disputes/root-causes?from=2026-03-01&to=2026-04-01&by=colour')).body).toMatchObject({ field: 'by' });
    expect((await get('/disputes/root-causes?to=2026-04-01')).body).toMatchObject({ field: 'from' });
  });

  it('answers another tenant 404 for every dispute route, never data', async () => {
    const id = ((await get('/disputes')).body.disputes as Json[])[0]?.id as string;
    expect((await get(`/disputes/${id}`, otherKey)).status).toBe(404);
    expect((await post(`/disputes/${id}/resolve`, { outcome: 'rejected', note: 'x' }, otherKey)).status).toBe(404);
    expect((await post(`/disputes/${id}/goods-received`, {}, otherKey)).status).toBe(404);
    expect((await get('/disputes', otherKey)).body.disputes).toEqual([]);
    expect((await get('/disputes?customerRef=ACME', otherKey)).body.disputes).toEqual([]);
    expect((await get('/disputes/root-causes?from=2026-01-01&to=2026-12-31', otherKey)).body.groups).toEqual([]);
    const foreign = await post('/disputes', { customerRef: 'ACME', reason: 'other', invoices: [{ invoiceNumber: 'A-1' }] }, otherKey);
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toMatch(/1000|Acme/);
    expect((await post('/disputes', { customerRef: 'ZED', reason: 'other', invoices: [{ invoiceNumber: 'A-1' }] }, otherKey)).status).toBe(404);
    expect((await post('/disputes', { customerRef: 'ACME', reason: 'other', invoices: [{ invoiceNumber: 'Z-1' }] })).status).toBe(404);
    expect((await get('/disputes/not-a-number')).status).toBe(404);
    expect((await get('/disputes/0')).status).toBe(404);
    expect((await get('/disputes/99999999999999999999')).status).toBe(404);
  });

  it('credits the whole disputed amount by default; what was paid meanwhile stays as unapplied credit', async () => {
    const opened = await post('/disputes', { customerRef: 'GAMMA', reason: 'duplicate-billing', invoices: [{ invoiceNumber: 'G-1' }], openedOn: AS_OF });
    expect(opened.body).toMatchObject({ department: 'billing', dueDate: '2026-02-06', amount: '250.00' });
    await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'PG-1,GAMMA,2026-02-03,NOK,100.00,G-1']);
    const id = opened.body.id as string;
    const resolved = await post(`/disputes/${id}/resolve`, { outcome: 'credit-note', note: 'billed twice', date: '2026-02-04' });
    expect(resolved.body).toMatchObject({ status: 'resolved-credit', invoices: [{ invoiceNumber: 'G-1', credit: '250.00' }], resolution: { creditNote: { number: `CN-DSP-${id}`, amount: '250.00' } } });
    expect(await openOf('G-1')).toBe('0.00');
    const aging = await get('/aging?asOf=2026-02-04');
    const currencies = aging.body.currencies as { customers: { customerRef: string; total: string; unapplied: string }[] }[];
    expect(currencies[0]?.customers.find((c) => c.customerRef === 'GAMMA')).toMatchObject({ unapplied: '-100.00' });
  });
});
