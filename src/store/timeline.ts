// A customer's timeline (issue #6: "every customer has one timeline: letters, e-mails, calls, notes, promises,
// disputes, plans, payments, holds"): one union-all query over every source, newest first, paged. Each branch is
// cut to offset + limit rows by its own (tenant_id, customer_id) index before the merge, so a customer with
// thousands of entries costs a few index scans and one small sort.
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from './db.js';

export const TIMELINE_KINDS = [
  'letter', 'email', 'sms', 'call', 'note', 'promise', 'dispute', 'payment-plan', 'payment', 'credit-note', 'credit-hold', 'placement', 'dunning', 'write-off',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineRow = {
  at: Date; kind: TimelineKind; ref: string; by: string | null; currency: string | null; amount: bigint | null; status: string | null;
  details: Record<string, unknown> | string | null;
};

type Query = { customerId: bigint; kinds: readonly TimelineKind[]; limit: number; offset: number; timeZone: string };

/** Business dates (payments, credit notes, write-offs) stand at the start of that day in the tenant's zone. */
const dayStart = (column: string, zone: string) => sql`(${sql.ref(column)}::timestamp at time zone ${zone})`;

function branches(tenantId: number, q: Query): RawBuilder<unknown>[] {
  const id = q.customerId;
  const n = q.offset + q.limit + 1;
  const want = (kind: TimelineKind) => q.kinds.includes(kind);
  const out: RawBuilder<unknown>[] = [];
  const add = (body: RawBuilder<unknown>) => out.push(sql`(${body} order by 1 desc, 3 desc limit ${n})`);
  const channels = (['letter', 'email', 'sms'] as const).filter(want);
  if (channels.length > 0) {
    add(sql`select coalesce(o.sent_at, o.created_at) as at, (case o.channel when 'letter' then 'letter' when 'email' then 'email' else 'sms' end)::text as kind,
        o.id::text as ref, coalesce(a.decided_by, r.created_by) as by, a.currency::text as currency, a.total as amount, o.status,
        json_build_object('recipient', o.recipient, 'subject', o.subject, 'level', a.level, 'lastError', o.last_error, 'sentAt', o.sent_at, 'actionId', a.id::text) as details
      from dunning_actions a join outbox o on o.tenant_id = a.tenant_id and o.action_id = a.id join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
      where a.tenant_id = ${tenantId} and a.customer_id = ${id} and o.channel = any(${channels}::text[])`);
  }
  if (want('call')) {
    add(sql`select coalesce(k.called_at, k.completed_at, k.created_at) as at, 'call', k.id::text, k.completed_by, null::text, null::bigint, k.outcome,
        json_build_object('phone', k.phone, 'contactName', k.contact_name, 'note', k.note, 'nextActionOn', k.next_action_on, 'reason', k.reason,
          'promiseId', k.promise_made_id::text, 'disputeId', k.dispute_id::text)
      from call_tasks k where k.tenant_id = ${tenantId} and k.customer_id = ${id} and k.status = 'done'`);
  }
  if (want('note')) {
    add(sql`select n.created_at, 'note', n.id::text, n.created_by, null::text, null::bigint, null::text, json_build_object('text', n.body)
      from customer_notes n where n.tenant_id = ${tenantId} and n.customer_id = ${id}`);
  }
  if (want('promise')) {
    add(sql`select p.created_at, 'promise', p.id::text, p.created_by, p.currency::text, p.amount, p.status,
        json_build_object('promisedDate', p.promised_date, 'note', p.note, 'decidedOn', p.decided_on, 'collector', p.collector)
      from promises p where p.tenant_id = ${tenantId} and p.customer_id = ${id}`);
  }
  if (want('dispute')) {
    add(sql`select d.created_at, 'dispute', d.id::text, d.created_by, x.currency, x.amount, d.status,
        json_build_object('reason', d.reason, 'department', d.department, 'dueDate', d.due_date, 'note', d.note, 'resolvedOn', d.resolved_on)
      from disputes d cross join lateral (select min(i.currency)::text as currency, sum(di.amount)::bigint as amount from dispute_invoices di
        join invoices i on i.tenant_id = di.tenant_id and i.id = di.invoice_id where di.tenant_id = d.tenant_id and di.dispute_id = d.id) x
      where d.tenant_id = ${tenantId} and d.customer_id = ${id}`);
  }
  if (want('payment-plan')) {
    add(sql`select pp.created_at, 'payment-plan', pp.id::text, pp.created_by, pp.currency::text,
        (select sum(s.amount)::bigint from payment_plan_instalments s where s.tenant_id = pp.tenant_id and s.plan_id = pp.id), pp.status,
        json_build_object('instalments', (select count(*) from payment_plan_instalments s where s.tenant_id = pp.tenant_id and s.plan_id = pp.id), 'note', pp.note)
      from payment_plans pp where pp.tenant_id = ${tenantId} and pp.customer_id = ${id}`);
  }
  if (want('payment')) {
    add(sql`select ${dayStart('p.date', q.timeZone)}, 'payment', p.id::text, null::text, p.currency::text, p.amount, null::text,
        json_build_object('date', p.date, 'paymentRef', p.payment_ref, 'invoiceNumbers', p.invoice_numbers)
      from payments p where p.tenant_id = ${tenantId} and p.customer_id = ${id}`);
  }
  if (want('credit-note')) {
    add(sql`select ${dayStart('n.date', q.timeZone)}, 'credit-note', n.id::text, null::text, n.currency::text, n.amount, null::text,
        json_build_object('date', n.date, 'number', n.number)
      from credit_notes n where n.tenant_id = ${tenantId} and n.customer_id = ${id}`);
  }
  if (want('credit-hold')) {
    add(sql`select h.created_at, 'credit-hold', h.id::text, h.created_by, null::text, null::bigint, h.action, json_build_object('reason', h.reason)
      from credit_holds h where h.tenant_id = ${tenantId} and h.customer_id = ${id}`);
  }
  if (want('placement')) {
    add(sql`select pl.created_at, 'placement', pl.id::text, pl.created_by, pl.currency::text, pl.amount, pl.status,
        json_build_object('placementKind', pl.kind, 'placedOn', pl.placed_on)
      from placements pl where pl.tenant_id = ${tenantId} and pl.customer_id = ${id}`);
  }
  if (want('dunning')) {
    add(sql`select a.created_at, 'dunning', a.id::text, coalesce(a.decided_by, r.created_by), a.currency::text, a.total, a.status,
        json_build_object('level', a.level, 'channels', a.channels, 'deadline', a.deadline, 'runDate', r.as_of)
      from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id where a.tenant_id = ${tenantId} and a.customer_id = ${id}`);
  }
  if (want('write-off')) {
    add(sql`select ${dayStart('w.date', q.timeZone)}, 'write-off', w.id::text, null::text, i.currency::text, w.amount, null::text,
        json_build_object('date', w.date, 'invoiceNumber', i.number, 'reason', w.reason)
      from invoices i join write_offs w on w.tenant_id = i.tenant_id and w.invoice_id = i.id where i.tenant_id = ${tenantId} and i.customer_id = ${id}`);
  }
  return out;
}

/** One page of the timeline, newest first (ties: by kind, then newest id); one row more than asked tells "more". */
export async function timelinePage(tx: Tx, tenantId: number, q: Query): Promise<TimelineRow[]> {
  const parts = branches(tenantId, q);
  if (parts.length === 0) return [];
  const result = await sql<TimelineRow>`select * from (${sql.join(parts, sql` union all `)}) t(at, kind, ref, by, currency, amount, status, details)
    order by at desc, kind, length(ref) desc, ref desc limit ${q.limit + 1} offset ${q.offset}`.execute(tx);
  return result.rows;
}
