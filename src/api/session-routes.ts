// /api/session (issue #7): sign in, read, switch tenant, sign out. The cookie is HttpOnly and SameSite=Lax, Secure
// when the request came over https; the CSRF token travels in the JSON answer for the page to echo back.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { NotAMember, SESSION_HOURS, SignInRefused, csrfMatches, describeSession, signIn, signOut, switchTenant } from '../app/users/sessions.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { SESSION_COOKIE, sessionFromCookie } from './auth.js';
import { json, jsonBody } from './route-helpers.js';
import { ErrorBody } from './schemas.js';
import { SignInLimiter } from './sign-in-limiter.js';

const SignInRequest = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200), tenant: z.string().min(1).optional() }).openapi('SignInRequest');
const TenantRole = z.object({ slug: z.string(), name: z.string(), role: z.string() });
const Session = z.object({ user: z.object({ email: z.string(), name: z.string() }), tenants: z.array(TenantRole), tenant: TenantRole, csrfToken: z.string() }).openapi('Session');
const errors = { 401: json(ErrorBody, 'wrong e-mail or password, or no session'), 403: json(ErrorBody, 'no access to that tenant, or a missing CSRF token') };

const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
const unauthorized = (c: Context) => c.json({ error: 'unauthorized', reason: 'not signed in' }, 401);
const forbidden = (c: Context, reason: string) => c.json({ error: 'forbidden', reason }, 403);
/** The client's address as the socket saw it (not X-Forwarded-For, which the client could choose). */
function clientAddress(c: Context): string {
  try { return getConnInfo(c).remote.address ?? 'unknown'; } catch { return 'unknown'; }
}

export function sessionRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  const limiter = new SignInLimiter();
  app.openapi(createRoute({ method: 'post', path: '/session', request: jsonBody(SignInRequest), responses: { 200: json(Session, 'signed in; the session cookie is set'), ...errors, 429: json(ErrorBody, 'too many failed sign-ins for this e-mail or from this address; Retry-After says when to try again') } }),
    async (c) => {
      const body = c.req.valid('json');
      const address = clientAddress(c);
      const wait = limiter.check(body.email, address);
      if (wait) return c.json({ error: 'too many attempts', reason: wait.reason }, 429, { 'retry-after': String(wait.retryAfterSeconds) });
      const previous = await sessionFromCookie(deps, c);
      if (previous) await signOut(deps.db, previous);
      try {
        const { token, session } = await signIn(deps.db, body);
        limiter.succeed(body.email);
        setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: secure(c), maxAge: SESSION_HOURS * 3600 });
        return c.json(session, 200);
      } catch (error) {
        if (error instanceof SignInRefused) {
          limiter.fail(body.email, address);
          return c.json({ error: 'unauthorized', reason: error.message }, 401);
        }
        if (error instanceof NotAMember) return forbidden(c, error.message);
        throw error;
      }
    });

  // Not being signed in is an answer here, not an error: the web app asks on every start.
  app.openapi(createRoute({ method: 'get', path: '/session', responses: { 200: json(Session, 'who is signed in, and where'), 204: { description: 'not signed in' }, ...errors } }),
    async (c) => {
      const session = await sessionFromCookie(deps, c);
      if (!session) return c.body(null, 204);
      return c.json(await describeSession(deps.db, session), 200);
    });

  app.openapi(createRoute({ method: 'post', path: '/session/tenant', request: jsonBody(z.object({ slug: z.string() }).openapi('SwitchTenantRequest')), responses: { 200: json(Session, 'now working in that tenant'), ...errors } }),
    async (c) => {
      const session = await sessionFromCookie(deps, c);
      if (!session) return unauthorized(c);
      if (!csrfMatches(session, c.req.header('x-csrf-token'))) return forbidden(c, 'missing or wrong X-CSRF-Token header');
      try {
        return c.json(await switchTenant(deps.db, session, c.req.valid('json').slug), 200);
      } catch (error) {
        if (error instanceof NotAMember) return forbidden(c, error.message);
        throw error;
      }
    });

  app.openapi(createRoute({ method: 'delete', path: '/session', responses: { 204: { description: 'signed out' }, ...errors } }),
    async (c) => {
      const session = await sessionFromCookie(deps, c);
      if (session && !csrfMatches(session, c.req.header('x-csrf-token'))) return forbidden(c, 'missing or wrong X-CSRF-Token header');
      if (session) await signOut(deps.db, session);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
      return c.body(null, 204);
    });
}
