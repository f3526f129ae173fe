// The nightly refresh of customer_risk (issue #8), called once per tenant by the daily job before its dunning run,
// so the worklist weights by today's grade. Risk is advice: if it fails, the reminders still go out, so the error
// is reported on stderr and the run goes on with yesterday's grades.
import type { Db } from '../../store/db.js';
import type { TenantRow } from '../../store/tenants.js';
import { tenantRisk } from './compute-risk.js';

export async function refreshTenantRisk(db: Db, tenant: TenantRow, asOf: string): Promise<{ saved: number } | { error: string }> {
  try {
    return { saved: (await tenantRisk(db, tenant, { asOf, save: true })).saved ?? 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`scheduler: risk for ${tenant.slug} as of ${asOf} not refreshed: ${message}\n`);
    return { error: message };
  }
}
