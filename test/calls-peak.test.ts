// Issue #6: "a tenant can reserve peak calling hours for calls only" (docs/decisions/0011-peak-call-hours.md):
// the call task a broken promise makes goes into the first peak window of the day; an SMS due inside a peak
// window waits until it ends; e-mail is not held. Both engines.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCallSettings } from '../src/app/calls/call-settings.js';
import { callTasks } from '../src/app/calls/call-tasks.js';
import { deliverOutbox } from '../src/app/outbox/deliver-outbox.js';
import { createPromise } from '../src/app/promises/create-promise.js';
import { reviewPromises } from '../src/app/promises/review-promises.js';
import { createEmailSender } from '../src/channels/delivery/email.js';
import { createSmsSender } from '../src/channels/delivery/sms.js';
import { isoWeekday } from '../src/domain/call-schedule.js';
import { addDays, dateInZone } from '../src/domain/dates.js';
import { HOUR, instantOfLocal } from '../src/domain/law/notices/local-time.js';
import type { DbHandle } from '../src/store/db.js';
import { enqueue, listOutbox } from '../src/store/outbox.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant, tempDir } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
let webhook: { url: string; calls: unknown[]; close: () => Promise<void> };
const ZONE = 'Europe/Oslo';
const weekday = (() => { let d = addDays(dateInZone(new Date(), ZONE), 2); while (isoWeekday(d) >= 5) d = addDays(d, 1); return d; })();
const localAt = (hour: number, minute = 0) => new Date(instantOfLocal(weekday, hour * HOUR + minute * 60, ZONE));

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'peak');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone', 'BR,Breaker AS,NO,nb,NOK,b@breaker.example,+47 22 00 00 02']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'BR-1,BR,2026-01-01,2026-01-31,NOK,1000.00']);
  await setCallSettings(handle.db, tenant, { peakWindows: ['10:00-12:00', '14:00-16:00'], actor: 'test' });
  const calls: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    req.on('end', () => { calls.push(JSON.parse(body)); res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"id":"sms-1"}'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  webhook = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, calls, close: () => new Promise((resolve) => { server.close(() => resolve()); }) };
}, 120_000);
afterAll(async () => { await webhook?.close(); await handle?.close(); });

describe(`peak calling hours (${engineName})`, () => {
  it('puts the call task of a broken promise into the first peak window of the review day', async () => {
    await createPromise(handle.db, tenant, { customerRef: 'BR', amount: '1000.00', promisedDate: '2026-03-02', invoiceNumbers: ['BR-1'], asOf: '2026-02-20', actor: 'test' });
    const review = await reviewPromises(handle.db, tenant, '2026-03-06'); // a Friday
    expect(review.broken).toHaveLength(1);
    const { tasks } = await callTasks(handle.db, tenant, { limit: 10, offset: 0 });
    expect(tasks.map((t) => [t.source, t.localDueTime])).toEqual([['broken-promise', '2026-03-06 10:00']]);
  });

  it('holds an SMS due inside a peak window until the window ends, and sends e-mail at once', async () => {
    await inTenant(handle.db, tenant.id, (tx) => enqueue(tx, tenant.id, [
      { actionId: null, channel: 'sms', recipient: '+4791234567', subject: null, body: 'Påminnelse', attachmentName: null, attachment: null },
      { actionId: null, channel: 'email', recipient: 'b@breaker.example', subject: 'Påminnelse', body: 'Hei', attachmentName: null, attachment: null },
    ]));
    const senders = { email: createEmailSender({ emlDir: tempDir() }), sms: createSmsSender({ webhookUrl: webhook.url }), from: () => 'x@example.no' };
    expect(await deliverOutbox(handle.db, tenant, senders, localAt(10, 30))).toEqual({ sent: 1, retried: 0, failed: 0, deferred: 1 });
    expect(webhook.calls).toEqual([]);
    const held = (await inTenant(handle.db, tenant.id, (tx) => listOutbox(tx, tenant.id, { limit: 5, offset: 0 }))).find((m) => m.channel === 'sms');
    expect(held).toMatchObject({ status: 'queued', attempts: 0, lastError: `inside the tenant's peak calling hours in ${ZONE}; waits until ${localAt(12).toISOString()}` });
    expect(await deliverOutbox(handle.db, tenant, senders, localAt(11, 59))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverOutbox(handle.db, tenant, senders, localAt(12, 0))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(webhook.calls).toEqual([expect.objectContaining({ to: '+4791234567' })]);
    await senders.email.close();
  });
});
