// Opening a dispute (issue #6): on one or more invoices of one customer, each for all or part of what is open and
// not yet disputed, with a reason, routed to a department with a due date (src/domain/disputes/README.md).
import { type DisputeReason, routeDispute } from '../../domain/disputes/index.js';
import { formatAmount, parsePositiveAmount } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { findCustomer } from '../../store/customers.js';
import { findDispute, insertDispute, openlyDisputed } from '../../store/disputes.js';
import { findInvoicesByNumbers } from '../../store/invoices.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type DisputeJson, disputeJson } from './dispute-json.js';

export type OpenDisputeInput = {
  customerRef: string; invoices: { invoiceNumber: string; amount?: string | undefined }[]; reason: DisputeReason;
  department?: string | undefined; product?: string | undefined; dueDate?: string | undefined; note?: string | undefined;
  openedOn: string; actor: string;
};

export async function openDispute(db: Db, tenant: TenantRow, input: OpenDisputeInput): Promise<DisputeJson> {
  return inTenant(db, tenant.id, (tx) => openDisputeIn(tx, tenant, input));
}

/** The same inside a caller's transaction: a call logged with outcome "dispute" opens it with the call. */
export async function openDisputeIn(tx: Tx, tenant: TenantRow, input: OpenDisputeInput): Promise<DisputeJson> {
  const openedOn = checkAsOf(input.openedOn, 'openedOn');
  const dueDate = input.dueDate === undefined ? undefined : checkAsOf(input.dueDate, 'dueDate');
  if (dueDate !== undefined && dueDate < openedOn) throw new InputError('dueDate', `${dueDate} is before the day the dispute was opened (${openedOn})`);
  if (input.invoices.length === 0) throw new InputError('invoices', 'name at least one invoice');
  const numbers = input.invoices.map((i) => i.invoiceNumber);
  const twice = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (twice >= 0) throw new InputError(`invoices.${twice}.invoiceNumber`, `invoice ${numbers[twice] ?? ''} is listed twice`);
  {
    const customer = await findCustomer(tx, tenant.id, input.customerRef);
    if (!customer) throw new NotFoundError(`no customer "${input.customerRef}"`);
    const found = await findInvoicesByNumbers(tx, tenant.id, numbers);
    const disputed = await openlyDisputed(tx, tenant.id, [...found.values()].map((i) => i.id));
    const lines = input.invoices.map((line, k) => {
      const invoice = found.get(line.invoiceNumber);
      if (!invoice) throw new NotFoundError(`no invoice "${line.invoiceNumber}"`);
      const field = `invoices.${k}`;
      if (invoice.customer_id !== customer.id) throw new InputError(`${field}.invoiceNumber`, `invoice ${invoice.number} belongs to another customer, not ${customer.customer_ref}`);
      if (invoice.issue_date > openedOn) throw new InputError('openedOn', `${openedOn} is before invoice ${invoice.number} was issued (${invoice.issue_date})`);
      const money = (minor: bigint) => formatAmount(minor, invoice.currency);
      const already = disputed.get(invoice.id) ?? 0n;
      const free = invoice.open - already;
      if (free <= 0n) {
        throw new InputError(`${field}.invoiceNumber`, already > 0n ? `invoice ${invoice.number} is already disputed for all that is open (${money(invoice.open)})` : `invoice ${invoice.number} has nothing open to dispute`);
      }
      if (line.amount === undefined) return { invoiceId: invoice.id, amount: free };
      const amount = parsePositiveAmount(line.amount, invoice.currency);
      if (!amount.ok) throw new InputError(`${field}.amount`, amount.reason);
      if (amount.value > free) {
        throw new InputError(`${field}.amount`, `only ${money(free)} of invoice ${invoice.number} is open${already > 0n ? ` and not already disputed (${money(already)} is)` : ''}`);
      }
      return { invoiceId: invoice.id, amount: amount.value };
    });
    const route = routeDispute(input.reason, openedOn, { department: input.department, dueDate });
    const id = await insertDispute(tx, tenant.id, {
      customerId: customer.id, reason: input.reason, department: route.department, product: input.product ?? null, dueDate: route.dueDate,
      note: input.note ?? null, openedOn, invoices: lines, createdBy: input.actor,
    });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'open', entity: 'dispute', entityKey: String(id), reason: input.note,
      details: { customerRef: customer.customer_ref, reason: input.reason, department: route.department, dueDate: route.dueDate, invoices: input.invoices } });
    const row = await findDispute(tx, tenant.id, id);
    if (!row) throw new Error(`dispute ${id} vanished`);
    return disputeJson(row);
  }
}
