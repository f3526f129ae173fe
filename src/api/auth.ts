// Who is calling: `Authorization: Bearer <API key>` (the key decides the tenant), or the web app's session cookie
// (the session's current tenant, which the user can only switch to a tenant they belong to). Nothing in the URL
// can choose another tenant. Issue #7: with the cookie every change must carry X-CSRF-Token, and viewers change
// nothing.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { tenantForApiKey } from '../app/api-keys.js';
import { csrfMatches, sessionForToken } from '../app/users/sessions.js';
import type { SessionRow } from '../store/sessions.js';
import { findTenantById } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';

export const SESSION_COOKIE = 'arrears_session';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session routes authenticate themselves (signing in needs no session). */
const isSessionRoute = (path: string) => /^(?:\/api)?\/session(?:\/tenant)?\/?$/.test(path);

export async function sessionFromCookie(deps: ApiDeps, c: Context): Promise<SessionRow | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  return token ? sessionForToken(deps.db, token) : undefined;
}

export function requireApiKey(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (isSessionRoute(c.req.path)) return next();
    const header = c.req.header('authorization');
    if (header !== undefined || getCookie(c, SESSION_COOKIE) === undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
      const found = match?.[1] ? await tenantForApiKey(deps.db, match[1]) : undefined;
      if (!found) return c.json({ error: 'unauthorized', reason: 'send Authorization: Bearer <API key>, or sign in' }, 401);
      c.set('tenant', found.tenant);
      c.set('actor', `apikey:${found.keyName}`);
      c.set('role', 'admin');
      await next();
      return undefined;
    }
    const session = await sessionFromCookie(deps, c);
    if (!session) return c.json({ error: 'unauthorized', reason: 'your session has ended: sign in again' }, 401);
    if (!READS.has(c.req.method)) {
      if (!csrfMatches(session, c.req.header('x-csrf-token'))) return c.json({ error: 'forbidden', reason: 'missing or wrong X-CSRF-Token header' }, 403);
      if (session.role === 'viewer') return c.json({ error: 'forbidden', reason: 'a viewer may look but not change anything' }, 403);
    }
    const tenant = await findTenantById(deps.db, session.tenantId);
    if (!tenant) return c.json({ error: 'unauthorized', reason: 'your session has ended: sign in again' }, 401);
    c.set('tenant', tenant);
    c.set('actor', `user:${session.email}`);
    c.set('role', session.role);
    await next();
    return undefined;
  };
}
