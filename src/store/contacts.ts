import { sql } from 'kysely';
import type { Tx } from './db.js';

export type NewContact = { customer_ref: string; role: 'billing' | 'accounts-payable' | 'executive'; name: string; email: string | null; phone: string | null };

/** Inserts contacts for customers named by ref; a ref that does not exist in the tenant inserts nothing. */
export async function insertContacts(tx: Tx, tenantId: number, rows: readonly NewContact[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into contacts (tenant_id, customer_id, role, name, email, phone)
    select ${tenantId}, c.id, x.role, x.name, x.email, x.phone
      from unnest(${rows.map((r) => r.customer_ref)}::text[], ${rows.map((r) => r.role)}::text[], ${rows.map((r) => r.name)}::text[],
                  ${rows.map((r) => r.email)}::text[], ${rows.map((r) => r.phone)}::text[]) as x(ref, role, name, email, phone)
      join customers c on c.tenant_id = ${tenantId} and c.customer_ref = x.ref`.execute(tx);
}

export type ContactRow = { role: NewContact['role']; name: string; email: string | null; phone: string | null };

export async function listContacts(tx: Tx, tenantId: number, customerId: bigint): Promise<ContactRow[]> {
  return tx.selectFrom('contacts').select(['role', 'name', 'email', 'phone'])
    .where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).orderBy('role').orderBy('name').execute();
}
