// Calls over HTTP (issue #6): manual call tasks, assignment, logging a call (on a task or unscheduled on a customer),
// the tenant's calling day with its peak windows, and the reach rate by hour. GET /call-tasks stays in
// worklist-routes.ts.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { assignCallTask } from '../app/calls/assign-call-task.js';
import { getCallSettings, setCallSettings } from '../app/calls/call-settings.js';
import { createCallTask } from '../app/calls/create-call-task.js';
import { logCall, logUnscheduledCall } from '../app/calls/log-call.js';
import { reachReport } from '../app/calls/reach-report.js';
import { ForbiddenError } from '../app/errors.js';
import { CALL_OUTCOMES } from '../domain/call-outcomes.js';
import { dateInZone } from '../domain/dates.js';
import { DISPUTE_REASONS } from '../domain/disputes/index.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { CustomerRefParam, DateString, ErrorBody, Money } from './schemas.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const Text = (max: number) => z.string().trim().min(1).max(max);
const bad = { 400: json(ErrorBody, 'invalid input') };
const missing = { 404: json(ErrorBody, 'no such call task or customer in this tenant') };
const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '12' }) });
const Clock = z.string().regex(/^\d{2}:\d{2}$/, 'a time of day as HH:MM');

const CallTask = z.object({
  id: z.string(), customerRef: z.string(), customerName: z.string(), source: z.string(), phone: z.string().nullable(), telUri: z.string().nullable(),
  contactName: z.string().nullable(), reason: z.string(), dueAt: z.string(), timeZone: z.string(), localDueTime: z.string(), status: z.string(),
  assignedTo: z.string().nullable(), outcome: z.string().nullable(), note: z.string().nullable(), nextActionOn: DateString.nullable(), actionId: z.string().nullable(),
  calledAt: z.string().nullable(), calledBy: z.string().nullable(), promiseId: z.string().nullable(), disputeId: z.string().nullable(),
  followUpOf: z.string().nullable(), createdBy: z.string().nullable(),
}).openapi('LoggedCallTask');
const CallLogRequest = z.object({
  outcome: z.enum(CALL_OUTCOMES), note: Text(4000).optional(),
  nextActionOn: DateString.optional().openapi({ description: 'the next call is due that day (a follow-up task at the first calling slot)' }),
  calledAt: z.string().optional().openapi({ description: 'ISO instant with offset; default now' }),
  promise: z.object({
    amount: Money, currency: z.string().length(3).optional(), promisedDate: DateString, invoiceNumbers: z.array(Text(100)).max(500).optional(),
    graceDays: z.number().int().min(0).max(60).optional(),
  }).optional().openapi({ description: 'with outcome "promise": recorded as a promise-to-pay in the same transaction' }),
  dispute: z.object({
    invoices: z.array(z.object({ invoiceNumber: Text(100), amount: Money.optional() })).min(1).max(200), reason: z.enum(DISPUTE_REASONS),
    department: Text(100).optional(), product: Text(200).optional(), dueDate: DateString.optional(),
  }).optional().openapi({ description: 'with outcome "dispute": opened in the same transaction' }),
}).openapi('CallLogRequest');
const UnscheduledCallRequest = CallLogRequest.extend({
  phone: Text(50).optional(), contactName: Text(200).optional(), direction: z.enum(['outbound', 'inbound']).optional(),
}).openapi('UnscheduledCallRequest');
const CallLogged = z.object({ task: CallTask, followUp: CallTask.nullable(), phoneMarkedBad: z.boolean() }).openapi('CallLogged');
const NewCallTaskRequest = z.object({
  customerRef: Text(100), reason: Text(1000), dueOn: DateString.optional().openapi({ description: 'default: the next calling slot from now' }),
  phone: Text(50).optional(), contactName: Text(200).optional(), assignedTo: Text(200).optional(),
}).openapi('NewCallTaskRequest');
const AssignRequest = z.object({ assignedTo: Text(200).nullable() }).openapi('CallTaskAssignment');
const CallSettings = z.object({
  businessOpen: z.string(), businessClose: z.string(), peakWindows: z.array(z.string()), timeBasis: z.literal('customer-local'),
  smsHeldDuringPeak: z.boolean(), warnings: z.array(z.string()), updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
}).openapi('CallSettings');
const CallSettingsRequest = z.object({
  businessOpen: Clock.optional(), businessClose: Clock.optional(),
  peakWindows: z.array(z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'a window like 10:00-12:00')).max(6).openapi({ example: ['10:00-12:00', '14:00-16:00'] }),
}).openapi('CallSettingsRequest');
const HourReach = z.object({ hour: z.number(), calls: z.number(), reached: z.number(), rate: z.number().nullable() });
const ReachReport = z.object({ from: DateString, to: DateString, calls: z.number(), minimumCalls: z.number(), hours: z.array(HourReach), best: z.array(HourReach) }).openapi('CallReachReport');

