// Zod schemas of the placement, agency, recovery and write-off-request routes (issue #6).
import { z } from '@hono/zod-openapi';
import { DateString, Money, PageQuery } from './schemas.js';

export const AsOf = DateString.optional().openapi({ description: 'the business date; default: today in the tenant\'s time zone' });
const Rate = z.string().max(12).openapi({ example: '25.5', description: 'a percent with at most four decimals, 0 to 100' });
export const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '3' }) });

export const AgencyRequest = z.object({
  name: z.string().min(1).max(200), email: z.string().max(320).nullable().optional(), phone: z.string().max(50).nullable().optional(),
  commissionRate: Rate, secondRate: Rate.nullable().optional(), thirdRate: Rate.nullable().optional(), legalRate: Rate.nullable().optional(),
  isDefault: z.boolean().optional(), active: z.boolean().optional(),
}).openapi('AgencyRequest');

const Totals = z.object({ currency: z.string(), placed: Money, recovered: Money, commission: Money, net: Money, recoveryRate: z.string().nullable().openapi({ example: '45.20', description: 'recovered as a percent of placed' }) });

export const Agency = z.object({
  id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), commissionRate: z.string(), secondRate: z.string().nullable(),
  thirdRate: z.string().nullable(), legalRate: z.string().nullable(), isDefault: z.boolean(), active: z.boolean(), updatedAt: z.string(), updatedBy: z.string(),
  totals: z.array(Totals.extend({ placements: z.number() })),
}).openapi('Agency');

const PlaceWith = { kind: z.enum(['in-house', 'agency', 'legal']), agencyId: z.string().max(20).optional(), note: z.string().max(2000).optional() };

export const PlacementRequest = z.object({ customerRef: z.string().min(1), currency: z.string().length(3).optional(), placedOn: AsOf, ...PlaceWith }).openapi('PlacementRequest');

export const Placement = z.object({
  id: z.string(), number: z.number().openapi({ description: 'the n-th placement of this customer\'s account in this currency' }), customerRef: z.string(),
  customerName: z.string(), currency: z.string(), kind: z.enum(['in-house', 'agency', 'legal']), agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  commissionRate: z.string().nullable(), placedOn: DateString, amount: Money, status: z.enum(['active', 'recalled', 'closed']), endedOn: DateString.nullable(),
  endReason: z.string().nullable(), endedBy: z.string().nullable(), note: z.string().nullable(), dunningActionId: z.string().nullable(), createdAt: z.string(),
  createdBy: z.string(), recoveries: z.number(), totals: Totals,
}).openapi('Placement');

const Recovery = z.object({
  id: z.string(), date: DateString, gross: Money, commission: Money, net: Money, commissionGiven: z.boolean(), paymentRef: z.string(), reversedWriteOff: Money,
  reference: z.string().nullable(), note: z.string().nullable(), createdAt: z.string(), createdBy: z.string(),
}).openapi('Recovery');

export const PlacementDetail = Placement.extend({
  invoices: z.array(z.object({ number: z.string(), issueDate: DateString, dueDate: DateString, amount: Money, openAtPlacement: Money, open: Money, writtenOff: Money })),
  recoveryList: z.array(Recovery),
}).openapi('PlacementDetail');

export const PlacementQuery = PageQuery.extend({
  status: z.enum(['active', 'recalled', 'closed']).optional(), kind: z.enum(['in-house', 'agency', 'legal']).optional(), agencyId: z.string().optional(),
  customerRef: z.string().min(1).optional(),
});

export const EndRequest = z.object({
  date: AsOf, reason: z.string().min(1).max(2000),
  next: z.object(PlaceWith).optional().openapi({ description: 'recall only: place the account with the next agency (or in-house, or legal) at once' }),
}).openapi('EndPlacementRequest');

export const RecoveryRequest = z.object({
  date: AsOf, gross: Money.openapi({ description: 'what the agency collected from the debtor' }),
  commission: Money.optional().openapi({ description: 'what the agency kept; default: the placement\'s rate of the gross, rounded half-up' }),
  reference: z.string().max(200).optional(), note: z.string().max(2000).optional(),
}).openapi('RecoveryRequest');

export const RecoveryResult = z.object({
  recovery: Recovery, allocations: z.array(z.object({ invoiceNumber: z.string(), amount: Money, reversedWriteOff: Money })), unapplied: Money, placement: PlacementDetail,
}).openapi('RecoveryResult');

export const ExportQuery = z.object({ asOf: AsOf });

export const WriteOffRequestBody = z.object({ invoiceNumber: z.string().min(1), amount: Money.optional(), reason: z.string().min(1).max(2000), date: AsOf }).openapi('WriteOffRequestBody');
export const WriteOffRequest = z.object({
  id: z.string(), invoiceNumber: z.string(), customerRef: z.string(), currency: z.string(), amount: Money, date: DateString, reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']), requestedBy: z.string(), requestedAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
}).openapi('WriteOffRequest');
export const WriteOffDecisionBody = z.object({ reason: z.string().max(2000).optional() }).openapi('WriteOffDecision');
export const WriteOffRequestQuery = PageQuery.extend({ status: z.enum(['pending', 'approved', 'rejected']).optional() });
