// Settings → API keys (issue #7): list a tenant's keys (name, created, revoked), create one (its secret is shown
// once, in this answer only: issue #2 stores only the hash), revoke one. A revoked key stays listed.
import { listApiKeys, revokeApiKey } from '../store/api-key-list.js';
import type { ApiKeyRow } from '../store/api-key-list.js';
import { recordAudit } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { inTenant } from '../store/tenant-scope.js';
import type { TenantRow } from '../store/tenants.js';
import { createApiKey, forgetApiKeys } from './api-keys.js';
import { InputError, NotFoundError } from './errors.js';

const view = (k: ApiKeyRow) => ({ id: String(k.id), name: k.name, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null });

export async function tenantApiKeys(db: Db, tenant: TenantRow) {
  return { keys: (await inTenant(db, tenant.id, (tx) => listApiKeys(tx, tenant.id))).map(view) };
}

export async function addApiKey(db: Db, tenant: TenantRow, input: { name: string; actor: string }) {
  const name = input.name.trim();
  if (!/^[\w .@-]{1,60}$/.test(name)) throw new InputError('name', 'use 1 to 60 letters, digits, spaces, dots, dashes, @ or underscores');
  const key = await createApiKey(db, tenant, name);
  await inTenant(db, tenant.id, (tx) => recordAudit(tx, tenant.id, { actor: input.actor, action: 'add', entity: 'api-key', entityKey: name, reason: 'settings', details: {} }));
  return { key, ...(await tenantApiKeys(db, tenant)) };
}

export async function removeApiKey(db: Db, tenant: TenantRow, input: { id: string; actor: string }) {
  if (!/^\d{1,18}$/.test(input.id)) throw new InputError('id', `not an API key id: "${input.id}"`);
  await inTenant(db, tenant.id, async (tx) => {
    const key = await revokeApiKey(tx, tenant.id, BigInt(input.id), new Date());
    if (!key) throw new NotFoundError(`no API key ${input.id} in this tenant`);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'revoke', entity: 'api-key', entityKey: key.name, reason: 'settings', details: { id: input.id } });
  });
  forgetApiKeys();
  return tenantApiKeys(db, tenant);
}
