// Issue #6: "Every customer has one timeline: letters, e-mails, calls, notes, promises, disputes, plans, payments,
// holds" — over HTTP as a user calls it: every kind newest first with who did it, paging and kinds, notes by the
// signed-in user, 400 with the field, 404 for another tenant's customer, and a customer with thousands of entries.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
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
let session: { cookie: string; csrf: string };
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'timeline');
  const other = await makeTenant(handle.db, 'timeline-other');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'C1,Fjord Fisk AS,NO,nb,NOK,ap@fjordfisk.example,+47 22 33 44 55', 'BIG,Big Volume AS,NO,nb,NOK,,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'INV-1,C1,2026-01-01,2026-01-31,NOK,1000.00', 'INV-2,C1,2026-01-01,2026-01-31,NOK,500.00', 'INV-3,C1,2026-01-01,2026-01-31,NOK,700.00',
    'INV-4,C1,2026-01-01,2026-01-31,NOK,200.00']);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-1,C1,2026-02-10,NOK,100.00,INV-1']);
  await importLines(handle.db, tenant, 'credit-notes', ['credit_note_number,customer_ref,date,currency,amount,invoice_number', 'CN-1,C1,2026-02-11,NOK,50.00,INV-2']);
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'X1,Other AS,NO,nb,NOK']);
  key = await createApiKey(handle.db, tenant, 'kari');
  otherKey = await createApiKey(handle.db, other, 'other');
  await createUser(handle.db, { email: 'cole@example.com', name: 'Cole Lector', password: PASSWORD, tenant, role: 'collector' });
  server = await serveApi(handle.db);
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'cole@example.com', password: PASSWORD }) });
  session = { cookie: /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '', csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}, 120_000);
afterAll(async () => { await server?.close(); await handle?.close(); });

