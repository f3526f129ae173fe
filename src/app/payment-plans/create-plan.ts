// Agreeing a payment plan (issue #6): instalments (count, frequency, first date) with an optional down payment,
// fees and interest; the amounts add up exactly (src/domain/payment-plans/schedule.ts). While it is active its
// invoices are not dunned (src/store/dunning-inputs.ts).
import { type Frequency, buildSchedule } from '../../domain/payment-plans/schedule.js';
import { trackPlan } from '../../domain/payment-plans/track.js';
import { formatAmount, sum } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { insertPlan, listPlans, planInstalments } from '../../store/payment-plans.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAmount, checkDate, customerOr404, openInvoicesOf } from '../promises/commitment-input.js';
import { MAX_GRACE_DAYS } from '../promises/create-promise.js';
import { type PlanDetail, instalmentsOf, planDetail, planJson } from './plan-json.js';

export type NewPlanInput = {
  customerRef: string; invoiceNumbers: readonly string[]; instalments: number; frequency: Frequency; firstDate: string;
  downPayment?: string | undefined; downPaymentDate?: string | undefined; fees?: string | undefined; interest?: string | undefined;
  graceDays?: number | undefined; note?: string | undefined; asOf: string; actor: string;
};

export const DEFAULT_PLAN_GRACE_DAYS = 5;

export async function createPlan(db: Db, tenant: TenantRow, input: NewPlanInput): Promise<PlanDetail> {
  const asOf = checkDate(input.asOf, 'asOf');
  const firstDate = checkDate(input.firstDate, 'firstDate');
  if (firstDate < asOf) throw new InputError('firstDate', `${firstDate} is before today (${asOf})`);
  if (input.invoiceNumbers.length === 0) throw new InputError('invoiceNumbers', 'name at least one invoice');
  if (input.downPaymentDate !== undefined && input.downPayment === undefined) throw new InputError('downPaymentDate', 'is only for a down payment: give downPayment too');
  const downPaymentDate = input.downPaymentDate === undefined ? asOf : checkDate(input.downPaymentDate, 'downPaymentDate');
  if (downPaymentDate < asOf) throw new InputError('downPaymentDate', `${downPaymentDate} is before today (${asOf})`);
  const graceDays = input.graceDays ?? DEFAULT_PLAN_GRACE_DAYS;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > MAX_GRACE_DAYS) throw new InputError('graceDays', `must be a whole number of days from 0 to ${MAX_GRACE_DAYS}`);
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await customerOr404(tx, tenant.id, input.customerRef);
    const invoices = await openInvoicesOf(tx, tenant.id, customer, input.invoiceNumbers, asOf, 'invoiceNumbers');
    const currency = invoices[0]?.currency.trim() ?? customer.currency.trim();
    const fees = input.fees === undefined ? 0n : checkAmount(input.fees, currency, 'fees', true);
    const interest = input.interest === undefined ? 0n : checkAmount(input.interest, currency, 'interest', true);
    const downPayment = input.downPayment === undefined ? undefined : { amount: checkAmount(input.downPayment, currency, 'downPayment'), date: downPaymentDate };
    const principal = sum(invoices.map((i) => i.open));
    const schedule = buildSchedule({ total: principal + fees + interest, count: input.instalments, frequency: input.frequency, firstDate, downPayment });
    if (!schedule.ok) throw new InputError(schedule.field, schedule.reason);
    const note = input.note?.trim() || null;
    const id = await insertPlan(tx, tenant.id, {
      customerId: customer.id, currency, fees, interest, graceDays, frequency: input.frequency, madeOn: asOf, note, createdBy: input.actor,
      invoiceIds: invoices.map((i) => i.id), instalments: schedule.instalments,
    });
    const money = (v: bigint) => formatAmount(v, currency);
    await recordAudit(tx, tenant.id, {
      actor: input.actor, action: 'payment-plan-create', entity: 'payment-plan', entityKey: String(id), reason: note ?? undefined,
      details: {
        customerRef: customer.customer_ref, currency, invoices: invoices.map((i) => i.number), principal: money(principal), fees: money(fees), interest: money(interest),
        frequency: input.frequency, instalments: schedule.instalments.map((i) => ({ seq: i.seq, dueDate: i.dueDate, amount: money(i.amount) })), madeOn: asOf,
      },
    });
    const [row] = await listPlans(tx, tenant.id, { ids: [id] });
    if (!row) throw new Error(`payment plan ${id} vanished`);
    const rows = await planInstalments(tx, tenant.id, [id]);
    const progress = trackPlan({ instalments: instalmentsOf(rows), graceDays, madeOn: asOf }, [], asOf);
    return planDetail(planJson(row, rows), progress, asOf);
  });
}
