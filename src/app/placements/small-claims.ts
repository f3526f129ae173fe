// The small-claims pack for a placed account (issue #6: "A small-claims pack (PDF: the claim, the invoices, the
// reminders sent and when) can be produced for any placed account"). The claim is what is still open on the placed
// invoices, with statutory interest and fixed compensation priced exactly as `arrears charges` and the dunning run
// price them (src/app/law/customer-late-charges.ts); reminders are the approved or sent dunning actions.
import { type SmallClaimsPdfInput, renderSmallClaimsPdf } from '../../channels/pdf/small-claims-pdf.js';
import { smallClaimsLanguage } from '../../channels/pdf/small-claims-messages.js';
import { daysBetween, dateInZone } from '../../domain/dates.js';
import { parseAmount, sum } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { listContacts } from '../../store/contacts.js';
import { findCustomer } from '../../store/customers.js';
import { placedInvoices } from '../../store/placements.js';
import { remindersSent } from '../../store/placements-case-file.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf } from '../get-aging.js';
import { lateChargesIn } from '../law/customer-late-charges.js';
import { placementOr404 } from './get-placements.js';

export async function smallClaimsInput(db: Db, tenant: TenantRow, idText: string, asOfText: string): Promise<SmallClaimsPdfInput> {
  const asOf = checkAsOf(asOfText, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const placement = await placementOr404(tx, tenant.id, idText);
    const customer = await findCustomer(tx, tenant.id, placement.customer_ref);
    if (!customer) throw new Error(`customer ${placement.customer_ref} vanished`);
    // A court hears what was overdue and unpaid on the claim's date: entries dated after it do not count.
    const open = (await placedInvoices(tx, tenant.id, placement.id, asOf)).filter((i) => i.open > 0n && i.due_date < asOf);
    const charges = await lateChargesIn(tx, tenant, customer.customer_ref, asOf, new Set(open.map((i) => i.number)));
    const interestOf = new Map(charges.invoices.map((i) => [i.number, i.interest]));
    const minor = (text: string | undefined) => { const parsed = parseAmount(text ?? '0', placement.currency); return parsed.ok ? parsed.value : 0n; };
    const principal = sum(open.map((i) => i.open));
    const contact = (await listContacts(tx, tenant.id, customer.id))[0];
    const zone = customer.time_zone ?? tenant.time_zone;
    return {
      language: smallClaimsLanguage([customer.language, tenant.default_language]), generatedOn: asOf, currency: placement.currency, placementId: String(placement.id),
      claimant: { name: tenant.name, address: tenant.address, email: tenant.email, phone: tenant.phone, bankAccount: tenant.bank_account },
      respondent: {
        name: customer.name, customerRef: customer.customer_ref, country: customer.country, email: customer.email, phone: customer.phone,
        contact: contact ? [contact.name, contact.email, contact.phone].filter(Boolean).join(', ') : null,
      },
      claim: { principal, interest: charges.interestMinor, fees: charges.compensationMinor, total: principal + charges.interestMinor + charges.compensationMinor, interestTo: asOf, sources: charges.sources },
      invoices: open.map((i) => ({ number: i.number, issueDate: i.issue_date, dueDate: i.due_date, amount: i.amount, open: i.open, daysPastDue: Math.max(0, daysBetween(i.due_date, asOf)), interest: minor(interestOf.get(i.number)) })),
      reminders: (await remindersSent(tx, tenant.id, customer.id, placement.currency)).map((r) => ({
        date: r.run_date, sentOn: r.first_sent_at ? dateInZone(r.first_sent_at, zone) : null, level: r.level, channels: r.channels, registeredMail: r.registered_mail, deadline: r.deadline,
      })),
    };
  });
}

export async function smallClaimsPdf(db: Db, tenant: TenantRow, idText: string, asOf: string, options: { compress?: boolean } = {}): Promise<{ pdf: Buffer; input: SmallClaimsPdfInput }> {
  const input = await smallClaimsInput(db, tenant, idText, asOf);
  return { pdf: await renderSmallClaimsPdf(input, options), input };
}
