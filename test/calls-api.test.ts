// Issue #6 over HTTP as a user calls it: manual call tasks scheduled into the tenant's peak window, logging calls
// (no answer with a follow-up, a promise and a dispute made through their own use cases in the same transaction,
// a wrong number marking the phone bad), assignment by role, the calling day, the reach report; another tenant's
// ids answer 404, invalid input 400 with the field. Every change records the signed-in user. Both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
import { isoWeekday } from '../src/domain/call-schedule.js';
import { addDays, dateInZone } from '../src/domain/dates.js';
import { HOUR, instantOfLocal, localClock } from '../src/domain/law/notices/local-time.js';
import { insertContacts } from '../src/store/contacts.js';
import type { DbHandle } from '../src/store/db.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
let collector: { cookie: string; csrf: string };
let viewer: { cookie: string; csrf: string };
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Oslo';
const today = dateInZone(new Date(), ZONE);
/** The first Monday at least a week ahead: a weekday in the future for due dates and next actions. */
const monday = (() => { let d = addDays(today, 7); while (isoWeekday(d) !== 0) d = addDays(d, 1); return d; })();
const local = (iso: string) => { const c = localClock(Date.parse(iso), ZONE); return `${c.date} ${c.time.slice(0, 5)}`; };

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'calls-a');
  const other = await makeTenant(handle.db, 'calls-b');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'C1,Fjord Fisk AS,NO,nb,NOK,ap@fjordfisk.example,', 'C2,Svea AB,NO,nb,NOK,,+47 21 00 00 00']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'INV-1,C1,2026-01-01,2026-01-31,NOK,1000.00', 'INV-2,C1,2026-01-01,2026-01-31,NOK,500.00', 'INV-3,C2,2026-01-01,2026-01-31,NOK,300.00']);
  await inTenant(handle.db, tenant.id, (tx) => insertContacts(tx, tenant.id, [
    { customer_ref: 'C1', role: 'billing', name: 'Berit Bill', email: null, phone: '+47 22 33 44 55' },
    { customer_ref: 'C1', role: 'accounts-payable', name: 'Arne Ap', email: null, phone: '+47 99 88 77 66' },
  ]));
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency,phone', 'B1,Other AS,NO,nb,NOK,+47 23 00 00 00']);
  key = await createApiKey(handle.db, tenant, 'admin-key');
  otherKey = await createApiKey(handle.db, other, 'other-key');
  await createUser(handle.db, { email: 'cole@example.com', name: 'Cole Lector', password: PASSWORD, tenant, role: 'collector' });
  await createUser(handle.db, { email: 'vic@example.com', name: 'Vic Viewer', password: PASSWORD, tenant, role: 'viewer' });
  server = await serveApi(handle.db);
  collector = await signIn('cole@example.com');
  viewer = await signIn('vic@example.com');
}, 120_000);
afterAll(async () => { await server?.close(); await handle?.close(); });

