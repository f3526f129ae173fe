// POST /api/dunning/runs (issue #4): the same as `arrears dunning run`.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { runDunning } from '../app/dunning/run-dunning.js';
import { decideRun, runActions } from '../app/dunning/decide-actions.js';
import { outboxPage } from '../app/outbox/send-outbox.js';
import { outboxLetter } from '../app/outbox/outbox-letter.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { DateString, ErrorBody, Money, PageQuery } from './schemas.js';

// issue #7: a dry run may try an unsaved policy (the editor's live preview); a recorded run never does.
const PolicyOverride = z.object({ name: z.string().min(1).max(60), isDefault: z.boolean().optional(), levels: z.array(z.any()) })
  .openapi({ description: 'dry runs only: plan with these levels in place of the stored policy of this name (and as the default if isDefault)' });
const RunBody = z.object({ asOf: DateString, dryRun: z.boolean().default(false), policy: PolicyOverride.optional() }).openapi('DunningRunRequest');
const RunAnswer = z.object({
  asOf: DateString, dryRun: z.boolean(),
  actions: z.array(z.object({
    customerRef: z.string(), currency: z.string(), level: z.number(), channels: z.array(z.string()),
    invoices: z.array(z.object({ number: z.string(), daysPastDue: z.number(), open: Money })), fees: Money, interest: Money, total: Money, deadline: DateString,
  })),
  skipped: z.array(z.object({ customerRef: z.string(), reason: z.string() })),
}).openapi('DunningRun');

export function dunningRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/dunning/runs', request: { body: { content: { 'application/json': { schema: RunBody } }, required: true } },
    responses: { 200: { content: { 'application/json': { schema: RunAnswer } }, description: 'the actions planned (and recorded unless dryRun)' }, 400: { content: { 'application/json': { schema: ErrorBody } }, description: 'invalid input' } } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await runDunning(deps.db, c.get('tenant'), { asOf: body.asOf, dryRun: body.dryRun, actor: c.get('actor'), policy: body.policy }), 200);
  });

  const Actions = z.object({ asOf: DateString, actions: z.array(z.object({ id: z.string(), customerRef: z.string(), currency: z.string(), level: z.number(), channels: z.array(z.string()), total: Money, status: z.string(), decidedBy: z.string().nullable() })) }).openapi('DunningActions');
  const AsOfParam = z.object({ asOf: DateString.openapi({ param: { name: 'asOf', in: 'path' } }) });
  const bad = { 400: { content: { 'application/json': { schema: ErrorBody } }, description: 'invalid input' } };

  app.openapi(createRoute({ method: 'get', path: '/dunning/runs/{asOf}', request: { params: AsOfParam }, responses: { 200: { content: { 'application/json': { schema: Actions } }, description: 'the run\'s actions and their approval status' }, ...bad } }),
    async (c) => c.json(await runActions(deps.db, c.get('tenant'), c.req.valid('param').asOf), 200));

  const DecisionBody = z.object({ approve: z.union([z.literal('all'), z.array(z.string())]), hold: z.array(z.string()).optional() }).openapi('DunningDecision');
  app.openapi(createRoute({ method: 'post', path: '/dunning/runs/{asOf}/decisions', request: { params: AsOfParam, body: { content: { 'application/json': { schema: DecisionBody } }, required: true } },
    responses: { 200: { content: { 'application/json': { schema: Actions } }, description: 'approved actions are queued for sending; held ones are not sent' }, ...bad } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await decideRun(deps.db, c.get('tenant'), { asOf: c.req.valid('param').asOf, approve: body.approve, hold: body.hold, actor: c.get('actor') }), 200);
  });

  const OutboxQuery = PageQuery.extend({ status: z.enum(['queued', 'sent', 'failed', 'bounced']).optional() });
  const OutboxPage = z.object({ messages: z.array(z.object({ id: z.string(), channel: z.string(), recipient: z.string(), subject: z.string().nullable(), status: z.string(), attempts: z.number(), lastError: z.string().nullable(), sentAt: z.string().nullable() })), limit: z.number(), offset: z.number() }).openapi('OutboxPage');
  app.openapi(createRoute({ method: 'get', path: '/outbox', request: { query: OutboxQuery }, responses: { 200: { content: { 'application/json': { schema: OutboxPage } }, description: 'messages, newest first, with delivery states' }, ...bad } }),
    async (c) => c.json(await outboxPage(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  // issue #7: "a letter opens as its PDF" — the PDF composed for a letter (or attached to an e-mail), as stored.
  const OutboxIdParam = z.object({ id: z.string().regex(/^\d{1,18}$/, 'an outbox message id').openapi({ param: { name: 'id', in: 'path' }, example: '12' }) });
  app.openapi(createRoute({ method: 'get', path: '/outbox/{id}/letter.pdf', request: { params: OutboxIdParam },
    responses: { 200: { content: { 'application/pdf': { schema: z.any() } }, description: 'the letter as PDF' }, ...bad, 404: { content: { 'application/json': { schema: ErrorBody } }, description: 'no such message, or it has no letter' } } }),
  async (c) => {
    const letter = await outboxLetter(deps.db, c.get('tenant'), c.req.valid('param').id);
    return c.body(new Uint8Array(letter.pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${letter.fileName}"` });
  });
}
