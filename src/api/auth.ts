// Authorization: Bearer <API key>. The key decides the tenant; nothing in the URL can choose another one.
import type { MiddlewareHandler } from 'hono';
import { tenantForApiKey } from '../app/api-keys.js';
import type { ApiDeps, ApiEnv } from './app-env.js';

export function requireApiKey(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1] ? await tenantForApiKey(deps.db, match[1]) : undefined;
    if (!found) return c.json({ error: 'unauthorized', reason: 'send Authorization: Bearer <API key>' }, 401);
    c.set('tenant', found.tenant);
    c.set('actor', `apikey:${found.keyName}`);
    await next();
    return undefined;
  };
}
