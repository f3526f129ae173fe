// /api/interest and /api/law/* (issue #3): the tenant of the API key sees its own rows merged over the built-ins.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { computeDebtInterest } from '../app/law/compute-interest.js';
import { lawTables, setTenantFee, setTenantRate } from '../app/law/law-tables.js';
import { customerLateCharges } from '../app/law/customer-late-charges.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import * as L from './law-schemas.js';
import { CustomerRefParam, DateString, ErrorBody } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 401: json(ErrorBody, 'no or unknown API key') };

export function lawRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/interest', request: jsonBody(L.InterestBody), responses: { 200: json(L.InterestAnswer, 'interest, compensation and the periods'), ...errors } }),
    async (c) => c.json(await computeDebtInterest(deps.db, c.get('tenant').id, c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/late-charges', request: { params: CustomerRefParam, query: z.object({ asOf: DateString }) },
    responses: { 200: json(L.LateCharges, 'interest and compensation per overdue invoice'), 404: json(ErrorBody, 'not found (or another tenant\'s)'), ...errors } }),
  async (c) => c.json(await customerLateCharges(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, asOf: c.req.valid('query').asOf }), 200));

  app.openapi(createRoute({ method: 'get', path: '/law', request: { query: L.JurisdictionQuery }, responses: { 200: json(L.LawTables, 'rates and fees in force for this tenant'), ...errors } }),
    async (c) => c.json(await lawTables(deps.db, c.get('tenant').id, c.req.valid('query').jurisdiction), 200));

  app.openapi(createRoute({ method: 'put', path: '/law/rates', request: jsonBody(L.RateRowBody), responses: { 200: json(L.RateRowBody, 'the tenant\'s row, added or corrected'), ...errors } }),
    async (c) => c.json(await setTenantRate(deps.db, c.get('tenant').id, c.req.valid('json'), c.get('actor')), 200));

  app.openapi(createRoute({ method: 'put', path: '/law/fees', request: jsonBody(L.FeeRowBody), responses: { 200: json(L.FeeRowBody, 'the tenant\'s row, added or corrected'), ...errors } }),
    async (c) => {
      const row = await setTenantFee(deps.db, c.get('tenant').id, c.req.valid('json'), c.get('actor'));
      return c.json({ ...row, debtAtLeast: row.debtAtLeast }, 200);
    });
}
