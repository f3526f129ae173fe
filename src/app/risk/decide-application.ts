// A person's decision on a credit application (issue #8: "records the decision, who made it and why. Nothing
// changes a limit without a person"). Approval sets the customer's limit and terms because this person decided so
// (audited), opening the account for a new customer; the risk advice of the day is kept beside the decision.
import { formatAmount, parseAmount } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { decideApplication, listApplications } from '../../store/credit-decisions.js';
import { type CustomerRow, findCustomer, insertCustomers, updateCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type ApplicationJson, applicationJson } from './application-json.js';
import { assessCustomers } from './risk-of.js';

export type Decision = { outcome: 'approved' | 'declined'; limit?: string | undefined; termsDays?: number | null | undefined; reason: string };

export function checkTermsDays(days: number | null | undefined, field: string): number | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 0 || days > 365) throw new InputError(field, 'whole days from 0 (prepayment) to 365');
  return days;
}

/** The grade, score and advice on the day, for an existing customer; a new one has no history to judge. */
async function adviceOf(tx: Tx, tenantId: number, customer: CustomerRow | undefined, asOf: string): Promise<unknown> {
  if (!customer) return { grade: null, score: null, recommendedLimit: null, reasons: ['a new customer: no payment history in this ledger'] };
  const found = (await assessCustomers(tx, tenantId, asOf, customer.id))[0];
  if (!found) return null;
  const { risk } = found;
  return {
    grade: risk.grade, score: risk.score, caps: risk.caps.map((c) => c.words),
    recommendedLimit: risk.advice.recommendedLimit === null ? null : formatAmount(risk.advice.recommendedLimit, customer.currency),
    recommendedTerms: risk.advice.terms, reasons: risk.advice.reasons,
  };
}

async function openAccount(tx: Tx, tenantId: number, app: { customerRef: string; name: string; currency: string }, limit: bigint, termsDays: number | null): Promise<CustomerRow> {
  await insertCustomers(tx, tenantId, [{
    customer_ref: app.customerRef, name: app.name, country: null, language: null, currency: app.currency, email: null, phone: null,
    credit_limit: limit, payment_terms_days: termsDays, time_zone: null, debtor_type: 'business',
  }]);
  const created = await findCustomer(tx, tenantId, app.customerRef);
  if (!created) throw new Error(`customer ${app.customerRef} was not created`);
  return created;
}

export async function decideWithin(tx: Tx, tenant: TenantRow, id: bigint, decision: Decision, asOf: string, actor: string): Promise<ApplicationJson> {
  const reason = decision.reason.trim();
  if (reason === '') throw new InputError('reason', 'is required: say why the application is approved or declined');
  const app = (await listApplications(tx, tenant.id, { id, limit: 1, offset: 0 }))[0];
  if (!app) throw new NotFoundError(`no credit application ${id}`);
  if (app.status !== 'pending') throw new InputError('status', `application ${id} was already ${app.status} on ${app.decidedOn} by ${app.decidedBy}`);
  if (asOf < app.submittedOn) throw new InputError('asOf', `the decision cannot be dated before the application (${app.submittedOn})`);
  let customer = await findCustomer(tx, tenant.id, app.customerRef);
  if (customer && customer.currency !== app.currency) throw new InputError('currency', `customer ${app.customerRef} is invoiced in ${customer.currency}, the application is in ${app.currency}`);
  const termsDays = checkTermsDays(decision.termsDays, 'termsDays') ?? app.requestedTermsDays;
  let limit: bigint | null = null;
  if (decision.outcome === 'declined') {
    if (decision.limit !== undefined) throw new InputError('limit', 'a declined application sets no limit');
  } else {
    const parsed = decision.limit === undefined ? { ok: true as const, value: app.requestedLimit } : parseAmount(decision.limit, app.currency);
    if (!parsed.ok) throw new InputError('limit', parsed.reason);
    if (parsed.value < 0n) throw new InputError('limit', 'cannot be negative');
    limit = parsed.value;
  }
  const advice = await adviceOf(tx, tenant.id, customer, asOf);
  const because = `credit application ${id}: ${reason}`;
  if (limit !== null && customer) {
    const show = (v: bigint | null) => (v === null ? null : formatAmount(v, app.currency));
    await updateCustomer(tx, tenant.id, customer.id, { credit_limit: limit, ...(termsDays === null ? {} : { payment_terms_days: termsDays }) });
    await recordAudit(tx, tenant.id, { actor, action: 'credit-limit', entity: 'customer', entityKey: customer.customer_ref, reason: because,
      details: { before: show(customer.credit_limit), after: show(limit), currency: app.currency, termsBefore: customer.payment_terms_days, termsAfter: termsDays ?? customer.payment_terms_days } });
  } else if (limit !== null) {
    customer = await openAccount(tx, tenant.id, app, limit, termsDays);
    await recordAudit(tx, tenant.id, { actor, action: 'create', entity: 'customer', entityKey: app.customerRef, reason: because,
      details: { name: app.name, currency: app.currency, creditLimit: formatAmount(limit, app.currency), termsDays } });
  }
  const decided = await decideApplication(tx, tenant.id, id, {
    status: decision.outcome, customerId: customer?.id ?? null, approvedLimit: limit, termsDays: decision.outcome === 'approved' ? termsDays : null,
    reason, decidedOn: asOf, decidedBy: actor, advice,
  });
  if (!decided) throw new InputError('status', `application ${id} was decided by someone else meanwhile`);
  await recordAudit(tx, tenant.id, { actor, action: decision.outcome === 'approved' ? 'approve' : 'decline', entity: 'credit application', entityKey: String(id), reason,
    details: { customerRef: app.customerRef, limit: limit === null ? null : formatAmount(limit, app.currency), termsDays, advice } });
  const row = (await listApplications(tx, tenant.id, { id, limit: 1, offset: 0 }))[0];
  if (!row) throw new Error(`credit application ${id} vanished`);
  return applicationJson(row);
}

export async function decideCreditApplication(db: Db, tenant: TenantRow, input: Decision & { id: string; asOf: string; actor: string }): Promise<ApplicationJson> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  if (!/^\d{1,18}$/.test(input.id)) throw new NotFoundError(`no credit application ${input.id}`);
  return inTenant(db, tenant.id, async (tx) => decideWithin(tx, tenant, BigInt(input.id), input, asOf, input.actor));
}
