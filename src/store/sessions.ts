// Sign-in sessions: the row's id is the SHA-256 of the cookie's token, so a copy of the table opens no session.
import type { Executor } from './db.js';
import type { Role } from './users.js';

export type SessionRow = {
  id: string; tenantId: number; csrfToken: string; expiresAt: Date;
  userId: bigint; email: string; userName: string; role: Role;
};

export async function insertSession(db: Executor, s: { id: string; userId: bigint; tenantId: number; csrfToken: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('sessions').values({ id: s.id, user_id: s.userId, tenant_id: s.tenantId, csrf_token: s.csrfToken, expires_at: s.expiresAt }).execute();
}

/** The live session with its user and the role in its tenant; none once expired or the membership is gone. */
export async function findLiveSession(db: Executor, id: string, now: Date): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('user_tenants', (j) => j.onRef('user_tenants.user_id', '=', 'sessions.user_id').onRef('user_tenants.tenant_id', '=', 'sessions.tenant_id'))
    .select(['sessions.id', 'sessions.tenant_id as tenantId', 'sessions.csrf_token as csrfToken', 'sessions.expires_at as expiresAt',
      'users.id as userId', 'users.email', 'users.name as userName', 'user_tenants.role'])
    .where('sessions.id', '=', id).where('sessions.expires_at', '>', now).executeTakeFirst();
}

export async function setSessionTenant(db: Executor, id: string, tenantId: number): Promise<void> {
  await db.updateTable('sessions').set({ tenant_id: tenantId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Executor, userId: bigint, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}
