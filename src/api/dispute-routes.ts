// Disputes (issue #6): open, list, resolve (credit note, return, rejection), goods received, root-cause report.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { openDispute } from '../app/disputes/open-dispute.js';
import { disputesPage, getDispute } from '../app/disputes/list-disputes.js';
import { receiveReturnedGoods, resolveDispute } from '../app/disputes/resolve-dispute.js';
import { disputeRootCauses } from '../app/disputes/dispute-root-causes.js';
import { DISPUTE_REASONS } from '../domain/disputes/index.js';
import { dateInZone } from '../domain/dates.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import { DateString, ErrorBody, Money, PageQuery } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 404: json(ErrorBody, 'no such dispute, customer or invoice in this tenant') };
const Text = (max: number) => z.string().trim().min(1).max(max);
const STATES = ['open', 'return-pending', 'resolved-credit', 'resolved-return', 'rejected'] as const;

const DisputeRequest = z.object({
  customerRef: Text(100), reason: z.enum(DISPUTE_REASONS),
  invoices: z.array(z.object({ invoiceNumber: Text(100), amount: Money.optional() })).min(1).max(200),
  department: Text(100).optional(), product: Text(200).optional(), dueDate: DateString.optional(), note: Text(4000).optional(),
  openedOn: DateString.optional().openapi({ description: 'the day the customer raised it; default today in the tenant\'s zone' }),
}).openapi('DisputeRequest');
const Dispute = z.object({
  id: z.string(), customerRef: z.string(), currency: z.string(), reason: z.string(), department: z.string().nullable(), product: z.string().nullable(),
  openedOn: DateString, dueDate: DateString.nullable(), status: z.enum(STATES), note: z.string().nullable(), amount: Money,
  invoices: z.array(z.object({ invoiceNumber: z.string(), amount: Money, credit: Money.nullable() })), returnAcceptedOn: DateString.nullable(),
  resolution: z.object({ on: DateString, by: z.string().nullable(), note: z.string().nullable(), creditNote: z.object({ number: z.string(), amount: Money }).nullable() }).nullable(),
  createdBy: z.string(), createdAt: z.string(),
}).openapi('Dispute');
const DisputeQuery = PageQuery.extend({ status: z.enum(STATES).optional(), department: Text(100).optional(), customerRef: Text(100).optional() });
const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '12' }) });
const ResolveRequest = z.object({
  outcome: z.enum(['credit-note', 'return', 'rejected']), note: Text(4000), date: DateString.optional(),
  invoices: z.array(z.object({ invoiceNumber: Text(100), amount: Money })).max(200).optional()
    .openapi({ description: 'partial credit per invoice; absent: the whole disputed amount of every invoice' }),
}).openapi('DisputeResolution');
const GoodsReceived = z.object({ date: DateString.optional(), note: Text(4000).optional() }).openapi('DisputeGoodsReceived');
const RootCauseQuery = z.object({ from: DateString, to: DateString, by: z.enum(['reason', 'product', 'department']).default('reason') });
const RootCauseReport = z.object({
  from: DateString, to: DateString, by: z.string(),
  groups: z.array(z.object({ key: z.string().nullable(), month: z.string(), count: z.number(), resolved: z.number(), disputed: z.record(z.string(), Money), resolvedCredit: z.record(z.string(), Money), medianDaysToResolve: z.number().nullable() })),
}).openapi('DisputeRootCauses');

export function disputeRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  const today = (zone: string) => dateInZone(new Date(), zone);

  app.openapi(createRoute({ method: 'post', path: '/disputes', request: jsonBody(DisputeRequest), responses: { 201: json(Dispute, 'the dispute, routed; dunning pauses for its amount'), ...errors } }),
    async (c) => {
      const body = c.req.valid('json');
      const tenant = c.get('tenant');
      return c.json(await openDispute(deps.db, tenant, { ...body, openedOn: body.openedOn ?? today(tenant.time_zone), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'get', path: '/disputes', request: { query: DisputeQuery }, responses: { 200: json(z.object({ disputes: z.array(Dispute), limit: z.number(), offset: z.number() }), 'disputes, newest first'), 400: errors[400] } }),
    async (c) => c.json(await disputesPage(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/disputes/root-causes', request: { query: RootCauseQuery }, responses: { 200: json(RootCauseReport, 'disputes per group and month opened'), 400: errors[400] } }),
    async (c) => c.json(await disputeRootCauses(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/disputes/{id}', request: { params: IdParam }, responses: { 200: json(Dispute, 'the dispute'), ...errors } }),
    async (c) => c.json(await getDispute(deps.db, c.get('tenant'), c.req.valid('param').id), 200));

  app.openapi(createRoute({ method: 'post', path: '/disputes/{id}/resolve', request: { params: IdParam, ...jsonBody(ResolveRequest) }, responses: { 200: json(Dispute, 'resolved, or waiting for returned goods'), ...errors } }),
    async (c) => {
      const body = c.req.valid('json');
      const tenant = c.get('tenant');
      return c.json(await resolveDispute(deps.db, tenant, c.req.valid('param').id, { ...body, date: body.date ?? today(tenant.time_zone), actor: c.get('actor') }), 200);
    });

  app.openapi(createRoute({ method: 'post', path: '/disputes/{id}/goods-received', request: { params: IdParam, ...jsonBody(GoodsReceived) }, responses: { 200: json(Dispute, 'the credit for the returned goods is issued'), ...errors } }),
    async (c) => {
      const body = c.req.valid('json');
      const tenant = c.get('tenant');
      return c.json(await receiveReturnedGoods(deps.db, tenant, c.req.valid('param').id, { note: body.note, date: body.date ?? today(tenant.time_zone), actor: c.get('actor') }), 200);
    });
}
