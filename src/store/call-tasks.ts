// Call tasks: the collector's "call this customer" on the worklist (issue #4 creates them from dunning levels;
// issue #6 logs their outcomes, adds manual tasks, follow-ups and assignment).
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type NewCallTask = {
  customerId: bigint; source: 'dunning' | 'broken-promise' | 'manual'; actionId: bigint | null; promiseId: bigint | null;
  phone: string | null; contactName: string | null; reason: string; dueAt: Date; timeZone: string;
  assignedTo?: string | null | undefined; followUpOf?: bigint | null | undefined; createdBy?: string | null | undefined;
};

export type CallTaskRow = {
  id: bigint; customer_ref: string; customer_name: string; source: string; phone: string | null; contact_name: string | null;
  reason: string; due_at: Date; time_zone: string; status: string; assigned_to: string | null; outcome: string | null;
  note: string | null; next_action_on: string | null; action_id: bigint | null; created_at: Date;
  called_at: Date | null; completed_by: string | null; promise_made_id: bigint | null; dispute_id: bigint | null; follow_up_of: bigint | null;
  created_by: string | null;
};

export async function insertCallTasks(tx: Tx, tenantId: number, tasks: readonly NewCallTask[]): Promise<bigint[]> {
  if (tasks.length === 0) return [];
  const rows = await tx.insertInto('call_tasks').values(tasks.map((t) => ({
    tenant_id: tenantId, customer_id: t.customerId, source: t.source, action_id: t.actionId, promise_id: t.promiseId,
    phone: t.phone, contact_name: t.contactName, reason: t.reason, due_at: t.dueAt, time_zone: t.timeZone,
    assigned_to: t.assignedTo ?? null, outcome: null, note: null, next_action_on: null, completed_at: null, completed_by: null,
    follow_up_of: t.followUpOf ?? null, created_by: t.createdBy ?? null,
  }))).returning('id').execute();
  return rows.map((r) => r.id);
}

const SELECT = sql`
    select k.id, c.customer_ref, c.name as customer_name, k.source, k.phone, k.contact_name, k.reason, k.due_at, k.time_zone,
      k.status, k.assigned_to, k.outcome, k.note, k.next_action_on, k.action_id, k.created_at, k.called_at, k.completed_by,
      k.promise_made_id, k.dispute_id, k.follow_up_of, k.created_by
      from call_tasks k join customers c on c.tenant_id = k.tenant_id and c.id = k.customer_id`;

export async function listCallTasks(
  tx: Tx, tenantId: number,
  filter: { status?: string | undefined; customerRef?: string | undefined; assignedTo?: string | undefined; limit: number; offset: number },
): Promise<CallTaskRow[]> {
  const result = await sql<CallTaskRow>`${SELECT}
     where k.tenant_id = ${tenantId}
       ${filter.status ? sql`and k.status = ${filter.status}` : sql``}
       ${filter.customerRef ? sql`and c.customer_ref = ${filter.customerRef}` : sql``}
       ${filter.assignedTo ? sql`and k.assigned_to = ${filter.assignedTo}` : sql``}
     order by k.due_at, k.id limit ${filter.limit} offset ${filter.offset}`.execute(tx);
  return result.rows;
}

export async function findCallTask(tx: Tx, tenantId: number, id: bigint): Promise<(CallTaskRow & { customer_id: bigint; promise_id: bigint | null }) | undefined> {
  const result = await sql<CallTaskRow & { customer_id: bigint; promise_id: bigint | null }>`
    select t.*, k.customer_id, k.promise_id from (${SELECT} where k.tenant_id = ${tenantId} and k.id = ${id}) t
      join call_tasks k on k.tenant_id = ${tenantId} and k.id = t.id`.execute(tx);
  return result.rows[0];
}

export type CallLog = {
  outcome: string; note: string | null; nextActionOn: string | null; calledAt: Date; by: string;
  promiseMadeId: bigint | null; disputeId: bigint | null;
};

/** Closes an open task with what the call produced; false when it was no longer open (logged twice). */
export async function completeCallTask(tx: Tx, tenantId: number, id: bigint, log: CallLog): Promise<boolean> {
  const result = await tx.updateTable('call_tasks').set({
    status: 'done', outcome: log.outcome as never, note: log.note, next_action_on: log.nextActionOn, called_at: log.calledAt,
    completed_at: log.calledAt, completed_by: log.by, promise_made_id: log.promiseMadeId, dispute_id: log.disputeId,
  }).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function assignCallTask(tx: Tx, tenantId: number, id: bigint, assignedTo: string | null): Promise<boolean> {
  const result = await tx.updateTable('call_tasks').set({ assigned_to: assignedTo })
    .where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Digits and a leading +: how two spellings of one phone number compare. */
const DIGITS = (column: string) => sql.raw(`regexp_replace(coalesce(${column}, ''), '[^0-9+]', '', 'g')`);

/** Marks this phone number bad on the customer's contacts and the customer itself; how many were marked. */
export async function markPhoneBad(tx: Tx, tenantId: number, customerId: bigint, phone: string, reason: string, at: Date): Promise<number> {
  const digits = phone.replace(/[^\d+]/g, '');
  const result = await sql`update contacts set bad_phone_at = ${at}, bad_phone_reason = ${reason}
     where tenant_id = ${tenantId} and customer_id = ${customerId} and bad_phone_at is null and ${DIGITS('phone')} = ${digits}`.execute(tx);
  const own = await sql`update customers set bad_phone_at = ${at}
     where tenant_id = ${tenantId} and id = ${customerId} and bad_phone_at is null and ${DIGITS('phone')} = ${digits}`.execute(tx);
  return Number(result.numAffectedRows ?? 0n) + Number(own.numAffectedRows ?? 0n);
}

export type PhoneChoice = { phone: string; contactName: string | null };

/** The customer's phones not marked bad: billing contacts first, then accounts payable, executive, the customer's own. */
export async function goodPhones(tx: Tx, tenantId: number, customerId: bigint): Promise<PhoneChoice[]> {
  const result = await sql<{ phone: string; contact_name: string | null }>`
    select phone, contact_name from (
      select k.phone, k.name as contact_name, case k.role when 'billing' then 1 when 'accounts-payable' then 2 else 3 end as rank, k.id
        from contacts k where k.tenant_id = ${tenantId} and k.customer_id = ${customerId} and k.phone is not null and k.phone <> '' and k.bad_phone_at is null
      union all
      select c.phone, null, 4, 0 from customers c where c.tenant_id = ${tenantId} and c.id = ${customerId} and c.phone is not null and c.phone <> ''
        and c.bad_phone_at is null
    ) p order by rank, id`.execute(tx);
  return result.rows.map((r) => ({ phone: r.phone, contactName: r.contact_name }));
}

export type LoggedCallRow = { called_at: Date; time_zone: string; outcome: string };

/** Calls logged from `from` up to `to` (instants), for the reach report. */
export async function loggedCalls(tx: Tx, tenantId: number, from: Date, to: Date): Promise<LoggedCallRow[]> {
  return tx.selectFrom('call_tasks').select(['called_at as called_at', 'time_zone', 'outcome'])
    .where('tenant_id', '=', tenantId).where('called_at', 'is not', null).where('called_at', '>=', from).where('called_at', '<', to)
    .where('outcome', 'is not', null).execute() as Promise<LoggedCallRow[]>;
}
