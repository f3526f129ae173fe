// Issue #4: policies and templates are per tenant and editable; a run follows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await makeTenant(handle.db, 'config');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email', 'A,Alfa AS,NO,nb,NOK,a@alfa.example', 'B,Beta AS,NO,nb,NOK,b@beta.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-01-01,2026-01-31,NOK,100.00', 'B-1,B,2026-01-01,2026-01-31,NOK,200.00']);
  key = await createApiKey(handle.db, tenant, 'test');
  server = await serveApi(handle.db);
});
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};

describe(`dunning policies and templates (${engineName})`, () => {
  it('starts from the built-in ladder, refuses an invalid policy and follows an assigned one', async () => {
    const listed = (await call('GET', '/dunning/policies')).body.policies as { name: string; isDefault: boolean; builtIn: boolean; levels: { trigger: { days: number } }[] }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ isDefault: true, builtIn: true });
    const ladder = listed[0]?.levels ?? [];
    const bad = await call('PUT', '/dunning/policies/Broken', { levels: [{ ...ladder[1] }, { ...ladder[0] }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'levels' });
    // A gentler ladder: the first reminder only 5 days past due.
    const gentle = ladder.map((level, i) => (i === 0 ? { ...level, trigger: { kind: 'days-past-due', days: 5 } } : level));
    expect((await call('PUT', '/dunning/policies/Gentle', { levels: gentle })).status).toBe(200);
    expect((await call('PUT', '/customers/B/dunning-policy', { policy: 'Gentle' })).body).toEqual({ customerRef: 'B', policy: 'Gentle' });
    expect((await call('PUT', '/customers/B/dunning-policy', { policy: 'Nope' })).status).toBe(400);
    const run = (await call('POST', '/dunning/runs', { asOf: '2026-02-03', dryRun: true })).body as { actions: { customerRef: string }[] };
    expect(run.actions.map((a) => a.customerRef)).toEqual(['A']);
  });

  it('gives a segment\'s customers the segment\'s policy, unless a customer has its own', async () => {
    const bad = await call('PUT', '/segments/Consumers', { rule: { countries: ['Norway'], colour: 'red' }, dunningPolicy: 'Gentle' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'rule', reason: expect.stringMatching(/rule\.colour: unknown condition; rule\.countries: ISO 3166/) });
    expect((await call('PUT', '/segments/Consumers', { rule: { countries: ['NO'] }, dunningPolicy: 'Nope' })).status).toBe(400);
    // Every NO customer is in the segment on the gentle ladder: A is no longer reminded 3 days past due.
    const saved = await call('PUT', '/segments/Norway', { rule: { countries: ['NO'], currencies: ['NOK'] }, dunningPolicy: 'Gentle' });
    expect(saved.body).toEqual({ segments: [{ name: 'Norway', position: 10, rule: { countries: ['NO'], currencies: ['NOK'] }, dunningPolicy: 'Gentle', collector: null }] });
    expect(((await call('POST', '/dunning/runs', { asOf: '2026-02-03', dryRun: true })).body as { actions: unknown[] }).actions).toEqual([]);
    // A's own policy (back on the tenant's default, stored as its own) wins over the segment's.
    expect((await call('PUT', '/dunning/policies/Standard', { levels: ((await call('GET', '/dunning/policies')).body.policies as { levels: unknown[] }[])[0]?.levels })).status).toBe(200);
    await call('PUT', '/customers/A/dunning-policy', { policy: 'Standard' });
    expect(((await call('POST', '/dunning/runs', { asOf: '2026-02-03', dryRun: true })).body as { actions: { customerRef: string }[] }).actions.map((a) => a.customerRef)).toEqual(['A']);
    await call('PUT', '/customers/A/dunning-policy', { policy: null });
    expect((await call('DELETE', '/segments/Norway')).body).toEqual({ segments: [] });
    expect((await call('DELETE', '/segments/Norway')).status).toBe(404);
  });

  it('validates a template, previews it and uses it in the next run', async () => {
    const broken = await call('PUT', '/dunning/templates/reminder-friendly/nb', { subject: 'Faktura {invoiceCount, plural, one {# faktura}' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ field: 'subject' });
    const saved = await call('PUT', '/dunning/templates/reminder-friendly/nb', { subject: 'Vennlig påminnelse fra {tenantName}' });
    expect(saved.status).toBe(200);
    const preview = (await call('GET', '/dunning/templates/reminder-friendly/nb/preview?level=1')).body;
    expect(preview).toMatchObject({ language: 'nb', subject: expect.stringMatching(/^Vennlig påminnelse fra /) });
    await call('POST', '/dunning/runs', { asOf: '2026-02-03' });
    const outbox = (await call('GET', '/outbox')).body.messages as { recipient: string; subject: string }[];
    expect(outbox.find((m) => m.recipient === 'a@alfa.example')?.subject).toBe('Vennlig påminnelse fra config AS');
  });
});
