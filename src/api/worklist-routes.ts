// Call tasks and print batches (issue #4): what the dunning run hands to the collectors and to the print room.
// The prioritised worklist, exchange rates, its settings and customers' sales representatives (issue #6).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { callTasks } from '../app/calls/call-tasks.js';
import { printBatchPdf, printBatches } from '../app/outbox/print-batch.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json } from './route-helpers.js';
import { DateString, ErrorBody, PageQuery } from './schemas.js';
import { priorityWorklistRoutes } from './worklist-priority-routes.js';

const errors = {
  400: json(ErrorBody, 'invalid input'),
  404: json(ErrorBody, 'no such print batch in this tenant'),
};

const CallTask = z.object({
  id: z.string(), customerRef: z.string(), customerName: z.string(), source: z.string(), phone: z.string().nullable(), telUri: z.string().nullable(),
  contactName: z.string().nullable(), reason: z.string(), dueAt: z.string(), timeZone: z.string(), localDueTime: z.string(), status: z.string(),
  assignedTo: z.string().nullable(), outcome: z.string().nullable(), note: z.string().nullable(), nextActionOn: DateString.nullable(), actionId: z.string().nullable(),
  calledAt: z.string().nullable(), calledBy: z.string().nullable(), promiseId: z.string().nullable(), disputeId: z.string().nullable(),
  followUpOf: z.string().nullable(), createdBy: z.string().nullable(),
}).openapi('CallTask');
const CallTaskQuery = PageQuery.extend({
  status: z.enum(['open', 'done', 'cancelled']).optional(), customerRef: z.string().min(1).optional(),
  assignedTo: z.string().min(1).optional().openapi({ description: 'only tasks assigned to this collector' }),
});
const PrintBatch = z.object({ id: z.string(), name: z.string(), date: DateString, letters: z.number(), createdAt: z.string(), createdBy: z.string() }).openapi('PrintBatch');

export function worklistRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  priorityWorklistRoutes(deps, app);
  app.openapi(createRoute({ method: 'get', path: '/call-tasks', request: { query: CallTaskQuery },
    responses: { 200: json(z.object({ tasks: z.array(CallTask), limit: z.number(), offset: z.number() }), 'call tasks, earliest due first'), 400: errors[400] } }),
  async (c) => c.json(await callTasks(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/print-batches', request: { query: PageQuery },
    responses: { 200: json(z.object({ batches: z.array(PrintBatch), limit: z.number(), offset: z.number() }), 'print batches, newest first'), 400: errors[400] } }),
  async (c) => c.json(await printBatches(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/print-batches/{id}', request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
    responses: { 200: { content: { 'application/pdf': { schema: z.any() } }, description: 'the batch as one PDF' }, ...errors } }),
  async (c) => {
    const batch = await printBatchPdf(deps.db, c.get('tenant'), c.req.valid('param').id);
    return c.body(new Uint8Array(batch.pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="print-batch-${batch.name.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"` });
  });
}
