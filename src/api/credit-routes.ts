// Credit limits and holds (issue #6): the limit, manual holds and releases, whether new credit sales are allowed
// and why not, and the tenant's credit policy.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { customerCredit } from '../app/credit/credit-status.js';
import { creditHolds, placeCreditHold, releaseCreditHold } from '../app/credit/credit-hold.js';
import { setCreditLimit } from '../app/credit/set-credit-limit.js';
import { getCreditPolicy, setCreditPolicy } from '../app/credit/credit-policy.js';
import { dateInZone } from '../domain/dates.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import { CustomerRefParam, DateString, ErrorBody, Money } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 404: json(ErrorBody, 'no such customer in this tenant') };
const Reason = z.string().trim().min(1).max(2000);

const Credit = z.object({
  customerRef: z.string(), currency: z.string(), asOf: DateString, creditLimit: Money.nullable(), exposure: Money, available: Money.nullable(),
  oldestDaysPastDue: z.number().nullable(),
  hold: z.object({
    active: z.boolean(), automatic: z.boolean(), reasons: z.array(z.object({ code: z.enum(['over-limit', 'past-due', 'manual']), automatic: z.boolean(), text: z.string() })),
    manualSince: z.string().nullable(), manualBy: z.string().nullable(),
  }),
  newCreditAllowed: z.boolean(), why: z.array(z.string()),
}).openapi('CustomerCredit');
const CreditQuery = z.object({ asOf: DateString.optional().openapi({ description: 'default today in the tenant\'s zone' }) });
const LimitRequest = z.object({ amount: Money.nullable().openapi({ description: 'null removes the limit' }), reason: Reason }).openapi('CreditLimitRequest');
const HoldRequest = z.object({ reason: Reason }).openapi('CreditHoldRequest');
const HoldHistory = z.object({ customerRef: z.string(), holds: z.array(z.object({ action: z.enum(['hold', 'release']), reason: z.string(), at: z.string(), by: z.string() })) }).openapi('CreditHoldHistory');
const Policy = z.object({
  maxDaysPastDue: z.number().int().min(0).max(10_000).nullable().openapi({ description: 'hold when an item is more days past due; null: never' }),
  limitTolerancePercent: z.number().int().min(0).max(10_000).nullable().openapi({ description: 'hold when exposure exceeds the limit by more than this; null: never' }),
});
const PolicyRequest = Policy.extend({ reason: Reason.optional() }).openapi('CreditPolicyRequest');
const PolicyAnswer = Policy.extend({ updatedBy: z.string().nullable() }).openapi('CreditPolicy');

export function creditRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  const today = (zone: string) => dateInZone(new Date(), zone);

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/credit', request: { params: CustomerRefParam, query: CreditQuery }, responses: { 200: json(Credit, 'whether new credit sales are allowed, and why not'), ...errors } }),
    async (c) => {
      const tenant = c.get('tenant');
      return c.json(await customerCredit(deps.db, tenant, { customerRef: c.req.valid('param').ref, asOf: c.req.valid('query').asOf ?? today(tenant.time_zone) }), 200);
    });

  app.openapi(createRoute({ method: 'put', path: '/customers/{ref}/credit-limit', request: { params: CustomerRefParam, query: CreditQuery, ...jsonBody(LimitRequest) }, responses: { 200: json(Credit, 'the credit position with the new limit'), ...errors } }),
    async (c) => {
      const tenant = c.get('tenant');
      const body = c.req.valid('json');
      return c.json(await setCreditLimit(deps.db, tenant, { customerRef: c.req.valid('param').ref, amount: body.amount, reason: body.reason, asOf: c.req.valid('query').asOf ?? today(tenant.time_zone), actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'post', path: '/customers/{ref}/credit-hold', request: { params: CustomerRefParam, query: CreditQuery, ...jsonBody(HoldRequest) }, responses: { 200: json(Credit, 'on manual hold until released'), ...errors } }),
    async (c) => {
      const tenant = c.get('tenant');
      return c.json(await placeCreditHold(deps.db, tenant, { customerRef: c.req.valid('param').ref, reason: c.req.valid('json').reason, asOf: c.req.valid('query').asOf ?? today(tenant.time_zone), actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'delete', path: '/customers/{ref}/credit-hold', request: { params: CustomerRefParam, query: CreditQuery, ...jsonBody(HoldRequest) }, responses: { 200: json(Credit, 'the manual hold is released (automatic reasons stay)'), ...errors } }),
    async (c) => {
      const tenant = c.get('tenant');
      return c.json(await releaseCreditHold(deps.db, tenant, { customerRef: c.req.valid('param').ref, reason: c.req.valid('json').reason, asOf: c.req.valid('query').asOf ?? today(tenant.time_zone), actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/credit-holds', request: { params: CustomerRefParam }, responses: { 200: json(HoldHistory, 'manual holds and releases, newest first'), ...errors } }),
    async (c) => c.json(await creditHolds(deps.db, c.get('tenant'), c.req.valid('param').ref), 200));

  app.openapi(createRoute({ method: 'get', path: '/credit-policy', responses: { 200: json(PolicyAnswer, 'when an automatic hold applies') } }),
    async (c) => c.json(await getCreditPolicy(deps.db, c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'put', path: '/credit-policy', request: jsonBody(PolicyRequest), responses: { 200: json(PolicyAnswer, 'the new policy'), 400: errors[400] } }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await setCreditPolicy(deps.db, c.get('tenant'), { ...body, actor: c.get('actor') }), 200);
    });
}
