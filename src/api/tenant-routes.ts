// Tenant details (issue #7 settings: "tenant details"): everyone in the tenant reads them; an admin changes what
// `arrears tenant update` changes (src/app/update-tenant.ts). The tenant is the caller's, never one from the URL.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { updateTenant } from '../app/update-tenant.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { ErrorBody } from './schemas.js';

const Details = z.object({
  slug: z.string(), name: z.string(), country: z.string(), currency: z.string(), timezone: z.string(), language: z.string(),
  email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable(), bankAccount: z.string().nullable(),
  dunningRunTime: z.string(), dunningRequiresApproval: z.boolean(), contactIntervalDays: z.number(),
  paymentReferenceScheme: z.string(), autoPostConfidence: z.number().openapi({ description: '0–1; above 1: never post without a person' }),
}).openapi('TenantDetails');
const Update = z.object({
  email: z.string().trim().max(320).optional(), phone: z.string().trim().max(50).optional(), address: z.string().trim().max(1000).optional(),
  bankAccount: z.string().trim().max(100).optional(), dunningRunTime: z.string().optional().openapi({ description: 'HH:MM, the tenant\'s local time' }),
  dunningRequiresApproval: z.boolean().optional(), contactIntervalDays: z.number().int().optional(),
  paymentReferenceScheme: z.string().optional().openapi({ description: 'rf, kid-mod10, kid-mod11 or ocr' }), autoPostConfidence: z.number().optional(),
}).openapi('TenantUpdate');
const errors = { 400: json(ErrorBody, 'invalid input'), 403: json(ErrorBody, 'only an admin may change the tenant') };

export const tenantDetails = (t: TenantRow): z.infer<typeof Details> => ({
  slug: t.slug, name: t.name, country: t.country, currency: t.base_currency, timezone: t.time_zone, language: t.default_language,
  email: t.email, phone: t.phone, address: t.address, bankAccount: t.bank_account, dunningRunTime: t.dunning_run_time.slice(0, 5),
  dunningRequiresApproval: t.dunning_requires_approval, contactIntervalDays: t.contact_interval_days,
  paymentReferenceScheme: t.payment_reference_scheme, autoPostConfidence: t.auto_post_confidence / 1000,
});

export function tenantRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/tenant/details', responses: { 200: json(Details, 'the tenant with its contact details and settings') } }),
    (c) => c.json(tenantDetails(c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'put', path: '/tenant', request: jsonBody(Update), responses: { 200: json(Details, 'the tenant, changed'), ...errors } }),
    async (c) => {
      requireRole(c, 'admin', 'changing the tenant');
      return c.json(tenantDetails(await updateTenant(deps.db, c.get('tenant'), c.req.valid('json'))), 200);
    });
}
