// invoices CSV: invoice_number,customer_ref,issue_date,due_date,currency,amount (+ description, po_number).
import { RowReader } from '../../formats/csv/fields.js';
import { customerCache } from './customer-cache.js';
import { type InvoiceRow, type NewInvoice, findInvoicesByNumbers, insertAdjustment, insertInvoices, tenantHasInvoices, updateInvoiceFields } from '../../store/invoices.js';
import { recordAudit } from '../../store/audit.js';
import { formatAmount } from '../../domain/money.js';
import type { Classified, FieldError, ImportKind } from './import-types.js';
import { firstDifference } from './compare.js';

type Parsed = { customerRef: string; invoice: Omit<NewInvoice, 'customer_id'>; given: Set<string> };
type Resolved = { invoice: NewInvoice; existing?: InvoiceRow; changes?: Record<string, unknown> };

export function invoicesKind(): ImportKind<Parsed, Resolved> {
  const customersOf = customerCache();
  // Whether the tenant had any invoice when the import began. If not, no row can match a stored one (the import
  // is one transaction and in-file duplicates are caught before classify), so the per-batch probe is skipped.
  let hadInvoices: boolean | undefined;
  return {
    name: 'invoices',
    tables: ['invoices', 'adjustments'],
    required: ['invoice_number', 'customer_ref', 'issue_date', 'due_date', 'currency', 'amount'],
    optional: ['description', 'po_number'],
    keyField: 'invoice_number',
    key: (p) => p.invoice.number,
    parse(values) {
      const row = new RowReader(values);
      const number = row.text('invoice_number', { required: true, max: 100 }) ?? '';
      const customerRef = row.text('customer_ref', { required: true, max: 100 }) ?? '';
      const issueDate = row.date('issue_date');
      const dueDate = row.date('due_date');
      const currency = row.currency('currency');
      const amount = row.amount('amount', currency);
      const description = row.text('description', { max: 2000 });
      const poNumber = row.text('po_number', { max: 100 });
      if (row.errors.length === 0 && dueDate < issueDate) row.fail('due_date', `due date ${dueDate} is before issue date ${issueDate}`);
      if (row.errors.length > 0 || amount === null) return { errors: row.errors };
      const given = new Set(['issue_date', 'due_date', 'amount', ...['description', 'po_number'].filter((c) => row.has(c))]);
      return { value: { customerRef, given, invoice: { number, issue_date: issueDate, due_date: dueDate, currency, amount, description, po_number: poNumber } } };
    },
    async classify(tx, batch, options) {
      const customers = await customersOf(tx, options.tenantId, batch.map((r) => r.value.customerRef));
      hadInvoices ??= await tenantHasInvoices(tx, options.tenantId);
      const existing = hadInvoices ? await findInvoicesByNumbers(tx, options.tenantId, batch.map((r) => r.value.invoice.number)) : new Map<string, InvoiceRow>();
      const out: Classified<Resolved>[] = [];
      for (const { line, value } of batch) {
        const customer = customers.get(value.customerRef);
        if (!customer) { out.push({ line, errors: [{ field: 'customer_ref', message: `unknown customer "${value.customerRef}"` }] }); continue; }
        if (customer.currency !== value.invoice.currency) {
          out.push({ line, errors: [{ field: 'currency', message: `${value.invoice.currency} is not the currency of customer ${customer.customer_ref} (${customer.currency})` }] });
          continue;
        }
        const invoice: NewInvoice = { ...value.invoice, customer_id: customer.id };
        const found = existing.get(invoice.number);
        if (!found) { out.push({ line, outcome: 'insert', value: { invoice } }); continue; }
        const problem = immovable(found, invoice, value.customerRef);
        if (problem) { out.push({ line, errors: [problem] }); continue; }
        const changes: Record<string, unknown> = {};
        for (const key of value.given) {
          const was = found[key as keyof InvoiceRow];
          const now = invoice[key as keyof NewInvoice];
          if (String(was ?? '') !== String(now ?? '')) changes[key] = now;
        }
        if (Object.keys(changes).length === 0) { out.push({ line, outcome: 'unchanged', value: { invoice } }); continue; }
        if (!options.update) {
          const diff = firstDifference(found, changes, (k, v) => (k === 'amount' && typeof v === 'bigint' ? formatAmount(v, found.currency) : v));
          out.push({ line, errors: [{ field: diff.field, message: `invoice ${found.number} already exists with ${diff.field} ${diff.was}; use --update to change it to ${diff.now}` }] });
          continue;
        }
        const settled = found.amount - found.open;
        if (invoice.amount < settled) {
          out.push({ line, errors: [{ field: 'amount', message: `invoice ${found.number} already has ${formatAmount(settled, found.currency)} paid or credited; its amount cannot go below that` }] });
          continue;
        }
        out.push({ line, outcome: 'update', value: { invoice, existing: found, changes } });
      }
      return out;
    },
    async write(tx, rows, options) {
      await insertInvoices(tx, options.tenantId, rows.filter((r) => r.outcome === 'insert').map((r) => r.value.invoice));
      for (const row of rows) {
        const { existing, changes, invoice } = row.value;
        if (row.outcome !== 'update' || !existing || !changes) continue;
        await updateInvoiceFields(tx, options.tenantId, existing.id, {
          issue_date: invoice.issue_date, due_date: invoice.due_date, description: invoice.description, po_number: invoice.po_number,
        });
        // The ledger is append-only: a new amount is recorded as the difference, dated at issue (it corrects the document).
        if (invoice.amount !== existing.amount) {
          await insertAdjustment(tx, options.tenantId, { invoice_id: existing.id, date: invoice.issue_date, amount: invoice.amount - existing.amount, reason: 'CSV import --update: amount corrected' });
        }
        await recordAudit(tx, options.tenantId, { actor: options.actor, action: 'update', entity: 'invoice', entityKey: existing.number,
          reason: 'CSV import --update', details: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, existing[k as keyof InvoiceRow]])), after: changes } });
      }
    },
  };
}

/** An invoice never moves to another customer or currency: that is a credit note and a new invoice. */
function immovable(found: InvoiceRow, invoice: NewInvoice, customerRef: string): FieldError | undefined {
  if (found.customer_id !== invoice.customer_id) return { field: 'customer_ref', message: `invoice ${found.number} belongs to another customer; it cannot move to ${customerRef} (issue a credit note and a new invoice)` };
  if (found.currency !== invoice.currency) return { field: 'currency', message: `invoice ${found.number} is in ${found.currency}; its currency cannot change` };
  return undefined;
}
