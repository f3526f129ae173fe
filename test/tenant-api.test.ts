// Issue #7 settings over HTTP: tenant details. Everyone in the tenant reads them; an admin changes what `arrears
// tenant update` changes; invalid input is 400 with the field; a collector is 403; another tenant is untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createUser } from '../src/app/users/manage-users.js';
import { makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let a: TenantRow;
let b: TenantRow;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  handle = await openTestDb();
  a = await makeTenant(handle.db, 'ten-a');
  b = await makeTenant(handle.db, 'ten-b');
  await createUser(handle.db, { email: 'admin@a.example', name: 'Ada Admin', password: PASSWORD, tenant: a, role: 'admin' });
  await createUser(handle.db, { email: 'cole@a.example', name: 'Cole Lector', password: PASSWORD, tenant: a, role: 'collector' });
  await createUser(handle.db, { email: 'bea@b.example', name: 'Bea Other', password: PASSWORD, tenant: b, role: 'admin' });
  server = await serveApi(handle.db);
}, 60_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Who = { cookie: string; csrf: string };
async function call(method: string, p: string, who: Who, body?: unknown): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie: who.cookie, 'x-csrf-token': who.csrf };
  const res = await fetch(`${server.url}/api${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function signIn(email: string): Promise<Who> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  expect(res.status).toBe(200);
  const cookie = /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

describe(`tenant details (${engineName})`, () => {
  it('shows the tenant with its settings to anyone in it', async () => {
    const cole = await signIn('cole@a.example');
    const r = await call('GET', '/tenant/details', cole);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ slug: 'ten-a', name: a.name, currency: a.base_currency, dunningRunTime: a.dunning_run_time.slice(0, 5), dunningRequiresApproval: a.dunning_requires_approval,
      contactIntervalDays: a.contact_interval_days, paymentReferenceScheme: a.payment_reference_scheme, autoPostConfidence: a.auto_post_confidence / 1000 });
  });

  it('lets an admin change the details, and only their own tenant', async () => {
    const admin = await signIn('admin@a.example');
    const r = await call('PUT', '/tenant', admin, {
      email: 'ar@a.example', phone: '+47 22 00 00 00', address: 'Storgata 1\n0155 Oslo', bankAccount: 'NO93 8601 1117 947', dunningRunTime: '07:30',
      dunningRequiresApproval: true, contactIntervalDays: 10, paymentReferenceScheme: 'kid-mod10', autoPostConfidence: 0.9,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ slug: 'ten-a', email: 'ar@a.example', phone: '+47 22 00 00 00', address: 'Storgata 1\n0155 Oslo', bankAccount: 'NO93 8601 1117 947',
      dunningRunTime: '07:30', dunningRequiresApproval: true, contactIntervalDays: 10, paymentReferenceScheme: 'kid-mod10', autoPostConfidence: 0.9 });
    expect((await call('GET', '/tenant/details', admin)).body).toMatchObject({ email: 'ar@a.example', dunningRunTime: '07:30' });
    const bea = await signIn('bea@b.example');
    const other = await call('GET', '/tenant/details', bea);
    expect(other.body.slug).toBe('ten-b');
    expect(other.body.email).not.toBe('ar@a.example');
    expect(other.body.dunningRunTime).toBe(b.dunning_run_time.slice(0, 5));
  });

  it('answers 400 with the field for invalid input', async () => {
    const admin = await signIn('admin@a.example');
    for (const [body, field] of [
      [{ dunningRunTime: '25:00' }, 'dunning-run-time'], [{ contactIntervalDays: 400 }, 'contact-interval-days'], [{ paymentReferenceScheme: 'iban' }, 'payment-reference'],
      [{ autoPostConfidence: 2 }, 'auto-post-confidence'], [{}, 'settings'], [{ dunningRequiresApproval: 'yes' }, 'dunningRequiresApproval'],
    ] as const) {
      const r = await call('PUT', '/tenant', admin, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
      expect(r.body.reason).toEqual(expect.any(String));
    }
  });

  it('answers 403 to a collector and changes nothing', async () => {
    const cole = await signIn('cole@a.example');
    const before = (await call('GET', '/tenant/details', cole)).body;
    const r = await call('PUT', '/tenant', cole, { email: 'evil@a.example' });
    expect(r.status).toBe(403);
    expect(r.body.reason).toMatch(/admin role/);
    expect((await call('GET', '/tenant/details', cole)).body).toEqual(before);
  });
});
