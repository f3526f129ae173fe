import type { Db } from '../store/db.js';
import type { TenantRow } from '../store/tenants.js';

export type ApiEnv = { Variables: { tenant: TenantRow; actor: string } };
export type ApiDeps = { db: Db };
