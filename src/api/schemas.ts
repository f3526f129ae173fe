// Zod schemas for the API, named for what they validate; the OpenAPI document is generated from them.
import { z } from '@hono/zod-openapi';

export const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').openapi({ example: '2026-11-23' });
export const Money = z.string().openapi({ example: '1250.00', description: 'decimal string in major units with the currency\'s digits' });

export const AgingQuery = z.object({ asOf: DateString, buckets: z.string().optional().openapi({ example: '30,60,90' }) });
export const KpiQuery = z.object({ asOf: DateString, months: z.coerce.number().int().min(1).max(36).default(3) });
export const StatementQuery = z.object({
  from: DateString, to: DateString, type: z.enum(['open-item', 'balance-forward']).default('open-item'),
  format: z.enum(['json', 'pdf']).default('json'),
});
export const CustomerRefParam = z.object({ ref: z.string().min(1).openapi({ param: { name: 'ref', in: 'path' }, example: 'C001' }) });
export const InvoiceNumberParam = z.object({ number: z.string().min(1).openapi({ param: { name: 'number', in: 'path' }, example: '2026-0042' }) });
export const PageQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) });
export const ImportParams = z.object({ kind: z.enum(['customers', 'invoices', 'payments', 'credit-notes']).openapi({ param: { name: 'kind', in: 'path' } }) });
export const ImportQuery = z.object({ update: z.enum(['true', 'false']).optional(), skipInvalid: z.enum(['true', 'false']).optional() });

const AgedAmounts = z.object({ total: Money, unapplied: Money, buckets: z.record(z.string(), Money) });
export const AgingReport = z.object({
  asOf: DateString, buckets: z.array(z.string()),
  currencies: z.array(AgedAmounts.extend({ currency: z.string(), customers: z.array(AgedAmounts.extend({ customerRef: z.string(), name: z.string() })) })),
}).openapi('AgingReport');
export const KpiReport = z.object({
  asOf: DateString, months: z.number(),
  currencies: z.array(z.object({ currency: z.string(), dsoSimple: z.number(), dsoCountBack: z.number(), bestPossibleDso: z.number(), add: z.number(), cei: z.number(), percentCurrent: z.number() })),
}).openapi('KpiReport');
export const ImportSummary = z.object({
  imported: z.number(), unchanged: z.number(), updated: z.number(), rejected: z.number(),
  errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
}).openapi('ImportSummary');
export const Customer = z.object({
  customerRef: z.string(), name: z.string(), country: z.string().nullable(), language: z.string().nullable(), currency: z.string(),
  email: z.string().nullable(), phone: z.string().nullable(), creditLimit: Money.nullable(), paymentTermsDays: z.number().nullable(),
}).openapi('Customer');
export const Contact = z.object({ role: z.enum(['billing', 'accounts-payable', 'executive']), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).openapi('Contact');
export const CustomerDetail = Customer.extend({ timeZone: z.string().nullable(), contacts: z.array(Contact) }).openapi('CustomerDetail');
export const Invoice = z.object({
  number: z.string(), customerRef: z.string(), issueDate: DateString, dueDate: DateString, currency: z.string(), amount: Money, open: Money,
  description: z.string().nullable(), poNumber: z.string().nullable(),
}).openapi('Invoice');
export const ErrorBody = z.object({ error: z.string(), field: z.string().optional(), reason: z.string().optional() }).openapi('Error');
export const WriteOffBody = z.object({ amount: Money.optional(), reason: z.string().min(1), date: DateString.optional() }).openapi('WriteOff');
export const WriteOffResult = z.object({ invoice: z.string(), writtenOff: Money, open: Money }).openapi('WriteOffResult');
export const AuditQuery = PageQuery.extend({ entity: z.string().optional().openapi({ example: 'invoice' }), key: z.string().optional().openapi({ example: '2026-0042' }) });
export const AuditPage = z.object({
  entries: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), entity: z.string(), key: z.string(), reason: z.string().nullable(), details: z.any() })),
  limit: z.number(), offset: z.number(),
}).openapi('AuditPage');
