// What a case file and a small-claims pack tell about an account (issue #6: "every contact made — outbox
// letters/e-mails/SMS, call_tasks with outcomes —"; "the reminders sent and when"): the contact history and the
// dunning actions of one customer, oldest first.
import { sql } from 'kysely';
import type { Executor } from './db.js';

export type ContactMadeRow = {
  /** Messages: the dunning run's business date; the instant is when it left (or was queued), calls when made or due. */
  kind: 'message' | 'call'; run_date: string | null; at: Date; sent: boolean; channel: string; level: number | null; recipient: string | null; subject: string | null;
  status: string; outcome: string | null; note: string | null; by: string | null;
};

/** Messages (by when they were sent, else queued) and calls (done: when completed; still open: when due). */
export async function contactsMade(db: Executor, tenantId: number, customerId: bigint): Promise<ContactMadeRow[]> {
  const result = await sql<ContactMadeRow>`
    select * from (
    select 'message' as kind, r.as_of as run_date, coalesce(o.sent_at, o.created_at) as at, o.sent_at is not null as sent, o.channel, a.level, o.recipient, o.subject, o.status,
      null::text as outcome, o.last_error as note, a.decided_by as by
      from outbox o join dunning_actions a on a.tenant_id = o.tenant_id and a.id = o.action_id
      join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
     where o.tenant_id = ${tenantId} and a.customer_id = ${customerId} and o.channel <> 'call-task'
    union all
    select 'call', null, coalesce(k.completed_at, k.due_at), k.completed_at is not null, 'call', null, coalesce(k.contact_name, k.phone), k.reason, k.status,
      k.outcome, k.note, coalesce(k.completed_by, k.assigned_to)
      from call_tasks k where k.tenant_id = ${tenantId} and k.customer_id = ${customerId}
    ) x order by coalesce(x.run_date, x.at::date), x.at, x.kind`.execute(db);
  return result.rows;
}

export type ReminderRow = {
  id: bigint; run_date: string; level: number; channels: string[]; registered_mail: boolean; deadline: string; fees: bigint; interest: bigint;
  total: bigint; status: string; first_sent_at: Date | null; invoices: unknown;
};

/** The dunning actions approved or sent for the customer in a currency, with when their first message left. */
export async function remindersSent(db: Executor, tenantId: number, customerId: bigint, currency: string): Promise<ReminderRow[]> {
  const result = await sql<ReminderRow>`
    select a.id, r.as_of as run_date, a.level, a.channels, a.registered_mail, a.deadline, a.fees, a.interest, a.total, a.status, a.invoices,
      (select min(o.sent_at) from outbox o where o.tenant_id = a.tenant_id and o.action_id = a.id) as first_sent_at
      from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
     where a.tenant_id = ${tenantId} and a.customer_id = ${customerId} and a.currency = ${currency} and a.status in ('approved', 'sent')
     order by r.as_of, a.level, a.id`.execute(db);
  return result.rows;
}