type Answer = { status: number; body: any };
async function call(method: string, path: string, body?: unknown, as: { key?: string; session?: { cookie: string; csrf: string } } = { key: undefined }): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as.session) { headers.cookie = as.session.cookie; headers['x-csrf-token'] = as.session.csrf; } else headers.authorization = `Bearer ${as.key ?? key}`;
  const res = await fetch(`${server.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  const body = await res.json() as { csrfToken: string };
  return { cookie: /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '', csrf: body.csrfToken };
}
const asCollector = { session: () => collector };
const byCollector = (method: string, path: string, body?: unknown) => call(method, path, body, { session: asCollector.session() });

describe(`calling day and peak hours (${engineName})`, () => {
  it('has business hours and no peak window until a manager sets them', async () => {
    const r = await call('GET', '/call-settings');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ businessOpen: '09:00', businessClose: '17:00', peakWindows: [], timeBasis: 'customer-local', smsHeldDuringPeak: false });
  });

  it('lets only a manager or admin set them, and checks every window', async () => {
    expect((await byCollector('PUT', '/call-settings', { peakWindows: ['10:00-12:00'] })).status).toBe(403);
    const bad = await call('PUT', '/call-settings', { peakWindows: ['10:00-12:00', '11:30-13:00'] });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('peakWindows');
    const outside = await call('PUT', '/call-settings', { businessOpen: '09:00', businessClose: '17:00', peakWindows: ['08:00-10:00'] });
    expect(outside.body).toMatchObject({ field: 'peakWindows.0' });
    expect((await call('PUT', '/call-settings', { peakWindows: ['10-12'] })).body.field).toBe('peakWindows.0');
    const ok = await call('PUT', '/call-settings', { peakWindows: ['14:00-16:00', '10:00-12:00'] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ peakWindows: ['10:00-12:00', '14:00-16:00'], smsHeldDuringPeak: true, updatedBy: 'apikey:admin-key' });
  });
});

const ids: Record<string, string> = {};

describe(`call tasks and logging (${engineName})`, () => {
  it('schedules a manual task into the first peak window of its day, with the billing contact\'s tel: link', async () => {
    const r = await byCollector('POST', '/call-tasks', { customerRef: 'C1', reason: 'Ask about INV-1', dueOn: monday });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ customerRef: 'C1', source: 'manual', status: 'open', phone: '+47 22 33 44 55', telUri: 'tel:+4722334455', contactName: 'Berit Bill', createdBy: 'user:cole@example.com', timeZone: ZONE });
    expect(r.body.localDueTime).toBe(`${monday} 10:00`);
    ids.first = r.body.id;
  });

  it('refuses bad input with the field, and another tenant\'s customer with 404', async () => {
    expect((await byCollector('POST', '/call-tasks', { customerRef: 'C1', reason: 'x', dueOn: addDays(today, -1) })).body.field).toBe('dueOn');
    expect((await byCollector('POST', '/call-tasks', { customerRef: 'C1', reason: '' })).body.field).toBe('reason');
    expect((await byCollector('POST', '/call-tasks', { customerRef: 'B1', reason: 'theirs' })).status).toBe(404);
  });

  it('logs a no-answer: the task is done by the user, and the next call is due on the next action date in its peak window', async () => {
    const r = await byCollector('POST', `/call-tasks/${ids.first}/log`, { outcome: 'no-answer', note: 'rang 8 times', nextActionOn: addDays(monday, 1) });
    expect(r.status).toBe(200);
    expect(r.body.task).toMatchObject({ id: ids.first, status: 'done', outcome: 'no-answer', note: 'rang 8 times', calledBy: 'user:cole@example.com', nextActionOn: addDays(monday, 1) });
    expect(r.body.followUp).toMatchObject({ status: 'open', followUpOf: ids.first, phone: '+47 22 33 44 55', createdBy: 'user:cole@example.com', localDueTime: `${addDays(monday, 1)} 10:00` });
    ids.followUp = r.body.followUp.id;
    const again = await byCollector('POST', `/call-tasks/${ids.first}/log`, { outcome: 'refused' });
    expect(again.status).toBe(400);
    expect(again.body.field).toBe('id');
  });

  it('validates the log: outcome, dates, the promise a promise needs, and rolls everything back on a bad promise', async () => {
    const path = `/call-tasks/${ids.followUp}/log`;
    expect((await byCollector('POST', path, { outcome: 'maybe' })).body.field).toBe('outcome');
    expect((await byCollector('POST', path, { outcome: 'no-answer', nextActionOn: addDays(today, -1) })).body.field).toBe('nextActionOn');
    expect((await byCollector('POST', path, { outcome: 'no-answer', calledAt: 'yesterday' })).body.field).toBe('calledAt');
    expect((await byCollector('POST', path, { outcome: 'promise' })).body.field).toBe('promise');
    expect((await byCollector('POST', path, { outcome: 'refused', promise: { amount: '1.00', promisedDate: monday } })).body.field).toBe('promise');
    const wrongInvoice = await byCollector('POST', path, { outcome: 'promise', promise: { amount: '100.00', promisedDate: monday, invoiceNumbers: ['NOPE'] } });
    expect(wrongInvoice.status).toBe(400);
    expect(wrongInvoice.body.field).toBe('promise.invoiceNumbers.0');
    const tooMuch = await byCollector('POST', path, { outcome: 'promise', promise: { amount: '5000.00', promisedDate: monday, invoiceNumbers: ['INV-1'] } });
    expect(tooMuch.body.field).toBe('promise.amount');
    const open = await call('GET', '/call-tasks?customerRef=C1&status=open');
    expect(open.body.tasks.map((t: { id: string }) => t.id)).toEqual([ids.followUp]);
  });

  it('logs a promise: recorded through the promise use case with the call, by the user who called', async () => {
    const r = await byCollector('POST', `/call-tasks/${ids.followUp}/log`, { outcome: 'promise', note: 'pays Monday', promise: { amount: '600.00', promisedDate: monday, invoiceNumbers: ['INV-1'] } });
    expect(r.status).toBe(200);
    expect(r.body.followUp).toBeNull();
    expect(r.body.task.promiseId).toMatch(/^\d+$/);
    const promise = await call('GET', `/promises/${r.body.task.promiseId}`);
    expect(promise.body).toMatchObject({ customerRef: 'C1', amount: '600.00', invoiceNumbers: ['INV-1'], status: 'active', createdBy: 'user:cole@example.com', note: 'pays Monday' });
  });

  it('logs an unscheduled call with a dispute, opened with the call', async () => {
    const r = await byCollector('POST', '/customers/C1/calls', { outcome: 'dispute', note: 'price was wrong', dispute: { invoices: [{ invoiceNumber: 'INV-2', amount: '100.00' }], reason: 'pricing' }, direction: 'inbound' });
    expect(r.status).toBe(201);
    expect(r.body.task).toMatchObject({ source: 'manual', status: 'done', outcome: 'dispute', reason: 'inbound call from the customer', calledBy: 'user:cole@example.com' });
    const dispute = await call('GET', `/disputes/${r.body.task.disputeId}`);
    expect(dispute.status).toBe(200);
    expect(dispute.body).toMatchObject({ reason: 'pricing', amount: '100.00', createdBy: 'user:cole@example.com' });
    const bad = await byCollector('POST', '/customers/C1/calls', { outcome: 'dispute', dispute: { invoices: [{ invoiceNumber: 'INV-2', amount: '9999.00' }], reason: 'pricing' } });
    expect(bad.body.field).toBe('dispute.invoices.0.amount');
    expect((await byCollector('POST', '/customers/B1/calls', { outcome: 'no-answer' })).status).toBe(404);
  });

  it('marks a wrong number bad and dials the next good phone on the follow-up', async () => {
    const task = await byCollector('POST', '/call-tasks', { customerRef: 'C1', reason: 'second try' });
    expect(task.body.phone).toBe('+47 22 33 44 55');
    const r = await byCollector('POST', `/call-tasks/${task.body.id}/log`, { outcome: 'wrong-number', nextActionOn: monday });
    expect(r.status).toBe(200);
    expect(r.body.phoneMarkedBad).toBe(true);
    expect(r.body.followUp).toMatchObject({ phone: '+47 99 88 77 66', contactName: 'Arne Ap' });
    const contact = await inTenant(handle.db, tenant.id, (tx) => tx.selectFrom('contacts').select(['bad_phone_at', 'bad_phone_reason']).where('tenant_id', '=', tenant.id).where('name', '=', 'Berit Bill').executeTakeFirstOrThrow());
    expect(contact.bad_phone_at).not.toBeNull();
    expect(contact.bad_phone_reason).toMatch(/wrong number .*user:cole@example.com/);
    const next = await byCollector('POST', '/call-tasks', { customerRef: 'C1', reason: 'third try' });
    expect(next.body.phone).toBe('+47 99 88 77 66');
    ids.assignable = next.body.id;
  });

  it('lets a collector take a task but only a manager assign it to someone else', async () => {
    expect((await byCollector('PUT', `/call-tasks/${ids.assignable}/assignment`, { assignedTo: 'kari' })).status).toBe(403);
    const mine = await byCollector('PUT', `/call-tasks/${ids.assignable}/assignment`, { assignedTo: 'cole@example.com' });
    expect(mine.status).toBe(200);
    expect(mine.body.assignedTo).toBe('cole@example.com');
    const admin = await call('PUT', `/call-tasks/${ids.assignable}/assignment`, { assignedTo: 'kari' });
    expect(admin.body.assignedTo).toBe('kari');
    expect((await call('PUT', `/call-tasks/${ids.assignable}/assignment`, { assignedTo: '' })).body.field).toBe('assignedTo');
  });

  it('answers 404 for another tenant\'s call task, and lets a viewer change nothing', async () => {
    const theirs = await call('POST', '/call-tasks', { customerRef: 'B1', reason: 'their own' }, { key: otherKey });
    expect(theirs.status).toBe(201);
    expect((await call('POST', `/call-tasks/${theirs.body.id}/log`, { outcome: 'refused' })).status).toBe(404);
    expect((await call('PUT', `/call-tasks/${theirs.body.id}/assignment`, { assignedTo: 'kari' })).status).toBe(404);
    expect((await call('POST', '/call-tasks/not-a-number/log', { outcome: 'refused' })).status).toBe(404);
    const stillOpen = await call('GET', '/call-tasks?status=open', undefined, { key: otherKey });
    expect(stillOpen.body.tasks.map((t: { id: string }) => t.id)).toEqual([theirs.body.id]);
    expect((await call('POST', `/call-tasks/${ids.assignable}/log`, { outcome: 'refused' }, { session: viewer })).status).toBe(403);
  });

  it('reports the reach rate by the customer\'s local hour from logged calls', async () => {
    const at = (hour: number, minute = 0) => new Date(instantOfLocal(addDays(today, -1), hour * HOUR + minute * 60, ZONE)).toISOString();
    for (const [hour, outcome] of [[9, 'no-answer'], [9, 'refused'], [11, 'paid-already'], [11, 'promise']] as const) {
      const r = await byCollector('POST', '/customers/C2/calls', { outcome, calledAt: at(hour, 15), ...(outcome === 'promise' ? { promise: { amount: '100.00', promisedDate: monday, invoiceNumbers: ['INV-3'] } } : {}) });
      expect(r.status).toBe(201);
      expect(local(r.body.task.calledAt)).toBe(`${addDays(today, -1)} ${String(hour).padStart(2, '0')}:15`);
    }
    const r = await call('GET', `/call-reports/reach?from=${addDays(today, -1)}&to=${addDays(today, -1)}&minimumCalls=2`);
    expect(r.status).toBe(200);
    expect(r.body.hours).toEqual([{ hour: 9, calls: 2, reached: 1, rate: 0.5 }, { hour: 11, calls: 2, reached: 2, rate: 1 }]);
    expect(r.body.best.map((h: { hour: number }) => h.hour)).toEqual([11, 9]);
    expect((await call('GET', `/call-reports/reach?from=${today}&to=${addDays(today, -3)}`)).body.field).toBe('to');
  });

  it('records the user in the audit trail for every call action', async () => {
    const audit = await call('GET', '/audit?entity=call-task&limit=100');
    expect(audit.status).toBe(200);
    const actions = new Set(audit.body.entries.map((e: { action: string; actor: string }) => `${e.action} ${e.actor}`));
    expect(actions).toContain('call-log user:cole@example.com');
    expect(actions).toContain('call-task-create user:cole@example.com');
    expect(actions).toContain('call-task-assign apikey:admin-key');
  });
});
