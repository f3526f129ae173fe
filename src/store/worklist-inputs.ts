// What the worklist (issue #6) reads, in a few set-based queries over the whole tenant, each returning one text
// value (text-rows.ts, docs/decisions/0008). Settlements count whatever their date: the worklist is about now, and
// "nothing already paid is ever on the worklist" — asOf only decides how many days past due an item is.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from './db.js';
import { escapedText as escaped, lineFields as fields, textLines as lines } from './text-rows.js';

/**
 * Invoices an open dispute, an active promise not past its date plus grace, or an active payment plan names: the
 * few items whose overdue amount is split in the domain (src/domain/worklist/held.ts), left out of the aggregate.
 */
function heldInvoices(tenantId: number, asOf: string): RawBuilder<unknown> {
  return sql`held as (
      select di.invoice_id from dispute_invoices di join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
       where di.tenant_id = ${tenantId} and d.status = 'open'
      union select pi.invoice_id from promise_invoices pi join promises p on p.tenant_id = pi.tenant_id and p.id = pi.promise_id
       where pi.tenant_id = ${tenantId} and p.status = 'active' and p.promised_date + p.grace_days >= ${asOf}::date
      union select ppi.invoice_id from payment_plan_invoices ppi join payment_plans pp on pp.tenant_id = ppi.tenant_id and pp.id = ppi.plan_id
       where ppi.tenant_id = ${tenantId} and pp.status = 'active'
    )`;
}

/** Everything that has reduced (or, for a positive adjustment, raised) each invoice, whatever its date. */
function settledEver(tenantId: number): RawBuilder<unknown> {
  return sql`settled as (
      select invoice_id, sum(amount)::bigint as amount from (
        select invoice_id, amount from allocations where tenant_id = ${tenantId}
        union all select invoice_id, amount from write_offs where tenant_id = ${tenantId}
        union all select invoice_id, -amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null
      ) s group by invoice_id
    )`;
}

export type OverdueAggregate = { bands: bigint[]; oldestDue: number; dunningLevel: number };

/**
 * Per customer: the overdue open amount of the items no dispute, promise or plan names, per age band (1-30, 31-60,
 * 61-90, 91-180, 181+ days past due: src/domain/worklist/bands.ts), the oldest due date as a day number, and the
 * highest dunning level reached among them. One hash aggregate over the tenant's invoices.
 */
export async function loadOverdueAggregates(tx: Tx, tenantId: number, asOf: string): Promise<Map<string, OverdueAggregate>> {
  // A hash aggregate over every customer needs more than the default 4 MB, or the planner sorts instead (aging-query.ts).
  await sql`set local work_mem = '128MB'`.execute(tx);
  const result = await sql<{ rows: string | null }>`
    with ${heldInvoices(tenantId, asOf)}, ${settledEver(tenantId)},
    items as (
      select i.customer_id, ${asOf}::date - i.due_date as days, i.due_date, i.amount - coalesce(s.amount, 0) as open, st.level
        from invoices i
        left join settled s on s.invoice_id = i.id
        left join invoice_dunning st on st.tenant_id = i.tenant_id and st.invoice_id = i.id
       where i.tenant_id = ${tenantId} and i.due_date < ${asOf}::date and not exists (select 1 from held h where h.invoice_id = i.id)
    )
    select string_agg(concat_ws(',', customer_id, b0, b1, b2, b3, b4, oldest, level), E'\n') as rows from (
      select customer_id,
        coalesce(sum(open) filter (where days <= 30), 0) as b0, coalesce(sum(open) filter (where days between 31 and 60), 0) as b1,
        coalesce(sum(open) filter (where days between 61 and 90), 0) as b2, coalesce(sum(open) filter (where days between 91 and 180), 0) as b3,
        coalesce(sum(open) filter (where days > 180), 0) as b4, min(due_date) - date '1970-01-01' as oldest, coalesce(max(level), 0) as level
        from items where open > 0 group by customer_id) x`.execute(tx);
  const out = new Map<string, OverdueAggregate>();
  for (const line of lines(result.rows[0]?.rows)) {
    const [id, b0, b1, b2, b3, b4, oldest, level] = fields(line, 8) as [string, string, string, string, string, string, string, string];
    out.set(id, { bands: [BigInt(b0), BigInt(b1), BigInt(b2), BigInt(b3), BigInt(b4)], oldestDue: Number(oldest), dunningLevel: Number(level) });
  }
  return out;
}

export type HeldItemRow = { invoiceId: string; customerId: string; dueDay: number; open: bigint; disputed: bigint; planned: boolean; level: number };

