// A manual call task (issue #6: call tasks beside those dunning levels and broken promises make): due on a day at
// the customer's first calling slot (peak window first), or as soon as the customer's business hours allow.
import { nextCallSlot } from '../../domain/call-schedule.js';
import { isTimeZone } from '../../domain/dates.js';
import { startOfLocalDay } from '../../domain/law/notices/local-time.js';
import { recordAudit } from '../../store/audit.js';
import { findCallTask, goodPhones, insertCallTasks } from '../../store/call-tasks.js';
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkDate, customerOr404 } from '../promises/commitment-input.js';
import { callHoursOf } from './call-settings.js';
import { type CallTaskJson, callTaskJson } from './call-tasks.js';

export type NewCallTaskInput = {
  customerRef: string; reason: string; dueOn?: string | undefined; phone?: string | undefined; contactName?: string | undefined;
  assignedTo?: string | undefined; asOf: string; actor: string;
};

export async function createCallTask(db: Db, tenant: TenantRow, input: NewCallTaskInput, nowMs: number): Promise<CallTaskJson> {
  const asOf = checkDate(input.asOf, 'asOf');
  const dueOn = input.dueOn === undefined ? undefined : checkDate(input.dueOn, 'dueOn');
  if (dueOn !== undefined && dueOn < asOf) throw new InputError('dueOn', `${dueOn} is before today (${asOf})`);
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 1000) throw new InputError('reason', 'say why to call, in 1 to 1000 characters');
  const phone = input.phone?.trim() || undefined;
  if (phone !== undefined && !/\d{3,}/.test(phone)) throw new InputError('phone', 'not a phone number');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await customerOr404(tx, tenant.id, input.customerRef);
    const zone = customer.time_zone && isTimeZone(customer.time_zone) ? customer.time_zone : tenant.time_zone;
    const hours = await callHoursOf(tx, tenant.id);
    const from = dueOn === undefined ? nowMs : Math.max(nowMs, startOfLocalDay(dueOn, zone));
    const known = phone === undefined ? (await goodPhones(tx, tenant.id, customer.id))[0] : undefined;
    const [id] = await insertCallTasks(tx, tenant.id, [{
      customerId: customer.id, source: 'manual', actionId: null, promiseId: null, phone: phone ?? known?.phone ?? null,
      contactName: input.contactName?.trim() || known?.contactName || null, reason, timeZone: zone, dueAt: new Date(nextCallSlot(from, zone, hours)),
      assignedTo: input.assignedTo?.trim() || null, createdBy: input.actor,
    }]);
    const task = id === undefined ? undefined : await findCallTask(tx, tenant.id, id);
    if (!task) throw new Error('call task not created');
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'call-task-create', entity: 'call-task', entityKey: String(task.id), reason,
      details: { customerRef: customer.customer_ref, dueAt: task.due_at.toISOString(), phone: task.phone, assignedTo: task.assigned_to } });
    return callTaskJson(task);
  });
}
