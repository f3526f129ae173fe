// Payment plans over HTTP (issue #6): agree, list, read with each instalment's state, cancel, the daily review.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { cancelPlan } from '../app/payment-plans/cancel-plan.js';
import { createPlan } from '../app/payment-plans/create-plan.js';
import { getPlan, listPlansPage } from '../app/payment-plans/get-plans.js';
import { reviewPlans } from '../app/payment-plans/review-plans.js';
import { dateInZone } from '../domain/dates.js';
import { FREQUENCIES, MAX_INSTALMENTS } from '../domain/payment-plans/schedule.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import { DateString, ErrorBody, Money, PageQuery } from './schemas.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const AsOf = DateString.optional().openapi({ description: 'the business date to act as of; default: today in the tenant\'s time zone' });
const Frequency = z.enum(FREQUENCIES as [string, ...string[]]);

const PlanRequest = z.object({
  customerRef: z.string().min(1), invoiceNumbers: z.array(z.string().min(1)).min(1).max(500), instalments: z.number().int().min(1).max(MAX_INSTALMENTS),
  frequency: Frequency, firstDate: DateString, downPayment: Money.optional(), downPaymentDate: DateString.optional(), fees: Money.optional(),
  interest: Money.optional(), graceDays: z.number().int().min(0).max(60).optional(), note: z.string().max(2000).optional(), asOf: AsOf,
}).openapi('PaymentPlanRequest');
const Plan = z.object({
  id: z.string(), customerRef: z.string(), customerName: z.string(), currency: z.string(), status: z.enum(['active', 'completed', 'broken', 'cancelled']),
  frequency: z.string(), madeOn: DateString, graceDays: z.number(), invoiceNumbers: z.array(z.string()), principal: Money, fees: Money, interest: Money,
  total: Money, note: z.string().nullable(), decidedOn: DateString.nullable(), decidedBy: z.string().nullable(), cancelReason: z.string().nullable(),
  createdAt: z.string(), createdBy: z.string(),
}).openapi('PaymentPlan');
const Instalment = z.object({
  seq: z.number(), kind: z.enum(['down-payment', 'instalment']), dueDate: DateString, deadline: DateString, amount: Money, paid: Money,
  state: z.enum(['paid', 'partly-paid', 'due', 'upcoming', 'missed']), coveredOn: DateString.nullable(), late: z.boolean(),
}).openapi('PaymentPlanInstalment');
const PlanDetail = Plan.extend({ asOf: DateString, paid: Money, remaining: Money, dueByNow: Money, instalments: z.array(Instalment) }).openapi('PaymentPlanDetail');
const PlanQuery = PageQuery.extend({ status: z.enum(['active', 'completed', 'broken', 'cancelled']).optional(), customerRef: z.string().min(1).optional() });
const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '7' }) });
const Decided = z.object({ id: z.string(), customerRef: z.string(), decidedOn: DateString });
const PlanReview = z.object({ asOf: DateString, reviewed: z.number(), active: z.number(), completed: z.array(Decided), broken: z.array(Decided.extend({ missedSeq: z.number() })) }).openapi('PaymentPlanReview');

const bad = { 400: json(ErrorBody, 'invalid input') };
const missing = { 404: json(ErrorBody, 'no such payment plan or customer in this tenant') };

export function paymentPlanRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/payment-plans', request: jsonBody(PlanRequest), responses: { 201: json(PlanDetail, 'the plan, active, with its instalments'), ...bad, ...missing } }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await createPlan(deps.db, c.get('tenant'), { ...body, frequency: body.frequency as 'weekly' | 'biweekly' | 'monthly', asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'get', path: '/payment-plans', request: { query: PlanQuery },
    responses: { 200: json(z.object({ plans: z.array(Plan), limit: z.number(), offset: z.number() }), 'payment plans, oldest first'), ...bad } }),
  async (c) => c.json(await listPlansPage(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'post', path: '/payment-plans/review', request: jsonBody(z.object({ asOf: AsOf }).openapi('PlanReviewRequest')),
    responses: { 200: json(PlanReview, 'active plans decided as of the date: completed or broken'), ...bad } }),
  async (c) => c.json(await reviewPlans(deps.db, c.get('tenant'), c.req.valid('json').asOf ?? today(c.get('tenant')), c.get('actor')), 200));

  app.openapi(createRoute({ method: 'get', path: '/payment-plans/{id}', request: { params: IdParam, query: z.object({ asOf: AsOf }) },
    responses: { 200: json(PlanDetail, 'the plan with each instalment\'s state as of the date'), ...bad, ...missing } }),
  async (c) => c.json(await getPlan(deps.db, c.get('tenant'), c.req.valid('param').id, c.req.valid('query').asOf ?? today(c.get('tenant'))), 200));

  app.openapi(createRoute({ method: 'post', path: '/payment-plans/{id}/cancel', request: { params: IdParam, ...jsonBody(z.object({ reason: z.string().min(1), asOf: AsOf }).openapi('PlanCancelRequest')) },
    responses: { 200: json(PlanDetail, 'the plan, cancelled'), ...bad, ...missing } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await cancelPlan(deps.db, c.get('tenant'), { id: c.req.valid('param').id, reason: body.reason, asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 200);
  });
}
