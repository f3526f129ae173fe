// Dunning policies are stored as validated JSON levels (src/domain/dunning/policy-json.ts).
import type { Tx } from './db.js';

export type StoredPolicy = { id: string; name: string; isDefault: boolean; levels: unknown };

export async function listPolicies(tx: Tx, tenantId: number): Promise<StoredPolicy[]> {
  const rows = await tx.selectFrom('dunning_policies').select(['id', 'name', 'is_default', 'levels']).where('tenant_id', '=', tenantId).orderBy('id').execute();
  return rows.map((r) => ({ id: String(r.id), name: r.name, isDefault: r.is_default, levels: typeof r.levels === 'string' ? JSON.parse(r.levels) as unknown : r.levels }));
}

export async function insertPolicy(tx: Tx, tenantId: number, policy: { name: string; isDefault: boolean; levels: unknown }): Promise<string> {
  if (policy.isDefault) await tx.updateTable('dunning_policies').set({ is_default: false }).where('tenant_id', '=', tenantId).execute();
  const row = await tx.insertInto('dunning_policies').values({ tenant_id: tenantId, name: policy.name, is_default: policy.isDefault, levels: JSON.stringify(policy.levels) })
    .returning('id').executeTakeFirstOrThrow();
  return String(row.id);
}

/** Replaces a stored policy's levels; when it becomes the default, the previous default stops being one. */
export async function updatePolicy(tx: Tx, tenantId: number, id: string, policy: { isDefault: boolean; levels: unknown }): Promise<void> {
  if (policy.isDefault) await tx.updateTable('dunning_policies').set({ is_default: false }).where('tenant_id', '=', tenantId).execute();
  await tx.updateTable('dunning_policies').set({ levels: JSON.stringify(policy.levels), is_default: policy.isDefault, updated_at: new Date() })
    .where('tenant_id', '=', tenantId).where('id', '=', BigInt(id)).execute();
}

export async function setCustomerPolicy(tx: Tx, tenantId: number, customerId: bigint, policyId: string | null): Promise<void> {
  await tx.updateTable('customers').set({ dunning_policy_id: policyId === null ? null : BigInt(policyId) })
    .where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
}
