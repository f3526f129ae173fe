// The daily review of promises-to-pay (issue #6): kept when payments of at least the amount arrived by the date
// plus grace, broken otherwise. A broken promise puts a call on the collectors' worklist and lets dunning resume
// at the next level (it skips only active promises: src/store/dunning-inputs.ts). Run before the day's dunning.
import { nextCallSlot } from '../../domain/call-schedule.js';
import { callHoursOf } from '../calls/call-settings.js';
import { isTimeZone } from '../../domain/dates.js';
import { startOfLocalDay } from '../../domain/law/notices/local-time.js';
import { formatAmount } from '../../domain/money.js';
import { decidePromise } from '../../domain/promises/decide-promise.js';
import type { Db, Tx } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { goodPhones, insertCallTasks } from '../../store/call-tasks.js';
import { findCustomer } from '../../store/customers.js';
import { type PromiseRow, decidePromiseRow, listPromises, promisePayments } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkDate } from './commitment-input.js';

export type PromiseReview = {
  asOf: string; reviewed: number; active: number;
  kept: { id: string; customerRef: string; decidedOn: string; received: string }[];
  broken: { id: string; customerRef: string; decidedOn: string; received: string; callDueAt: string }[];
};

export const REVIEW_ACTOR = 'system:review';

/** Idempotent: only active promises are looked at, and a decided one stays decided. */
export async function reviewPromises(db: Db, tenant: TenantRow, asOfText: string, actor = REVIEW_ACTOR): Promise<PromiseReview> {
  const asOf = checkDate(asOfText, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const rows = await listPromises(tx, tenant.id, { status: 'active', madeOnOrBefore: asOf });
    const payments = await promisePayments(tx, tenant.id, rows.map((r) => r.id), asOf);
    const review: PromiseReview = { asOf, reviewed: rows.length, active: 0, kept: [], broken: [] };
    for (const row of rows) {
      const mine = payments.filter((p) => p.promise_id === String(row.id));
      const outcome = decidePromise({ amount: row.amount, madeOn: row.made_on, promisedDate: row.promised_date, graceDays: row.grace_days }, mine, asOf);
      if (outcome.status === 'active') { review.active += 1; continue; }
      if (!(await decidePromiseRow(tx, tenant.id, row.id, { status: outcome.status, decidedOn: outcome.decidedOn, decidedBy: actor, received: outcome.received }))) continue;
      const currency = row.currency.trim();
      const received = formatAmount(outcome.received, currency);
      await recordAudit(tx, tenant.id, { actor, action: `promise-${outcome.status}`, entity: 'promise', entityKey: String(row.id), details: { customerRef: row.customer_ref, decidedOn: outcome.decidedOn, received, asOf } });
      const base = { id: String(row.id), customerRef: row.customer_ref, decidedOn: outcome.decidedOn, received };
      if (outcome.status === 'kept') review.kept.push(base);
      else review.broken.push({ ...base, callDueAt: (await callForBrokenPromise(tx, tenant, row, received, asOf)).toISOString() });
    }
    return review;
  });
}

/** A call task at the customer's next business-hours slot from the start of asOf, to the first phone we have. */
async function callForBrokenPromise(tx: Tx, tenant: TenantRow, row: PromiseRow, received: string, asOf: string): Promise<Date> {
  const customer = await findCustomer(tx, tenant.id, row.customer_ref);
  // The same choice as every other call task: a number marked wrong is never dialled again (issue #6 call logging).
  const [phone] = await goodPhones(tx, tenant.id, row.customer_id);
  const zone = [customer?.time_zone, tenant.time_zone].find((z): z is string => !!z && isTimeZone(z)) ?? 'UTC';
  // issue #6: inside the tenant's peak calling window when one is left that day (docs/decisions/0011).
  const dueAt = new Date(nextCallSlot(startOfLocalDay(asOf, zone), zone, await callHoursOf(tx, tenant.id)));
  const currency = row.currency.trim();
  const invoices = row.invoice_numbers.length > 0 ? `invoice(s) ${row.invoice_numbers.join(', ')}` : 'the account';
  await insertCallTasks(tx, tenant.id, [{
    customerId: row.customer_id, source: 'broken-promise', actionId: null, promiseId: row.id, phone: phone?.phone ?? null,
    contactName: phone?.contactName ?? null, timeZone: zone, dueAt,
    reason: `promise ${row.id} broken: ${formatAmount(row.amount, currency)} ${currency} for ${invoices} by ${row.promised_date} (+${row.grace_days} days grace); ${received} ${currency} received`,
  }]);
  return dueAt;
}
