// Risk for every customer of a tenant (or one) as of a day, inside the caller's transaction (issue #8): the
// invoice history from src/store/payment-history.ts, promises, disputes, unapplied cash, limits and the last review,
// each read once for the whole tenant, then the pure model in src/domain/risk for each customer.
import { type RiskAssessment, assessRisk } from '../../domain/risk/index.js';
import type { Tx } from '../../store/db.js';
import { type InvoiceHistory, loadInvoiceHistory } from '../../store/payment-history.js';
import { type RiskCustomerRow, reviewHistories, riskCustomers, riskDisputes, riskPromises, unappliedByCustomer } from '../../store/risk-inputs.js';
import { tenantCreditPolicy } from '../credit/credit-status.js';

export type CustomerAssessment = { customer: RiskCustomerRow; risk: RiskAssessment };

function groupBy<T extends { customerId: bigint }>(rows: readonly T[]): Map<bigint, T[]> {
  const groups = new Map<bigint, T[]>();
  for (const row of rows) {
    const list = groups.get(row.customerId);
    if (list) list.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

export async function assessCustomers(tx: Tx, tenantId: number, asOf: string, customerId?: bigint): Promise<CustomerAssessment[]> {
  const customers = await riskCustomers(tx, tenantId, customerId);
  if (customers.length === 0) return [];
  const [history, promises, disputes, unapplied, reviews, policy] = [
    groupBy<InvoiceHistory>(await loadInvoiceHistory(tx, tenantId, asOf, customerId)),
    groupBy(await riskPromises(tx, tenantId, asOf, customerId)),
    groupBy(await riskDisputes(tx, tenantId, asOf, customerId)),
    await unappliedByCustomer(tx, tenantId, asOf, customerId),
    await reviewHistories(tx, tenantId, asOf, customerId),
    await tenantCreditPolicy(tx, tenantId),
  ];
  return customers.map((customer) => ({
    customer,
    risk: assessRisk({
      asOf,
      customer: { currency: customer.currency, creditLimit: customer.creditLimit, termsDays: customer.termsDays },
      invoices: history.get(customer.id) ?? [],
      promises: promises.get(customer.id) ?? [],
      disputes: disputes.get(customer.id) ?? [],
      unapplied: unapplied.get(customer.id)?.get(customer.currency) ?? 0n,
      review: { lastReviewedOn: reviews.get(customer.id)?.lastReviewedOn ?? null, nextReviewOn: reviews.get(customer.id)?.nextReviewOn ?? null },
      limitTolerancePercent: policy.limitTolerancePercent,
    }),
  }));
}
