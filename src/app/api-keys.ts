// API keys per tenant: shown once, stored only as a SHA-256 hash (issue #2). The key carries 256 random bits, so
// a fast hash is enough; a slow password hash protects guessable secrets, which these are not.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { type TenantRow, findTenantByKeyHash, insertApiKey } from '../store/tenants.js';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createApiKey(db: Db, tenant: TenantRow, name: string): Promise<string> {
  const key = `arr_${randomBytes(32).toString('base64url')}`;
  await insertApiKey(db, tenant.id, name, hashApiKey(key));
  return key;
}

export async function tenantForApiKey(db: Db, key: string): Promise<{ tenant: TenantRow; keyName: string } | undefined> {
  return findTenantByKeyHash(db, hashApiKey(key));
}
