// Reading call tasks for the collectors (issue #4 creates them; issue #6 builds the worklist on them and logs them:
// the JSON carries who called, when, and what the call produced).
import { localClock } from '../../domain/law/notices/local-time.js';
import type { Db } from '../../store/db.js';
import { listCallTasks, type CallTaskRow } from '../../store/call-tasks.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';

export type CallTaskJson = {
  id: string; customerRef: string; customerName: string; source: string; phone: string | null; telUri: string | null; contactName: string | null;
  reason: string; dueAt: string; timeZone: string; localDueTime: string; status: string; assignedTo: string | null; outcome: string | null;
  note: string | null; nextActionOn: string | null; actionId: string | null;
  calledAt: string | null; calledBy: string | null; promiseId: string | null; disputeId: string | null; followUpOf: string | null; createdBy: string | null;
};

/** RFC 3966 tel: URI for click-to-call; visual separators dropped, a leading + kept. */
export function telUri(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

export function callTaskJson(row: CallTaskRow): CallTaskJson {
  const clock = localClock(row.due_at.getTime(), row.time_zone);
  return {
    id: String(row.id), customerRef: row.customer_ref, customerName: row.customer_name, source: row.source, phone: row.phone, telUri: telUri(row.phone),
    contactName: row.contact_name, reason: row.reason, dueAt: row.due_at.toISOString(), timeZone: row.time_zone, localDueTime: `${clock.date} ${clock.time.slice(0, 5)}`,
    status: row.status, assignedTo: row.assigned_to, outcome: row.outcome, note: row.note, nextActionOn: row.next_action_on,
    actionId: idText(row.action_id),
    calledAt: row.called_at?.toISOString() ?? null, calledBy: row.completed_by, promiseId: idText(row.promise_made_id), disputeId: idText(row.dispute_id),
    followUpOf: idText(row.follow_up_of), createdBy: row.created_by,
  };
}

const idText = (id: bigint | null): string | null => (id === null ? null : String(id));

export async function callTasks(
  db: Db, tenant: TenantRow, query: { status?: string | undefined; customerRef?: string | undefined; assignedTo?: string | undefined; limit: number; offset: number },
): Promise<{ tasks: CallTaskJson[]; limit: number; offset: number }> {
  const rows = await inTenant(db, tenant.id, (tx) => listCallTasks(tx, tenant.id, query));
  return { tasks: rows.map(callTaskJson), limit: query.limit, offset: query.offset };
}
