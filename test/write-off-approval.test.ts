// Issue #6: "Write-off (charge-off) needs a manager's approval", over HTTP with signed-in users. A collector's write-off
// becomes a pending request; a manager or admin other than the requester approves (the write-off is posted, with
// the approver) or rejects with a reason; a collector approving gets 403, and so does anyone approving their own
// request. An API key still writes off at once (backward compatible). Another tenant's ids answer 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const PASSWORD = 'correct horse battery';
type Session = { cookie: string; csrf: string };
let collector: Session;
let manager: Session;
let boss: Session;
let viewer: Session;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'wo-a');
  const other = await makeTenant(handle.db, 'wo-b');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'C1,Alfa AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'W-1,C1,2026-01-01,2026-01-31,NOK,1000.00', 'W-2,C1,2026-01-01,2026-01-31,NOK,300.00', 'W-3,C1,2026-01-01,2026-01-31,NOK,200.00']);
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'X1,Xeno AS,NO,nb,NOK']);
  await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'X-1,X1,2026-01-01,2026-01-31,NOK,100.00']);
  await createUser(handle.db, { email: 'col@example.com', name: 'Cole Lector', password: PASSWORD, tenant, role: 'collector' });
  await createUser(handle.db, { email: 'mgr@example.com', name: 'Mona Ager', password: PASSWORD, tenant, role: 'manager' });
  await createUser(handle.db, { email: 'boss@example.com', name: 'Bo Ss', password: PASSWORD, tenant, role: 'admin' });
  await createUser(handle.db, { email: 'view@example.com', name: 'Vi Ewer', password: PASSWORD, tenant, role: 'viewer' });
  key = await createApiKey(handle.db, tenant, 'erp');
  otherKey = await createApiKey(handle.db, other, 'erp');
  server = await serveApi(handle.db);
  collector = await signIn('col@example.com');
  manager = await signIn('mgr@example.com');
  boss = await signIn('boss@example.com');
  viewer = await signIn('view@example.com');
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Answer = { status: number; body: any };
async function call(method: string, path: string, as: Session | string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (typeof as === 'string') headers.authorization = `Bearer ${as}`;
  else { headers.cookie = as.cookie; headers['x-csrf-token'] = as.csrf; }
  const res = await fetch(`${server.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function signIn(email: string): Promise<Session> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  expect(res.status).toBe(200);
  const body = await res.json() as { csrfToken: string };
  return { cookie: /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '', csrf: body.csrfToken };
}

const open = async (number: string) => (await call('GET', `/invoices/${number}`, key)).body.open as string;

describe(`write-off approval over HTTP (${engineName})`, () => {
  let first = '';
  let own = '';

  it('turns a collector\'s write-off into a pending request; nothing is written off yet', async () => {
    const r = await call('POST', '/invoices/W-1/write-offs', collector, { amount: '250.00', reason: 'small balance after dispute', date: '2026-04-01' });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ invoiceNumber: 'W-1', customerRef: 'C1', amount: '250.00', status: 'pending', requestedBy: 'user:col@example.com', decidedBy: null, reason: 'small balance after dispute' });
    first = r.body.id;
    expect(await open('W-1')).toBe('1000.00');
    const pending = await call('GET', '/write-off-requests?status=pending', manager);
    expect(pending.body.requests.map((x: { id: string }) => x.id)).toEqual([first]);
  });

  it('validates the request (400 with the field) and keeps viewers out', async () => {
    for (const [body, field] of [
      [{ invoiceNumber: 'W-1', amount: '1000.01', reason: 'x' }, 'amount'], [{ invoiceNumber: 'W-1', amount: '-5', reason: 'x' }, 'amount'],
      [{ invoiceNumber: 'W-1', reason: '   ' }, 'reason'], [{ invoiceNumber: 'W-1', reason: 'x', date: '2025-12-01' }, 'date'], [{ invoiceNumber: 'W-1', reason: 'x', date: 'later' }, 'date'],
    ] as const) {
      const r = await call('POST', '/write-off-requests', collector, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
    expect((await call('POST', '/write-off-requests', collector, { invoiceNumber: 'X-1', reason: 'x' })).status).toBe(404);
    expect((await call('POST', '/write-off-requests', viewer, { invoiceNumber: 'W-1', reason: 'x' })).status).toBe(403);
  });

  it('refuses a collector\'s approval with 403, then a manager approves: the write-off is posted with the approver', async () => {
    const denied = await call('POST', `/write-off-requests/${first}/approve`, collector, {});
    expect(denied.status).toBe(403);
    expect(denied.body.reason).toMatch(/needs the manager role; you are collector/);
    expect((await call('POST', `/write-off-requests/${first}/approve`, viewer, {})).status).toBe(403);
    const r = await call('POST', `/write-off-requests/${first}/approve`, manager, { reason: 'agreed at the weekly review' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'approved', decidedBy: 'user:mgr@example.com', decisionReason: 'agreed at the weekly review', open: '750.00' });
    expect(await open('W-1')).toBe('750.00');
    const again = await call('POST', `/write-off-requests/${first}/approve`, boss, {});
    expect(again.status).toBe(400);
    expect(again.body.field).toBe('id');
    const audit = await call('GET', '/audit?entity=invoice&key=W-1', key);
    expect(audit.body.entries[0]).toMatchObject({ actor: 'user:mgr@example.com', action: 'write-off', details: { request: first } });
  });

  it('four eyes: a manager\'s own request waits for another manager or admin', async () => {
    const r = await call('POST', '/write-off-requests', manager, { invoiceNumber: 'W-2', reason: 'customer insolvent', date: '2026-04-02' });
    expect(r.status).toBe(201);
    own = r.body.id;
    expect(r.body.amount).toBe('300.00'); // everything open, as the direct write-off does
    const self = await call('POST', `/write-off-requests/${own}/approve`, manager, {});
    expect(self.status).toBe(403);
    expect(self.body.reason).toMatch(/four eyes/);
    expect((await call('POST', `/write-off-requests/${own}/approve`, boss, {})).body).toMatchObject({ status: 'approved', decidedBy: 'user:boss@example.com', open: '0.00' });
    expect(await open('W-2')).toBe('0.00');
  });

  it('rejects with a reason (required); a request for more than is open by now cannot be approved', async () => {
    const r = await call('POST', '/invoices/W-3/write-offs', collector, { reason: 'tiny', date: '2026-04-03' });
    const noReason = await call('POST', `/write-off-requests/${r.body.id}/reject`, manager, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('reason');
    const rejected = await call('POST', `/write-off-requests/${r.body.id}/reject`, manager, { reason: 'call them first' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: 'user:mgr@example.com', decisionReason: 'call them first', open: null });
    expect(await open('W-3')).toBe('200.00');
    // Cash arrives between the request and the approval: never write off more than is open.
    const late = await call('POST', '/write-off-requests', collector, { invoiceNumber: 'W-3', amount: '200.00', reason: 'tiny', date: '2026-04-03' });
    await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-1,C1,2026-04-04,NOK,50.00,W-3']);
    const stale = await call('POST', `/write-off-requests/${late.body.id}/approve`, manager, {});
    expect(stale.status).toBe(400);
    expect(stale.body).toMatchObject({ field: 'amount', reason: expect.stringMatching(/only 150\.00 is open on invoice W-3 now/) });
    expect((await call('GET', `/write-off-requests/${late.body.id}`, manager)).body.status).toBe('pending');
  });

  it('keeps an API key\'s write-off immediate, and answers 404 for another tenant\'s request', async () => {
    const direct = await call('POST', '/invoices/W-3/write-offs', key, { amount: '10.00', reason: 'rounding', date: '2026-04-05' });
    expect(direct.status).toBe(200);
    expect(direct.body).toEqual({ invoice: 'W-3', writtenOff: '10.00', open: '140.00' });
    for (const [method, path] of [['GET', `/write-off-requests/${first}`], ['POST', `/write-off-requests/${own}/approve`], ['POST', `/write-off-requests/${own}/reject`], ['GET', '/write-off-requests/abc']] as const) {
      const r = await call(method, path, otherKey, method === 'POST' ? { reason: 'x' } : undefined);
      expect(r.status, `${method} ${path}`).toBe(404);
    }
    expect((await call('GET', '/write-off-requests', otherKey)).body.requests).toEqual([]);
  });
});
