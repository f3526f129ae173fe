// Issue #4: SMS only in the customer's local daytime — deferred at night without counting an attempt, sent by day
// to a real local webhook. Both engines.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutbox } from '../src/app/outbox/deliver-outbox.js';
import { createEmailSender } from '../src/channels/delivery/email.js';
import { createSmsSender } from '../src/channels/delivery/sms.js';
import { addDays, dateInZone } from '../src/domain/dates.js';
import { HOUR, instantOfLocal } from '../src/domain/law/notices/local-time.js';
import type { DbHandle } from '../src/store/db.js';
import { enqueue, listOutbox } from '../src/store/outbox.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { makeTenant, tempDir } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
let webhook: { url: string; calls: unknown[]; close: () => Promise<void> };

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'sms'); // Europe/Oslo
  const calls: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    req.on('end', () => { calls.push(JSON.parse(body)); res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"id":"sms-1"}'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  webhook = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, calls, close: () => new Promise((resolve) => { server.close(() => resolve()); }) };
});
afterAll(async () => { await webhook.close(); await handle.close(); });

describe(`SMS contact hours (${engineName})`, () => {
  it('waits for 08:00 in the customer\'s zone, then sends', async () => {
    await inTenant(handle.db, tenant.id, (tx) => enqueue(tx, tenant.id, [{ actionId: null, channel: 'sms', recipient: '+4791234567', subject: null, body: 'Påminnelse', attachmentName: null, attachment: null }]));
    const tomorrow = addDays(dateInZone(new Date(), 'Europe/Oslo'), 1);
    const night = new Date(instantOfLocal(tomorrow, 23 * HOUR, 'Europe/Oslo'));
    const senders = { email: createEmailSender({ emlDir: tempDir() }), sms: createSmsSender({ webhookUrl: webhook.url }), from: () => 'x@example.no' };
    expect(await deliverOutbox(handle.db, tenant, senders, night)).toEqual({ sent: 0, retried: 0, failed: 0, deferred: 1 });
    expect(webhook.calls).toEqual([]);
    const [deferred] = await inTenant(handle.db, tenant.id, (tx) => listOutbox(tx, tenant.id, { limit: 5, offset: 0 }));
    expect(deferred).toMatchObject({ status: 'queued', attempts: 0, lastError: expect.stringMatching(/daytime in Europe\/Oslo/) });
    const morning = new Date(instantOfLocal(addDays(tomorrow, 1), 9 * HOUR, 'Europe/Oslo'));
    expect(await deliverOutbox(handle.db, tenant, senders, morning)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(webhook.calls).toEqual([expect.objectContaining({ to: '+4791234567', text: 'Påminnelse' })]);
    await senders.email.close();
  });
});
