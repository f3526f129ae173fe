// Users and their tenants, administered by the owning role (sign-in happens before a tenant is chosen).
import type { ColumnType, Generated } from 'kysely';
import type { Executor } from './db.js';

export type Role = 'admin' | 'manager' | 'collector' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'manager', 'collector', 'viewer'];

export interface UsersTable { id: Generated<bigint>; email: string; name: string; password_hash: string; created_at: ColumnType<Date, never, never> }
export interface UserTenantsTable { tenant_id: number; user_id: bigint; role: Role; created_at: ColumnType<Date, never, never> }
export interface SessionsTable {
  id: string; user_id: bigint; tenant_id: number; csrf_token: string; created_at: ColumnType<Date, never, never>; expires_at: Date;
}

// The tables of migration 0011, merged into the shared Database type here so this feature stays in its own files.
declare module './schema.js' {
  interface Database { users: UsersTable; user_tenants: UserTenantsTable; sessions: SessionsTable }
}

export type UserRow = { id: bigint; email: string; name: string; password_hash: string };
export type Membership = { tenantId: number; slug: string; name: string; role: Role };

export async function insertUser(db: Executor, user: Omit<UserRow, 'id'>): Promise<UserRow> {
  return db.insertInto('users').values(user).returning(['id', 'email', 'name', 'password_hash']).executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(['id', 'email', 'name', 'password_hash']).where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function updatePasswordHash(db: Executor, userId: bigint, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Adds the user to the tenant with the role, or changes the role they have there. */
export async function upsertMembership(db: Executor, userId: bigint, tenantId: number, role: Role): Promise<void> {
  await db.insertInto('user_tenants').values({ user_id: userId, tenant_id: tenantId, role })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ role })).execute();
}

export async function membershipsOf(db: Executor, userId: bigint): Promise<Membership[]> {
  const rows = await db.selectFrom('user_tenants').innerJoin('tenants', 'tenants.id', 'user_tenants.tenant_id')
    .select(['tenants.id as tenantId', 'tenants.slug', 'tenants.name', 'user_tenants.role'])
    .where('user_tenants.user_id', '=', userId).orderBy('tenants.name').orderBy('tenants.id').execute();
  return rows;
}
