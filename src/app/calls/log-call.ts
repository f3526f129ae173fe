// Logging a call (issue #6: "Logging a call records outcome (promise, dispute, no answer, left message, wrong
// number, refused, paid already), a note and the next action date"), on a scheduled task or unscheduled on a
// customer. In one transaction: the promise or dispute the call produced (through their own use cases), a wrong
// number marked bad, the task closed with who called and when, and the follow-up task due on the next action date.
import { CALL_OUTCOMES, type CallOutcome } from '../../domain/call-outcomes.js';
import { nextCallSlot } from '../../domain/call-schedule.js';
import { isTimeZone } from '../../domain/dates.js';
import type { DisputeReason } from '../../domain/disputes/index.js';
import { startOfLocalDay, toEpochMs } from '../../domain/law/notices/local-time.js';
import { recordAudit } from '../../store/audit.js';
import { completeCallTask, findCallTask, goodPhones, insertCallTasks, markPhoneBad } from '../../store/call-tasks.js';
import type { Db, Tx } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { openDisputeIn } from '../disputes/open-dispute.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkDate, checkId, customerOr404 } from '../promises/commitment-input.js';
import { createPromiseIn } from '../promises/create-promise.js';
import { callHoursOf } from './call-settings.js';
import { type CallTaskJson, callTaskJson } from './call-tasks.js';

export type CallPromise = { amount: string; currency?: string | undefined; promisedDate: string; invoiceNumbers?: string[] | undefined; graceDays?: number | undefined };
export type CallDispute = {
  invoices: { invoiceNumber: string; amount?: string | undefined }[]; reason: DisputeReason; department?: string | undefined;
  product?: string | undefined; dueDate?: string | undefined;
};

export type CallLogInput = {
  outcome: CallOutcome; note?: string | undefined; nextActionOn?: string | undefined; calledAt?: string | undefined;
  promise?: CallPromise | undefined; dispute?: CallDispute | undefined;
  /** Today in the tenant's zone (computed at the edge). */
  asOf: string; actor: string;
};

export type CallLogged = { task: CallTaskJson; followUp: CallTaskJson | null; phoneMarkedBad: boolean };

const NOTE_MAX = 4000;

type Checked = { outcome: CallOutcome; note: string | null; nextActionOn: string | null; calledAt: Date; asOf: string };

function check(input: CallLogInput, nowMs: number): Checked {
  if (!CALL_OUTCOMES.includes(input.outcome)) throw new InputError('outcome', `one of ${CALL_OUTCOMES.join(', ')}`);
  const asOf = checkDate(input.asOf, 'asOf');
  const note = input.note?.trim() || null;
  if (note !== null && note.length > NOTE_MAX) throw new InputError('note', `at most ${NOTE_MAX} characters`);
  const nextActionOn = input.nextActionOn === undefined ? null : checkDate(input.nextActionOn, 'nextActionOn');
  if (nextActionOn !== null && nextActionOn < asOf) throw new InputError('nextActionOn', `${nextActionOn} is before today (${asOf})`);
  let calledAtMs = nowMs;
  if (input.calledAt !== undefined) {
    try {
      calledAtMs = toEpochMs('calledAt', input.calledAt);
    } catch (error) {
      throw new InputError('calledAt', error instanceof Error ? error.message.replace(/^calledAt: /, '') : 'not an instant');
    }
    // A call is logged after it was made; a few minutes of clock skew between the collector's device and the server are allowed.
    if (calledAtMs > nowMs + 5 * 60_000) throw new InputError('calledAt', 'is in the future');
  }
  if (input.outcome === 'promise' && !input.promise) throw new InputError('promise', 'a call with outcome "promise" records the promise: amount, promisedDate and the invoices');
  if (input.outcome !== 'promise' && input.promise) throw new InputError('promise', `only with outcome "promise", not "${input.outcome}"`);
  if (input.outcome === 'dispute' && !input.dispute) throw new InputError('dispute', 'a call with outcome "dispute" records the dispute: the invoices and the reason');
  if (input.outcome !== 'dispute' && input.dispute) throw new InputError('dispute', `only with outcome "dispute", not "${input.outcome}"`);
  return { outcome: input.outcome, note, nextActionOn, calledAt: new Date(calledAtMs), asOf };
}

