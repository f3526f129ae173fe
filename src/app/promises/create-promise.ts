// Recording a promise-to-pay (issue #6): amount, date and the invoices concerned. It pauses dunning for those
// invoices (all of the customer's when none are listed) until the date plus grace (src/store/dunning-inputs.ts).
import { isCurrency, formatAmount, sum } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { insertPromise, listPromises } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAmount, checkDate, customerOr404, openInvoicesOf } from './commitment-input.js';
import { type PromiseJson, promiseJson } from './promise-json.js';

export type NewPromiseInput = {
  customerRef: string; amount: string; currency?: string | undefined; promisedDate: string; invoiceNumbers?: readonly string[] | undefined;
  graceDays?: number | undefined; collector?: string | undefined; note?: string | undefined; asOf: string; actor: string;
};

export const DEFAULT_PROMISE_GRACE_DAYS = 3;
export const MAX_GRACE_DAYS = 60;

export async function createPromise(db: Db, tenant: TenantRow, input: NewPromiseInput): Promise<PromiseJson> {
  return inTenant(db, tenant.id, (tx) => createPromiseIn(tx, tenant, input));
}

/** The same inside a caller's transaction: a call logged with outcome "promise" records it with the call. */
export async function createPromiseIn(tx: Tx, tenant: TenantRow, input: NewPromiseInput): Promise<PromiseJson> {
  const asOf = checkDate(input.asOf, 'asOf');
  const promisedDate = checkDate(input.promisedDate, 'promisedDate');
  if (promisedDate < asOf) throw new InputError('promisedDate', `${promisedDate} is before today (${asOf})`);
  const graceDays = input.graceDays ?? DEFAULT_PROMISE_GRACE_DAYS;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > MAX_GRACE_DAYS) throw new InputError('graceDays', `must be a whole number of days from 0 to ${MAX_GRACE_DAYS}`);
  {
    const customer = await customerOr404(tx, tenant.id, input.customerRef);
    const invoices = await openInvoicesOf(tx, tenant.id, customer, input.invoiceNumbers ?? [], asOf, 'invoiceNumbers');
    const currency = input.currency ?? invoices[0]?.currency.trim() ?? customer.currency.trim();
    if (!isCurrency(currency)) throw new InputError('currency', `"${currency}" is not an ISO 4217 currency code`);
    if (invoices.some((i) => i.currency.trim() !== currency)) throw new InputError('currency', `the invoices are in ${invoices[0]?.currency.trim() ?? ''}, not ${currency}`);
    const amount = checkAmount(input.amount, currency, 'amount');
    const open = sum(invoices.map((i) => i.open));
    if (invoices.length > 0 && amount > open) throw new InputError('amount', `only ${formatAmount(open, currency)} ${currency} is open on the invoices listed`);
    const collector = input.collector?.trim() || input.actor;
    const note = input.note?.trim() || null;
    const id = await insertPromise(tx, tenant.id, {
      customerId: customer.id, currency, amount, promisedDate, graceDays, invoiceIds: invoices.map((i) => i.id), collector, createdBy: input.actor, madeOn: asOf, note,
    });
    await recordAudit(tx, tenant.id, {
      actor: input.actor, action: 'promise-create', entity: 'promise', entityKey: String(id), reason: note ?? undefined,
      details: { customerRef: customer.customer_ref, amount: formatAmount(amount, currency), currency, promisedDate, graceDays, invoices: invoices.map((i) => i.number), collector, madeOn: asOf },
    });
    const [row] = await listPromises(tx, tenant.id, { ids: [id] });
    if (!row) throw new Error(`promise ${id} vanished`);
    return promiseJson(row);
  }
}
