// Cash application over HTTP (issue #5): upload a bank file, work the queue, save an account's CSV mapping.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { importBankFile } from '../app/bank/import-bank-file.js';
import { bankEntries } from '../app/bank/bank-entry-json.js';
import { confirmBankEntry, rejectBankEntry } from '../app/bank/decide-entry.js';
import { saveBankAccountSettings } from '../app/bank/bank-accounts.js';
import { InputError } from '../app/errors.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody } from './route-helpers.js';
import { ErrorBody, Money, PageQuery } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input, or a bank file that cannot be read (file, line or element, reason)'), 404: json(ErrorBody, 'no such bank entry in this tenant') };

const ImportQuery = z.object({
  fileName: z.string().min(1).max(255).openapi({ example: 'camt054-2026-11-23.xml' }),
  account: z.string().min(4).max(40).optional().openapi({ description: 'IBAN or account number; required for CSV files (its saved column mapping is used)' }),
  acceptControlTotals: z.enum(['true', 'false']).optional().openapi({ description: 'read a file whose own control totals disagree' }),
});
const ImportSummary = z.object({ entries: z.number(), matched: z.number(), suggested: z.number(), unmatched: z.number(), duplicates: z.number(), importId: z.string(), warnings: z.array(z.string()) }).openapi('BankImportSummary');
const Allocation = z.object({ invoiceNumber: z.string().min(1), amount: Money });
const Entry = z.object({
  id: z.string(), importId: z.string(), bookingDate: z.string(), valueDate: z.string().nullable(), direction: z.string(), amount: Money, currency: z.string(),
  account: z.string().nullable(), bankReference: z.string().nullable(), endToEndId: z.string().nullable(), structuredReferences: z.array(z.string()),
  remittanceText: z.string(), payerName: z.string().nullable(), payerIban: z.string().nullable(), status: z.string(), confidence: z.number().nullable(),
  explanation: z.array(z.string()), proposal: z.any(), customerRef: z.string().nullable(), paymentId: z.string().nullable(), decidedBy: z.string().nullable(),
}).openapi('BankEntry');
const EntryQuery = PageQuery.extend({ status: z.enum(['matched', 'suggested', 'unmatched', 'confirmed', 'rejected', 'not-incoming']).optional(), importId: z.string().regex(/^\d+$/).optional() });
const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });

export function bankRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'post', path: '/bank/imports', request: { query: ImportQuery,
    body: { content: { 'application/octet-stream': { schema: z.any() }, 'application/xml': { schema: z.string() }, 'text/plain': { schema: z.string() }, 'text/csv': { schema: z.string() } }, description: 'the bank file as sent by the bank' } },
  responses: { 200: json(ImportSummary, 'what the file held and what happened to it'), ...errors } }),
  async (c) => {
    const q = c.req.valid('query');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new InputError('body', 'the request has no file: send the bank file as the request body');
    return c.json(await importBankFile(deps.db, c.get('tenant'), { fileName: q.fileName, bytes, account: q.account, actor: c.get('actor'), acceptControlTotals: q.acceptControlTotals === 'true' }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/bank/entries', request: { query: EntryQuery },
    responses: { 200: json(z.object({ entries: z.array(Entry), limit: z.number(), offset: z.number() }), 'bank entries, oldest first'), 400: errors[400] } }),
  async (c) => c.json(await bankEntries(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'post', path: '/bank/entries/{id}/confirm', request: { params: IdParam, ...jsonBody(z.object({ allocations: z.array(Allocation).optional(), customerRef: z.string().min(1).optional() })) },
    responses: { 200: json(Entry, 'posted'), ...errors } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await confirmBankEntry(deps.db, c.get('tenant'), c.req.valid('param').id, { allocations: body.allocations, customerRef: body.customerRef, actor: c.get('actor') }), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/bank/entries/{id}/reject', request: { params: IdParam, ...jsonBody(z.object({ reason: z.string().min(1) })) },
    responses: { 200: json(Entry, 'marked as not a customer payment'), ...errors } }),
  async (c) => c.json(await rejectBankEntry(deps.db, c.get('tenant'), c.req.valid('param').id, { reason: c.req.valid('json').reason, actor: c.get('actor') }), 200));

  app.openapi(createRoute({ method: 'put', path: '/bank/accounts/{account}', request: { params: z.object({ account: z.string().openapi({ param: { name: 'account', in: 'path' } }) }),
    ...jsonBody(z.object({ name: z.string().optional(), currency: z.string().length(3).optional(), csvMapping: z.any().optional() })) },
  responses: { 200: json(z.object({ account: z.string(), name: z.string().nullable(), currency: z.string().nullable(), csvMapping: z.any() }), 'saved'), 400: errors[400] } }),
  async (c) => {
    const body = c.req.valid('json');
    return c.json(await saveBankAccountSettings(deps.db, c.get('tenant'), { account: c.req.valid('param').account, name: body.name, currency: body.currency, csvMapping: body.csvMapping, actor: c.get('actor') }), 200);
  });
}
