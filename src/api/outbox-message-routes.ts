// One outbox message as sent (issue #7: "an e-mail opens as sent"): recipient, subject, body, delivery state and
// the attachment's name and size, with a link to the attachment (GET /api/outbox/{id}/letter.pdf).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { outboxMessage } from '../app/outbox/outbox-message.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json } from './route-helpers.js';
import { ErrorBody } from './schemas.js';

const IdParam = z.object({ id: z.string().regex(/^\d{1,18}$/, 'an outbox message id').openapi({ param: { name: 'id', in: 'path' }, example: '12' }) });
const Message = z.object({
  id: z.string(), channel: z.string(), recipient: z.string(), subject: z.string().nullable(), body: z.string().nullable(), status: z.string(), attempts: z.number(),
  lastError: z.string().nullable(), sentAt: z.string().nullable(), providerId: z.string().nullable(),
  attachment: z.object({ name: z.string(), bytes: z.number(), href: z.string() }).nullable(),
}).openapi('OutboxMessageDetail');

export function outboxMessageRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/outbox/{id}', request: { params: IdParam },
    responses: { 200: json(Message, 'the message as sent (or queued), with its attachment\'s name and size'), 400: json(ErrorBody, 'not an outbox message id'), 404: json(ErrorBody, 'no such message in this tenant') } }),
  async (c) => c.json(await outboxMessage(deps.db, c.get('tenant'), c.req.valid('param').id), 200));
}
