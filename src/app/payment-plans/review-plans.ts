// The daily review of payment plans (issue #6): "a missed one, after grace, breaks the plan and dunning resumes
// for the whole remaining balance"; every instalment paid in time completes it. Run before the day's dunning.
import { trackPlan } from '../../domain/payment-plans/track.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { decidePlanRow, listPlans, planInstalments, planPayments } from '../../store/payment-plans.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkDate } from '../promises/commitment-input.js';
import { REVIEW_ACTOR } from '../promises/review-promises.js';
import { instalmentsOf } from './plan-json.js';

export type PlanReview = {
  asOf: string; reviewed: number; active: number;
  completed: { id: string; customerRef: string; decidedOn: string }[];
  broken: { id: string; customerRef: string; decidedOn: string; missedSeq: number }[];
};

/** Idempotent: only active plans are looked at, and a decided one stays decided. */
export async function reviewPlans(db: Db, tenant: TenantRow, asOfText: string, actor = REVIEW_ACTOR): Promise<PlanReview> {
  const asOf = checkDate(asOfText, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const rows = await listPlans(tx, tenant.id, { status: 'active', madeOnOrBefore: asOf });
    const ids = rows.map((r) => r.id);
    const instalments = await planInstalments(tx, tenant.id, ids);
    const payments = await planPayments(tx, tenant.id, ids, asOf);
    const review: PlanReview = { asOf, reviewed: rows.length, active: 0, completed: [], broken: [] };
    for (const row of rows) {
      const key = String(row.id);
      const terms = { instalments: instalmentsOf(instalments.filter((i) => i.plan_id === key)), graceDays: row.grace_days, madeOn: row.made_on };
      const progress = trackPlan(terms, payments.filter((p) => p.plan_id === key), asOf);
      const outcome = progress.outcome;
      if (outcome.status === 'active') { review.active += 1; continue; }
      if (!(await decidePlanRow(tx, tenant.id, row.id, { status: outcome.status, decidedOn: outcome.decidedOn, decidedBy: actor }))) continue;
      const details = { customerRef: row.customer_ref, decidedOn: outcome.decidedOn, asOf, ...(outcome.status === 'broken' ? { missedSeq: outcome.seq } : {}) };
      await recordAudit(tx, tenant.id, { actor, action: `payment-plan-${outcome.status}`, entity: 'payment-plan', entityKey: key, details });
      if (outcome.status === 'completed') review.completed.push({ id: key, customerRef: row.customer_ref, decidedOn: outcome.decidedOn });
      else review.broken.push({ id: key, customerRef: row.customer_ref, decidedOn: outcome.decidedOn, missedSeq: outcome.seq });
    }
    return review;
  });
}
