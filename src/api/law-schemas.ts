// Zod schemas for the rule-pack routes (issue #3).
import { z } from '@hono/zod-openapi';
import { DateString, Money } from './schemas.js';

export const InterestBody = z.object({
  jurisdiction: z.string().openapi({ example: 'DE' }), principal: Money, currency: z.string().openapi({ example: 'EUR' }),
  due: DateString.optional(), until: DateString, debtor: z.enum(['business', 'consumer', 'public']).optional(),
  demandDate: DateString.optional(), invoiceDate: DateString.optional(), supplierSize: z.enum(['micro', 'small', 'medium', 'large']).optional(),
  payments: z.array(z.object({ date: DateString, amount: Money })).optional(), reminderFeesCharged: Money.optional(),
}).openapi('InterestRequest');

export const InterestAnswer = z.object({
  jurisdiction: z.string(), principal: Money, currency: z.string(), interest: Money, fixedCompensation: Money, total: Money,
  periods: z.array(z.object({ from: DateString, to: DateString, days: z.number(), ratePercent: z.string(), interest: Money })),
  verified: z.boolean(), sources: z.array(z.string()), notes: z.array(z.string()),
}).openapi('InterestResult');

export const RateRowBody = z.object({
  jurisdiction: z.string(), series: z.string(), from: DateString, percent: z.string().openapi({ example: '12.25' }),
  source: z.string().min(1), verified: z.boolean().optional(), note: z.string().optional(),
}).openapi('RateRow');

export const FeeRowBody = z.object({
  jurisdiction: z.string(), from: DateString, amount: Money, currency: z.string(), debtAtLeast: Money.optional(),
  source: z.string().min(1), verified: z.boolean().optional(), note: z.string().optional(),
}).openapi('FeeRow');

const Origin = z.object({ origin: z.enum(['built-in', 'tenant']), verified: z.boolean(), note: z.string().optional() });
export const LawTables = z.object({
  rates: z.array(RateRowBody.omit({ verified: true, note: true }).merge(Origin)),
  fees: z.array(FeeRowBody.omit({ verified: true, note: true }).merge(Origin).extend({ fee: z.string() })),
}).openapi('LawTables');
export const JurisdictionQuery = z.object({ jurisdiction: z.string().optional() });

export const LateCharges = z.object({
  customerRef: z.string(), asOf: DateString, currency: z.string(), debtor: z.string(), jurisdiction: z.string().nullable(),
  invoices: z.array(z.object({ number: z.string(), dueDate: DateString, open: Money, interest: Money, fixedCompensation: Money, verified: z.boolean() })),
  interest: Money, fixedCompensation: Money, total: Money, verified: z.boolean(), sources: z.array(z.string()), notes: z.array(z.string()),
}).openapi('LateCharges');
