// The HTTP API: Hono with request validation and the OpenAPI document from the same zod schemas (DESIGN.md).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { requireApiKey } from './auth.js';
import { errorResponse } from './errors.js';
import { ledgerRoutes } from './ledger-routes.js';
import { lawRoutes } from './law-routes.js';
import { dunningRoutes } from './dunning-routes.js';
import { worklistRoutes } from './worklist-routes.js';
import { bankRoutes } from './bank-routes.js';
import { dunningConfigRoutes } from './dunning-config-routes.js';
import { disputeRoutes } from './dispute-routes.js';
import { creditRoutes } from './credit-routes.js';
import { promiseRoutes } from './promise-routes.js';
import { paymentPlanRoutes } from './payment-plan-routes.js';
import { sessionRoutes } from './session-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { collectorViewRoutes } from './collector-view-routes.js';
import { riskRoutes } from './risk-routes.js';
import { callRoutes } from './call-routes.js';
import { timelineRoutes } from './timeline-routes.js';
import { letterheadRoutes } from './letterhead-routes.js';
import { placementRoutes } from './placement-routes.js';
import { predictionRoutes } from './prediction-routes.js';
import { outboxMessageRoutes } from './outbox-message-routes.js';
import { tenantRoutes } from './tenant-routes.js';

export function createApi(deps: ApiDeps): OpenAPIHono<ApiEnv> {
  const api = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const issue = result.error.issues[0];
      return c.json({ error: 'invalid', field: issue?.path.join('.') ?? '', reason: issue?.message ?? 'invalid' }, 400);
    },
  });
  api.onError(errorResponse);
  api.get('/health', (c) => c.json({ ok: true }));
  api.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Arrears API', version: '0.1.0', description: 'Accounts-receivable collections. Authenticate with Authorization: Bearer <API key>; the key decides the tenant.' } });
  api.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer' });
  api.use('/*', async (c, next) => {
    if (c.req.path.endsWith('/openapi.json') || c.req.path.endsWith('/health')) return next();
    return requireApiKey(deps)(c, next);
  });
  api.get('/tenant', (c) => { const t = c.get('tenant'); return c.json({ slug: t.slug, name: t.name, country: t.country, currency: t.base_currency, timezone: t.time_zone, language: t.default_language }); });
  ledgerRoutes(deps, api);
  lawRoutes(deps, api);
  dunningRoutes(deps, api);
  worklistRoutes(deps, api);
  bankRoutes(deps, api);
  dunningConfigRoutes(deps, api);
  disputeRoutes(deps, api);
  creditRoutes(deps, api);
  promiseRoutes(deps, api);
  paymentPlanRoutes(deps, api);
  sessionRoutes(deps, api);
  settingsRoutes(deps, api);
  collectorViewRoutes(deps, api);
  riskRoutes(deps, api);
  callRoutes(deps, api);
  timelineRoutes(deps, api);
  letterheadRoutes(deps, api);
  placementRoutes(deps, api);
  predictionRoutes(deps, api);
  outboxMessageRoutes(deps, api);
  tenantRoutes(deps, api);
  return api;
}
