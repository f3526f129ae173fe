// The audit trail: who did what, when and why (issue #2). Append-only: the app role may only insert.
import type { Tx } from './db.js';

export type AuditEntry = {
  actor: string; action: string; entity: string; entityKey: string; reason?: string | undefined; details?: unknown;
};

export async function recordAudit(tx: Tx, tenantId: number, entry: AuditEntry): Promise<void> {
  await tx.insertInto('audit_log').values({
    tenant_id: tenantId, actor: entry.actor, action: entry.action, entity: entry.entity,
    entity_key: entry.entityKey, reason: entry.reason ?? null,
    details: entry.details === undefined ? null : JSON.stringify(entry.details, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
  }).execute();
}

export type AuditRow = { at: Date; actor: string; action: string; entity: string; entity_key: string; reason: string | null; details: unknown };

export async function listAudit(tx: Tx, tenantId: number, filter: { entity?: string | undefined; entityKey?: string | undefined; limit: number; offset: number }): Promise<AuditRow[]> {
  let query = tx.selectFrom('audit_log').select(['at', 'actor', 'action', 'entity', 'entity_key', 'reason', 'details']).where('tenant_id', '=', tenantId);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityKey) query = query.where('entity_key', '=', filter.entityKey);
  return query.orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}
