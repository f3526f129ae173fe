// Dunning policies and templates over HTTP (issue #4).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { assignPolicy, dunningPolicies, savePolicy } from '../app/dunning/policies.js';
import { previewTemplate, saveTemplate } from '../app/dunning/templates.js';
import { putSegment, removeSegment, segments } from '../app/segments.js';
import { setParent } from '../app/customer-group.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { jsonBody } from './route-helpers.js';
import { CustomerRefParam, ErrorBody } from './schemas.js';

const ok = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { content: { 'application/json': { schema } }, description }, 400: { content: { 'application/json': { schema: ErrorBody } }, description: 'invalid input' }, 404: { content: { 'application/json': { schema: ErrorBody } }, description: 'not found' } });

const Policies = z.object({ policies: z.array(z.object({ name: z.string(), isDefault: z.boolean(), builtIn: z.boolean(), levels: z.any() })) }).openapi('DunningPolicies');
const PolicyBody = z.object({ isDefault: z.boolean().default(false), levels: z.array(z.any()) }).openapi('DunningPolicy');
const NameParam = z.object({ name: z.string().min(1).openapi({ param: { name: 'name', in: 'path' } }) });
const TemplateParams = z.object({ key: z.string().openapi({ param: { name: 'key', in: 'path' } }), language: z.string().openapi({ param: { name: 'language', in: 'path' } }) });
const TemplateBody = z.object({ subject: z.string().optional(), emailBody: z.string().optional(), letterTitle: z.string().optional(), letterBody: z.array(z.string()).optional() }).openapi('DunningTemplate');
const Preview = z.object({ language: z.string(), subject: z.string(), text: z.string(), html: z.string() }).openapi('DunningPreview');

const Segments = z.object({ segments: z.array(z.object({ name: z.string(), position: z.number(), rule: z.any(), dunningPolicy: z.string().nullable(), collector: z.string().nullable() })) }).openapi('CustomerSegments');
const SegmentBody = z.object({ position: z.number().int().optional(), rule: z.record(z.string(), z.any()), dunningPolicy: z.string().nullable().optional(), collector: z.string().nullable().optional() }).openapi('CustomerSegment');

export function dunningConfigRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'put', path: '/customers/{ref}/parent', request: { params: CustomerRefParam, ...jsonBody(z.object({ parentRef: z.string().min(1).nullable() })) },
    responses: ok(z.object({ customerRef: z.string(), parentRef: z.string().nullable() }), 'the customer\'s parent company (its group); payments from the parent may pay its invoices') }),
  async (c) => c.json(await setParent(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, parentRef: c.req.valid('json').parentRef, actor: c.get('actor') }), 200));
  app.openapi(createRoute({ method: 'get', path: '/segments', responses: ok(Segments, 'customer segments in order: a customer belongs to the first whose rule it meets') }),
    async (c) => c.json(await segments(deps.db, c.get('tenant')), 200));
  app.openapi(createRoute({ method: 'put', path: '/segments/{name}', request: { params: NameParam, ...jsonBody(SegmentBody) }, responses: ok(Segments, 'saved') }),
    async (c) => { const b = c.req.valid('json'); return c.json(await putSegment(deps.db, c.get('tenant'), { name: c.req.valid('param').name, position: b.position, rule: b.rule, dunningPolicy: b.dunningPolicy, collector: b.collector, actor: c.get('actor') }), 200); });
  app.openapi(createRoute({ method: 'delete', path: '/segments/{name}', request: { params: NameParam }, responses: ok(Segments, 'removed') }),
    async (c) => c.json(await removeSegment(deps.db, c.get('tenant'), { name: c.req.valid('param').name, actor: c.get('actor') }), 200));
  app.openapi(createRoute({ method: 'get', path: '/dunning/policies', responses: ok(Policies, 'the built-in ladder and the tenant\'s policies') }),
    async (c) => c.json(await dunningPolicies(deps.db, c.get('tenant')), 200));
  app.openapi(createRoute({ method: 'put', path: '/dunning/policies/{name}', request: { params: NameParam, ...jsonBody(PolicyBody) }, responses: ok(Policies, 'saved') }),
    async (c) => { const b = c.req.valid('json'); return c.json(await savePolicy(deps.db, c.get('tenant'), { name: c.req.valid('param').name, isDefault: b.isDefault, levels: b.levels, actor: c.get('actor') }), 200); });
  app.openapi(createRoute({ method: 'put', path: '/customers/{ref}/dunning-policy', request: { params: CustomerRefParam, ...jsonBody(z.object({ policy: z.string().nullable() })) },
    responses: ok(z.object({ customerRef: z.string(), policy: z.string().nullable() }), 'assigned') }),
  async (c) => c.json(await assignPolicy(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, policy: c.req.valid('json').policy, actor: c.get('actor') }), 200));
  app.openapi(createRoute({ method: 'put', path: '/dunning/templates/{key}/{language}', request: { params: TemplateParams, ...jsonBody(TemplateBody) }, responses: ok(z.any(), 'stored') }),
    async (c) => { const p = c.req.valid('param'); return c.json(await saveTemplate(deps.db, c.get('tenant'), { key: p.key, language: p.language, template: c.req.valid('json'), actor: c.get('actor') }), 200); });
  app.openapi(createRoute({ method: 'get', path: '/dunning/templates/{key}/{language}/preview', request: { params: TemplateParams, query: z.object({ level: z.coerce.number().int() }) }, responses: ok(Preview, 'the rendered message for sample data') }),
    async (c) => { const p = c.req.valid('param'); return c.json(await previewTemplate(deps.db, c.get('tenant'), { key: p.key, language: p.language, level: c.req.valid('query').level }), 200); });
}
