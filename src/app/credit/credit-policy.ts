// The tenant's credit policy (issue #6): when an automatic hold applies. No row: hold over the limit, or past 90 days.
import type { CreditPolicy } from '../../domain/credit/index.js';
import type { Db } from '../../store/db.js';
import { findCreditPolicy, saveCreditPolicy } from '../../store/credit.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { tenantCreditPolicy } from './credit-status.js';

export async function getCreditPolicy(db: Db, tenant: TenantRow): Promise<CreditPolicy & { updatedBy: string | null }> {
  return inTenant(db, tenant.id, async (tx) => ({ ...(await tenantCreditPolicy(tx, tenant.id)), updatedBy: (await findCreditPolicy(tx, tenant.id))?.updatedBy ?? null }));
}

export async function setCreditPolicy(db: Db, tenant: TenantRow, input: CreditPolicy & { reason?: string | undefined; actor: string }): Promise<CreditPolicy & { updatedBy: string | null }> {
  for (const field of ['maxDaysPastDue', 'limitTolerancePercent'] as const) {
    const value = input[field];
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > 10_000)) throw new InputError(field, 'a whole number from 0 to 10000, or null to never hold on it');
  }
  return inTenant(db, tenant.id, async (tx) => {
    const before = await tenantCreditPolicy(tx, tenant.id);
    await saveCreditPolicy(tx, tenant.id, { maxDaysPastDue: input.maxDaysPastDue, limitTolerancePercent: input.limitTolerancePercent, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'credit policy', entityKey: tenant.slug, reason: input.reason,
      details: { before, after: { maxDaysPastDue: input.maxDaysPastDue, limitTolerancePercent: input.limitTolerancePercent } } });
    return { maxDaysPastDue: input.maxDaysPastDue, limitTolerancePercent: input.limitTolerancePercent, updatedBy: input.actor };
  });
}
