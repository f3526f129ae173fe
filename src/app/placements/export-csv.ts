// The agency's CSV (issue #6: "one row per invoice: debtor, ref, contact details, invoice number, dates, amount,
// open, days past due"). Columns in src/domain/placements/README.md; amounts are decimal strings in the currency.
import { toCsv } from '../../formats/csv/write-csv.js';
import type { CaseFile } from './case-file.js';

export const EXPORT_COLUMNS = [
  'placement_id', 'placement_number', 'placed_on', 'kind', 'agency', 'customer_ref', 'debtor_name', 'debtor_type', 'debtor_country', 'debtor_language',
  'debtor_email', 'debtor_phone', 'contact_name', 'contact_role', 'contact_email', 'contact_phone', 'invoice_number', 'issue_date', 'due_date',
  'currency', 'amount', 'open_at_placement', 'open', 'days_past_due', 'po_number', 'description',
] as const;

/** Accounts payable first, then billing, then executives (seed 000: letters to the top executives come last). */
const ROLE_ORDER = ['accounts-payable', 'billing', 'executive'];

export function placementCsv(file: CaseFile): string {
  const contact = [...file.contacts].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))[0];
  const rows = file.invoices.map((i) => ({
    placement_id: file.placement.id, placement_number: file.placement.number, placed_on: file.placement.placedOn, kind: file.placement.kind,
    agency: file.placement.agency, customer_ref: file.debtor.customerRef, debtor_name: file.debtor.name, debtor_type: file.debtor.debtorType,
    debtor_country: file.debtor.country, debtor_language: file.debtor.language, debtor_email: file.debtor.email, debtor_phone: file.debtor.phone,
    contact_name: contact?.name, contact_role: contact?.role, contact_email: contact?.email, contact_phone: contact?.phone,
    invoice_number: i.number, issue_date: i.issueDate, due_date: i.dueDate, currency: file.placement.currency, amount: i.amount,
    open_at_placement: i.openAtPlacement, open: i.open, days_past_due: i.daysPastDue, po_number: i.poNumber, description: i.description,
  }));
  return toCsv(EXPORT_COLUMNS, rows);
}
