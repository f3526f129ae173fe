// Promises-to-pay over HTTP (issue #6): record, list, read, cancel, the daily review, and the kept rate.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { cancelPromise } from '../app/promises/cancel-promise.js';
import { createPromise } from '../app/promises/create-promise.js';
import { getPromise, listPromisesPage } from '../app/promises/get-promises.js';
import { promiseKeptRate } from '../app/promises/kept-rate.js';
import { reviewPromises } from '../app/promises/review-promises.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import { DateString, ErrorBody, Money, PageQuery } from './schemas.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const AsOf = DateString.optional().openapi({ description: 'the business date to act as of; default: today in the tenant\'s time zone' });

const PromiseRequest = z.object({
  customerRef: z.string().min(1), amount: Money, currency: z.string().length(3).optional(), promisedDate: DateString,
  invoiceNumbers: z.array(z.string().min(1)).max(500).optional(), graceDays: z.number().int().min(0).max(60).optional(),
  collector: z.string().max(200).optional(), note: z.string().max(2000).optional(), asOf: AsOf,
}).openapi('PromiseRequest');
const PromiseToPay = z.object({
  id: z.string(), customerRef: z.string(), customerName: z.string(), currency: z.string(), amount: Money, promisedDate: DateString, graceDays: z.number(),
  until: DateString, invoiceNumbers: z.array(z.string()), status: z.enum(['active', 'kept', 'broken', 'cancelled']), collector: z.string().nullable(),
  note: z.string().nullable(), madeOn: DateString, decidedOn: DateString.nullable(), decidedBy: z.string().nullable(), received: Money.nullable(),
  cancelReason: z.string().nullable(), createdAt: z.string(), createdBy: z.string(),
}).openapi('PromiseToPay');
const PromiseDetail = PromiseToPay.extend({ asOf: DateString, progress: z.object({ received: Money, remaining: Money }).nullable() }).openapi('PromiseDetail');
const PromiseQuery = PageQuery.extend({ status: z.enum(['active', 'kept', 'broken', 'cancelled']).optional(), customerRef: z.string().min(1).optional(), collector: z.string().min(1).optional() });
const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '12' }) });
const CancelRequest = z.object({ reason: z.string().min(1), asOf: AsOf }).openapi('CancelRequest');
const Rate = z.object({
  decided: z.number(), kept: z.number(), broken: z.number(), rateByCount: z.number().nullable(),
  byAmount: z.array(z.object({ currency: z.string(), promised: Money, kept: Money, received: Money, rate: z.number().nullable() })),
});
const KeptRateReport = z.object({ from: DateString, to: DateString, tenant: Rate, collectors: z.array(Rate.extend({ collector: z.string().nullable() })) }).openapi('PromiseKeptRate');
const Decided = z.object({ id: z.string(), customerRef: z.string(), decidedOn: DateString, received: Money });
const PromiseReview = z.object({ asOf: DateString, reviewed: z.number(), active: z.number(), kept: z.array(Decided), broken: z.array(Decided.extend({ callDueAt: z.string() })) }).openapi('PromiseReview');

const bad = { 400: json(ErrorBody, 'invalid input') };
const missing = { 404: json(ErrorBody, 'no such promise or customer in this tenant') };

export function promiseRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/promises', request: jsonBody(PromiseRequest), responses: { 201: json(PromiseToPay, 'the promise, active'), ...bad, ...missing } }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await createPromise(deps.db, c.get('tenant'), { ...body, asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'get', path: '/promises', request: { query: PromiseQuery },
    responses: { 200: json(z.object({ promises: z.array(PromiseToPay), limit: z.number(), offset: z.number() }), 'promises, earliest promised date first'), ...bad } }),
  async (c) => c.json(await listPromisesPage(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/promises/kept-rate', request: { query: z.object({ from: DateString, to: DateString }) },
    responses: { 200: json(KeptRateReport, 'promise-kept rate by count and amount, for the tenant and per collector, over promises decided from `from` through `to`'), ...bad } }),
  async (c) => c.json(await promiseKeptRate(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'post', path: '/promises/review', request: jsonBody(z.object({ asOf: AsOf }).openapi('ReviewRequest')),
    responses: { 200: json(PromiseReview, 'active promises decided as of the date: kept, or broken with a call task'), ...bad } }),
  async (c) => c.json(await reviewPromises(deps.db, c.get('tenant'), c.req.valid('json').asOf ?? today(c.get('tenant')), c.get('actor')), 200));

  app.openapi(createRoute({ method: 'get', path: '/promises/{id}', request: { params: IdParam, query: z.object({ asOf: AsOf }) },
    responses: { 200: json(PromiseDetail, 'the promise, with what has been received toward it while active'), ...bad, ...missing } }),
  async (c) => c.json(await getPromise(deps.db, c.get('tenant'), c.req.valid('param').id, c.req.valid('query').asOf ?? today(c.get('tenant'))), 200));

  app.openapi(createRoute({ method: 'post', path: '/promises/{id}/cancel', request: { params: IdParam, ...jsonBody(CancelRequest) },
    responses: { 200: json(PromiseToPay, 'the promise, cancelled'), ...bad, ...missing } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await cancelPromise(deps.db, c.get('tenant'), { id: c.req.valid('param').id, reason: body.reason, asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 200);
  });
}
