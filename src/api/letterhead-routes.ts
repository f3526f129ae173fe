// Letterheads over HTTP (issue #6 agency mode): anyone in the tenant may read them; only an admin changes them.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { deleteLetterhead, getLetterhead, letterheads, putLetterhead } from '../app/letterheads/manage-letterheads.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { ErrorBody } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 404: json(ErrorBody, 'no such letterhead in this tenant') };
const forbidden = { 403: json(ErrorBody, 'needs the admin role') };
const NameParam = z.object({ name: z.string().openapi({ param: { name: 'name', in: 'path' }, example: 'law-firm' }) });
const Line = (max: number) => z.string().max(max).nullable().optional();

const Letterhead = z.object({
  name: z.string(), senderLines: z.array(z.string()), address: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(),
  registrationNumber: z.string().nullable(), vatNumber: z.string().nullable(), footer: z.string().nullable(), accentColour: z.string().nullable(),
  isDefault: z.boolean(), templateKeys: z.array(z.string()), updatedAt: z.string(), updatedBy: z.string(),
}).openapi('Letterhead');
const LetterheadRequest = z.object({
  senderLines: z.array(z.string().max(120)).min(1).max(4).openapi({ example: ['Advokatfirma Lov & Rett AS', 'on behalf of acme AS'] }),
  address: Line(500), phone: Line(50), email: Line(200), registrationNumber: Line(80), vatNumber: Line(80), footer: Line(300),
  accentColour: Line(7).openapi({ example: '#1f4e79' }), isDefault: z.boolean().optional(),
  templateKeys: z.array(z.string().max(60)).max(50).optional().openapi({ description: 'the template keys (dunning levels\' templateKey) that print on this letterhead', example: ['in-collections'] }),
}).openapi('LetterheadRequest');

export function letterheadRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/letterheads', responses: { 200: json(z.object({ letterheads: z.array(Letterhead) }), 'the tenant\'s letterheads by name') } }),
    async (c) => c.json(await letterheads(deps.db, c.get('tenant')), 200));

  app.openapi(createRoute({ method: 'get', path: '/letterheads/{name}', request: { params: NameParam }, responses: { 200: json(Letterhead, 'the letterhead'), ...errors } }),
    async (c) => c.json(await getLetterhead(deps.db, c.get('tenant'), c.req.valid('param').name), 200));

  app.openapi(createRoute({ method: 'put', path: '/letterheads/{name}', request: { params: NameParam, ...jsonBody(LetterheadRequest) },
    responses: { 200: json(Letterhead, 'replaced'), 201: json(Letterhead, 'created'), ...forbidden, ...errors } }),
  async (c) => {
    requireRole(c, 'admin', 'changing a letterhead');
    const result = await putLetterhead(deps.db, c.get('tenant'), c.req.valid('param').name, c.req.valid('json'), c.get('actor'));
    return result.created ? c.json(result.letterhead, 201) : c.json(result.letterhead, 200);
  });

  app.openapi(createRoute({ method: 'delete', path: '/letterheads/{name}', request: { params: NameParam },
    responses: { 200: json(z.object({ deleted: z.string() }), 'deleted; its templates print on the default letterhead again'), ...forbidden, ...errors } }),
  async (c) => {
    requireRole(c, 'admin', 'deleting a letterhead');
    const { name } = c.req.valid('param');
    await deleteLetterhead(deps.db, c.get('tenant'), name, c.get('actor'));
    return c.json({ deleted: name }, 200);
  });
}
