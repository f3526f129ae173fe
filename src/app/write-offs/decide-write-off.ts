// A manager approves (the write-off is posted, with the approver) or rejects (with a reason) a pending write-off
// request. Four eyes: never the requester (src/domain/placements/write-off-approval.ts).
import { formatAmount } from '../../domain/money.js';
import { mayDecide } from '../../domain/placements/write-off-approval.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import { decideWriteOffRequest, listWriteOffRequests } from '../../store/write-off-requests.js';
import { ForbiddenError, InputError, NotFoundError } from '../errors.js';
import { checkWriteOff, postWriteOff } from '../write-off.js';
import { type WriteOffRequestJson, requestId, writeOffRequestJson } from './write-off-request-json.js';

export type WriteOffDecision = { id: string; decision: 'approve' | 'reject'; reason?: string | undefined; actor: string; role: string };

export async function decideWriteOff(db: Db, tenantId: number, input: WriteOffDecision): Promise<WriteOffRequestJson & { open: string | null }> {
  const id = requestId(input.id);
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'reject' && reason === '') throw new InputError('reason', 'is required: say why the write-off is rejected');
  return inTenant(db, tenantId, async (tx) => {
    const [request] = await listWriteOffRequests(tx, tenantId, { id, limit: 1, offset: 0 });
    if (!request) throw new NotFoundError(`no write-off request ${input.id}`);
    const may = mayDecide({ requestedBy: request.requested_by, status: request.status }, { actor: input.actor, role: input.role });
    if (!may.ok) throw may.forbidden ? new ForbiddenError(may.reason) : new InputError('id', may.reason);
    let open: string | null = null;
    if (input.decision === 'approve') {
      // Cash may have arrived since the request: never write off more than is open now.
      const checked = await checkWriteOff(tx, tenantId, { invoiceNumber: request.invoice_number, amount: undefined, date: request.date, reason: request.reason });
      if (request.amount > checked.invoice.open) throw new InputError('amount', `only ${formatAmount(checked.invoice.open, request.currency)} is open on invoice ${request.invoice_number} now, ${formatAmount(request.amount, request.currency)} was asked for: reject this request and ask again`);
      open = (await postWriteOff(tx, tenantId, { ...checked, amount: request.amount }, input.actor, id)).open;
    }
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    if (!(await decideWriteOffRequest(tx, tenantId, id, { status, by: input.actor, reason: reason === '' ? null : reason }))) throw new InputError('id', 'the request was decided meanwhile');
    await recordAudit(tx, tenantId, { actor: input.actor, action: `write-off-${status}`, entity: 'write-off-request', entityKey: String(id), reason: reason === '' ? undefined : reason, details: { invoice: request.invoice_number, requestedBy: request.requested_by } });
    const [row] = await listWriteOffRequests(tx, tenantId, { id, limit: 1, offset: 0 });
    if (!row) throw new Error(`write-off request ${id} vanished`);
    return { ...writeOffRequestJson(row), open };
  });
}
