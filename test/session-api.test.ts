// Issue #7 over HTTP: signing in sets an HttpOnly session cookie; with it every change needs the CSRF token, a
// viewer changes nothing, a user switches only to tenants they belong to, and sees one tenant's data at a time.
// API keys keep working beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser, grantRole } from '../src/app/users/manage-users.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let a: TenantRow;
let b: TenantRow;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  handle = await openTestDb();
  a = await makeTenant(handle.db, 'sess-a');
  b = await makeTenant(handle.db, 'sess-b');
  await importLines(handle.db, a, 'customers', ['customer_ref,name,country,language,currency', 'A1,Alfa AS,NO,nb,NOK', 'A2,Aker AS,NO,nb,NOK']);
  await importLines(handle.db, b, 'customers', ['customer_ref,name,country,language,currency', 'B1,Beta AB,SE,sv,SEK']);
  await createUser(handle.db, { email: 'Collector@Example.com', name: 'Cole Lector', password: PASSWORD, tenant: a, role: 'collector' });
  await createUser(handle.db, { email: 'viewer@example.com', name: 'Vi Ewer', password: PASSWORD, tenant: a, role: 'viewer' });
  server = await serveApi(handle.db);
}, 60_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Answer = { status: number; body: any; setCookie: string | null };
async function call(method: string, p: string, options: { cookie?: string; csrf?: string; body?: unknown; auth?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.auth) headers.authorization = options.auth;
  const res = await fetch(`${server.url}/api${p}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, setCookie: res.headers.get('set-cookie') };
}

async function signIn(email: string, password = PASSWORD, tenant?: string): Promise<{ cookie: string; csrf: string; body: any }> {
  const r = await call('POST', '/session', { body: { email, password, tenant } });
  expect(r.status).toBe(200);
  const cookie = /^(arrears_session=[^;]+)/.exec(r.setCookie ?? '')?.[1];
  expect(cookie).toBeDefined();
  return { cookie: cookie ?? '', csrf: r.body.csrfToken, body: r.body };
}

describe(`web sessions (${engineName})`, () => {
  it('refuses a wrong password and an unknown e-mail alike with 401, and sets no cookie', async () => {
    for (const email of ['collector@example.com', 'nobody@example.com']) {
      const r = await call('POST', '/session', { body: { email, password: 'wrong password!' } });
      expect(r.status).toBe(401);
      expect(r.body.reason).toBe('wrong e-mail or password');
      expect(r.setCookie).toBeNull();
    }
  });

  it('signs in with an HttpOnly, SameSite cookie and answers who and where', async () => {
    const r = await call('POST', '/session', { body: { email: 'COLLECTOR@example.com', password: PASSWORD } });
    expect(r.status).toBe(200);
    expect(r.setCookie).toMatch(/^arrears_session=[A-Za-z0-9_-]{43};/);
    expect(r.setCookie).toMatch(/HttpOnly/);
    expect(r.setCookie).toMatch(/SameSite=Lax/);
    expect(r.setCookie).toMatch(/Path=\//);
    expect(r.setCookie).not.toMatch(/Secure/);
    expect(r.body).toMatchObject({ user: { email: 'collector@example.com', name: 'Cole Lector' }, tenant: { slug: 'sess-a', role: 'collector' }, tenants: [{ slug: 'sess-a', role: 'collector' }] });
    expect(r.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = /^(arrears_session=[^;]+)/.exec(r.setCookie ?? '')?.[1] ?? '';
    const again = await call('GET', '/session', { cookie });
    expect(again.status).toBe(200);
    expect(again.body.csrfToken).toBe(r.body.csrfToken);
  });

  it('sees only its tenant\'s customers with the cookie, and records the user as the actor', async () => {
    const s = await signIn('collector@example.com');
    const r = await call('GET', '/customers', { cookie: s.cookie });
    expect(r.status).toBe(200);
    expect(r.body.customers.map((c: { customerRef: string }) => c.customerRef)).toEqual(['A1', 'A2']);
    expect((await call('GET', '/customers/B1', { cookie: s.cookie })).status).toBe(404);
    const wo = await call('PUT', '/bank/accounts/NO9386011117947', { cookie: s.cookie, csrf: s.csrf, body: { name: 'Main' } });
    expect(wo.status).toBe(200);
    const audit = await call('GET', '/audit?limit=5', { cookie: s.cookie });
    expect(audit.body.entries.some((e: { actor: string }) => e.actor === 'user:collector@example.com')).toBe(true);
  });

  it('refuses a change without the CSRF token, or with another one, with 403', async () => {
    const s = await signIn('collector@example.com');
    const missing = await call('POST', '/bank/entries/1/reject', { cookie: s.cookie, body: { reason: 'x' } });
    expect(missing.status).toBe(403);
    expect(missing.body.reason).toMatch(/CSRF/);
    expect((await call('POST', '/bank/entries/1/reject', { cookie: s.cookie, csrf: 'x'.repeat(43), body: { reason: 'x' } })).status).toBe(403);
    expect((await call('POST', '/session/tenant', { cookie: s.cookie, body: { slug: 'sess-a' } })).status).toBe(403);
    expect((await call('DELETE', '/session', { cookie: s.cookie })).status).toBe(403);
    // With the token the request goes through to the route (no such entry here).
    expect((await call('POST', '/bank/entries/1/reject', { cookie: s.cookie, csrf: s.csrf, body: { reason: 'x' } })).status).toBe(404);
  });

  it('lets a viewer read but not change anything', async () => {
    const s = await signIn('viewer@example.com');
    expect((await call('GET', '/customers', { cookie: s.cookie })).status).toBe(200);
    for (const [method, p, body] of [['POST', '/bank/entries/1/reject', { reason: 'x' }], ['PUT', '/bank/accounts/NO9386011117947', { name: 'x' }], ['DELETE', '/segments/x', undefined]] as const) {
      const r = await call(method, p, { cookie: s.cookie, csrf: s.csrf, body });
      expect(r.status, `${method} ${p}`).toBe(403);
      expect(r.body.reason).toMatch(/viewer/);
    }
  });

  it('switches only to a tenant the user belongs to, then sees that tenant\'s data and none of the first', async () => {
    const s = await signIn('collector@example.com');
    const refused = await call('POST', '/session/tenant', { cookie: s.cookie, csrf: s.csrf, body: { slug: 'sess-b' } });
    expect(refused.status).toBe(403);
    expect((await call('POST', '/session', { body: { email: 'collector@example.com', password: PASSWORD, tenant: 'sess-b' } })).status).toBe(403);
    await grantRole(handle.db, { email: 'collector@example.com', tenant: b, role: 'manager' });
    const switched = await call('POST', '/session/tenant', { cookie: s.cookie, csrf: s.csrf, body: { slug: 'sess-b' } });
    expect(switched.status).toBe(200);
    expect(switched.body.tenant).toEqual({ slug: 'sess-b', name: b.name, role: 'manager' });
    expect(switched.body.tenants.map((t: { slug: string }) => t.slug).sort()).toEqual(['sess-a', 'sess-b']);
    const customers = await call('GET', '/customers', { cookie: s.cookie });
    expect(customers.body.customers.map((c: { customerRef: string }) => c.customerRef)).toEqual(['B1']);
    expect((await call('GET', '/customers/A1', { cookie: s.cookie })).status).toBe(404);
    expect((await call('GET', '/tenant', { cookie: s.cookie })).body.slug).toBe('sess-b');
    expect((await call('POST', '/session/tenant', { cookie: s.cookie, csrf: s.csrf, body: { slug: 'no-such' } })).status).toBe(403);
  });

  it('signs out: the cookie is cleared and no longer opens anything', async () => {
    const s = await signIn('collector@example.com');
    const out = await call('DELETE', '/session', { cookie: s.cookie, csrf: s.csrf });
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/arrears_session=;/);
    expect((await call('GET', '/customers', { cookie: s.cookie })).status).toBe(401);
    expect((await call('GET', '/session', { cookie: s.cookie })).status).toBe(204);
    expect((await call('GET', '/customers', { cookie: 'arrears_session=forged' })).status).toBe(401);
  });

  it('keeps API keys working, and a key is not overridden by a cookie', async () => {
    const key = await createApiKey(handle.db, b, 'test');
    const s = await signIn('viewer@example.com');
    const r = await call('GET', '/customers', { auth: `Bearer ${key}`, cookie: s.cookie });
    expect(r.status).toBe(200);
    expect(r.body.customers.map((c: { customerRef: string }) => c.customerRef)).toEqual(['B1']);
    expect((await call('GET', '/customers', { auth: 'Bearer nope' })).status).toBe(401);
    expect((await call('GET', '/customers')).status).toBe(401);
  });
});

describe(`sign-in rate limiting (${engineName})`, () => {
  // A server of its own: the limiter lives with the routes, so the tests above are not counted here.
  let limited: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    limited = await serveApi(handle.db);
    await createUser(handle.db, { email: 'target@example.com', name: 'Tar Get', password: PASSWORD, tenant: a, role: 'collector' });
  });
  afterAll(async () => { await limited.close(); });
  const attempt = async (email: string, password: string) => {
    const res = await fetch(`${limited.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() as { reason?: string } };
  };

  it('answers 429 with Retry-After after five wrong passwords for an e-mail, even for the right one', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('target@example.com', `wrong password ${i}`)).status).toBe(401);
    for (const password of ['wrong again!', PASSWORD]) {
      const r = await attempt('TARGET@example.com', password);
      expect(r.status).toBe(429);
      expect(r.body.reason).toMatch(/too many failed sign-ins for target@example\.com: try again in 15 minutes/);
      expect(Number(r.retryAfter)).toBeGreaterThan(14 * 60);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(15 * 60);
    }
    // Another e-mail from the same address is not locked out by it.
    expect((await attempt('collector@example.com', PASSWORD)).status).toBe(200);
  });

  it('a right password clears an e-mail\'s count; twenty failures from one address lock the address', async () => {
    for (let i = 0; i < 4; i++) await attempt('viewer@example.com', `wrong password ${i}`);
    expect((await attempt('viewer@example.com', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('viewer@example.com', `wrong password ${i}`)).status).toBe(401);
    // 5 (target) + 8 (viewer) failures so far from 127.0.0.1; seven more unknown e-mails reach twenty.
    for (let i = 0; i < 7; i++) expect((await attempt(`nobody${i}@example.com`, 'wrong password')).status).toBe(401);
    const r = await attempt('collector@example.com', PASSWORD);
    expect(r.status).toBe(429);
    expect(r.body.reason).toMatch(/network address/);
    expect(Number(r.retryAfter)).toBeGreaterThan(0);
  });
});

describe('the sign-in limiter over time', () => {
  it('lets an e-mail try again once its oldest counted failure is fifteen minutes old', async () => {
    const { SignInLimiter, WINDOW_MS } = await import('../src/api/sign-in-limiter.js');
    const limiter = new SignInLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) limiter.fail('x@example.com', '10.0.0.1', t0 + i * 60_000);
    expect(limiter.check('x@example.com', '10.0.0.2', t0 + 5 * 60_000)?.retryAfterSeconds).toBe(10 * 60);
    expect(limiter.check('x@example.com', '10.0.0.2', t0 + WINDOW_MS - 1)).toBeDefined();
    expect(limiter.check('x@example.com', '10.0.0.2', t0 + WINDOW_MS)).toBeUndefined();
  });
});
