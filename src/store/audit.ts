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