/** The overdue items the held invoices are, each with its open amount, the part open disputes claim and whether a plan holds it. */
export async function loadHeldItems(tx: Tx, tenantId: number, asOf: string): Promise<HeldItemRow[]> {
  const result = await sql<{ rows: string | null }>`
    with ${heldInvoices(tenantId, asOf)}
    select string_agg(concat_ws(',', i.id, i.customer_id, i.due_date - date '1970-01-01',
        i.amount + coalesce(adj.total, 0) - coalesce(al.total, 0) - coalesce(wo.total, 0), coalesce(dis.total, 0), pl.planned, coalesce(st.level, 0)), E'\n') as rows
      from invoices i
      join (select distinct invoice_id from held) h on h.invoice_id = i.id
      left join lateral (select sum(amount) total from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id) adj on true
      left join lateral (select sum(amount) total from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id) al on true
      left join lateral (select sum(amount) total from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id) wo on true
      left join lateral (select sum(di.amount) total from dispute_invoices di join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
                          where di.tenant_id = i.tenant_id and di.invoice_id = i.id and d.status = 'open') dis on true
      left join lateral (select exists (select 1 from payment_plan_invoices ppi join payment_plans pp on pp.tenant_id = ppi.tenant_id and pp.id = ppi.plan_id
                          where ppi.tenant_id = i.tenant_id and ppi.invoice_id = i.id and pp.status = 'active') as planned) pl on true
      left join invoice_dunning st on st.tenant_id = i.tenant_id and st.invoice_id = i.id
     where i.tenant_id = ${tenantId} and i.due_date < ${asOf}::date`.execute(tx);
  return lines(result.rows[0]?.rows).map((line) => {
    const [invoiceId, customerId, due, open, disputed, planned, level] = fields(line, 7) as [string, string, string, string, string, string, string];
    return { invoiceId, customerId, dueDay: Number(due), open: BigInt(open), disputed: BigInt(disputed), planned: planned === 't' || planned === 'true', level: Number(level) };
  });
}

export type PromiseRowForWorklist = { customerId: string; amount: bigint; promisedDate: string; invoiceIds: string[] };

/** Active promises not yet past their date plus grace (one past it is broken, to be worked again). */
export async function loadActivePromises(tx: Tx, tenantId: number, asOf: string): Promise<PromiseRowForWorklist[]> {
  const result = await sql<{ customer_id: string; amount: bigint; promised_date: string; invoice_ids: string[] | null }>`
    select p.customer_id::text, p.amount, p.promised_date,
      (select array_agg(pi.invoice_id::text order by pi.invoice_id) from promise_invoices pi where pi.tenant_id = p.tenant_id and pi.promise_id = p.id) as invoice_ids
      from promises p where p.tenant_id = ${tenantId} and p.status = 'active' and p.promised_date + p.grace_days >= ${asOf}::date
     order by p.id`.execute(tx);
  return result.rows.map((r) => ({ customerId: r.customer_id, amount: r.amount, promisedDate: r.promised_date, invoiceIds: r.invoice_ids ?? [] }));
}

/** Cash and credit on each customer's account not applied to any invoice (payment or credit note, plus its adjustments, less its allocations). */
export async function loadUnappliedCredit(tx: Tx, tenantId: number): Promise<Map<string, bigint>> {
  const result = await sql<{ rows: string | null }>`
    select string_agg(customer_id || ',' || credit, E'\n') as rows from (
      select customer_id, sum(amount)::bigint as credit from (
        select customer_id, amount from payments where tenant_id = ${tenantId}
        union all select customer_id, amount from credit_notes where tenant_id = ${tenantId}
        union all select p.customer_id, a.amount from adjustments a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id where a.tenant_id = ${tenantId}
        union all select n.customer_id, a.amount from adjustments a join credit_notes n on n.tenant_id = a.tenant_id and n.id = a.credit_note_id where a.tenant_id = ${tenantId}
        union all select p.customer_id, -a.amount from allocations a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id where a.tenant_id = ${tenantId}
        union all select n.customer_id, -a.amount from allocations a join credit_notes n on n.tenant_id = a.tenant_id and n.id = a.credit_note_id where a.tenant_id = ${tenantId}
      ) x group by customer_id having sum(amount) > 0) y`.execute(tx);
  return new Map(lines(result.rows[0]?.rows).map((line) => {
    const [id, credit] = fields(line, 2) as [string, string];
    return [id, BigInt(credit)];
  }));
}

export type WorklistCustomerRow = {
  id: string; customerRef: string; name: string; currency: string; phone: string | null; salesRep: string | null;
  country: string; language: string; debtorType: string; creditLimit: bigint | null; doNotContact: boolean;
  grade: string | null; gradedOn: string | null; placedWith: 'agency' | 'legal' | null;
};

