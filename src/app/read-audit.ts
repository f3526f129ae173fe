// The audit trail, newest first: who did what to which record, when and why (issue #2).
import type { Db } from '../store/db.js';
import { listAudit } from '../store/audit.js';
import { inTenant } from '../store/tenant-scope.js';

export type AuditFilter = { entity?: string | undefined; entityKey?: string | undefined; limit: number; offset: number };

export async function readAudit(db: Db, tenantId: number, filter: AuditFilter) {
  const rows = await inTenant(db, tenantId, (tx) => listAudit(tx, tenantId, filter));
  return {
    entries: rows.map((r) => ({
      at: r.at.toISOString(), actor: r.actor, action: r.action, entity: r.entity, key: r.entity_key, reason: r.reason,
      details: typeof r.details === 'string' ? JSON.parse(r.details) as unknown : r.details,
    })),
    limit: filter.limit, offset: filter.offset,
  };
}
