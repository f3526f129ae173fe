// Cancelling an active promise (issue #6), with a reason: dunning no longer waits for it. A cancelled promise is
// neither kept nor broken, so it is left out of the kept rate.
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { decidePromiseRow, listPromises } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkDate, checkId } from './commitment-input.js';
import { type PromiseJson, promiseJson } from './promise-json.js';

export async function cancelPromise(db: Db, tenant: TenantRow, input: { id: string; reason: string; asOf: string; actor: string }): Promise<PromiseJson> {
  const id = checkId(input.id, 'promise');
  const asOf = checkDate(input.asOf, 'asOf');
  const reason = input.reason.trim();
  if (reason === '') throw new InputError('reason', 'is required: say why the promise is cancelled');
  return inTenant(db, tenant.id, async (tx) => {
    const [row] = await listPromises(tx, tenant.id, { ids: [id] });
    if (!row) throw new NotFoundError(`no promise ${input.id}`);
    if (row.status !== 'active') throw new InputError('id', `promise ${input.id} is ${row.status}; only an active promise can be cancelled`);
    await decidePromiseRow(tx, tenant.id, id, { status: 'cancelled', decidedOn: asOf, decidedBy: input.actor, received: null, cancelReason: reason });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'promise-cancel', entity: 'promise', entityKey: String(id), reason, details: { customerRef: row.customer_ref, cancelledOn: asOf } });
    const [after] = await listPromises(tx, tenant.id, { ids: [id] });
    return promiseJson(after ?? row);
  });
}