/**
 * The tenant's customers with what a collector needs: the phone (the customer's, else an accounts-payable, billing
 * or executive contact's), the sales representative, the latest risk grade (customer_risk, issue #8) and whether
 * an agency or legal holds the account (an active placement).
 */
export async function loadWorklistCustomers(tx: Tx, tenantId: number): Promise<WorklistCustomerRow[]> {
  const result = await sql<{ rows: string | null }>`
    with phones as (
      select distinct on (customer_id) customer_id, phone from contacts
       where tenant_id = ${tenantId} and phone is not null and phone <> ''
       order by customer_id, case role when 'accounts-payable' then 0 when 'billing' then 1 else 2 end, id
    ),
    placed as (
      select customer_id, max(case kind when 'legal' then 2 else 1 end) as kind from placements
       where tenant_id = ${tenantId} and status = 'active' and kind in ('agency', 'legal') group by customer_id
    )
    select string_agg(concat_ws(',', c.id, ${escaped(sql`c.customer_ref`)}, ${escaped(sql`c.name`)}, c.currency,
        ${escaped(sql`coalesce(c.phone, ph.phone, '')`)}, ${escaped(sql`coalesce(c.sales_rep, '')`)}, coalesce(c.country, t.country),
        ${escaped(sql`coalesce(c.language, t.default_language)`)}, c.debtor_type, coalesce(c.credit_limit::text, ''), c.do_not_contact,
        coalesce(r.grade, ''), coalesce(r.as_of::text, ''), coalesce(pl.kind, 0)), E'\n') as rows
      from customers c
      join tenants t on t.id = c.tenant_id
      left join phones ph on ph.customer_id = c.id
      left join customer_risk r on r.tenant_id = c.tenant_id and r.customer_id = c.id
      left join placed pl on pl.customer_id = c.id
     where c.tenant_id = ${tenantId}`.execute(tx);
  return lines(result.rows[0]?.rows).map((line) => {
    const f = fields(line, 14) as [string, string, string, string, string, string, string, string, string, string, string, string, string, string];
    return {
      id: f[0], customerRef: f[1], name: f[2], currency: f[3].trim(), phone: f[4] || null, salesRep: f[5] || null, country: f[6].trim(), language: f[7],
      debtorType: f[8], creditLimit: f[9] === '' ? null : BigInt(f[9]), doNotContact: f[10] === 't' || f[10] === 'true',
      grade: f[11].trim() || null, gradedOn: f[12] || null, placedWith: f[13] === '2' ? 'legal' : f[13] === '1' ? 'agency' : null,
    };
  });
}

export type CustomerStateRow = { customerId: string; openDispute: boolean; activePlan: boolean; brokenPromiseRecently: boolean };

/** Customers with an open dispute, an active plan, or a promise broken on or after `brokenSince`. */
export async function loadCustomerStates(tx: Tx, tenantId: number, brokenSince: string): Promise<CustomerStateRow[]> {
  const result = await sql<{ customer_id: string; dispute: boolean; plan: boolean; broken: boolean }>`
    select customer_id::text, bool_or(kind = 'dispute') as dispute, bool_or(kind = 'plan') as plan, bool_or(kind = 'broken') as broken from (
      select customer_id, 'dispute' as kind from disputes where tenant_id = ${tenantId} and status = 'open'
      union all select customer_id, 'plan' from payment_plans where tenant_id = ${tenantId} and status = 'active'
      union all select customer_id, 'broken' from promises where tenant_id = ${tenantId} and status = 'broken' and decided_on >= ${brokenSince}::date
    ) x group by customer_id`.execute(tx);
  return result.rows.map((r) => ({ customerId: r.customer_id, openDispute: r.dispute, activePlan: r.plan, brokenPromiseRecently: r.broken }));
}

export type OpenCallRow = { customerId: string; dueAt: Date; timeZone: string; reason: string };

/** Each customer's earliest open call task. */
export async function loadNextCalls(tx: Tx, tenantId: number): Promise<OpenCallRow[]> {
  const result = await sql<{ customer_id: string; due_at: Date; time_zone: string; reason: string }>`
    select distinct on (customer_id) customer_id::text, due_at, time_zone, reason from call_tasks
     where tenant_id = ${tenantId} and status = 'open' order by customer_id, due_at, id`.execute(tx);
  return result.rows.map((r) => ({ customerId: r.customer_id, dueAt: r.due_at, timeZone: r.time_zone, reason: r.reason }));
}
