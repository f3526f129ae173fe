// A credit application (issue #8: "a credit application for a new customer records the decision, who made it and
// why"): a new customer (a ref not yet in the ledger, with its name and currency) or an existing one asks for a
// limit and terms. It waits for a person's decision unless one comes with it (decide-application.ts).
import { isCurrency, parseAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { insertApplication, listApplications } from '../../store/credit-decisions.js';
import { findCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type ApplicationJson, applicationJson } from './application-json.js';
import { type Decision, checkTermsDays, decideWithin } from './decide-application.js';

export type ApplicationInput = {
  customerRef: string; name?: string | undefined; currency?: string | undefined; requestedLimit: string; requestedTermsDays?: number | null | undefined;
  note?: string | undefined; asOf: string; actor: string; decision?: Decision | undefined;
};

export async function submitCreditApplication(db: Db, tenant: TenantRow, input: ApplicationInput): Promise<ApplicationJson> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  const ref = input.customerRef.trim();
  if (ref === '' || ref.length > 100) throw new InputError('customerRef', 'a customer reference of 1 to 100 characters');
  const termsDays = checkTermsDays(input.requestedTermsDays, 'requestedTermsDays');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, ref);
    const currency = (input.currency ?? customer?.currency ?? tenant.base_currency).toUpperCase();
    if (!isCurrency(currency)) throw new InputError('currency', `not an ISO 4217 currency code: "${input.currency}"`);
    if (customer && customer.currency !== currency) throw new InputError('currency', `customer ${ref} is invoiced in ${customer.currency}; apply in that currency`);
    const name = (input.name ?? customer?.name ?? '').trim();
    if (name === '') throw new InputError('name', `is required for a new customer (no customer "${ref}" yet)`);
    const limit = parseAmount(input.requestedLimit, currency);
    if (!limit.ok) throw new InputError('requestedLimit', limit.reason);
    if (limit.value < 0n) throw new InputError('requestedLimit', 'cannot be negative');
    const pending = await listApplications(tx, tenant.id, { customerRef: ref, status: 'pending', limit: 1, offset: 0 });
    if (pending[0]) throw new InputError('customerRef', `application ${pending[0].id} for ${ref} is still waiting for a decision`);
    const id = await insertApplication(tx, tenant.id, {
      customerId: customer?.id ?? null, customerRef: ref, name, currency, requestedLimit: limit.value, requestedTermsDays: termsDays,
      note: input.note?.trim() || null, submittedOn: asOf, submittedBy: input.actor,
    });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'submit', entity: 'credit application', entityKey: String(id),
      details: { customerRef: ref, requestedLimit: input.requestedLimit, currency, requestedTermsDays: termsDays } });
    if (input.decision) return decideWithin(tx, tenant, id, input.decision, asOf, input.actor);
    const row = (await listApplications(tx, tenant.id, { id, limit: 1, offset: 0 }))[0];
    if (!row) throw new Error(`credit application ${id} vanished`);
    return applicationJson(row);
  });
}
