// Assigning a call task to a collector (issue #6), or taking it back to the pool (null). Who may assign whom is the
// route's decision (managers anyone; a collector only themselves).
import { recordAudit } from '../../store/audit.js';
import { assignCallTask as saveAssignment, findCallTask } from '../../store/call-tasks.js';
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkId } from '../promises/commitment-input.js';
import { type CallTaskJson, callTaskJson } from './call-tasks.js';

export async function assignCallTask(db: Db, tenant: TenantRow, input: { id: string; assignedTo: string | null; actor: string }): Promise<CallTaskJson> {
  const id = checkId(input.id, 'call task');
  const assignedTo = input.assignedTo === null ? null : input.assignedTo.trim();
  if (assignedTo !== null && (assignedTo === '' || assignedTo.length > 200)) throw new InputError('assignedTo', 'a collector, in 1 to 200 characters, or null');
  return inTenant(db, tenant.id, async (tx) => {
    const task = await findCallTask(tx, tenant.id, id);
    if (!task) throw new NotFoundError(`no call task ${input.id}`);
    if (task.status !== 'open') throw new InputError('id', `call task ${input.id} is ${task.status}`);
    await saveAssignment(tx, tenant.id, id, assignedTo);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'call-task-assign', entity: 'call-task', entityKey: input.id, details: { from: task.assigned_to, to: assignedTo } });
    const row = await findCallTask(tx, tenant.id, id);
    if (!row) throw new Error(`call task ${input.id} vanished`);
    return callTaskJson(row);
  });
}
