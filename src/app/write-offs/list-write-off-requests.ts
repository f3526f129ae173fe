// Write-off requests, newest first; a manager looks at the pending ones.
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import { listWriteOffRequests } from '../../store/write-off-requests.js';
import { NotFoundError } from '../errors.js';
import { type WriteOffRequestJson, requestId, writeOffRequestJson } from './write-off-request-json.js';

export async function pageWriteOffRequests(db: Db, tenantId: number, q: { status?: string | undefined; limit: number; offset: number }) {
  const rows = await inTenant(db, tenantId, (tx) => listWriteOffRequests(tx, tenantId, q));
  return { requests: rows.map(writeOffRequestJson), limit: q.limit, offset: q.offset };
}

export async function getWriteOffRequest(db: Db, tenantId: number, idText: string): Promise<WriteOffRequestJson> {
  const id = requestId(idText);
  const [row] = await inTenant(db, tenantId, (tx) => listWriteOffRequests(tx, tenantId, { id, limit: 1, offset: 0 }));
  if (!row) throw new NotFoundError(`no write-off request ${idText}`);
  return writeOffRequestJson(row);
}
