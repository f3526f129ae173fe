// A credit review done (issue #8): who, when, the outcome and a note, beside the grade and advice of the day. A
// review may change the limit or terms — a person's decision, audited like any limit change; otherwise it only
// resets the review schedule (src/domain/risk/advice.ts counts from the last review).
import { formatAmount, parseAmount } from '../../domain/money.js';
import { parseBusinessDate } from '../../domain/dates.js';
import type { Db } from '../../store/db.js';
import { insertReview, listReviews } from '../../store/credit-decisions.js';
import { updateCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { loadCustomer } from '../credit/credit-status.js';
import { checkTermsDays } from './decide-application.js';
import { assessCustomers } from './risk-of.js';
import { type ReviewJson, reviewJson } from './review-json.js';

export const REVIEW_OUTCOMES = ['confirmed', 'changed', 'escalated'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export type ReviewInput = {
  customerRef: string; outcome: string; note: string; reviewedOn: string; actor: string;
  /** undefined: unchanged; null: no limit; a decimal string: the new limit. */
  limit?: string | null | undefined;
  termsDays?: number | null | undefined;
  nextReviewOn?: string | undefined;
};

export async function recordCreditReview(db: Db, tenant: TenantRow, input: ReviewInput): Promise<ReviewJson & { reviewDue: string }> {
  const reviewedOn = checkAsOf(input.reviewedOn, 'reviewedOn');
  if (!REVIEW_OUTCOMES.includes(input.outcome as ReviewOutcome)) throw new InputError('outcome', `one of ${REVIEW_OUTCOMES.join(', ')}`);
  const outcome = input.outcome as ReviewOutcome;
  const note = input.note.trim();
  if (note === '') throw new InputError('note', 'is required: say what was looked at and decided');
  const termsDays = checkTermsDays(input.termsDays, 'termsDays');
  const changes = input.limit !== undefined || termsDays !== null;
  if (outcome === 'changed' && !changes) throw new InputError('outcome', '"changed" needs a new limit or new terms');
  if (outcome !== 'changed' && changes) throw new InputError('outcome', 'a review that changes the limit or terms has the outcome "changed"');
  let nextReviewOn: string | null = null;
  if (input.nextReviewOn !== undefined) {
    const parsed = parseBusinessDate(input.nextReviewOn);
    if (!parsed.ok) throw new InputError('nextReviewOn', parsed.reason);
    if (parsed.value <= reviewedOn) throw new InputError('nextReviewOn', `must be after the review (${reviewedOn})`);
    nextReviewOn = parsed.value;
  }
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, input.customerRef);
    let limit = customer.credit_limit;
    if (input.limit !== undefined && input.limit !== null) {
      const parsed = parseAmount(input.limit, customer.currency);
      if (!parsed.ok) throw new InputError('limit', parsed.reason);
      if (parsed.value < 0n) throw new InputError('limit', 'cannot be negative (0 for cash only, null for no limit)');
      limit = parsed.value;
    } else if (input.limit === null) limit = null;
    const risk = (await assessCustomers(tx, tenant.id, reviewedOn, customer.id))[0]?.risk;
    const row = {
      customerId: customer.id, reviewedOn, outcome, note, grade: risk?.grade ?? null, score: risk?.score ?? null, recommendedLimit: risk?.advice.recommendedLimit ?? null,
      limitBefore: customer.credit_limit, limitAfter: limit, termsBefore: customer.payment_terms_days, termsAfter: termsDays ?? customer.payment_terms_days,
      nextReviewOn, createdBy: input.actor,
    };
    const id = await insertReview(tx, tenant.id, row);
    if (changes) {
      const show = (v: bigint | null) => (v === null ? null : formatAmount(v, customer.currency));
      await updateCustomer(tx, tenant.id, customer.id, { credit_limit: limit, payment_terms_days: row.termsAfter });
      await recordAudit(tx, tenant.id, { actor: input.actor, action: 'credit-limit', entity: 'customer', entityKey: customer.customer_ref, reason: `credit review ${id}: ${note}`,
        details: { before: show(customer.credit_limit), after: show(limit), currency: customer.currency, termsBefore: customer.payment_terms_days, termsAfter: row.termsAfter } });
    }
    await recordAudit(tx, tenant.id, { actor: input.actor, action: outcome, entity: 'credit review', entityKey: customer.customer_ref, reason: note,
      details: { review: String(id), reviewedOn, grade: row.grade, score: row.score, nextReviewOn } });
    const after = (await assessCustomers(tx, tenant.id, reviewedOn, customer.id))[0]?.risk.review.due ?? reviewedOn;
    const saved = (await listReviews(tx, tenant.id, customer.id, 1, id))[0];
    if (!saved) throw new Error(`credit review ${id} vanished`);
    return { ...reviewJson(saved, customer.customer_ref, customer.currency), reviewDue: after };
  });
}
