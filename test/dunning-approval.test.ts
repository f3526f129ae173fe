// Issue #4: "a person reviews every action, approves all or some, and only approved actions are sent" — over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { updateTenant } from '../src/app/update-tenant.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await updateTenant(handle.db, await makeTenant(handle.db, 'approve'), { dunningRequiresApproval: true });
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email', 'A,Alfa AS,NO,nb,NOK,a@alfa.example', 'B,Beta AS,NO,nb,NOK,b@beta.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-01-01,2026-01-31,NOK,100.00', 'B-1,B,2026-01-01,2026-01-31,NOK,200.00']);
  key = await createApiKey(handle.db, tenant, 'test');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'other'), 'test');
  server = await serveApi(handle.db);
});
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};

describe(`dunning approval over HTTP (${engineName})`, () => {
  it('sends only what a person approved', async () => {
    const run = await call('POST', '/dunning/runs', { asOf: '2026-02-01' });
    expect(run.status).toBe(200);
    expect((run.body.actions as unknown[]).length).toBe(2);
    expect((await call('GET', '/outbox')).body.messages).toEqual([]);
    const listed = (await call('GET', '/dunning/runs/2026-02-01')).body.actions as { id: string; customerRef: string; status: string }[];
    expect(listed.map((a) => [a.customerRef, a.status])).toEqual([['A', 'planned'], ['B', 'planned']]);
    const idOf = (ref: string) => listed.find((a) => a.customerRef === ref)?.id ?? '';
    expect((await call('POST', '/dunning/runs/2026-02-01/decisions', { approve: ['999999'] })).status).toBe(400);
    const decided = (await call('POST', '/dunning/runs/2026-02-01/decisions', { approve: [idOf('A')], hold: [idOf('B')] })).body.actions as { customerRef: string; status: string; decidedBy: string }[];
    expect(decided.map((a) => [a.customerRef, a.status, a.decidedBy])).toEqual([['A', 'approved', 'apikey:test'], ['B', 'held', 'apikey:test']]);
    const outbox = (await call('GET', '/outbox')).body.messages as { recipient: string; status: string }[];
    expect(outbox).toEqual([expect.objectContaining({ recipient: 'a@alfa.example', status: 'queued' })]);
    // The held action did not move B's invoice, so the next run proposes it again; A was just contacted.
    const next = (await call('POST', '/dunning/runs', { asOf: '2026-02-02', dryRun: true })).body as { actions: { customerRef: string; level: number }[] };
    expect(next.actions.map((a) => [a.customerRef, a.level])).toEqual([['B', 1]]);
    expect(((await call('GET', '/dunning/runs/2026-02-01', undefined, otherKey)).body.actions as unknown[])).toEqual([]);
  });
});
