// POST /api/dunning/runs (issue #4): the same as `arrears dunning run`.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { runDunning } from '../app/dunning/run-dunning.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { DateString, ErrorBody, Money } from './schemas.js';

const RunBody = z.object({ asOf: DateString, dryRun: z.boolean().default(false) }).openapi('DunningRunRequest');
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
    return c.json(await runDunning(deps.db, c.get('tenant'), { asOf: body.asOf, dryRun: body.dryRun, actor: c.get('actor') }), 200);
  });
}