export function callRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/call-tasks', request: jsonBody(NewCallTaskRequest), responses: { 201: json(CallTask, 'the task, due at the customer\'s next calling slot'), ...bad, ...missing } }),
    async (c) => {
      requireRole(c, 'collector', 'creating a call task');
      const tenant = c.get('tenant');
      return c.json(await createCallTask(deps.db, tenant, { ...c.req.valid('json'), asOf: today(tenant), actor: c.get('actor') }, Date.now()), 201);
    });

  app.openapi(createRoute({ method: 'post', path: '/call-tasks/{id}/log', request: { params: IdParam, ...jsonBody(CallLogRequest) },
    responses: { 200: json(CallLogged, 'the task, done, with the follow-up task when a next action date was given'), ...bad, ...missing } }),
  async (c) => {
    requireRole(c, 'collector', 'logging a call');
    const tenant = c.get('tenant');
    return c.json(await logCall(deps.db, tenant, c.req.valid('param').id, { ...c.req.valid('json'), asOf: today(tenant), actor: c.get('actor') }, Date.now()), 200);
  });

  app.openapi(createRoute({ method: 'put', path: '/call-tasks/{id}/assignment', request: { params: IdParam, ...jsonBody(AssignRequest) },
    responses: { 200: json(CallTask, 'the task with its collector'), 403: json(ErrorBody, 'a collector may only take a task themselves'), ...bad, ...missing } }),
  async (c) => {
    requireRole(c, 'collector', 'assigning a call task');
    const { assignedTo } = c.req.valid('json');
    // A collector takes a task (or gives it back to the pool); assigning someone else is a manager's call.
    const self = c.get('actor');
    const mine = [self, self.replace(/^user:/, '')];
    if (c.get('role') === 'collector' && assignedTo !== null && !mine.includes(assignedTo)) throw new ForbiddenError(`assigning a call task to someone else needs the manager role; you may take it yourself (${self})`);
    return c.json(await assignCallTask(deps.db, c.get('tenant'), { id: c.req.valid('param').id, assignedTo, actor: self }), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/customers/{ref}/calls', request: { params: CustomerRefParam, ...jsonBody(UnscheduledCallRequest) },
    responses: { 201: json(CallLogged, 'the call, logged as a done task'), ...bad, ...missing } }),
  async (c) => {
    requireRole(c, 'collector', 'logging a call');
    const tenant = c.get('tenant');
    return c.json(await logUnscheduledCall(deps.db, tenant, c.req.valid('param').ref, { ...c.req.valid('json'), asOf: today(tenant), actor: c.get('actor') }, Date.now()), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/call-settings', responses: { 200: json(CallSettings, 'business hours and peak calling windows, in the customer\'s local time') } }),
    async (c) => c.json(await getCallSettings(deps.db, c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'put', path: '/call-settings', request: jsonBody(CallSettingsRequest),
    responses: { 200: json(CallSettings, 'the new calling day; tasks scheduled from now on use it'), 403: json(ErrorBody, 'needs the manager role'), ...bad } }),
  async (c) => {
    requireRole(c, 'manager', 'changing the calling hours');
    return c.json(await setCallSettings(deps.db, c.get('tenant'), { ...c.req.valid('json'), actor: c.get('actor') }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/call-reports/reach', request: { query: z.object({ from: DateString, to: DateString, minimumCalls: z.coerce.number().int().min(1).max(1000).optional() }) },
    responses: { 200: json(ReachReport, 'calls and reach rate per hour of the customer\'s local day; best hours first in `best`'), ...bad } }),
  async (c) => c.json(await reachReport(deps.db, c.get('tenant'), c.req.valid('query')), 200));
}
