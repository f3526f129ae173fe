// Payment-date prediction, the 13-week cash forecast and early-discount economics over HTTP (issue #8). Reads
// only; every answer is the caller's tenant's (the API key decides it).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { predictCustomerPayments, predictPayments } from '../app/prediction/predict.js';
import { cashForecast } from '../app/prediction/forecast.js';
import { discountAdvice } from '../app/prediction/discount.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json } from './route-helpers.js';
import { CustomerRefParam, DateString, ErrorBody, Money } from './schemas.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const AsOf = DateString.optional().openapi({ description: 'default: today in the tenant\'s time zone' });
const bad = { 400: json(ErrorBody, 'invalid input') };

const Features = z.object({
  customerSettled: z.number(), customerWeight: z.number(), customerShare: z.number(), daysOverdue: z.number(), amountShiftDays: z.number(),
  trendShiftDays: z.number(), paymentRunDay: z.number().nullable(), source: z.enum(['customer', 'blend', 'tenant', 'fallback']),
});
const Prediction = z.object({
  number: z.string(), customerRef: z.string(), currency: z.string(), open: Money, dueDate: DateString, predictedDate: DateString,
  low: DateString, high: DateString, explanation: z.string(), features: Features,
}).openapi('PaymentPrediction');
const Backtest = z.object({ maeDays: z.number().nullable(), baselineMaeDays: z.number().nullable(), n: z.number(), cut: DateString }).openapi('PredictionBacktest');
const Predictions = z.object({ asOf: DateString, invoices: z.array(Prediction), backtest: Backtest.optional(), total: z.number().openapi({ description: 'open invoices predicted, before limit and offset' }) }).openapi('PaymentPredictions');
const CustomerPredictions = z.object({ asOf: DateString, customerRef: z.string(), invoices: z.array(Prediction) }).openapi('CustomerPaymentPredictions');
const PredictionQuery = z.object({
  asOf: AsOf, cut: DateString.optional().openapi({ description: 'backtest cut; default 91 days before asOf' }),
  // A tenant with a million open invoices: the dashboard asks for the backtest alone (limit=0), a list page for a page.
  limit: z.coerce.number().int().min(0).max(1_000_000).optional().openapi({ description: 'at most this many invoices (default: all)' }),
  offset: z.coerce.number().int().min(0).default(0),
});
const Week = z.object({ week: z.number(), from: DateString, to: DateString, expected: Money, low: Money, high: Money });
const Forecast = z.object({
  asOf: DateString, weekStart: DateString.openapi({ description: 'the Monday of the as-of\'s week: week 1 starts here' }), weeks: z.number(),
  currencies: z.array(z.object({ currency: z.string(), open: Money, later: Money, weeks: z.array(Week) })),
}).openapi('CashForecast');
const ForecastQuery = z.object({ asOf: AsOf, weeks: z.coerce.number().int().min(1).max(52).default(13) });
const DiscountQuery = z.object({
  terms: z.string().min(1).max(60).openapi({ example: '2/10 net 30' }),
  costOfCapital: z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'a yearly percentage like 8 or 7.5').openapi({ example: '8' }),
  asOf: AsOf,
});
const Habits = z.record(z.string(), z.number());
const Discount = z.object({
  asOf: DateString, terms: z.string(), discountPercent: z.string(), discountDays: z.number(), netDays: z.number(),
  annualisedCostPercent: z.string().openapi({ example: '37.24' }), costOfCapitalPercent: z.string(), discountCheaperThanCapital: z.boolean(),
  grouping: z.enum(['payment habit', 'customer segments']),
  segments: z.array(z.object({
    segment: z.string(), currency: z.string(), customers: z.number(), habits: Habits, volume: Money, dsoDaysGained: z.number(), cashBroughtForward: Money,
    capitalBenefit: Money, discountCost: Money, netBenefit: Money, recommendation: z.enum(['offer', 'do not offer']), arithmetic: z.string(),
  })),
  customers: z.array(z.object({
    customerRef: z.string(), segment: z.string(), currency: z.string(), habit: z.string(), medianDaysToPay: z.number(), takeUpPercent: z.number(),
    volume: Money, dsoDaysGained: z.number(), cashBroughtForward: Money, discountCost: Money, netBenefit: Money,
  })),
}).openapi('DiscountEconomics');

export function predictionRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/predictions', request: { query: PredictionQuery }, responses: { 200: json(Predictions, 'every open invoice\'s predicted payment date, with the backtest'), ...bad } }),
    async (c) => {
      const tenant = c.get('tenant');
      const q = c.req.valid('query');
      const answer = await predictPayments(deps.db, tenant, { asOf: q.asOf ?? today(tenant), cut: q.cut });
      const invoices = answer.invoices.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit);
      return c.json({ ...answer, invoices, total: answer.invoices.length }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/predictions', request: { params: CustomerRefParam, query: z.object({ asOf: AsOf }) }, responses: { 200: json(CustomerPredictions, 'the customer\'s open invoices with predicted payment dates'), ...bad, 404: json(ErrorBody, 'no such customer in this tenant') } }),
    async (c) => {
      const tenant = c.get('tenant');
      return c.json(await predictCustomerPayments(deps.db, tenant, { customerRef: c.req.valid('param').ref, asOf: c.req.valid('query').asOf ?? today(tenant) }), 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/forecast', request: { query: ForecastQuery }, responses: { 200: json(Forecast, 'expected collections per week and currency, with an 80 % band'), ...bad } }),
    async (c) => {
      const tenant = c.get('tenant');
      const q = c.req.valid('query');
      return c.json(await cashForecast(deps.db, tenant, { asOf: q.asOf ?? today(tenant), weeks: q.weeks }), 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/discount', request: { query: DiscountQuery }, responses: { 200: json(Discount, 'the discount\'s cost and, per segment, whether it pays for itself'), ...bad } }),
    async (c) => {
      const tenant = c.get('tenant');
      const q = c.req.valid('query');
      return c.json(await discountAdvice(deps.db, tenant, { terms: q.terms, costOfCapital: q.costOfCapital, asOf: q.asOf ?? today(tenant) }), 200);
    });
}
