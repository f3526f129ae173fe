// Read use cases for single documents; a document of another tenant is simply not found.
import { formatAmount } from '../domain/money.js';
import type { Db } from '../store/db.js';
import { type CustomerRow, customerRefOf, findCustomer, listCustomers } from '../store/customers.js';
import { findInvoicesByNumbers } from '../store/invoices.js';
import { listContacts } from '../store/contacts.js';
import { inTenant } from '../store/tenant-scope.js';
import { NotFoundError } from './errors.js';

export function customerJson(c: CustomerRow) {
  return {
    customerRef: c.customer_ref, name: c.name, country: c.country, language: c.language, currency: c.currency,
    email: c.email, phone: c.phone, creditLimit: c.credit_limit === null ? null : formatAmount(c.credit_limit, c.currency),
    paymentTermsDays: c.payment_terms_days,
  };
}

export async function getCustomer(db: Db, tenantId: number, ref: string) {
  return inTenant(db, tenantId, async (tx) => {
    const customer = await findCustomer(tx, tenantId, ref);
    if (!customer) throw new NotFoundError(`no customer "${ref}"`);
    return { ...customerJson(customer), timeZone: customer.time_zone, contacts: await listContacts(tx, tenantId, customer.id) };
  });
}

export async function pageCustomers(db: Db, tenantId: number, page: { limit: number; offset: number }) {
  const rows = await inTenant(db, tenantId, (tx) => listCustomers(tx, tenantId, page));
  return { customers: rows.map(customerJson), limit: page.limit, offset: page.offset };
}

export async function getInvoice(db: Db, tenantId: number, number: string) {
  return inTenant(db, tenantId, async (tx) => {
    const invoice = (await findInvoicesByNumbers(tx, tenantId, [number])).get(number);
    if (!invoice) throw new NotFoundError(`no invoice "${number}"`);
    const customerRef = await customerRefOf(tx, tenantId, invoice.customer_id);
    return {
      number: invoice.number, customerRef, issueDate: invoice.issue_date, dueDate: invoice.due_date,
      currency: invoice.currency, amount: formatAmount(invoice.amount, invoice.currency), open: formatAmount(invoice.open, invoice.currency),
      description: invoice.description, poNumber: invoice.po_number,
    };
  });
}
