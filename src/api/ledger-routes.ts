// /api routes for the ledger (issue #2). Thin: validate, call a use case, shape the response.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getAging } from '../app/get-aging.js';
import { computeTenantKpis } from '../app/compute-kpis.js';
import { buildStatement, statementJson } from '../app/build-statement.js';
import { getCustomer, getInvoice, pageCustomers } from '../app/read-documents.js';
import { importFile } from '../app/import-file.js';
import { writeOffInvoice } from '../app/write-off.js';
import { requestWriteOff } from '../app/write-offs/request-write-off.js';
import { postsAtOnce } from '../domain/placements/write-off-approval.js';
import { WriteOffRequest } from './placement-schemas.js';
import { readAudit } from '../app/read-audit.js';
import { renderStatementPdf } from '../channels/pdf/statement-pdf.js';
import { dateInZone } from '../domain/dates.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json } from './route-helpers.js';
import * as S from './schemas.js';

const errors = { 400: json(S.ErrorBody, 'invalid input'), 401: json(S.ErrorBody, 'no or unknown API key'), 404: json(S.ErrorBody, 'not found (or another tenant\'s)') };

export function ledgerRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/aging', request: { query: S.AgingQuery }, responses: { 200: json(S.AgingReport, 'aging report'), ...errors } }),
    async (c) => { const q = c.req.valid('query'); return c.json(await getAging(deps.db, c.get('tenant').id, { asOf: q.asOf, buckets: q.buckets }), 200); });

  app.openapi(createRoute({ method: 'get', path: '/kpi', request: { query: S.KpiQuery }, responses: { 200: json(S.KpiReport, 'KPIs per currency'), ...errors } }),
    async (c) => { const q = c.req.valid('query'); return c.json(await computeTenantKpis(deps.db, c.get('tenant').id, q), 200); });

  app.openapi(createRoute({ method: 'get', path: '/customers', request: { query: S.PageQuery }, responses: { 200: json(z.object({ customers: z.array(S.Customer), limit: z.number(), offset: z.number() }), 'a page of customers'), ...errors } }),
    async (c) => c.json(await pageCustomers(deps.db, c.get('tenant').id, c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}', request: { params: S.CustomerRefParam }, responses: { 200: json(S.CustomerDetail, 'the customer with its contacts'), ...errors } }),
    async (c) => c.json(await getCustomer(deps.db, c.get('tenant').id, c.req.valid('param').ref), 200));

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/statement', request: { params: S.CustomerRefParam, query: S.StatementQuery },
    responses: { 200: { content: { 'application/json': { schema: z.any() }, 'application/pdf': { schema: z.any() } }, description: 'the statement' }, ...errors } }),
  async (c) => {
    const q = c.req.valid('query');
    const tenant = c.get('tenant');
    const data = await buildStatement(deps.db, tenant, { customerRef: c.req.valid('param').ref, from: q.from, to: q.to, type: q.type });
    if (q.format === 'json') return c.json(statementJson(data), 200);
    const pdf = await renderStatementPdf({ tenant, customer: data.customer, currency: data.customer.currency, generatedOn: dateInZone(new Date(), tenant.time_zone), statement: data.statement });
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="statement-${data.customer.customerRef}-${q.to}.pdf"` });
  });

  app.openapi(createRoute({ method: 'get', path: '/invoices/{number}', request: { params: S.InvoiceNumberParam }, responses: { 200: json(S.Invoice, 'the invoice with its open amount'), ...errors } }),
    async (c) => c.json(await getInvoice(deps.db, c.get('tenant').id, c.req.valid('param').number), 200));

  app.openapi(createRoute({ method: 'post', path: '/invoices/{number}/write-offs', request: { params: S.InvoiceNumberParam, body: { content: { 'application/json': { schema: S.WriteOffBody } }, required: true } },
    responses: { 200: json(S.WriteOffResult, 'an API key\'s write-off, recorded at once'), 202: json(WriteOffRequest, 'a person\'s write-off: a request pending a manager\'s approval (issue #6)'), ...errors } }),
  async (c) => {
    const body = c.req.valid('json');
    const tenant = c.get('tenant');
    const input = { invoiceNumber: c.req.valid('param').number, amount: body.amount, reason: body.reason, date: body.date ?? dateInZone(new Date(), tenant.time_zone), actor: c.get('actor') };
    if (!postsAtOnce(c.get('actor'))) return c.json(await requestWriteOff(deps.db, tenant.id, input), 202);
    return c.json(await writeOffInvoice(deps.db, tenant.id, input), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/audit', request: { query: S.AuditQuery }, responses: { 200: json(S.AuditPage, 'the audit trail, newest first'), ...errors } }),
    async (c) => { const q = c.req.valid('query'); return c.json(await readAudit(deps.db, c.get('tenant').id, { entity: q.entity, entityKey: q.key, limit: q.limit, offset: q.offset }), 200); });

  app.openapi(createRoute({ method: 'post', path: '/imports/{kind}', request: { params: S.ImportParams, query: S.ImportQuery,
    body: { content: { 'text/csv': { schema: z.string() } }, description: 'the CSV file, UTF-8 with a header row' } },
  responses: { 200: json(S.ImportSummary, 'what was imported; with skipInvalid=true the rejected rows are in errors'), ...errors } }),
  async (c) => {
    // The importer streams from a file, so the upload is spooled to a private temporary file first.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-upload-'));
    const file = path.join(dir, `${c.req.valid('param').kind}.csv`);
    try {
      fs.writeFileSync(file, Buffer.from(await c.req.arrayBuffer()));
      const q = c.req.valid('query');
      const summary = await importFile(deps.db, c.get('tenant'), { kind: c.req.valid('param').kind, file, actor: c.get('actor'), update: q.update === 'true', skipInvalid: q.skipInvalid === 'true' });
      return c.json(summary, 200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
