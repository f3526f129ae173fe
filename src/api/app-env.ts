import type { Db } from '../store/db.js';
import type { TenantRow } from '../store/tenants.js';
import type { Role } from '../store/users.js';

/** `role` is the signed-in user's role in the tenant; an API key acts for the tenant as an admin (issue #6 roles). */
export type ApiEnv = { Variables: { tenant: TenantRow; actor: string; role: Role } };
export type ApiDeps = { db: Db };
