// Statutory interest and fixed compensation on a customer's overdue open invoices, under the pack for the
// customer's country and debtor type (issue #3: "the dunning engine (and later the customer statement) uses the
// packs"). Invoices already settled are left out: the claim is on what is still owed.
import { jurisdictionFor } from '../../domain/law/jurisdiction-for.js';
import { computeInterest } from '../../domain/law/interest.js';
import { BUILT_IN_FEES } from '../../domain/law/fee-data.js';
import { BUILT_IN_RATES } from '../../domain/law/rate-data.js';
import { mergeFees } from '../../domain/law/fee-table.js';
import { mergeRates } from '../../domain/law/rate-table.js';
import { LawError, type SupplierSize } from '../../domain/law/types.js';
import { formatAmount, sum } from '../../domain/money.js';
import { paymentSchedule } from '../../domain/settlement-schedule.js';
import type { Db, Tx } from '../../store/db.js';
import { findCustomer } from '../../store/customers.js';
import { overdueInvoices } from '../../store/customer-ledger.js';
import { listFeeOverrides, listRateOverrides } from '../../store/law-overrides.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';

export async function customerLateCharges(db: Db, tenant: TenantRow, input: { customerRef: string; asOf: string }) {
  const asOf = checkAsOf(input.asOf);
  const { interestMinor: _interest, compensationMinor: _compensation, ...json } = await inTenant(db, tenant.id, (tx) => lateChargesIn(tx, tenant, input.customerRef, asOf));
  return json;
}

/** The same inside a caller's transaction (the dunning run); `only` limits it to some invoice numbers. */
export async function lateChargesIn(tx: Tx, tenant: TenantRow, customerRef: string, asOf: string, only?: ReadonlySet<string>) {
  {
    const customer = await findCustomer(tx, tenant.id, customerRef);
    if (!customer) throw new NotFoundError(`no customer "${customerRef}"`);
    const jurisdiction = jurisdictionFor(customer.country ?? tenant.country);
    const head = { customerRef: customer.customer_ref, asOf, currency: customer.currency, debtor: customer.debtor_type, jurisdiction: jurisdiction ?? null };
    if (!jurisdiction) {
      return { ...head, invoices: [], interest: formatAmount(0n, customer.currency), fixedCompensation: formatAmount(0n, customer.currency), total: formatAmount(0n, customer.currency), verified: true, sources: [], notes: [`no statutory late-payment interest pack for country ${customer.country ?? tenant.country}`], interestMinor: 0n, compensationMinor: 0n };
    }
    const rates = mergeRates(BUILT_IN_RATES, await listRateOverrides(tx, tenant.id));
    const fees = mergeFees(BUILT_IN_FEES, await listFeeOverrides(tx, tenant.id));
    const rows = [];
    for (const invoice of await overdueInvoices(tx, tenant.id, customer.id, asOf)) {
      if (only && !only.has(invoice.number)) continue;
      const payments = paymentSchedule(invoice.settlements, invoice.amount);
      const open = invoice.amount - sum(payments.map((p) => p.amount));
      if (open <= 0n) continue;
      try {
        const result = computeInterest({
          jurisdiction, principal: invoice.amount, currency: invoice.currency, due: invoice.due_date, until: asOf,
          debtor: customer.debtor_type, payments, ...(tenant.supplier_size ? { supplierSize: tenant.supplier_size as SupplierSize } : {}),
        }, rates, fees);
        rows.push({ number: invoice.number, dueDate: invoice.due_date, open, result });
      } catch (error) {
        if (error instanceof LawError) throw new InputError(error.field, `invoice ${invoice.number}: ${error.reason}`);
        throw error;
      }
    }
    const money = (v: bigint) => formatAmount(v, customer.currency);
    const interest = sum(rows.map((r) => r.result.interest));
    const compensation = sum(rows.map((r) => r.result.fixedCompensation));
    return {
      ...head,
      invoices: rows.map((r) => ({ number: r.number, dueDate: r.dueDate, open: money(r.open), interest: money(r.result.interest), fixedCompensation: money(r.result.fixedCompensation), verified: r.result.verified })),
      interest: money(interest), fixedCompensation: money(compensation), total: money(interest + compensation),
      verified: rows.every((r) => r.result.verified),
      sources: [...new Set(rows.flatMap((r) => r.result.sources))], notes: [...new Set(rows.flatMap((r) => r.result.notes))],
      interestMinor: interest, compensationMinor: compensation,
    };
  }
}
