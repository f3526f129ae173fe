// Credit applications and credit reviews (migration 0014): what a person decided about a customer's credit, when,
// and why (issue #8). Applications are decided once; reviews are append-only.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type ApplicationStatus = 'pending' | 'approved' | 'declined';

export type ApplicationRow = {
  id: bigint; customerId: bigint | null; customerRef: string; newCustomer: boolean; name: string; currency: string; requestedLimit: bigint; requestedTermsDays: number | null;
  note: string | null; submittedOn: string; submittedBy: string; status: ApplicationStatus; approvedLimit: bigint | null; termsDays: number | null;
  decisionReason: string | null; decidedOn: string | null; decidedBy: string | null; advice: unknown;
};

export async function insertApplication(tx: Tx, tenantId: number, row: {
  customerId: bigint | null; customerRef: string; name: string; currency: string; requestedLimit: bigint; requestedTermsDays: number | null;
  note: string | null; submittedOn: string; submittedBy: string;
}): Promise<bigint> {
  const result = await sql<{ id: bigint }>`insert into credit_applications (tenant_id, customer_id, customer_ref, new_customer, name, currency, requested_limit,
      requested_terms_days, note, submitted_on, submitted_by)
    values (${tenantId}, ${row.customerId}, ${row.customerRef}, ${row.customerId === null}, ${row.name}, ${row.currency}, ${row.requestedLimit}, ${row.requestedTermsDays},
      ${row.note}, ${row.submittedOn}, ${row.submittedBy}) returning id`.execute(tx);
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error('insert into credit_applications returned no id');
  return id;
}

/** Decides a pending application; false when it was no longer pending (decided meanwhile by someone else). */
export async function decideApplication(tx: Tx, tenantId: number, id: bigint, decision: {
  status: 'approved' | 'declined'; customerId: bigint | null; approvedLimit: bigint | null; termsDays: number | null; reason: string;
  decidedOn: string; decidedBy: string; advice: unknown;
}): Promise<boolean> {
  const result = await sql`update credit_applications set status = ${decision.status}, customer_id = coalesce(${decision.customerId}, customer_id),
      approved_limit = ${decision.approvedLimit}, terms_days = ${decision.termsDays}, decision_reason = ${decision.reason}, decided_on = ${decision.decidedOn},
      decided_by = ${decision.decidedBy}, advice = ${decision.advice === null ? null : JSON.stringify(decision.advice)}::jsonb
    where tenant_id = ${tenantId} and id = ${id} and status = 'pending'`.execute(tx);
  return Number(result.numAffectedRows ?? 0n) === 1;
}

export type ApplicationFilter = { id?: bigint | undefined; status?: ApplicationStatus | undefined; customerRef?: string | undefined; limit: number; offset: number };

export async function listApplications(db: Executor, tenantId: number, filter: ApplicationFilter): Promise<ApplicationRow[]> {
  const result = await sql<ApplicationRow>`
    select id, customer_id as "customerId", customer_ref as "customerRef", new_customer as "newCustomer", name, currency, requested_limit as "requestedLimit",
      requested_terms_days as "requestedTermsDays", note, submitted_on as "submittedOn", submitted_by as "submittedBy", status,
      approved_limit as "approvedLimit", terms_days as "termsDays", decision_reason as "decisionReason", decided_on as "decidedOn",
      decided_by as "decidedBy", advice
      from credit_applications
     where tenant_id = ${tenantId}
       ${filter.id !== undefined ? sql`and id = ${filter.id}` : sql``}
       ${filter.status !== undefined ? sql`and status = ${filter.status}` : sql``}
       ${filter.customerRef !== undefined ? sql`and customer_ref = ${filter.customerRef}` : sql``}
     order by id desc limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows;
}

export type ReviewRow = {
  id: bigint; customerId: bigint; reviewedOn: string; outcome: 'confirmed' | 'changed' | 'escalated'; note: string; grade: 'A' | 'B' | 'C' | 'D' | 'E' | null; score: number | null;
  recommendedLimit: bigint | null; limitBefore: bigint | null; limitAfter: bigint | null; termsBefore: number | null; termsAfter: number | null;
  nextReviewOn: string | null; createdBy: string;
};

export async function insertReview(tx: Tx, tenantId: number, row: Omit<ReviewRow, 'id'>): Promise<bigint> {
  const result = await sql<{ id: bigint }>`insert into credit_reviews (tenant_id, customer_id, reviewed_on, outcome, note, grade, score, recommended_limit,
      limit_before, limit_after, terms_before, terms_after, next_review_on, created_by)
    values (${tenantId}, ${row.customerId}, ${row.reviewedOn}, ${row.outcome}, ${row.note}, ${row.grade}, ${row.score}, ${row.recommendedLimit},
      ${row.limitBefore}, ${row.limitAfter}, ${row.termsBefore}, ${row.termsAfter}, ${row.nextReviewOn}, ${row.createdBy}) returning id`.execute(tx);
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error('insert into credit_reviews returned no id');
  return id;
}

/** One customer's reviews, latest first; or only review `id`. */
export async function listReviews(db: Executor, tenantId: number, customerId: bigint, limit = 100, id?: bigint): Promise<ReviewRow[]> {
  const result = await sql<ReviewRow>`
    select id, customer_id as "customerId", reviewed_on as "reviewedOn", outcome, note, grade, score, recommended_limit as "recommendedLimit",
      limit_before as "limitBefore", limit_after as "limitAfter", terms_before as "termsBefore", terms_after as "termsAfter",
      next_review_on as "nextReviewOn", created_by as "createdBy"
      from credit_reviews where tenant_id = ${tenantId} and customer_id = ${customerId} ${id === undefined ? sql`` : sql`and id = ${id}`} order by reviewed_on desc, id desc limit ${limit}`.execute(db);
  return result.rows;
}
