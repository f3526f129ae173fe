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

/**
 * Every API request looks its key up; at a worklist's rate (issue #6: 20 concurrent clients, p95 under 100 ms on the
 * single-threaded embedded engine) that query was a large share of each request. A found key is remembered for a
 * few seconds: revoking a key or changing the tenant in this process forgets it at once (forgetApiKeys), another
 * process (several workers on PostgreSQL) sees the change within KEY_CACHE_MS. Unknown keys are never remembered.
 */
const KEY_CACHE_MS = 5_000;
const known = new Map<string, { found: { tenant: TenantRow; keyName: string }; until: number }>();

export function forgetApiKeys(): void {
  known.clear();
}

export async function tenantForApiKey(db: Db, key: string): Promise<{ tenant: TenantRow; keyName: string } | undefined> {
  const hash = hashApiKey(key);
  const now = Date.now();
  const cached = known.get(hash);
  if (cached && cached.until > now) return cached.found;
  const found = await findTenantByKeyHash(db, hash);
  if (found) known.set(hash, { found, until: now + KEY_CACHE_MS });
  else known.delete(hash);
  return found;
}
