// The ADD baseline to beat (issue #8): each customer's average days late (settlement minus due date, early payments
// counting negative) on invoices settled on or before as-of; the tenant's average for a customer with none.
import { addDays, toDayNumber } from '../dates.js';
import { isTrainingInvoice } from './model.js';
import type { LedgerInvoice } from './types.js';

export interface AddBaseline { tenant: number; customers: Map<bigint, number> }

export function trainAddBaseline(invoices: readonly LedgerInvoice[], asOf: string): AddBaseline {
  const sums = new Map<bigint, { total: number; n: number }>();
  let total = 0;
  let n = 0;
  for (const invoice of invoices) {
    if (!isTrainingInvoice(invoice, asOf)) continue;
    const delay = toDayNumber(invoice.settledOn as string) - toDayNumber(invoice.dueDate);
    const entry = sums.get(invoice.customerId) ?? { total: 0, n: 0 };
    entry.total += delay;
    entry.n += 1;
    sums.set(invoice.customerId, entry);
    total += delay;
    n += 1;
  }
  return { tenant: n === 0 ? 0 : total / n, customers: new Map([...sums].map(([id, s]) => [id, s.total / s.n])) };
}

export function baselineDate(baseline: AddBaseline, invoice: LedgerInvoice): string {
  return addDays(invoice.dueDate, Math.round(baseline.customers.get(invoice.customerId) ?? baseline.tenant));
}
