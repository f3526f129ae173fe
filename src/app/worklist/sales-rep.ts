// A customer's sales representative (issue #6: large or difficult accounts go to them too). Set or cleared by a
// person, audited; also importable through the customers CSV (an optional sales_rep column).
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { findSalesRep, setSalesRep } from '../../store/worklist-settings.js';
import { InputError, NotFoundError } from '../errors.js';

export type SalesRepJson = { customerRef: string; salesRep: string | null };

export function checkSalesRep(value: string | null, field = 'salesRep'): string | null {
  if (value === null) return null;
  const name = value.trim();
  if (name.length === 0 || name.length > 200) throw new InputError(field, 'a name of 1 to 200 characters, or null to clear it');
  return name;
}

export async function getSalesRep(db: Db, tenant: TenantRow, customerRef: string): Promise<SalesRepJson> {
  const row = await inTenant(db, tenant.id, (tx) => findSalesRep(tx, tenant.id, customerRef));
  if (!row) throw new NotFoundError(`no customer "${customerRef}"`);
  return { customerRef, salesRep: row.salesRep };
}

export async function putSalesRep(db: Db, tenant: TenantRow, input: { customerRef: string; salesRep: string | null; actor: string }): Promise<SalesRepJson> {
  const salesRep = checkSalesRep(input.salesRep);
  return inTenant(db, tenant.id, async (tx) => {
    const row = await findSalesRep(tx, tenant.id, input.customerRef);
    if (!row) throw new NotFoundError(`no customer "${input.customerRef}"`);
    if (row.salesRep !== salesRep) {
      await setSalesRep(tx, tenant.id, row.id, salesRep);
      await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'customer', entityKey: input.customerRef, reason: 'sales representative',
        details: { before: { salesRep: row.salesRep }, after: { salesRep } } });
    }
    return { customerRef: input.customerRef, salesRep };
  });
}