/** Prefixes the field of an error raised by the promise or dispute use case ("promise.amount"). */
async function nested<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${prefix}.${error.field}`, error.reason);
    throw error;
  }
}

type Task = NonNullable<Awaited<ReturnType<typeof findCallTask>>>;

async function record(tx: Tx, tenant: TenantRow, task: Task, input: CallLogInput, checked: Checked): Promise<CallLogged> {
  if (task.status !== 'open') throw new InputError('id', `call task ${task.id} is ${task.status}, logged by ${task.completed_by ?? 'nobody'}; log a new call on the customer instead`);
  const { outcome, note, nextActionOn, calledAt, asOf } = checked;
  const promise = input.promise && await nested('promise', () => createPromiseIn(tx, tenant, {
    ...(input.promise as CallPromise), customerRef: task.customer_ref, collector: task.assigned_to ?? input.actor, note: note ?? undefined, asOf, actor: input.actor,
  }));
  const dispute = input.dispute && await nested('dispute', () => openDisputeIn(tx, tenant, {
    ...(input.dispute as CallDispute), customerRef: task.customer_ref, note: note ?? undefined, openedOn: asOf, actor: input.actor,
  }));
  const phoneMarkedBad = outcome === 'wrong-number' && task.phone !== null
    && await markPhoneBad(tx, tenant.id, task.customer_id, task.phone, `wrong number (call task ${task.id}, ${input.actor})`, calledAt) > 0;
  const done = await completeCallTask(tx, tenant.id, task.id, {
    outcome, note, nextActionOn, calledAt, by: input.actor, promiseMadeId: promise ? BigInt(promise.id) : null, disputeId: dispute ? BigInt(dispute.id) : null,
  });
  if (!done) throw new InputError('id', `call task ${task.id} was logged by someone else a moment ago`);
  const followUpId = nextActionOn === null ? null : await followUp(tx, tenant, task, outcome, note, nextActionOn, input.actor);
  await recordAudit(tx, tenant.id, {
    actor: input.actor, action: 'call-log', entity: 'call-task', entityKey: String(task.id), reason: note ?? undefined,
    details: { customerRef: task.customer_ref, outcome, phone: task.phone, calledAt: calledAt.toISOString(), nextActionOn, promiseId: promise?.id ?? null, disputeId: dispute?.id ?? null, followUpId: followUpId === null ? null : String(followUpId), phoneMarkedBad },
  });
  const [closed, next] = await Promise.all([findCallTask(tx, tenant.id, task.id), followUpId === null ? undefined : findCallTask(tx, tenant.id, followUpId)]);
  if (!closed) throw new Error(`call task ${task.id} vanished`);
  return { task: callTaskJson(closed), followUp: next ? callTaskJson(next) : null, phoneMarkedBad };
}

/**
 * The next call, due on the next action date at the first slot of that day (peak window first, call-schedule.ts),
 * for the same collector. After a wrong number it dials the next phone not marked bad.
 */
async function followUp(tx: Tx, tenant: TenantRow, task: Task, outcome: CallOutcome, note: string | null, on: string, actor: string): Promise<bigint> {
  const zone = isTimeZone(task.time_zone) ? task.time_zone : tenant.time_zone;
  const hours = await callHoursOf(tx, tenant.id);
  const phone = outcome === 'wrong-number' ? (await goodPhones(tx, tenant.id, task.customer_id))[0] ?? null : task.phone === null ? null : { phone: task.phone, contactName: task.contact_name };
  const [id] = await insertCallTasks(tx, tenant.id, [{
    customerId: task.customer_id, source: task.source as 'dunning' | 'broken-promise' | 'manual', actionId: task.action_id, promiseId: task.promise_id,
    phone: phone?.phone ?? null, contactName: phone?.contactName ?? null, timeZone: zone, dueAt: new Date(nextCallSlot(startOfLocalDay(on, zone), zone, hours)),
    reason: `follow-up after ${outcome} on call task ${task.id}${note ? `: ${note}` : ''}`.slice(0, 1000), assignedTo: task.assigned_to, followUpOf: task.id, createdBy: actor,
  }]);
  if (id === undefined) throw new Error('follow-up task not created');
  return id;
}

/** `POST /api/call-tasks/{id}/log`. */
export async function logCall(db: Db, tenant: TenantRow, taskId: string, input: CallLogInput, nowMs: number): Promise<CallLogged> {
  const id = checkId(taskId, 'call task');
  const checked = check(input, nowMs);
  return inTenant(db, tenant.id, async (tx) => {
    const task = await findCallTask(tx, tenant.id, id);
    if (!task) throw new NotFoundError(`no call task ${taskId}`);
    return record(tx, tenant, task, input, checked);
  });
}

/** `POST /api/customers/{ref}/calls`: a call nobody scheduled (the customer rang, or the collector rang on their own). */
export async function logUnscheduledCall(
  db: Db, tenant: TenantRow, customerRef: string, input: CallLogInput & { phone?: string | undefined; contactName?: string | undefined; direction?: 'outbound' | 'inbound' | undefined },
  nowMs: number,
): Promise<CallLogged> {
  const checked = check(input, nowMs);
  const phoneText = input.phone?.trim() || undefined;
  if (phoneText !== undefined && !/\d{3,}/.test(phoneText)) throw new InputError('phone', 'not a phone number');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await customerOr404(tx, tenant.id, customerRef);
    const zone = customer.time_zone && isTimeZone(customer.time_zone) ? customer.time_zone : tenant.time_zone;
    const known = phoneText === undefined ? (await goodPhones(tx, tenant.id, customer.id))[0] : undefined;
    const [id] = await insertCallTasks(tx, tenant.id, [{
      customerId: customer.id, source: 'manual', actionId: null, promiseId: null, phone: phoneText ?? known?.phone ?? null,
      contactName: input.contactName?.trim() || known?.contactName || null, timeZone: zone, dueAt: checked.calledAt,
      reason: input.direction === 'inbound' ? 'inbound call from the customer' : 'unscheduled call', assignedTo: input.actor, createdBy: input.actor,
    }]);
    const task = id === undefined ? undefined : await findCallTask(tx, tenant.id, id);
    if (!task) throw new Error('unscheduled call task not created');
    return record(tx, tenant, task, input, checked);
  });
}
