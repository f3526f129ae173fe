// Issue #7 settings over HTTP: an admin manages the users and API keys of their own tenant only; a collector gets
// 403; another tenant's users and keys are never visible; the last admin cannot be removed or demoted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
import { makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let a: TenantRow;
let b: TenantRow;
let otherKey: string;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  handle = await openTestDb();
  a = await makeTenant(handle.db, 'set-a');
  b = await makeTenant(handle.db, 'set-b');
  await createUser(handle.db, { email: 'admin@a.example', name: 'Ada Admin', password: PASSWORD, tenant: a, role: 'admin' });
  await createUser(handle.db, { email: 'cole@a.example', name: 'Cole Lector', password: PASSWORD, tenant: a, role: 'collector' });
  await createUser(handle.db, { email: 'bea@b.example', name: 'Bea Other', password: PASSWORD, tenant: b, role: 'admin' });
  otherKey = await createApiKey(handle.db, b, 'b-integration');
  server = await serveApi(handle.db);
}, 60_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Who = { cookie?: string; csrf?: string; auth?: string };
async function call(method: string, p: string, who: Who, body?: unknown): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who.cookie) headers.cookie = who.cookie;
  if (who.csrf) headers['x-csrf-token'] = who.csrf;
  if (who.auth) headers.authorization = who.auth;
  const res = await fetch(`${server.url}/api${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function signIn(email: string, tenant?: string): Promise<Who> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD, tenant }) });
  expect(res.status).toBe(200);
  const cookie = /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const emails = (r: { body: { users: { email: string }[] } }) => r.body.users.map((u) => u.email);

describe(`settings: users and API keys (${engineName})`, () => {
  it('lists only this tenant\'s users, with their roles', async () => {
    const admin = await signIn('admin@a.example');
    const r = await call('GET', '/settings/users', admin);
    expect(r.status).toBe(200);
    expect(r.body.users.map((u: { email: string; name: string; role: string }) => [u.email, u.name, u.role])).toEqual([['admin@a.example', 'Ada Admin', 'admin'], ['cole@a.example', 'Cole Lector', 'collector']]);
    expect(JSON.stringify(r.body)).not.toContain('bea@b.example');
    expect(JSON.stringify(r.body)).not.toContain('password');
  });

  it('answers 403 to a collector, for reading and for changing', async () => {
    const cole = await signIn('cole@a.example');
    for (const [method, p, body] of [['GET', '/settings/users', undefined], ['POST', '/settings/users', { email: 'x@a.example', role: 'admin', name: 'X', password: PASSWORD }],
      ['PUT', '/settings/users/cole%40a.example', { role: 'admin' }], ['DELETE', '/settings/users/admin%40a.example', undefined],
      ['GET', '/settings/api-keys', undefined], ['POST', '/settings/api-keys', { name: 'mine' }], ['POST', '/settings/api-keys/1/revoke', undefined]] as const) {
      const r = await call(method, p, cole, body);
      expect(r.status, `${method} ${p}`).toBe(403);
      expect(r.body.reason).toMatch(/admin role/);
    }
  });

  it('creates a new user who can then sign in, and adds an existing user of another tenant by e-mail', async () => {
    const admin = await signIn('admin@a.example');
    const weak = await call('POST', '/settings/users', admin, { email: 'nina@a.example', name: 'Nina New', password: 'short', role: 'collector' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('password');
    expect((await call('POST', '/settings/users', admin, { email: 'nina@a.example', role: 'collector' })).body.field).toBe('name');
    const made = await call('POST', '/settings/users', admin, { email: 'Nina@A.example', name: 'Nina New', password: PASSWORD, role: 'manager' });
    expect(made.status).toBe(201);
    expect(emails(made)).toEqual(['admin@a.example', 'cole@a.example', 'nina@a.example']);
    const nina = await signIn('nina@a.example');
    expect((await call('GET', '/tenant', nina)).body.slug).toBe('set-a');
    expect((await call('POST', '/settings/users', admin, { email: 'nina@a.example', role: 'viewer' })).status).toBe(400);
    // Bea works in tenant B; added here she keeps B, and B's admin still does not see A's people.
    const added = await call('POST', '/settings/users', admin, { email: 'bea@b.example', role: 'viewer' });
    expect(added.status).toBe(201);
    expect(added.body.users.find((u: { email: string }) => u.email === 'bea@b.example')).toMatchObject({ name: 'Bea Other', role: 'viewer' });
    const bea = await signIn('bea@b.example', 'set-b');
    expect(emails(await call('GET', '/settings/users', bea))).toEqual(['bea@b.example']);
  });

  it('changes a role and removes a user from this tenant only, but never the last admin', async () => {
    const admin = await signIn('admin@a.example');
    const cole = await signIn('cole@a.example');
    const promoted = await call('PUT', '/settings/users/cole%40a.example', admin, { role: 'manager' });
    expect(promoted.body.users.find((u: { email: string }) => u.email === 'cole@a.example').role).toBe('manager');
    expect((await call('PUT', '/settings/users/cole%40a.example', admin, { role: 'owner' })).status).toBe(400);
    expect((await call('PUT', '/settings/users/bea%40b.example', { auth: `Bearer ${otherKey}` }, { role: 'viewer' })).status).toBe(400);
    // B's key cannot touch A's people: to B, cole does not exist.
    expect((await call('PUT', '/settings/users/cole%40a.example', { auth: `Bearer ${otherKey}` }, { role: 'admin' })).status).toBe(404);
    expect((await call('DELETE', '/settings/users/cole%40a.example', { auth: `Bearer ${otherKey}` })).status).toBe(404);

    const lastAdmin = await call('PUT', '/settings/users/admin%40a.example', admin, { role: 'viewer' });
    expect(lastAdmin.status).toBe(400);
    expect(lastAdmin.body.reason).toMatch(/only admin/);
    expect((await call('DELETE', '/settings/users/admin%40a.example', admin)).status).toBe(400);

    const removed = await call('DELETE', '/settings/users/cole%40a.example', admin);
    expect(removed.status).toBe(200);
    expect(emails(removed)).not.toContain('cole@a.example');
    expect((await call('GET', '/customers', cole)).status).toBe(401);
    expect((await call('DELETE', '/settings/users/cole%40a.example', admin)).status).toBe(404);
    // Bea was removed from nothing in B.
    expect(emails(await call('GET', '/settings/users', { auth: `Bearer ${otherKey}` }))).toEqual(['bea@b.example']);
  });

  it('creates an API key shown once, lists keys without secrets, revokes one so it opens nothing', async () => {
    const admin = await signIn('admin@a.example');
    const created = await call('POST', '/settings/api-keys', admin, { name: 'erp export' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^arr_/);
    const key = created.body.key as string;
    expect((await call('GET', '/tenant', { auth: `Bearer ${key}` })).body.slug).toBe('set-a');
    const listed = await call('GET', '/settings/api-keys', admin);
    expect(listed.body.keys).toEqual([{ id: expect.any(String), name: 'erp export', createdAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(JSON.stringify(listed.body)).not.toContain('b-integration');
    const id = listed.body.keys[0].id as string;
    expect((await call('POST', `/settings/api-keys/${id}/revoke`, { auth: `Bearer ${otherKey}` })).status).toBe(404);
    const revoked = await call('POST', `/settings/api-keys/${id}/revoke`, admin);
    expect(revoked.status).toBe(200);
    expect(revoked.body.keys[0].revokedAt).toEqual(expect.any(String));
    expect((await call('GET', '/tenant', { auth: `Bearer ${key}` })).status).toBe(401);
    const again = await call('POST', `/settings/api-keys/${id}/revoke`, admin);
    expect(again.body.keys[0].revokedAt).toBe(revoked.body.keys[0].revokedAt);
    expect((await call('POST', '/settings/api-keys', admin, { name: '' })).status).toBe(400);
  });
});
