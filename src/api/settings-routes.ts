// Settings (issue #7: "users and roles, API keys"): admins only. Every answer is about the caller's tenant: the
// tenant comes from the session or key, never from the URL.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { addApiKey, removeApiKey, tenantApiKeys } from '../app/api-key-admin.js';
import { addTenantUser, changeTenantRole, removeTenantUser, tenantUsers } from '../app/users/tenant-users.js';
import { ROLES } from '../store/users.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { ErrorBody } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 403: json(ErrorBody, 'only an admin may do this'), 404: json(ErrorBody, 'no such user or key in this tenant') };
const Role = z.enum(ROLES as [string, ...string[]]);
const Users = z.object({ users: z.array(z.object({ email: z.string(), name: z.string(), role: Role, since: z.string() })) }).openapi('TenantUsers');
const AddUser = z.object({
  email: z.string().trim().min(3).max(320), role: Role,
  name: z.string().trim().max(200).optional().openapi({ description: 'needed only for a new user' }),
  password: z.string().max(200).optional().openapi({ description: 'needed only for a new user' }),
}).openapi('AddTenantUser');
const EmailParam = z.object({ email: z.string().min(3).openapi({ param: { name: 'email', in: 'path' }, example: 'kari@example.no' }) });
const Keys = z.object({ keys: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })) }).openapi('ApiKeys');
const KeyIdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '3' }) });

export function settingsRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/settings/users', responses: { 200: json(Users, 'the people who work in this tenant, with their roles'), ...errors } }),
    async (c) => { requireRole(c, 'admin', 'listing users'); return c.json(await tenantUsers(deps.db, c.get('tenant')), 200); });

  app.openapi(createRoute({ method: 'post', path: '/settings/users', request: jsonBody(AddUser), responses: { 201: json(Users, 'added'), ...errors } }),
    async (c) => {
      requireRole(c, 'admin', 'adding a user');
      return c.json(await addTenantUser(deps.db, c.get('tenant'), { ...c.req.valid('json'), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'put', path: '/settings/users/{email}', request: { params: EmailParam, ...jsonBody(z.object({ role: Role }).openapi('TenantUserRole')) }, responses: { 200: json(Users, 'the role is changed'), ...errors } }),
    async (c) => {
      requireRole(c, 'admin', 'changing a role');
      return c.json(await changeTenantRole(deps.db, c.get('tenant'), { email: c.req.valid('param').email, role: c.req.valid('json').role, actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'delete', path: '/settings/users/{email}', request: { params: EmailParam }, responses: { 200: json(Users, 'removed from this tenant (the user keeps their other tenants)'), ...errors } }),
    async (c) => {
      requireRole(c, 'admin', 'removing a user');
      return c.json(await removeTenantUser(deps.db, c.get('tenant'), { email: c.req.valid('param').email, actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/settings/api-keys', responses: { 200: json(Keys, 'the tenant\'s API keys, without their secrets'), ...errors } }),
    async (c) => { requireRole(c, 'admin', 'listing API keys'); return c.json(await tenantApiKeys(deps.db, c.get('tenant')), 200); });

  app.openapi(createRoute({ method: 'post', path: '/settings/api-keys', request: jsonBody(z.object({ name: z.string().min(1).max(60) }).openapi('NewApiKey')),
    responses: { 201: json(Keys.extend({ key: z.string().openapi({ description: 'the secret, shown this once' }) }), 'created'), ...errors } }),
  async (c) => {
    requireRole(c, 'admin', 'creating an API key');
    return c.json(await addApiKey(deps.db, c.get('tenant'), { name: c.req.valid('json').name, actor: c.get('actor') }), 201);
  });

  app.openapi(createRoute({ method: 'post', path: '/settings/api-keys/{id}/revoke', request: { params: KeyIdParam }, responses: { 200: json(Keys, 'revoked: the key no longer opens anything'), ...errors } }),
    async (c) => {
      requireRole(c, 'admin', 'revoking an API key');
      return c.json(await removeApiKey(deps.db, c.get('tenant'), { id: c.req.valid('param').id, actor: c.get('actor') }), 200);
    });
}
