// Reading payment plans (issue #6): the list, and one plan with each instalment's state as of a date.
import { trackPlan } from '../../domain/payment-plans/track.js';
import type { Db } from '../../store/db.js';
import { listPlans, planInstalments, planPayments } from '../../store/payment-plans.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';
import { checkDate, checkId } from '../promises/commitment-input.js';
import { type PlanDetail, type PlanJson, instalmentsOf, planDetail, planJson } from './plan-json.js';

export type PlanQuery = { status?: string | undefined; customerRef?: string | undefined; limit: number; offset: number };

export async function listPlansPage(db: Db, tenant: TenantRow, query: PlanQuery): Promise<{ plans: PlanJson[]; limit: number; offset: number }> {
  return inTenant(db, tenant.id, async (tx) => {
    const rows = await listPlans(tx, tenant.id, query);
    const instalments = await planInstalments(tx, tenant.id, rows.map((r) => r.id));
    return { plans: rows.map((r) => planJson(r, instalments.filter((i) => i.plan_id === String(r.id)))), limit: query.limit, offset: query.offset };
  });
}

export async function getPlan(db: Db, tenant: TenantRow, idText: string, asOfText: string): Promise<PlanDetail> {
  const id = checkId(idText, 'payment plan');
  const asOf = checkDate(asOfText, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const [row] = await listPlans(tx, tenant.id, { ids: [id] });
    if (!row) throw new NotFoundError(`no payment plan ${idText}`);
    const rows = await planInstalments(tx, tenant.id, [id]);
    const payments = await planPayments(tx, tenant.id, [id], asOf);
    const progress = trackPlan({ instalments: instalmentsOf(rows), graceDays: row.grace_days, madeOn: row.made_on }, payments, asOf);
    return planDetail(planJson(row, rows), progress, asOf);
  });
}
