// Reading disputes (issue #6): the list for a department or a customer, newest first, and one dispute.
import type { Db } from '../../store/db.js';
import { findDispute, listDisputes } from '../../store/disputes.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';
import { type DisputeJson, disputeId, disputeJson } from './dispute-json.js';

export async function disputesPage(
  db: Db, tenant: TenantRow, query: { status?: string | undefined; department?: string | undefined; customerRef?: string | undefined; limit: number; offset: number },
): Promise<{ disputes: DisputeJson[]; limit: number; offset: number }> {
  const rows = await inTenant(db, tenant.id, (tx) => listDisputes(tx, tenant.id, query));
  return { disputes: rows.map(disputeJson), limit: query.limit, offset: query.offset };
}

export async function getDispute(db: Db, tenant: TenantRow, id: string): Promise<DisputeJson> {
  const key = disputeId(id);
  const row = await inTenant(db, tenant.id, (tx) => findDispute(tx, tenant.id, key));
  if (!row) throw new NotFoundError(`no dispute "${id}"`);
  return disputeJson(row);
}
