// The people who work in one tenant, administered by the owning role like sign-in (users are global; a membership
// is per tenant). Every query names the tenant: an admin sees and changes only their own tenant's members.
import type { Executor } from './db.js';
import type { Role } from './users.js';

export type TenantMember = { userId: bigint; email: string; name: string; role: Role; since: Date };

export async function listTenantMembers(db: Executor, tenantId: number): Promise<TenantMember[]> {
  return db.selectFrom('user_tenants').innerJoin('users', 'users.id', 'user_tenants.user_id')
    .select(['users.id as userId', 'users.email', 'users.name', 'user_tenants.role', 'user_tenants.created_at as since'])
    .where('user_tenants.tenant_id', '=', tenantId).orderBy('users.email').execute();
}

export async function findTenantMember(db: Executor, tenantId: number, email: string): Promise<TenantMember | undefined> {
  return db.selectFrom('user_tenants').innerJoin('users', 'users.id', 'user_tenants.user_id')
    .select(['users.id as userId', 'users.email', 'users.name', 'user_tenants.role', 'user_tenants.created_at as since'])
    .where('user_tenants.tenant_id', '=', tenantId).where('users.email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function setMemberRole(db: Executor, tenantId: number, userId: bigint, role: Role): Promise<void> {
  await db.updateTable('user_tenants').set({ role }).where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
}

/** Ends the membership and the user's sessions in this tenant (their sessions elsewhere stay). */
export async function removeMember(db: Executor, tenantId: number, userId: bigint): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  await db.deleteFrom('user_tenants').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
}
