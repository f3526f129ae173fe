// Cancelling an active payment plan (issue #6), with a reason: dunning resumes for what is still open on its
// invoices, as after a broken plan.
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { decidePlanRow, listPlans } from '../../store/payment-plans.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkDate, checkId } from '../promises/commitment-input.js';
import { getPlan } from './get-plans.js';
import type { PlanDetail } from './plan-json.js';

export async function cancelPlan(db: Db, tenant: TenantRow, input: { id: string; reason: string; asOf: string; actor: string }): Promise<PlanDetail> {
  const id = checkId(input.id, 'payment plan');
  const asOf = checkDate(input.asOf, 'asOf');
  const reason = input.reason.trim();
  if (reason === '') throw new InputError('reason', 'is required: say why the plan is cancelled');
  await inTenant(db, tenant.id, async (tx) => {
    const [row] = await listPlans(tx, tenant.id, { ids: [id] });
    if (!row) throw new NotFoundError(`no payment plan ${input.id}`);
    if (row.status !== 'active') throw new InputError('id', `payment plan ${input.id} is ${row.status}; only an active plan can be cancelled`);
    await decidePlanRow(tx, tenant.id, id, { status: 'cancelled', decidedOn: asOf, decidedBy: input.actor, cancelReason: reason });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'payment-plan-cancel', entity: 'payment-plan', entityKey: String(id), reason, details: { customerRef: row.customer_ref, cancelledOn: asOf } });
  });
  return getPlan(db, tenant, input.id, asOf);
}
