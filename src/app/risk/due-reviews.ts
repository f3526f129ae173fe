// Credit reviews due (issue #8: "a review schedule (high risk reviewed more often; a review is due at once after a
// broken promise, a 60-day item or a limit breach)"): every customer whose review falls on or before `due`, from
// the risk as of `asOf`, earliest first. And one customer's reviews done.
import type { Grade } from '../../domain/risk/index.js';
import type { Db } from '../../store/db.js';
import { listReviews } from '../../store/credit-decisions.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf } from '../get-aging.js';
import { loadCustomer } from '../credit/credit-status.js';
import { tenantRisk } from './compute-risk.js';
import { type ReviewJson, reviewJson } from './review-json.js';

export type DueReview = {
  customerRef: string; name: string; grade: Grade; score: number; reviewDue: string; reasons: string[];
  currentLimit: string | null; recommendedLimit: string | null; currency: string;
};

export async function dueReviews(db: Db, tenant: TenantRow, input: { due: string; asOf: string }): Promise<{ asOf: string; due: string; reviews: DueReview[] }> {
  const due = checkAsOf(input.due, 'due');
  const { asOf, customers } = await tenantRisk(db, tenant, { asOf: input.asOf });
  const reviews = customers.filter((c) => c.reviewDue <= due)
    .sort((a, b) => a.reviewDue.localeCompare(b.reviewDue) || b.grade.localeCompare(a.grade) || a.customerRef.localeCompare(b.customerRef))
    .map((c) => ({ customerRef: c.customerRef, name: c.name, grade: c.grade, score: c.score, reviewDue: c.reviewDue, reasons: c.reviewReasons,
      currentLimit: c.currentLimit, recommendedLimit: c.recommendedLimit, currency: c.currency }));
  return { asOf, due, reviews };
}

export async function customerReviews(db: Db, tenant: TenantRow, customerRef: string): Promise<{ customerRef: string; reviews: ReviewJson[] }> {
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, customerRef);
    const rows = await listReviews(tx, tenant.id, customer.id, 500);
    return { customerRef: customer.customer_ref, reviews: rows.map((r) => reviewJson(r, customer.customer_ref, customer.currency)) };
  });
}
