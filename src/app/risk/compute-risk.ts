// Risk for every customer of a tenant as of a day (issue #8: `arrears risk`, GET /api/risk), saved to
// customer_risk when asked — by the nightly job and `arrears risk --save` — so the worklist can weight by grade.
// Advice only: nothing here writes a credit limit (src/domain/risk/README.md).
import type { Db } from '../../store/db.js';
import { saveCustomerRisk } from '../../store/customer-risk.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf } from '../get-aging.js';
import { loadCustomer } from '../credit/credit-status.js';
import { assessCustomers } from './risk-of.js';
import { type CustomerRiskJson, riskJson } from './risk-json.js';

export type TenantRiskJson = { asOf: string; customers: CustomerRiskJson[]; saved?: number };

export async function tenantRisk(db: Db, tenant: TenantRow, input: { asOf: string; customerRef?: string | undefined; save?: boolean }): Promise<TenantRiskJson> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const customerId = input.customerRef === undefined ? undefined : (await loadCustomer(tx, tenant.id, input.customerRef)).id;
    const assessed = await assessCustomers(tx, tenant.id, asOf, customerId);
    const customers = assessed.map((a) => riskJson(a, asOf));
    if (!input.save) return { asOf, customers };
    const saved = await saveCustomerRisk(tx, tenant.id, assessed.map(({ customer, risk }, i) => ({
      customerId: customer.id, grade: risk.grade, score: risk.score, parts: customers[i]?.parts ?? {}, recommendedLimit: risk.advice.recommendedLimit, reviewDue: risk.review.due, asOf,
    })));
    return { asOf, customers, saved };
  });
}

export async function customerRisk(db: Db, tenant: TenantRow, input: { customerRef: string; asOf: string }): Promise<CustomerRiskJson> {
  const result = await tenantRisk(db, tenant, { asOf: input.asOf, customerRef: input.customerRef });
  const found = result.customers[0];
  if (!found) throw new Error(`no risk computed for ${input.customerRef}`);
  return found;
}
