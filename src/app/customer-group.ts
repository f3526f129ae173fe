// Customer groups (issue #5: "payments from a parent company"): a customer's parent, set or cleared by a person.
import type { Db } from '../store/db.js';
import { findCustomer, parentChain, setCustomerParent } from '../store/customers.js';
import { recordAudit } from '../store/audit.js';
import { inTenant } from '../store/tenant-scope.js';
import type { TenantRow } from '../store/tenants.js';
import { InputError, NotFoundError } from './errors.js';

export async function setParent(db: Db, tenant: TenantRow, input: { customerRef: string; parentRef: string | null; actor: string }): Promise<{ customerRef: string; parentRef: string | null }> {
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, input.customerRef);
    if (!customer) throw new NotFoundError(`no customer "${input.customerRef}"`);
    let parentId: bigint | null = null;
    if (input.parentRef !== null) {
      const parent = await findCustomer(tx, tenant.id, input.parentRef);
      if (!parent) throw new InputError('parentRef', `no customer "${input.parentRef}"`);
      if (parent.id === customer.id) throw new InputError('parentRef', 'a customer cannot be its own parent');
      if ((await parentChain(tx, tenant.id, parent.id)).includes(customer.id)) throw new InputError('parentRef', `${input.parentRef} belongs to ${input.customerRef}'s own group: that would make a circle`);
      parentId = parent.id;
    }
    await setCustomerParent(tx, tenant.id, customer.id, parentId);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'customer', entityKey: customer.customer_ref, reason: 'parent company', details: { parentRef: input.parentRef } });
    return { customerRef: customer.customer_ref, parentRef: input.parentRef };
  });
}
