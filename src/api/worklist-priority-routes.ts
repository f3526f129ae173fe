// The prioritised worklist over HTTP (issue #6): GET /worklist, the tenant's exchange rates and worklist settings,
// and a customer's sales representative. Thin: validate, call a use case, shape the answer.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getWorklist } from '../app/worklist/get-worklist.js';
import { getExchangeRates, putExchangeRates } from '../app/worklist/exchange-rates.js';
import { getWorklistSettings, putWorklistSettings } from '../app/worklist/worklist-settings.js';
import { getSalesRep, putSalesRep } from '../app/worklist/sales-rep.js';
import { dateInZone } from '../domain/dates.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { CustomerRefParam, DateString, ErrorBody, Money, PageQuery } from './schemas.js';

const bad = { 400: json(ErrorBody, 'invalid input') };
const forbidden = { 403: json(ErrorBody, 'the caller\'s role may not do this') };
const missing = { 404: json(ErrorBody, 'no such customer in this tenant') };

const Part = z.object({ value: z.union([z.number(), z.string()]), how: z.string() }).passthrough();
const WorklistRow = z.object({
  rank: z.number(), customerRef: z.string(), customerName: z.string(), score: z.number(),
  parts: z.object({ overdue: Part, exchangeRate: Part, age: Part, risk: Part }),
  currency: z.string(), overdue: Money, baseCurrency: z.string(), overdueInBase: Money, oldestDaysPastDue: z.number().nullable(), dunningLevel: z.number(),
  nextAction: z.object({ on: DateString, what: z.string() }).nullable(), openPromise: z.boolean(), openDispute: z.boolean(), activePlan: z.boolean(),
  held: z.object({ disputed: Money, promised: Money, planned: Money, unappliedCash: Money }),
  phone: z.string().nullable(), telUri: z.string().nullable(), riskGrade: z.string().nullable(),
  collector: z.string().nullable(), segment: z.string().nullable(), salesRep: z.string().nullable(), salesRepAssigned: z.boolean(),
  salesRepReasons: z.array(z.string()), assignedTo: z.array(z.string()),
}).openapi('WorklistRow');
const Worklist = z.object({
  asOf: DateString, baseCurrency: z.string(), collector: z.string().nullable(), formula: z.string(), total: z.number(), limit: z.number(), offset: z.number(),
  rows: z.array(WorklistRow),
  leftOut: z.object({ doNotContact: z.number(), placedWithAgencyOrLegal: z.number(), nothingToWork: z.number() }),
  computedAt: z.string(), cached: z.boolean(),
}).openapi('Worklist');
const WorklistQuery = PageQuery.extend({
  collector: z.string().trim().min(1).max(200).optional().openapi({ description: 'accounts assigned to this collector, or to this sales representative' }),
  asOf: DateString.optional().openapi({ description: 'the day days past due are counted to; default: today in the tenant\'s time zone' }),
});

const ExchangeRates = z.object({
  baseCurrency: z.string(), rates: z.array(z.object({ currency: z.string(), rate: z.string(), updatedAt: z.string(), updatedBy: z.string() })), missing: z.array(z.string()),
}).openapi('ExchangeRates');
const ExchangeRatesRequest = z.object({
  rates: z.array(z.object({
    currency: z.string().min(1).max(3),
    rate: z.string().max(30).nullable().openapi({ description: 'base-currency units per unit of this currency, an exact decimal such as "11.4231"; null removes the rate', example: '11.4231' }),
  })).min(1).max(200),
  reason: z.string().max(2000).optional(),
}).openapi('ExchangeRatesRequest');
const WorklistSettings = z.object({
  baseCurrency: z.string(), largeAccountAmount: Money.nullable(), largeAccountSharePercent: z.string().nullable(), updatedBy: z.string().nullable(),
}).openapi('WorklistSettings');
const WorklistSettingsRequest = z.object({
  largeAccountAmount: Money.nullable().openapi({ description: 'overdue to work at or above this (base currency) is large; null: no amount rule' }),
  largeAccountSharePercent: z.string().max(10).nullable().openapi({ description: 'or at least this share of the tenant\'s overdue money to work; null: no share rule', example: '5' }),
  reason: z.string().max(2000).optional(),
}).openapi('WorklistSettingsRequest');
const SalesRep = z.object({ customerRef: z.string(), salesRep: z.string().nullable() }).openapi('SalesRep');
const SalesRepRequest = z.object({ salesRep: z.string().max(200).nullable().openapi({ description: 'null clears it' }) }).openapi('SalesRepRequest');

export function priorityWorklistRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/worklist', request: { query: WorklistQuery },
    responses: { 200: json(Worklist, 'the accounts to work, highest priority score first'), ...bad } }),
  async (c) => {
    const tenant = c.get('tenant');
    const q = c.req.valid('query');
    return c.json(await getWorklist(deps.db, tenant, { asOf: q.asOf ?? dateInZone(new Date(), tenant.time_zone), collector: q.collector, limit: q.limit, offset: q.offset }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/exchange-rates', responses: { 200: json(ExchangeRates, 'the tenant\'s rates to its base currency, and currencies still without one') } }),
    async (c) => c.json(await getExchangeRates(deps.db, c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'put', path: '/exchange-rates', request: jsonBody(ExchangeRatesRequest),
    responses: { 200: json(ExchangeRates, 'the rates after the change'), ...bad, ...forbidden } }),
  async (c) => {
    requireRole(c, 'manager', 'setting exchange rates');
    const body = c.req.valid('json');
    return c.json(await putExchangeRates(deps.db, c.get('tenant'), { rates: body.rates, reason: body.reason, actor: c.get('actor') }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/worklist/settings', responses: { 200: json(WorklistSettings, 'when an account is large enough to go to the sales representative too') } }),
    async (c) => c.json(await getWorklistSettings(deps.db, c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'put', path: '/worklist/settings', request: jsonBody(WorklistSettingsRequest),
    responses: { 200: json(WorklistSettings, 'the settings after the change'), ...bad, ...forbidden } }),
  async (c) => {
    requireRole(c, 'manager', 'changing the worklist settings');
    const body = c.req.valid('json');
    return c.json(await putWorklistSettings(deps.db, c.get('tenant'), { ...body, actor: c.get('actor') }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/sales-rep', request: { params: CustomerRefParam },
    responses: { 200: json(SalesRep, 'the customer\'s sales representative'), ...missing } }),
  async (c) => c.json(await getSalesRep(deps.db, c.get('tenant'), c.req.valid('param').ref), 200));

  app.openapi(createRoute({ method: 'put', path: '/customers/{ref}/sales-rep', request: { params: CustomerRefParam, ...jsonBody(SalesRepRequest) },
    responses: { 200: json(SalesRep, 'the customer\'s sales representative after the change'), ...bad, ...forbidden, ...missing } }),
  async (c) => {
    requireRole(c, 'manager', 'setting a sales representative');
    return c.json(await putSalesRep(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, salesRep: c.req.valid('json').salesRep, actor: c.get('actor') }), 200);
  });
}
