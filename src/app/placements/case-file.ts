// Everything the agency gets about a placed account (issue #6: "an export for the agency (CSV plus a PDF case file:
// debtor, contacts, invoices, every contact made, promises, disputes)"), read in one transaction as of a date.
import { daysBetween, dateInZone } from '../../domain/dates.js';
import { formatAmount } from '../../domain/money.js';
import type { CaseFilePdfInput } from '../../channels/pdf/case-file-pdf.js';
import type { Db, Tx } from '../../store/db.js';
import { listContacts } from '../../store/contacts.js';
import { findCustomer, type CustomerRow } from '../../store/customers.js';
import { listDisputes } from '../../store/disputes.js';
import { listPlans, planInstalments } from '../../store/payment-plans.js';
import { placedInvoices } from '../../store/placements.js';
import { contactsMade } from '../../store/placements-case-file.js';
import { listPromises } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { disputeJson } from '../disputes/dispute-json.js';
import { checkAsOf } from '../get-aging.js';
import { planJson } from '../payment-plans/plan-json.js';
import { promiseJson } from '../promises/promise-json.js';
import { placementDetailIn } from './get-placements.js';
import type { PlacementDetail } from './placement-json.js';

export type CaseFile = CaseFilePdfInput & { placementDetail: PlacementDetail; customer: CustomerRow };

/** "2026-05-04 09:30" in the tenant's zone: when a letter left or a call was made. */
function localTime(at: Date, zone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(at);
  return `${dateInZone(at, zone)} ${time}`;
}

export async function caseFileIn(tx: Tx, tenant: TenantRow, idText: string, asOf: string): Promise<CaseFile> {
  const placement = await placementDetailIn(tx, tenant.id, idText);
  const customer = await findCustomer(tx, tenant.id, placement.customerRef);
  if (!customer) throw new Error(`customer ${placement.customerRef} vanished`);
  const invoices = await placedInvoices(tx, tenant.id, BigInt(placement.id));
  const money = (v: bigint) => formatAmount(v, placement.currency);
  const plans = await listPlans(tx, tenant.id, { customerRef: customer.customer_ref });
  const instalments = await planInstalments(tx, tenant.id, plans.map((p) => p.id));
  return {
    placementDetail: placement, customer, generatedOn: asOf,
    tenant: { name: tenant.name, email: tenant.email, phone: tenant.phone, address: tenant.address },
    placement: {
      id: placement.id, number: placement.number, kind: placement.kind, agency: placement.agency?.name ?? null, commissionRate: placement.commissionRate,
      placedOn: placement.placedOn, amount: placement.amount, currency: placement.currency, status: placement.status,
      recovered: placement.totals.recovered, commission: placement.totals.commission,
    },
    debtor: { name: customer.name, customerRef: customer.customer_ref, country: customer.country, language: customer.language, email: customer.email, phone: customer.phone, debtorType: customer.debtor_type },
    contacts: await listContacts(tx, tenant.id, customer.id),
    invoices: invoices.map((i) => ({
      number: i.number, issueDate: i.issue_date, dueDate: i.due_date, amount: money(i.amount), openAtPlacement: money(i.open_at_placement), open: money(i.open),
      daysPastDue: Math.max(0, daysBetween(i.due_date, asOf)), description: i.description, poNumber: i.po_number,
    })),
    contactsMade: (await contactsMade(tx, tenant.id, customer.id)).map((c) => ({
      at: c.kind === 'message' && !c.sent ? `${c.run_date ?? ''} (queued)` : localTime(c.at, customer.time_zone ?? tenant.time_zone), channel: c.channel, level: c.level, recipient: c.recipient, subject: c.subject,
      status: c.status, outcome: c.outcome, note: c.note,
    })),
    promises: (await listPromises(tx, tenant.id, { customerRef: customer.customer_ref })).map(promiseJson),
    disputes: (await listDisputes(tx, tenant.id, { customerRef: customer.customer_ref, limit: 500, offset: 0 })).map(disputeJson),
    plans: plans.map((p) => planJson(p, instalments.filter((i) => i.plan_id === String(p.id)))),
    recoveries: placement.recoveryList,
  };
}

export async function caseFile(db: Db, tenant: TenantRow, idText: string, asOfText: string): Promise<CaseFile> {
  const asOf = checkAsOf(asOfText, 'asOf');
  return inTenant(db, tenant.id, (tx) => caseFileIn(tx, tenant, idText, asOf));
}
