// Input checks shared by promises and payment plans (issue #6: "every route validates its input, 400 with field
// and reason"; another tenant's ids answer 404).
import { parseAmount, parsePositiveAmount } from '../../domain/money.js';
import { parseBusinessDate } from '../../domain/dates.js';
import type { Tx } from '../../store/db.js';
import { type CustomerRow, findCustomer } from '../../store/customers.js';
import { type InvoiceRow, findInvoicesByNumbers } from '../../store/invoices.js';
import { invoiceCommitments } from '../../store/promises.js';
import { InputError, NotFoundError } from '../errors.js';

export function checkDate(text: string, field: string): string {
  const parsed = parseBusinessDate(text);
  if (!parsed.ok) throw new InputError(field, parsed.reason);
  return parsed.value;
}

/** A positive amount in the currency's minor units, or zero when `allowZero` (fees, interest). */
export function checkAmount(text: string, currency: string, field: string, allowZero = false): bigint {
  const parsed = allowZero ? parseAmount(text, currency) : parsePositiveAmount(text, currency);
  if (!parsed.ok) throw new InputError(field, parsed.reason);
  if (parsed.value < 0n) throw new InputError(field, 'must not be negative');
  return parsed.value;
}

/** A path id: digits only. Anything else, like another tenant's id, is simply not found. */
export function checkId(text: string, what: string): bigint {
  if (!/^\d{1,18}$/.test(text)) throw new NotFoundError(`no ${what} ${text}`);
  return BigInt(text);
}

export async function customerOr404(tx: Tx, tenantId: number, ref: string): Promise<CustomerRow> {
  const customer = await findCustomer(tx, tenantId, ref);
  if (!customer) throw new NotFoundError(`no customer "${ref}"`);
  return customer;
}

/**
 * The invoices named, each the customer's own, open, in one currency, and not already under another active
 * promise or plan (one commitment per invoice). `field` names the list in errors ("invoiceNumbers.2").
 */
export async function openInvoicesOf(tx: Tx, tenantId: number, customer: CustomerRow, numbers: readonly string[], asOf: string, field: string): Promise<InvoiceRow[]> {
  const found = await findInvoicesByNumbers(tx, tenantId, numbers);
  const seen = new Set<string>();
  const invoices = numbers.map((number, i) => {
    const at = `${field}.${i}`;
    if (seen.has(number)) throw new InputError(at, `invoice ${number} is listed twice`);
    seen.add(number);
    const invoice = found.get(number);
    if (!invoice) throw new InputError(at, `no invoice "${number}"`);
    if (invoice.customer_id !== customer.id) throw new InputError(at, `invoice ${number} is not customer ${customer.customer_ref}'s`);
    if (invoice.open <= 0n) throw new InputError(at, `invoice ${number} has nothing open`);
    return invoice;
  });
  const currencies = new Set(invoices.map((i) => i.currency));
  if (currencies.size > 1) throw new InputError(field, `the invoices are in ${[...currencies].sort().join(' and ')}: one currency per promise or plan`);
  const taken = await invoiceCommitments(tx, tenantId, invoices.map((i) => i.id), asOf);
  for (const t of taken) {
    const index = invoices.findIndex((i) => String(i.id) === t.invoice_id);
    const what = t.kind === 'plan' ? `is in active payment plan ${t.id}` : `is under active promise ${t.id}`;
    throw new InputError(`${field}.${index}`, `invoice ${numbers[index] ?? ''} ${what}; cancel it first`);
  }
  return invoices;
}
