// Reads the web app's pages need beside the other routes (issue #7): the run preview's full actions and the
// dashboard's cash collected.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getCashCollected } from '../app/cash-collected.js';
import { runDetails } from '../app/dunning/run-details.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json } from './route-helpers.js';
import { DateString, ErrorBody, Money } from './schemas.js';

const bad = { 400: json(ErrorBody, 'invalid input') };
const AsOfParam = z.object({ asOf: DateString.openapi({ param: { name: 'asOf', in: 'path' } }) });
const RunDetails = z.object({
  asOf: DateString, requiresApproval: z.boolean(),
  actions: z.array(z.object({
    id: z.string(), customerRef: z.string(), customerName: z.string(), currency: z.string(), level: z.number(), channels: z.array(z.string()),
    templateKey: z.string(), deadline: DateString, sideEffects: z.array(z.string()), status: z.string(), decidedBy: z.string().nullable(),
    invoices: z.array(z.object({ number: z.string(), daysPastDue: z.number(), open: Money })), fees: Money, interest: Money, total: Money,
    letterId: z.string().nullable().openapi({ description: 'the outbox message whose PDF is this action\'s letter (GET /api/outbox/{id}/letter.pdf), once composed' }),
  })),
}).openapi('DunningRunDetails');
const CashCollected = z.object({ from: DateString, to: DateString, currencies: z.array(z.object({ currency: z.string(), amount: Money, payments: z.number() })) }).openapi('CashCollected');

export function collectorViewRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/dunning/runs/{asOf}/actions', request: { params: AsOfParam },
    responses: { 200: json(RunDetails, 'every action of the run with its invoices, charges, status and letter'), ...bad } }),
  async (c) => c.json(await runDetails(deps.db, c.get('tenant'), c.req.valid('param').asOf), 200));

  app.openapi(createRoute({ method: 'get', path: '/cash-collected', request: { query: z.object({ from: DateString, to: DateString }) },
    responses: { 200: json(CashCollected, 'payments received from `from` through `to`, per currency'), ...bad } }),
  async (c) => c.json(await getCashCollected(deps.db, c.get('tenant'), c.req.valid('query')), 200));
}
