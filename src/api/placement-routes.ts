// Placements over HTTP (issue #6 "Placement, write-off, legal"): agencies, placing, recalling and closing, the
// agency's export (CSV and PDF case file), recoveries, and the small-claims pack. Reading is for every role;
// anything that costs commission or posts to the ledger needs a manager (API keys act as admin).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { allAgencies, changeAgency, createAgency, getAgency, removeAgency } from '../app/placements/manage-agencies.js';
import { createPlacement } from '../app/placements/create-placement.js';
import { endPlacementCase } from '../app/placements/end-placement.js';
import { exportCaseFilePdf, exportPlacementCsv } from '../app/placements/export-placement.js';
import { getPlacement, pagePlacements } from '../app/placements/get-placements.js';
import { recordRecovery } from '../app/placements/record-recovery.js';
import { smallClaimsPdf } from '../app/placements/small-claims.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import * as P from './placement-schemas.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { ErrorBody } from './schemas.js';
import { writeOffRoutes } from './write-off-routes.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const errors = { 400: json(ErrorBody, 'invalid input'), 403: json(ErrorBody, 'your role may not do this'), 404: json(ErrorBody, 'not found (or another tenant\'s)') };
/** Header-safe: a customer ref may hold any character, a Content-Disposition header only some. */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
const file = (type: string, description: string) => ({ content: { [type]: { schema: z.string() } }, description });

export function placementRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/agencies', responses: { 200: json(z.object({ agencies: z.array(P.Agency) }), 'the tenant\'s collection agencies with their results per currency') } }),
    async (c) => c.json(await allAgencies(deps.db, c.get('tenant').id), 200));

  app.openapi(createRoute({ method: 'post', path: '/agencies', request: jsonBody(P.AgencyRequest), responses: { 201: json(P.Agency, 'the agency'), ...errors } }),
    async (c) => { requireRole(c, 'manager', 'adding an agency'); return c.json(await createAgency(deps.db, c.get('tenant').id, c.req.valid('json'), c.get('actor')), 201); });

  app.openapi(createRoute({ method: 'get', path: '/agencies/{id}', request: { params: P.IdParam }, responses: { 200: json(P.Agency, 'the agency'), ...errors } }),
    async (c) => c.json(await getAgency(deps.db, c.get('tenant').id, c.req.valid('param').id), 200));

  app.openapi(createRoute({ method: 'put', path: '/agencies/{id}', request: { params: P.IdParam, ...jsonBody(P.AgencyRequest) }, responses: { 200: json(P.Agency, 'the agency, changed; placements keep the rate they were made at'), ...errors } }),
    async (c) => { requireRole(c, 'manager', 'changing an agency'); return c.json(await changeAgency(deps.db, c.get('tenant').id, c.req.valid('param').id, c.req.valid('json'), c.get('actor')), 200); });

  app.openapi(createRoute({ method: 'delete', path: '/agencies/{id}', request: { params: P.IdParam }, responses: { 204: { description: 'deleted' }, ...errors } }),
    async (c) => { requireRole(c, 'manager', 'deleting an agency'); await removeAgency(deps.db, c.get('tenant').id, c.req.valid('param').id, c.get('actor')); return c.body(null, 204); });

  app.openapi(createRoute({ method: 'get', path: '/placements', request: { query: P.PlacementQuery }, responses: { 200: json(z.object({ placements: z.array(P.Placement), limit: z.number(), offset: z.number() }), 'placements, latest first'), ...errors } }),
    async (c) => c.json(await pagePlacements(deps.db, c.get('tenant').id, c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'post', path: '/placements', request: jsonBody(P.PlacementRequest), responses: { 201: json(P.PlacementDetail, 'the account, placed'), ...errors } }),
    async (c) => {
      requireRole(c, 'manager', 'placing an account');
      const body = c.req.valid('json');
      return c.json(await createPlacement(deps.db, c.get('tenant').id, { ...body, placedOn: body.placedOn ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
    });

  app.openapi(createRoute({ method: 'get', path: '/placements/{id}', request: { params: P.IdParam }, responses: { 200: json(P.PlacementDetail, 'the placement with its invoices and recoveries'), ...errors } }),
    async (c) => c.json(await getPlacement(deps.db, c.get('tenant').id, c.req.valid('param').id), 200));

  for (const [verb, status] of [['recall', 'recalled'], ['close', 'closed']] as const) {
    app.openapi(createRoute({ method: 'post', path: `/placements/{id}/${verb}`, request: { params: P.IdParam, ...jsonBody(P.EndRequest) },
      responses: { 200: json(z.object({ placement: P.PlacementDetail, next: P.PlacementDetail.nullable() }), `the placement, ${status}${verb === 'recall' ? ', and the next one if asked for' : ''}`), ...errors } }),
    async (c) => {
      requireRole(c, 'manager', `${verb === 'recall' ? 'recalling' : 'closing'} a placement`);
      const body = c.req.valid('json');
      return c.json(await endPlacementCase(deps.db, c.get('tenant').id, { id: c.req.valid('param').id, status, on: body.date ?? today(c.get('tenant')), reason: body.reason, next: body.next, actor: c.get('actor') }), 200);
    });
  }

  app.openapi(createRoute({ method: 'post', path: '/placements/{id}/recoveries', request: { params: P.IdParam, ...jsonBody(P.RecoveryRequest) },
    responses: { 201: json(P.RecoveryResult, 'the recovery, posted to the ledger as a payment on the placed invoices'), ...errors } }),
  async (c) => {
    requireRole(c, 'manager', 'recording a recovery');
    const body = c.req.valid('json');
    return c.json(await recordRecovery(deps.db, c.get('tenant').id, { ...body, id: c.req.valid('param').id, date: body.date ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/placements/{id}/export.csv', request: { params: P.IdParam, query: P.ExportQuery }, responses: { 200: file('text/csv', 'one row per placed invoice (columns: src/domain/placements/README.md)'), ...errors } }),
    async (c) => {
      const { csv, name } = await exportPlacementCsv(deps.db, c.get('tenant'), c.req.valid('param').id, c.req.valid('query').asOf ?? today(c.get('tenant')));
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(name) });
    });

  app.openapi(createRoute({ method: 'get', path: '/placements/{id}/case-file.pdf', request: { params: P.IdParam, query: P.ExportQuery }, responses: { 200: file('application/pdf', 'the agency\'s case file'), ...errors } }),
    async (c) => {
      const { pdf, name } = await exportCaseFilePdf(deps.db, c.get('tenant'), c.req.valid('param').id, c.req.valid('query').asOf ?? today(c.get('tenant')));
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': attachment(name) });
    });

  app.openapi(createRoute({ method: 'get', path: '/placements/{id}/small-claims.pdf', request: { params: P.IdParam, query: P.ExportQuery }, responses: { 200: file('application/pdf', 'the small-claims pack'), ...errors } }),
    async (c) => {
      const { pdf, input } = await smallClaimsPdf(deps.db, c.get('tenant'), c.req.valid('param').id, c.req.valid('query').asOf ?? today(c.get('tenant')));
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-language': input.language, 'content-disposition': attachment(`small-claim-${input.placementId}-${input.respondent.customerRef}.pdf`) });
    });

  writeOffRoutes(deps, app);
}
