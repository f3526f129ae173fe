// Issue #7 over HTTP: "an e-mail opens as sent" — GET /api/outbox/{id} answers the message as it left (recipient,
// subject, body, delivery state) with its attachment's name, size and link; another tenant's id is 404.
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
  const tenant = await updateTenant(handle.db, await makeTenant(handle.db, 'outbox-msg'), { dunningRequiresApproval: true });
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email', 'A,Alfa AS,NO,nb,NOK,a@alfa.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-01-01,2026-01-31,NOK,100.00']);
  key = await createApiKey(handle.db, tenant, 'test');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'outbox-msg-other'), 'test');
  server = await serveApi(handle.db);
}, 60_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, body: type.includes('json') ? await response.json() as any : Buffer.from(await response.arrayBuffer()) };
};

describe(`outbox message as sent (${engineName})`, () => {
  it('answers an e-mail with its subject, body and attachment, and 404 to another tenant', async () => {
    expect((await call('POST', '/dunning/runs', { asOf: '2026-02-15' })).status).toBe(200);
    const actions = (await call('GET', '/dunning/runs/2026-02-15/actions')).body.actions as { id: string }[];
    expect(actions).toHaveLength(1);
    await call('POST', '/dunning/runs/2026-02-15/decisions', { approve: [actions[0]!.id], hold: [] });
    const list = await call('GET', '/outbox');
    const email = (list.body.messages as { id: string; channel: string }[]).find((m) => m.channel === 'email');
    expect(email).toBeDefined();

    const m = await call('GET', `/outbox/${email!.id}`);
    expect(m.status).toBe(200);
    expect(m.body).toMatchObject({ id: email!.id, channel: 'email', recipient: 'a@alfa.example', status: 'queued', attempts: 0, sentAt: null, lastError: null });
    expect(m.body.subject).toEqual(expect.any(String));
    expect(m.body.subject.length).toBeGreaterThan(0);
    expect(m.body.body).toContain('A-1');
    expect(m.body.attachment).toMatchObject({ name: expect.stringMatching(/\.pdf$/), href: `/api/outbox/${email!.id}/letter.pdf` });
    expect(m.body.attachment.bytes).toBeGreaterThan(100);
    const pdf = await call('GET', m.body.attachment.href.replace(/^\/api/, ''));
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).length).toBe(m.body.attachment.bytes);

    const other = await call('GET', `/outbox/${email!.id}`, undefined, otherKey);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('alfa');
    expect((await call('GET', '/outbox/999999')).status).toBe(404);
    expect((await call('GET', '/outbox/x')).status).toBe(400);
  });
});
