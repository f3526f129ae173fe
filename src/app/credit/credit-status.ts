// GET /api/customers/{ref}/credit (issue #6): may this customer buy on credit today, and why not. The store reads
// the facts as of the day; the pure decision is src/domain/credit.
import { type CreditDecision, type CreditPolicy, DEFAULT_CREDIT_POLICY, type HoldReason, decideCredit } from '../../domain/credit/index.js';
import { daysBetween } from '../../domain/dates.js';
import { formatAmount } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { activeManualHold, customerExposure, findCreditPolicy } from '../../store/credit.js';
import { type CustomerRow, findCustomer } from '../../store/customers.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';

export type CreditJson = {
  customerRef: string; currency: string; asOf: string; creditLimit: string | null; exposure: string; available: string | null;
  oldestDaysPastDue: number | null;
  hold: { active: boolean; automatic: boolean; reasons: HoldReason[]; manualSince: string | null; manualBy: string | null };
  newCreditAllowed: boolean; why: string[];
};

export async function tenantCreditPolicy(tx: Tx, tenantId: number): Promise<CreditPolicy> {
  const row = await findCreditPolicy(tx, tenantId);
  return row ? { maxDaysPastDue: row.maxDaysPastDue, limitTolerancePercent: row.limitTolerancePercent } : DEFAULT_CREDIT_POLICY;
}

export async function loadCustomer(tx: Tx, tenantId: number, ref: string): Promise<CustomerRow> {
  const customer = await findCustomer(tx, tenantId, ref);
  if (!customer) throw new NotFoundError(`no customer "${ref}"`);
  return customer;
}

/** The decision and its facts for one customer, inside the caller's transaction. */
export async function creditOf(tx: Tx, tenantId: number, customer: CustomerRow, asOf: string): Promise<CreditJson & { decision: CreditDecision }> {
  const policy = await tenantCreditPolicy(tx, tenantId);
  const { exposure, oldestDue } = await customerExposure(tx, tenantId, customer.id, asOf);
  const manual = await activeManualHold(tx, tenantId, customer.id);
  const oldestDaysPastDue = oldestDue === null ? null : daysBetween(oldestDue, asOf);
  const decision = decideCredit({ currency: customer.currency, limit: customer.credit_limit, exposure, oldestDaysPastDue, manualHold: manual ? { reason: manual.reason } : null }, policy);
  const money = (minor: bigint | null) => (minor === null ? null : formatAmount(minor, customer.currency));
  return {
    customerRef: customer.customer_ref, currency: customer.currency, asOf, creditLimit: money(customer.credit_limit), exposure: formatAmount(exposure, customer.currency),
    available: money(decision.available), oldestDaysPastDue,
    hold: { ...decision.hold, manualSince: manual ? manual.createdAt.toISOString() : null, manualBy: manual ? manual.createdBy : null },
    newCreditAllowed: decision.newCreditAllowed, why: decision.why, decision,
  };
}

export function creditJson({ decision: _decision, ...json }: CreditJson & { decision: CreditDecision }): CreditJson {
  return json;
}

export async function customerCredit(db: Db, tenant: TenantRow, input: { customerRef: string; asOf: string }): Promise<CreditJson> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => creditJson(await creditOf(tx, tenant.id, await loadCustomer(tx, tenant.id, input.customerRef), asOf)));
}
