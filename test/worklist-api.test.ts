// Issue #4: dunning levels with a call task put the call on the collectors' worklist, due in the customer's business
// hours; the day's letters are kept as a print batch. Over HTTP, with another tenant's ids answering 404 or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { printBatch } from '../src/app/outbox/print-batch.js';
import { addDays } from '../src/domain/dates.js';
import { isoWeekday } from '../src/domain/call-schedule.js';
import { localClock } from '../src/domain/law/notices/local-time.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;
let batchId: string;
const DUE = '2026-01-31';

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await makeTenant(handle.db, 'calls');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'OSLO,Oslo Rør AS,NO,nb,NOK,post@oslo-ror.example,+47 22 33 44 55', 'NYC,Hudson Supply Inc,US,en,NOK,ap@hudson.example,(212) 555-0100']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    `O-1,OSLO,2026-01-01,${DUE},NOK,5000.00`, `N-1,NYC,2026-01-01,${DUE},NOK,7000.00`]);
  // Levels 1, 2 and 3 of the default ladder; the third (final notice) asks for a call.
  for (const days of [1, 30, 60]) await runDunning(handle.db, tenant, { asOf: addDays(DUE, days), dryRun: false, actor: 'test' });
  batchId = (await printBatch(handle.db, tenant, { date: addDays(DUE, 60), actor: 'test' })).batchId ?? '';
  key = await createApiKey(handle.db, tenant, 'test');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'calls-other'), 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const get = async (path: string, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
};
const getJson = async (path: string, apiKey = key) => {
  const r = await get(path, apiKey);
  return { status: r.status, body: JSON.parse(new TextDecoder().decode(r.bytes)) as Record<string, unknown> };
};

type Task = { customerRef: string; phone: string | null; telUri: string | null; dueAt: string; timeZone: string; localDueTime: string; status: string; source: string; reason: string };

describe(`call tasks and print batches over HTTP (${engineName})`, () => {
  it('lists one call task per final notice, due on a local weekday in business hours, with click-to-call', async () => {
    const { status, body } = await getJson('/call-tasks?status=open');
    expect(status).toBe(200);
    const tasks = body.tasks as Task[];
    expect(tasks.map((t) => t.customerRef).sort()).toEqual(['NYC', 'OSLO']);
    for (const task of tasks) {
      expect(task).toMatchObject({ status: 'open', source: 'dunning' });
      expect(task.reason).toMatch(/dunning level 3/);
      const clock = localClock(Date.parse(task.dueAt), task.timeZone);
      expect(isoWeekday(clock.date)).toBeLessThan(5);
      expect(clock.secondOfDay).toBeGreaterThanOrEqual(9 * 3600);
      expect(clock.secondOfDay).toBeLessThan(17 * 3600);
      expect(task.localDueTime.startsWith(clock.date)).toBe(true);
    }
    const oslo = tasks.find((t) => t.customerRef === 'OSLO');
    expect(oslo).toMatchObject({ telUri: 'tel:+4722334455', timeZone: 'Europe/Oslo' });
    // 2026-04-01 is a Wednesday: the call is due at 09:00 Oslo time that day.
    expect(oslo?.localDueTime).toBe('2026-04-01 09:00');
    expect(((await getJson('/call-tasks?customerRef=NYC')).body.tasks as Task[]).map((t) => t.customerRef)).toEqual(['NYC']);
  });

  it('refuses a bad filter and shows another tenant none of these tasks', async () => {
    expect((await getJson('/call-tasks?status=maybe')).status).toBe(400);
    expect((await getJson('/call-tasks', otherKey)).body.tasks).toEqual([]);
  });

  it('keeps the print batch for download, and only for its own tenant', async () => {
    // Levels 2 and 3 are registered letters: two customers, two letters each.
    const list = await getJson('/print-batches');
    expect(list.body.batches).toEqual([expect.objectContaining({ id: batchId, date: '2026-04-01', letters: 4 })]);
    const pdf = await get(`/print-batches/${batchId}`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    expect((await get(`/print-batches/${batchId}`, otherKey)).status).toBe(404);
    expect((await getJson('/print-batches', otherKey)).body.batches).toEqual([]);
    expect((await get('/print-batches/not-a-number')).status).toBe(404);
  });
});
