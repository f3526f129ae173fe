// Write-off requests and their approval over HTTP (issue #6: "Write-off (charge-off) needs a manager's approval"):
// anyone who may change things asks; a manager or admin other than the asker approves (the write-off is posted) or
// rejects with a reason. `POST /invoices/{number}/write-offs` (ledger-routes.ts) asks too, unless an API key calls it.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { decideWriteOff } from '../app/write-offs/decide-write-off.js';
import { getWriteOffRequest, pageWriteOffRequests } from '../app/write-offs/list-write-off-requests.js';
import { requestWriteOff } from '../app/write-offs/request-write-off.js';
import { dateInZone } from '../domain/dates.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import * as P from './placement-schemas.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { ErrorBody, Money } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 403: json(ErrorBody, 'your role may not do this, or you asked for this write-off yourself'), 404: json(ErrorBody, 'not found (or another tenant\'s)') };

export function writeOffRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/write-off-requests', request: jsonBody(P.WriteOffRequestBody), responses: { 201: json(P.WriteOffRequest, 'the request, pending a manager\'s approval'), ...errors } }),
    async (c) => {
      requireRole(c, 'collector', 'asking for a write-off');
      const body = c.req.valid('json');
      return c.json(await requestWriteOff(deps.db, c.get('tenant').id, { ...body, date: body.date ?? dateInZone(new Date(), c.get('tenant').time_zone), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'get', path: '/write-off-requests', request: { query: P.WriteOffRequestQuery }, responses: { 200: json(z.object({ requests: z.array(P.WriteOffRequest), limit: z.number(), offset: z.number() }), 'write-off requests, newest first'), ...errors } }),
    async (c) => c.json(await pageWriteOffRequests(deps.db, c.get('tenant').id, c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/write-off-requests/{id}', request: { params: P.IdParam }, responses: { 200: json(P.WriteOffRequest, 'the request'), ...errors } }),
    async (c) => c.json(await getWriteOffRequest(deps.db, c.get('tenant').id, c.req.valid('param').id), 200));

  for (const decision of ['approve', 'reject'] as const) {
    app.openapi(createRoute({ method: 'post', path: `/write-off-requests/{id}/${decision}`, request: { params: P.IdParam, ...jsonBody(P.WriteOffDecisionBody) },
      responses: { 200: json(P.WriteOffRequest.extend({ open: Money.nullable() }), decision === 'approve' ? 'approved: the write-off is posted; `open` is what is left on the invoice' : 'rejected, with the reason'), ...errors } }),
    async (c) => {
      requireRole(c, 'manager', `${decision === 'approve' ? 'approving' : 'rejecting'} a write-off`);
      return c.json(await decideWriteOff(deps.db, c.get('tenant').id, { id: c.req.valid('param').id, decision, reason: c.req.valid('json').reason, actor: c.get('actor'), role: c.get('role') }), 200);
    });
  }
}