async function call(method: string, path: string, body?: unknown, as: 'key' | 'other' | 'session' = 'key') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as === 'session') { headers.cookie = session.cookie; headers['x-csrf-token'] = session.csrf; } else headers.authorization = `Bearer ${as === 'other' ? otherKey : key}`;
  const res = await fetch(`${server.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
type Entry = { at: string; kind: string; title: string; by: string | null; status: string | null; amount: string | null; details: Record<string, unknown> };

describe(`customer timeline (${engineName})`, () => {
  it('holds every kind of event, newest first, each with its title and who did it', async () => {
    expect((await call('POST', '/dunning/runs', { asOf: '2026-02-20' })).status).toBe(200);
    expect((await call('POST', '/dunning/runs', { asOf: '2026-03-25' })).status).toBe(200);
    expect((await call('POST', '/promises', { customerRef: 'C1', amount: '300.00', promisedDate: '2026-12-31', invoiceNumbers: ['INV-1'], asOf: '2026-11-01' }, 'session')).status).toBe(201);
    expect((await call('POST', '/disputes', { customerRef: 'C1', reason: 'pricing', invoices: [{ invoiceNumber: 'INV-2', amount: '20.00' }] }, 'session')).status).toBe(201);
    expect((await call('POST', '/payment-plans', { customerRef: 'C1', invoiceNumbers: ['INV-3'], instalments: 2, frequency: 'monthly', firstDate: '2026-12-15', asOf: '2026-11-01' }, 'session')).status).toBe(201);
    expect((await call('POST', '/customers/C1/credit-hold', { reason: 'over 90 days' })).status).toBe(200);
    expect((await call('POST', '/invoices/INV-4/write-offs', { reason: 'small balance', amount: '10.00', date: '2026-03-31' })).status).toBeLessThan(300);
    await inTenant(handle.db, tenant.id, (tx) => sql`insert into placements (tenant_id, customer_id, currency, kind, placed_on, amount, created_by, number)
      select ${tenant.id}, id, 'NOK', 'agency', '2026-04-01', 100000, 'user:boss@example.com', 1 from customers where tenant_id = ${tenant.id} and customer_ref = 'C1'`.execute(tx));
    expect((await call('POST', '/customers/C1/calls', { outcome: 'refused', note: 'will not pay before the dispute is settled' }, 'session')).status).toBe(201);
    const note = await call('POST', '/customers/C1/notes', { text: 'CFO is Ola; call after 10.\nSecond line.' }, 'session');
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ customerRef: 'C1', text: 'CFO is Ola; call after 10.\nSecond line.', createdBy: 'user:cole@example.com' });

    const r = await call('GET', '/customers/C1/timeline?limit=100');
    expect(r.status).toBe(200);
    const entries = r.body.entries as Entry[];
    if (process.env.DEBUG_TIMELINE) console.log(JSON.stringify(entries.map((e) => [e.kind, e.title, e.details]), null, 1));
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['note', 'call', 'placement', 'credit-hold', 'payment-plan', 'dispute', 'promise', 'dunning', 'email', 'letter', 'payment', 'credit-note', 'write-off']));
    const times = entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const of = (kind: string) => entries.find((e) => e.kind === kind);
    expect(of('note')).toMatchObject({ title: 'Note: CFO is Ola; call after 10.', by: 'user:cole@example.com', details: { text: 'CFO is Ola; call after 10.\nSecond line.' } });
    expect(of('call')).toMatchObject({ title: 'Call to +47 22 33 44 55: refused', by: 'user:cole@example.com', details: { note: 'will not pay before the dispute is settled' } });
    expect(of('promise')).toMatchObject({ title: 'Promise to pay 300.00 NOK by 2026-12-31 (active)', by: 'user:cole@example.com', amount: '300.00' });
    expect(of('dispute')).toMatchObject({ title: 'Dispute, pricing: 20.00 NOK (open)', by: 'user:cole@example.com' });
    expect(of('payment-plan')).toMatchObject({ title: 'Payment plan, 2 instalments: 700.00 NOK (active)', by: 'user:cole@example.com' });
    expect(of('credit-hold')).toMatchObject({ title: 'Credit hold placed', by: 'apikey:kari', details: { reason: 'over 90 days' } });
    expect(of('placement')).toMatchObject({ title: 'Placed (agency): 1000.00 NOK (active)', by: 'user:boss@example.com' });
    expect(of('payment')).toMatchObject({ title: 'Payment 100.00 NOK (P-1)', details: { date: '2026-02-10' } });
    expect(of('credit-note')).toMatchObject({ title: 'Credit note CN-1: 50.00 NOK' });
    expect(of('write-off')).toMatchObject({ title: 'Write-off on invoice INV-4: 10.00 NOK', details: { reason: 'small balance' } });
    expect(entries.filter((e) => e.kind === 'dunning').map((e) => e.details.level).sort()).toEqual([1, 2]);
    expect(of('dunning')?.by).toBe('apikey:kari');
    expect(of('email')?.title).toMatch(/^E-mail to ap@fjordfisk\.example: /);
    expect(of('letter')?.title).toMatch(/^Letter, dunning level 2/);
  });

  it('pages and filters by kind', async () => {
    const all = (await call('GET', '/customers/C1/timeline?limit=100')).body.entries as Entry[];
    const first = await call('GET', '/customers/C1/timeline?limit=3&offset=0');
    const second = await call('GET', '/customers/C1/timeline?limit=3&offset=3');
    expect(first.body.more).toBe(true);
    expect([...first.body.entries, ...second.body.entries]).toEqual(all.slice(0, 6));
    const last = await call('GET', `/customers/C1/timeline?limit=3&offset=${all.length - 2}`);
    expect(last.body).toMatchObject({ more: false });
    expect(last.body.entries).toHaveLength(2);
    const some = await call('GET', '/customers/C1/timeline?kinds=note,call,payment');
    expect(some.body.entries.map((e: Entry) => e.kind)).toEqual(['note', 'call', 'payment']);
  });

  it('answers 400 with the field for bad input, and 404 for another tenant\'s customer', async () => {
    expect(await call('GET', '/customers/C1/timeline?kinds=note,gossip')).toMatchObject({ status: 400, body: { field: 'kinds' } });
    expect(await call('GET', '/customers/C1/timeline?limit=0')).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await call('POST', '/customers/C1/notes', { text: '   ' }, 'session')).toMatchObject({ status: 400, body: { field: 'text' } });
    expect((await call('GET', '/customers/X1/timeline')).status).toBe(404);
    expect((await call('POST', '/customers/X1/notes', { text: 'not mine' })).status).toBe(404);
    expect((await call('GET', '/customers/C1/timeline', undefined, 'other')).status).toBe(404);
    expect((await call('POST', '/customers/C1/notes', { text: 'not theirs' }, 'other')).status).toBe(404);
  });

  it('stays fast on a customer with thousands of entries', async () => {
    await inTenant(handle.db, tenant.id, async (tx) => {
      await sql`insert into customer_notes (tenant_id, customer_id, body, created_at, created_by)
        select ${tenant.id}, c.id, 'note ' || g, now() - g * interval '1 hour', 'user:cole@example.com'
          from customers c, generate_series(1, 3000) g where c.tenant_id = ${tenant.id} and c.customer_ref = 'BIG'`.execute(tx);
      await sql`insert into payments (tenant_id, payment_ref, customer_id, date, currency, amount)
        select ${tenant.id}, 'BIG-' || g, c.id, date '2026-11-01' - g, 'NOK', 1000 + g
          from customers c, generate_series(1, 3000) g where c.tenant_id = ${tenant.id} and c.customer_ref = 'BIG'`.execute(tx);
    });
    await call('GET', '/customers/BIG/timeline?limit=50');
    const started = performance.now();
    const first = await call('GET', '/customers/BIG/timeline?limit=50');
    const deep = await call('GET', '/customers/BIG/timeline?limit=50&offset=5900');
    const elapsed = performance.now() - started;
    expect(first.body.entries).toHaveLength(50);
    expect(first.body.entries[0]).toMatchObject({ kind: 'note', title: 'Note: note 1' });
    expect(deep.body.entries).toHaveLength(50);
    expect(deep.body.more).toBe(true);
    console.info(`timeline (${engineName}): first page and page at offset 5900 of 6000 entries in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(3000);
  });
});
