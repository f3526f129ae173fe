// Risk and credit decisions over HTTP (issue #8): each customer's grade, score, parts and credit advice; credit
// applications and their decisions; credit reviews due and done. Advice never changes a limit: only a decision
// (a manager at least) or a review does, audited with who and why.
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { customerRisk, tenantRisk } from '../app/risk/compute-risk.js';
import { decideCreditApplication } from '../app/risk/decide-application.js';
import { customerReviews, dueReviews } from '../app/risk/due-reviews.js';
import { creditApplication, creditApplications } from '../app/risk/list-applications.js';
import { REVIEW_OUTCOMES, recordCreditReview } from '../app/risk/record-review.js';
import { submitCreditApplication } from '../app/risk/submit-application.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { CustomerRefParam, DateString, ErrorBody, Money, PageQuery } from './schemas.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const AsOf = DateString.optional().openapi({ description: 'the business date; default today in the tenant\'s time zone' });
const Grade = z.enum(['A', 'B', 'C', 'D', 'E']);
const TermsDays = z.number().int().min(0).max(365).openapi({ description: 'days of credit; 0 is prepayment' });
const Reason = z.string().trim().min(1).max(2000);

const RiskPart = z.object({
  value: z.union([z.number(), z.string()]).nullable(), points: z.number().openapi({ description: 'taken off the score of 100' }), maxPoints: z.number(), words: z.string(),
}).openapi('RiskPart');
const CustomerRisk = z.object({
  customerRef: z.string(), name: z.string(), currency: z.string(), asOf: DateString, grade: Grade, score: z.number().int().min(0).max(100),
  parts: z.record(z.string(), RiskPart), caps: z.array(z.string()),
  recommendedLimit: Money.nullable(), currentLimit: Money.nullable(), recommendedTerms: z.object({ days: z.number(), text: z.string() }), adviceReasons: z.array(z.string()),
  reviewDue: DateString, reviewReasons: z.array(z.string()),
  exposure: Money, overLimit: z.boolean(), otherCurrencies: z.array(z.object({ currency: z.string(), open: Money })),
}).openapi('CustomerRisk');
const RiskReport = z.object({ asOf: DateString, customers: z.array(CustomerRisk), total: z.number().openapi({ description: 'customers assessed, before limit and offset' }) }).openapi('RiskReport');

const Decision = z.object({
  outcome: z.enum(['approved', 'declined']), limit: Money.optional().openapi({ description: 'approved limit; default the requested one' }),
  termsDays: TermsDays.nullable().optional(), reason: Reason,
});
const ApplicationRequest = z.object({
  customerRef: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(200).optional().openapi({ description: 'required for a new customer' }),
  currency: z.string().length(3).optional(), requestedLimit: Money, requestedTermsDays: TermsDays.nullable().optional(), note: z.string().max(2000).optional(),
  asOf: AsOf, decision: Decision.optional().openapi({ description: 'decide at once (manager role)' }),
}).openapi('CreditApplicationRequest');
const DecisionRequest = Decision.extend({ asOf: AsOf }).openapi('CreditDecisionRequest');
const Application = z.object({
  id: z.string(), customerRef: z.string(), name: z.string(), currency: z.string(), newCustomer: z.boolean(), requestedLimit: Money,
  requestedTermsDays: z.number().nullable(), note: z.string().nullable(), submittedOn: DateString, submittedBy: z.string(),
  status: z.enum(['pending', 'approved', 'declined']), approvedLimit: Money.nullable(), termsDays: z.number().nullable(), reason: z.string().nullable(),
  decidedOn: DateString.nullable(), decidedBy: z.string().nullable(), advice: z.any(),
}).openapi('CreditApplication');
const ApplicationsQuery = PageQuery.extend({ status: z.enum(['pending', 'approved', 'declined']).optional(), customerRef: z.string().min(1).optional() });
const IdParam = z.object({ id: z.string().regex(/^\d{1,18}$/, 'an application id').openapi({ param: { name: 'id', in: 'path' }, example: '7' }) });

const ReviewsQuery = z.object({ due: DateString.optional().openapi({ description: 'reviews due on or before this day; default asOf' }), asOf: AsOf });
const DueReview = z.object({
  customerRef: z.string(), name: z.string(), grade: Grade, score: z.number(), reviewDue: DateString, reasons: z.array(z.string()),
  currentLimit: Money.nullable(), recommendedLimit: Money.nullable(), currency: z.string(),
});
const DueReviews = z.object({ asOf: DateString, due: DateString, reviews: z.array(DueReview) }).openapi('DueCreditReviews');
const ReviewRequest = z.object({
  customerRef: z.string().min(1), outcome: z.enum(REVIEW_OUTCOMES), note: Reason, reviewedOn: AsOf,
  limit: Money.nullable().optional().openapi({ description: 'a new limit (null: no limit); only with outcome "changed"' }),
  termsDays: TermsDays.nullable().optional(), nextReviewOn: DateString.optional().openapi({ description: 'review again on this day instead of by grade' }),
}).openapi('CreditReviewRequest');
const Review = z.object({
  id: z.string(), customerRef: z.string(), reviewedOn: DateString, outcome: z.enum(REVIEW_OUTCOMES), note: z.string(), reviewedBy: z.string(),
  grade: Grade.nullable(), score: z.number().nullable(), recommendedLimit: Money.nullable(), limitBefore: Money.nullable(), limitAfter: Money.nullable(),
  termsBefore: z.number().nullable(), termsAfter: z.number().nullable(), nextReviewOn: DateString.nullable(),
}).openapi('CreditReview');

