// Call tasks: the collector's "call this customer" on the worklist (issue #4 creates them from dunning levels;
// issue #6 logs their outcomes).
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type NewCallTask = {
  customerId: bigint; source: 'dunning' | 'broken-promise' | 'manual'; actionId: bigint | null; promiseId: bigint | null;
  phone: string | null; contactName: string | null; reason: string; dueAt: Date; timeZone: string;
};

export type CallTaskRow = {
  id: bigint; customer_ref: string; customer_name: string; source: string; phone: string | null; contact_name: string | null;
  reason: string; due_at: Date; time_zone: string; status: string; assigned_to: string | null; outcome: string | null;
  note: string | null; next_action_on: string | null; action_id: bigint | null; created_at: Date;
};

export async function insertCallTasks(tx: Tx, tenantId: number, tasks: readonly NewCallTask[]): Promise<void> {
  if (tasks.length === 0) return;
  await tx.insertInto('call_tasks').values(tasks.map((t) => ({
    tenant_id: tenantId, customer_id: t.customerId, source: t.source, action_id: t.actionId, promise_id: t.promiseId,
    phone: t.phone, contact_name: t.contactName, reason: t.reason, due_at: t.dueAt, time_zone: t.timeZone,
    assigned_to: null, outcome: null, note: null, next_action_on: null, completed_at: null, completed_by: null,
  }))).execute();
}

export async function listCallTasks(
  tx: Tx, tenantId: number, filter: { status?: string | undefined; customerRef?: string | undefined; limit: number; offset: number },
): Promise<CallTaskRow[]> {
  const result = await sql<CallTaskRow>`
    select k.id, c.customer_ref, c.name as customer_name, k.source, k.phone, k.contact_name, k.reason, k.due_at, k.time_zone,
      k.status, k.assigned_to, k.outcome, k.note, k.next_action_on, k.action_id, k.created_at
      from call_tasks k join customers c on c.tenant_id = k.tenant_id and c.id = k.customer_id
     where k.tenant_id = ${tenantId}
       ${filter.status ? sql`and k.status = ${filter.status}` : sql``}
       ${filter.customerRef ? sql`and c.customer_ref = ${filter.customerRef}` : sql``}
     order by k.due_at, k.id limit ${filter.limit} offset ${filter.offset}`.execute(tx);
  return result.rows;
}
