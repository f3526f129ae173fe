import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { CUSTOMERS, INVOICES, importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';
import { serveApi } from './support/http.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let keyA: string;
let keyB: string;

beforeAll(async () => {
  handle = await openTestDb();
  const a = await makeTenant(handle.db, 'alpha');
  const b = await makeTenant(handle.db, 'beta');
  await importLines(handle.db, a, 'customers', CUSTOMERS);
  await importLines(handle.db, a, 'invoices', INVOICES);
  await importLines(handle.db, b, 'customers', ['customer_ref,name,country,language', 'B1,Beta Kunde AS,NO,nb']);
  keyA = await createApiKey(handle.db, a, 'test');
  keyB = await createApiKey(handle.db, b, 'test');
  server = await serveApi(handle.db);
});
afterAll(async () => { await server.close(); await handle.close(); });

const get = (path: string, key?: string) => fetch(`${server.url}/api${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe(`HTTP API (${engineName})`, () => {
  it('serves the OpenAPI document without a key', async () => {
    const response = await get('/openapi.json');
    expect(response.status).toBe(200);
    const doc = await response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/aging', '/kpi', '/customers/{ref}', '/customers/{ref}/statement', '/invoices/{number}', '/imports/{kind}']));
  });

  it('answers 401 without a key or with an unknown one', async () => {
    expect((await get('/aging?asOf=2026-11-23')).status).toBe(401);
    expect((await get('/aging?asOf=2026-11-23', 'arr_nope')).status).toBe(401);
  });

  it('returns aging in the contract shape', async () => {
    const response = await get('/aging?asOf=2026-03-20', keyA);
    expect(response.status).toBe(200);
    const body = await response.json() as { currencies: { currency: string; total: string; customers: { customerRef: string }[] }[] };
    expect(body).toMatchObject({ asOf: '2026-03-20', buckets: ['current', '1-30', '31-60', '61-90', '90+'] });
    expect(body.currencies[0]).toMatchObject({ currency: 'NOK', total: '3900.50', buckets: { current: '0.00', '1-30': '2900.50', '31-60': '1000.00', '61-90': '0.00', '90+': '0.00' } });
    // INV-4 is issued after as-of, so it does not exist yet; INV-3 is 5 days past due, INV-2 17, INV-1 48.
  });

  it('answers 400 with the field and reason for invalid input', async () => {
    const response = await get('/aging?asOf=2026-02-30', keyA);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'as-of', reason: expect.stringMatching(/no such day/) });
    const missing = await get('/aging', keyA);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: 'asOf' });
    const buckets = await get('/aging?asOf=2026-03-01&buckets=60,30', keyA);
    expect(await buckets.json()).toMatchObject({ field: 'buckets' });
  });

  it.each([
    ['/customers/C001', 200],
    ['/invoices/INV-1', 200],
    ['/customers/C001/statement?from=2026-01-01&to=2026-03-31&type=balance-forward', 200],
    ['/customers/C001/statement?from=2026-01-01&to=2026-03-31&type=open-item', 200],
  ])('never shows another tenant\'s data: %s', async (path, ownStatus) => {
    expect((await get(path, keyA)).status).toBe(ownStatus);
    const other = await get(path, keyB);
    expect(other.status).toBe(404);
    expect(JSON.stringify(await other.json())).not.toMatch(/Fjord|1000\.00/);
  });

  it('keeps aging, KPIs and customer lists per tenant', async () => {
    const aging = await (await get('/aging?asOf=2026-11-23', keyB)).json() as { currencies: unknown[] };
    expect(aging.currencies).toEqual([]);
    const kpi = await (await get('/kpi?asOf=2026-11-23&months=3', keyB)).json() as { currencies: unknown[] };
    expect(kpi.currencies).toEqual([]);
    const customers = await (await get('/customers', keyB)).json() as { customers: { customerRef: string }[] };
    expect(customers.customers.map((c) => c.customerRef)).toEqual(['B1']);
  });

  it('imports CSV over HTTP and reports bad rows', async () => {
    const post = (kind: string, body: string, query = '') => fetch(`${server.url}/api/imports/${kind}${query}`, { method: 'POST', headers: { authorization: `Bearer ${keyB}`, 'content-type': 'text/csv' }, body });
    const bad = await post('invoices', 'invoice_number,customer_ref,issue_date,due_date,currency,amount\nB-1,B1,2026-01-01,2026-01-31,NOK,10.00\nB-2,C001,2026-01-01,2026-01-31,NOK,10.00\n');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ imported: 0, rejected: 1, errors: [{ line: 3, field: 'customer_ref', message: 'unknown customer "C001"' }] });
    const good = await post('invoices', 'invoice_number,customer_ref,issue_date,due_date,currency,amount\nB-1,B1,2026-01-01,2026-01-31,NOK,10.00\n');
    expect(await good.json()).toMatchObject({ imported: 1, rejected: 0 });
    expect((await get('/invoices/B-1', keyB)).status).toBe(200);
    expect((await get('/invoices/B-1', keyA)).status).toBe(404);
  });

  it('renders a statement as PDF', async () => {
    const response = await get('/customers/C001/statement?from=2026-01-01&to=2026-03-31&format=pdf', keyA);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe(`write-offs over HTTP (${engineName})`, () => {
  const post = (path: string, key: string, body: unknown) => fetch(`${server.url}/api${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  it('writes off part of an invoice, refuses more than is open, and hides other tenants\' invoices', async () => {
    const part = await post('/invoices/INV-3/write-offs', keyA, { amount: '100.00', reason: 'goodwill', date: '2026-04-01' });
    expect(await part.json()).toEqual({ invoice: 'INV-3', writtenOff: '100.00', open: '300.00' });
    const tooMuch = await post('/invoices/INV-3/write-offs', keyA, { amount: '300.01', reason: 'x', date: '2026-04-01' });
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.json()).toMatchObject({ field: 'amount', reason: 'only 300.00 is open on invoice INV-3' });
    expect((await post('/invoices/INV-3/write-offs', keyB, { reason: 'x', date: '2026-04-01' })).status).toBe(404);
    const aging = await (await get('/aging?asOf=2026-04-30', keyA)).json() as { currencies: { customers: { customerRef: string; total: string }[] }[] };
    expect(aging.currencies[0]?.customers.find((c) => c.customerRef === 'C002')?.total).toBe('300.00');
  });
});

describe(`audit trail over HTTP (${engineName})`, () => {
  it('records who imported and wrote off, newest first, and only for the own tenant', async () => {
    const body = await (await get('/audit?entity=invoice&key=INV-3', keyA)).json() as { entries: { actor: string; action: string; reason: string }[] };
    expect(body.entries[0]).toMatchObject({ actor: 'apikey:test', action: 'write-off', reason: 'goodwill' });
    const imports = await (await get('/audit?entity=invoices', keyA)).json() as { entries: { actor: string; action: string; details: { imported: number } }[] };
    expect(imports.entries.at(-1)).toMatchObject({ actor: 'test', action: 'import', details: { imported: 4 } });
    const other = await (await get('/audit?entity=invoice&key=INV-3', keyB)).json() as { entries: unknown[] };
    expect(other.entries).toEqual([]);
  });
});