const bad = { 400: json(ErrorBody, 'invalid input') };
const missing = { 404: json(ErrorBody, 'no such customer or application in this tenant') };
const forbidden = { 403: json(ErrorBody, 'the role needed is missing') };

export function riskRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/risk', request: { query: z.object({
    asOf: AsOf, customerRef: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(0).max(1_000_000).optional().openapi({ description: 'at most this many customers (default: all)' }),
    offset: z.coerce.number().int().min(0).default(0),
  }) },
    responses: { 200: json(RiskReport, 'every customer\'s grade, score with its parts in words, credit advice and next review'), ...bad, ...missing } }),
  async (c) => {
    const q = c.req.valid('query');
    const report = await tenantRisk(deps.db, c.get('tenant'), { asOf: q.asOf ?? today(c.get('tenant')), customerRef: q.customerRef });
    const customers = report.customers.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit);
    return c.json({ ...report, customers, total: report.customers.length }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/risk', request: { params: CustomerRefParam, query: z.object({ asOf: AsOf }) },
    responses: { 200: json(CustomerRisk, 'one customer\'s risk and credit advice'), ...bad, ...missing } }),
  async (c) => c.json(await customerRisk(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, asOf: c.req.valid('query').asOf ?? today(c.get('tenant')) }), 200));

  app.openapi(createRoute({ method: 'post', path: '/credit-applications', request: jsonBody(ApplicationRequest),
    responses: { 201: json(Application, 'the application: pending, or decided when a decision came with it'), ...bad, ...forbidden } }),
  async (c) => {
    const body = c.req.valid('json');
    if (body.decision) requireRole(c, 'manager', 'deciding a credit application');
    else requireRole(c, 'collector', 'submitting a credit application');
    return c.json(await submitCreditApplication(deps.db, c.get('tenant'), { ...body, asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/credit-applications', request: { query: ApplicationsQuery },
    responses: { 200: json(z.object({ applications: z.array(Application), limit: z.number(), offset: z.number() }), 'applications, newest first'), ...bad } }),
  async (c) => c.json(await creditApplications(deps.db, c.get('tenant'), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/credit-applications/{id}', request: { params: IdParam }, responses: { 200: json(Application, 'the application'), ...bad, ...missing } }),
    async (c) => c.json(await creditApplication(deps.db, c.get('tenant'), c.req.valid('param').id), 200));

  app.openapi(createRoute({ method: 'post', path: '/credit-applications/{id}/decision', request: { params: IdParam, ...jsonBody(DecisionRequest) },
    responses: { 200: json(Application, 'decided: an approval sets the limit and terms (opening the account of a new customer)'), ...bad, ...forbidden, ...missing } }),
  async (c) => {
    requireRole(c, 'manager', 'deciding a credit application');
    const body = c.req.valid('json');
    return c.json(await decideCreditApplication(deps.db, c.get('tenant'), { ...body, id: c.req.valid('param').id, asOf: body.asOf ?? today(c.get('tenant')), actor: c.get('actor') }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/credit-reviews', request: { query: ReviewsQuery },
    responses: { 200: json(DueReviews, 'customers whose credit review is due on or before `due`, earliest first'), ...bad } }),
  async (c) => {
    const q = c.req.valid('query');
    const asOf = q.asOf ?? today(c.get('tenant'));
    return c.json(await dueReviews(deps.db, c.get('tenant'), { asOf, due: q.due ?? asOf }), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/credit-reviews', request: jsonBody(ReviewRequest),
    responses: { 201: json(Review.extend({ reviewDue: DateString }), 'the review recorded, and when the next one is due'), ...bad, ...forbidden, ...missing } }),
  async (c) => {
    requireRole(c, 'manager', 'recording a credit review');
    const body = c.req.valid('json');
    return c.json(await recordCreditReview(deps.db, c.get('tenant'), { ...body, reviewedOn: body.reviewedOn ?? today(c.get('tenant')), actor: c.get('actor') }), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/credit-reviews', request: { params: CustomerRefParam },
    responses: { 200: json(z.object({ customerRef: z.string(), reviews: z.array(Review) }), 'credit reviews done, latest first'), ...missing } }),
  async (c) => c.json(await customerReviews(deps.db, c.get('tenant'), c.req.valid('param').ref), 200));
}
