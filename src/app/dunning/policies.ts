// Dunning policies per tenant (issue #4): one default, others assigned to single customers. Stored as validated
// JSON; the built-in ladder applies until a tenant stores its own default.
import { DEFAULT_POLICY, levelsToJson, parsePolicy } from '../../domain/dunning/index.js';
import type { Db } from '../../store/db.js';
import { insertPolicy, listPolicies, setCustomerPolicy, updatePolicy } from '../../store/dunning-policies.js';
import { findCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';

export async function dunningPolicies(db: Db, tenant: TenantRow) {
  const stored = await inTenant(db, tenant.id, (tx) => listPolicies(tx, tenant.id));
  const builtIn = { name: DEFAULT_POLICY.name, isDefault: !stored.some((p) => p.isDefault), builtIn: true, levels: levelsToJson(DEFAULT_POLICY.levels) };
  return { policies: [builtIn, ...stored.map((p) => ({ name: p.name, isDefault: p.isDefault, builtIn: false, levels: p.levels }))] };
}

/** Adds or replaces a policy by name; the levels are validated first and every reason is reported. */
export async function savePolicy(db: Db, tenant: TenantRow, input: { name: string; isDefault: boolean; levels: unknown; actor: string }) {
  if (!/^[\w .-]{1,60}$/.test(input.name)) throw new InputError('name', 'use 1 to 60 letters, digits, spaces, dots, dashes or underscores');
  const parsed = parsePolicy(input.name, input.levels);
  if (!parsed.ok) throw new InputError('levels', parsed.reasons.join('; '));
  await inTenant(db, tenant.id, async (tx) => {
    const existing = (await listPolicies(tx, tenant.id)).find((p) => p.name === input.name);
    if (existing) {
      await updatePolicy(tx, tenant.id, existing.id, { isDefault: input.isDefault || existing.isDefault, levels: levelsToJson(parsed.value.levels) });
    } else {
      await insertPolicy(tx, tenant.id, { name: input.name, isDefault: input.isDefault, levels: levelsToJson(parsed.value.levels) });
    }
    await recordAudit(tx, tenant.id, { actor: input.actor, action: existing ? 'update' : 'add', entity: 'dunning-policy', entityKey: input.name, reason: input.isDefault ? 'default policy' : undefined, details: { levels: input.levels } });
  });
  return dunningPolicies(db, tenant);
}

/** Puts one customer on a named policy, or back on the default with `policy: null`. */
export async function assignPolicy(db: Db, tenant: TenantRow, input: { customerRef: string; policy: string | null; actor: string }) {
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, input.customerRef);
    if (!customer) throw new NotFoundError(`no customer "${input.customerRef}"`);
    const policy = input.policy === null ? undefined : (await listPolicies(tx, tenant.id)).find((p) => p.name === input.policy);
    if (input.policy !== null && !policy) throw new InputError('policy', `no stored dunning policy "${input.policy}"`);
    await setCustomerPolicy(tx, tenant.id, customer.id, policy ? policy.id : null);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'assign', entity: 'customer', entityKey: customer.customer_ref, reason: 'dunning policy', details: { policy: input.policy } });
    return { customerRef: customer.customer_ref, policy: input.policy };
  });
}
