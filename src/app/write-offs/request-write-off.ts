// Asking for a write-off (issue #6: "a collector's request creates a pending write-off request (reason, amount,
// requested by)"). Checked against what is open now, and again when a manager approves it.
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import { insertWriteOffRequest, listWriteOffRequests } from '../../store/write-off-requests.js';
import { checkWriteOff, type WriteOffInput } from '../write-off.js';
import { type WriteOffRequestJson, writeOffRequestJson } from './write-off-request-json.js';

export async function requestWriteOff(db: Db, tenantId: number, input: WriteOffInput): Promise<WriteOffRequestJson> {
  return inTenant(db, tenantId, async (tx) => {
    const checked = await checkWriteOff(tx, tenantId, input);
    const id = await insertWriteOffRequest(tx, tenantId, { invoiceId: checked.invoice.id, amount: checked.amount, date: checked.date, reason: checked.reason, actor: input.actor });
    await recordAudit(tx, tenantId, { actor: input.actor, action: 'write-off-request', entity: 'invoice', entityKey: checked.invoice.number, reason: checked.reason, details: { request: id, date: checked.date, amount: checked.amount } });
    const [row] = await listWriteOffRequests(tx, tenantId, { id, limit: 1, offset: 0 });
    if (!row) throw new Error(`write-off request ${id} vanished`);
    return writeOffRequestJson(row);
  });
}
