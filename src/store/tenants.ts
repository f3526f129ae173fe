// Tenants and API keys are administered by the owning role (before any tenant is chosen).
import type { Executor } from './db.js';

export type TenantRow = {
  id: number; slug: string; name: string; country: string; base_currency: string; time_zone: string;
  default_language: string; email: string | null; phone: string | null; address: string | null;
  supplier_size: string | null; dunning_run_time: string; dunning_requires_approval: boolean; contact_interval_days: number; bank_account: string | null;
  payment_reference_scheme: 'rf' | 'kid-mod10' | 'kid-mod11' | 'ocr'; auto_post_confidence: number;
};

export type NewTenant = Omit<TenantRow, 'id' | 'dunning_run_time' | 'dunning_requires_approval' | 'contact_interval_days' | 'bank_account' | 'payment_reference_scheme' | 'auto_post_confidence'> & { bank_account?: string | null };

const COLUMNS = ['id', 'slug', 'name', 'country', 'base_currency', 'time_zone', 'default_language', 'email', 'phone', 'address', 'supplier_size', 'dunning_run_time', 'dunning_requires_approval', 'contact_interval_days', 'bank_account', 'payment_reference_scheme', 'auto_post_confidence'] as const;

export async function insertTenant(db: Executor, tenant: NewTenant): Promise<TenantRow> {
  return db.insertInto('tenants').values(tenant).returning(COLUMNS).executeTakeFirstOrThrow();
}

export async function findTenantBySlug(db: Executor, slug: string): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').select(COLUMNS).where('slug', '=', slug).executeTakeFirst();
}

export async function findTenantById(db: Executor, id: number): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function countTenants(db: Executor): Promise<number> {
  const row = await db.selectFrom('tenants').select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertApiKey(db: Executor, tenantId: number, name: string, keyHash: string): Promise<void> {
  await db.insertInto('api_keys').values({ tenant_id: tenantId, name, key_hash: keyHash }).execute();
}

export async function findTenantByKeyHash(db: Executor, keyHash: string): Promise<{ tenant: TenantRow; keyName: string } | undefined> {
  const row = await db.selectFrom('api_keys').innerJoin('tenants', 'tenants.id', 'api_keys.tenant_id')
    .select(COLUMNS.map((c) => `tenants.${c}` as const)).select('api_keys.name as key_name')
    .where('api_keys.key_hash', '=', keyHash).where('api_keys.revoked_at', 'is', null).executeTakeFirst();
  if (!row) return undefined;
  const { key_name: keyName, ...tenant } = row;
  return { tenant, keyName };
}

export async function updateTenantSettings(db: Executor, id: number, settings: Partial<Pick<TenantRow, 'bank_account' | 'dunning_run_time' | 'dunning_requires_approval' | 'contact_interval_days' | 'email' | 'phone' | 'address' | 'payment_reference_scheme' | 'auto_post_confidence'>>): Promise<TenantRow> {
  return db.updateTable('tenants').set(settings).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** Every tenant, for jobs that visit each in turn (owning role). */
export async function listTenants(db: Executor): Promise<TenantRow[]> {
  return db.selectFrom('tenants').select(COLUMNS).orderBy('id').execute();
}
