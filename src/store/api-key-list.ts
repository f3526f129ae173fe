// A tenant's API keys for its settings page: names and dates only; the hash never leaves the store.
import type { Tx } from './db.js';

export type ApiKeyRow = { id: bigint; name: string; createdAt: Date; revokedAt: Date | null };

export async function listApiKeys(tx: Tx, tenantId: number): Promise<ApiKeyRow[]> {
  return tx.selectFrom('api_keys').select(['id', 'name', 'created_at as createdAt', 'revoked_at as revokedAt'])
    .where('tenant_id', '=', tenantId).orderBy('id').execute();
}

/** Revokes a live key; answers the key as it now is, or undefined when the tenant has no such key. */
export async function revokeApiKey(tx: Tx, tenantId: number, id: bigint, at: Date): Promise<ApiKeyRow | undefined> {
  await tx.updateTable('api_keys').set({ revoked_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id).where('revoked_at', 'is', null).execute();
  return tx.selectFrom('api_keys').select(['id', 'name', 'created_at as createdAt', 'revoked_at as revokedAt'])
    .where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}
