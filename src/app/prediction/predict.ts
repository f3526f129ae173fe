// arrears predict / GET /api/predictions (issue #8): every open invoice's predicted payment date with an 80 %
// interval and the features that drove it, learned only from what the ledger knew on as-of, plus the time-split
// backtest against the ADD baseline.
import { formatAmount } from '../../domain/money.js';
import { predictOpenInvoices, type InvoicePrediction, type PredictionFeatures } from '../../domain/prediction/index.js';
import type { Db } from '../../store/db.js';
import { findCustomer } from '../../store/customers.js';
import type { CustomerDirectoryEntry } from '../../store/prediction-customers.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';
import { type BacktestJson, backtestOf } from './backtest.js';
import { checkAsOf, checkCut, loadPredictionInputs } from './inputs.js';

export type PredictionJson = {
  number: string; customerRef: string; currency: string; open: string; dueDate: string; predictedDate: string; low: string; high: string;
  explanation: string; features: PredictionFeatures;
};

export function predictionJson(p: InvoicePrediction, customers: Map<bigint, CustomerDirectoryEntry>): PredictionJson {
  return {
    number: p.number, customerRef: customers.get(p.customerId)?.customerRef ?? '', currency: p.currency, open: formatAmount(p.open, p.currency),
    dueDate: p.dueDate, predictedDate: p.predictedDate, low: p.low, high: p.high, explanation: p.explanation, features: p.features,
  };
}

export async function predictPayments(
  db: Db, tenant: TenantRow, input: { asOf: string; cut?: string | undefined; backtest?: boolean },
): Promise<{ asOf: string; invoices: PredictionJson[]; backtest?: BacktestJson }> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  const cut = checkCut(input.cut, asOf);
  return inTenant(db, tenant.id, async (tx) => {
    const { history, customers } = await loadPredictionInputs(tx, tenant.id, asOf);
    const invoices = predictOpenInvoices(history, asOf).map((p) => predictionJson(p, customers));
    if (input.backtest === false) return { asOf, invoices };
    return { asOf, invoices, backtest: await backtestOf(tx, tenant.id, history, cut) };
  });
}

/** One customer's open invoices, predicted with the tenant-wide model (its shrinkage needs everyone's history). */
export async function predictCustomerPayments(db: Db, tenant: TenantRow, input: { customerRef: string; asOf: string }): Promise<{ asOf: string; customerRef: string; invoices: PredictionJson[] }> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, input.customerRef);
    if (!customer) throw new NotFoundError(`no customer "${input.customerRef}"`);
    const { history, customers } = await loadPredictionInputs(tx, tenant.id, asOf);
    const invoices = predictOpenInvoices(history, asOf).filter((p) => p.customerId === customer.id).map((p) => predictionJson(p, customers));
    return { asOf, customerRef: customer.customer_ref, invoices };
  });
}
