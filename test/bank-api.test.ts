// Issue #5 over HTTP: upload a bank file, read the queue, confirm or reject, save a CSV mapping; another tenant's
// entries answer 404 and its queue shows nothing of ours.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { camt054 } from './support/camt.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;
let tenant: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'bankapi');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'A,Alfa AS,NO,nb,NOK', 'B,Beta AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-10-01,2026-10-31,NOK,100.00', 'B-1,B,2026-10-01,2026-10-31,NOK,250.00']);
  key = await createApiKey(handle.db, tenant, 'test');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'bankapi-other'), 'test');
  server = await serveApi(handle.db);
}, 60_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, p: string, body?: BodyInit, type = 'application/json', apiKey = key) => {
  const response = await fetch(`${server.url}/api${p}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': type }, body });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};

type Entry = { id: string; status: string; amount: string; customerRef: string | null; explanation: string[] };

describe(`bank over HTTP (${engineName})`, () => {
  it('imports an uploaded camt.054 file and answers with the counts', async () => {
    const file = camt054('NO9386011117947', [
      { amount: '100.00', currency: 'NOK', date: '2026-11-20', ref: 'H1', text: 'invoice A-1', payerName: 'Alfa AS' },
      { amount: '250.00', currency: 'NOK', date: '2026-11-20', ref: 'H2', text: 'diverse', payerName: 'Someone Else' },
    ]);
    const first = await call('POST', '/bank/imports?fileName=n.xml', file, 'application/xml');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ entries: 2, matched: 1, duplicates: 0 });
    expect((await call('POST', '/bank/imports?fileName=n.xml', file, 'application/xml')).body).toMatchObject({ entries: 2, matched: 0, duplicates: 2 });
  });

  it('refuses an empty upload, a missing file name and a broken file with its line', async () => {
    expect((await call('POST', '/bank/imports?fileName=x.xml', '', 'application/xml')).status).toBe(400);
    expect((await call('POST', '/bank/imports', 'x', 'text/plain')).status).toBe(400);
    const negative = fs.readFileSync(path.resolve(import.meta.dirname, '../../shared/corpus/bank-statements/bai2/moov-NEGATIVE-sample-parseError.txt'));
    const bad = await call('POST', '/bank/imports?fileName=moov-NEGATIVE-sample-parseError.txt', negative, 'application/octet-stream');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/moov-NEGATIVE-sample-parseError\.txt:\d+: /);
  });

  it('works the queue and keeps other tenants out', async () => {
    const queue = (await call('GET', '/bank/entries?status=unmatched')).body.entries as Entry[];
    expect(queue.map((e) => e.amount)).toEqual(['250.00']);
    const id = queue[0]?.id ?? '';
    expect((await call('POST', `/bank/entries/${id}/confirm`, JSON.stringify({ allocations: [{ invoiceNumber: 'B-1', amount: '250.00' }] }), 'application/json', otherKey)).status).toBe(404);
    expect((await call('GET', '/bank/entries', undefined, 'application/json', otherKey)).body.entries).toEqual([]);
    expect((await call('POST', `/bank/entries/${id}/confirm`, JSON.stringify({ allocations: [{ invoiceNumber: 'B-1', amount: 'abc' }] }))).status).toBe(400);
    const confirmed = await call('POST', `/bank/entries/${id}/confirm`, JSON.stringify({ allocations: [{ invoiceNumber: 'B-1', amount: '250.00' }] }));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', customerRef: 'B' });
    expect((await call('POST', `/bank/entries/${id}/reject`, JSON.stringify({ reason: 'no' }))).status).toBe(400);
    expect((await call('POST', '/bank/entries/abc/reject', JSON.stringify({ reason: 'no' }))).status).toBe(404);
  });

  it('lets a parent company pay a subsidiary\'s invoice once the group is known', async () => {
    expect((await call('PUT', '/customers/B/parent', JSON.stringify({ parentRef: 'B' }))).status).toBe(400);
    expect((await call('PUT', '/customers/B/parent', JSON.stringify({ parentRef: 'NOPE' }))).status).toBe(400);
    expect((await call('PUT', '/customers/B/parent', JSON.stringify({ parentRef: 'A' }), 'application/json', otherKey)).status).toBe(404);
    expect((await call('PUT', '/customers/B/parent', JSON.stringify({ parentRef: 'A' }))).body).toEqual({ customerRef: 'B', parentRef: 'A' });
    expect((await call('PUT', '/customers/A/parent', JSON.stringify({ parentRef: 'B' }))).body).toMatchObject({ field: 'parentRef', reason: expect.stringMatching(/circle/) });
    await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'B-7,B,2026-11-01,2026-12-01,NOK,640.00']);
    const file = camt054('NO9386011117947', [{ amount: '640.00', currency: 'NOK', date: '2026-11-22', ref: 'H7', text: 'invoice B-7', payerName: 'Alfa AS' }]);
    const result = await call('POST', '/bank/imports?fileName=parent.xml', file, 'application/xml');
    expect(result.body).toMatchObject({ entries: 1, matched: 1 });
  });

  it('saves a CSV mapping for an account, and refuses a broken one with the field', async () => {
    const good = await call('PUT', '/bank/accounts/NO9386011117947', JSON.stringify({ name: 'Driftskonto', currency: 'NOK', csvMapping: { delimiter: ';', columns: { bookingDate: 'Dato', amount: 'Beløp' }, decimalSeparator: ',', dateFormat: 'DD.MM.YYYY' } }));
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ account: 'NO9386011117947', name: 'Driftskonto', currency: 'NOK' });
    const bad = await call('PUT', '/bank/accounts/NO9386011117947', JSON.stringify({ csvMapping: { delimiter: 'x', columns: {} } }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/delimiter/);
  });
});
