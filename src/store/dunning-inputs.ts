// What the dunning planner needs, loaded in a few set-based queries (issue #4): open items with their dunning
// state and disputed part, and customers with their exclusions. Rows travel as one JSON value per query, as in
// aging-query.ts, because a million rows through the wire protocol cost more than the query.
import { sql } from 'kysely';
import type { OpenItemForDunning } from '../domain/dunning/index.js';
import type { Tx } from './db.js';

/** Invoices issued by asOf with a positive open amount at asOf, with their level reached and disputed part. */
export async function loadDunningItems(tx: Tx, tenantId: number, asOf: string): Promise<OpenItemForDunning[]> {
  const result = await sql<{ rows: string | null }>`
    with settled as (
      select invoice_id, sum(amount) as amount from (
        select invoice_id, amount from allocations where tenant_id = ${tenantId} and date <= ${asOf}
        union all select invoice_id, amount from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
        union all select invoice_id, -amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null and date <= ${asOf}
      ) s group by invoice_id
    ),
    disputed as (
      select di.invoice_id, sum(di.amount) as amount from dispute_invoices di
        join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
       where di.tenant_id = ${tenantId} and d.status = 'open' group by di.invoice_id
    ),
    items as (
      select i.id, i.number, c.customer_ref, i.currency, i.due_date, (i.amount - coalesce(s.amount, 0))::bigint as open,
        coalesce(d.amount, 0)::bigint as disputed, coalesce(st.level, 0) as level, st.level_on
      from invoices i
      join customers c on c.tenant_id = i.tenant_id and c.id = i.customer_id
      left join settled s on s.invoice_id = i.id
      left join disputed d on d.invoice_id = i.id
      left join invoice_dunning st on st.tenant_id = i.tenant_id and st.invoice_id = i.id
      where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf}
    )
    select json_agg(json_build_array(id::text, number, customer_ref, currency, due_date, open::text, least(disputed, open)::text, level, level_on))::text as rows
      from items where open > 0`.execute(tx);
  const rows = JSON.parse(result.rows[0]?.rows ?? '[]') as [string, string, string, string, string, string, string, number, string | null][];
  return rows.map(([id, number, customerRef, currency, dueDate, open, disputed, level, levelOn]) => ({
    invoiceId: id, number, customerRef, currency: currency.trim(), dueDate, open: BigInt(open), disputed: BigInt(disputed),
    levelReached: level, ...(levelOn ? { levelReachedOn: levelOn } : {}),
  }));
}

export type DunningCustomerRow = {
  customerRef: string; country: string; doNotContact: boolean; policyId: string | null; lastContactOn: string | null;
  promises: { until: string; invoiceIds: string[] }[]; planInvoiceIds: string[];
};

/** Customers with open items, their last contact, active promises (date + grace ≥ asOf) and active plans. */
export async function loadDunningCustomers(tx: Tx, tenantId: number, asOf: string): Promise<DunningCustomerRow[]> {
  const result = await sql<{ rows: string | null }>`
    select json_agg(json_build_array(c.customer_ref, coalesce(c.country, t.country), c.do_not_contact, c.dunning_policy_id::text,
      (select max(r.as_of) from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
        where a.tenant_id = c.tenant_id and a.customer_id = c.id and a.status in ('planned', 'approved', 'sent') and r.as_of <= ${asOf}),
      (select json_agg(json_build_array((p.promised_date + p.grace_days)::text,
          (select coalesce(json_agg(pi.invoice_id::text), '[]'::json) from promise_invoices pi where pi.tenant_id = p.tenant_id and pi.promise_id = p.id)))
        from promises p where p.tenant_id = c.tenant_id and p.customer_id = c.id and p.status = 'active' and p.promised_date + p.grace_days >= ${asOf}),
      (select json_agg(ppi.invoice_id::text) from payment_plans pp join payment_plan_invoices ppi on ppi.tenant_id = pp.tenant_id and ppi.plan_id = pp.id
        where pp.tenant_id = c.tenant_id and pp.customer_id = c.id and pp.status = 'active')
    ))::text as rows
    from customers c join tenants t on t.id = c.tenant_id
    where c.tenant_id = ${tenantId}`.execute(tx);
  const rows = JSON.parse(result.rows[0]?.rows ?? '[]') as [string, string, boolean, string | null, string | null, [string, string[]][] | null, string[] | null][];
  return rows.map(([customerRef, country, doNotContact, policyId, lastContactOn, promises, plans]) => ({
    customerRef, country: country.trim(), doNotContact, policyId, lastContactOn,
    promises: (promises ?? []).map(([until, invoiceIds]) => ({ until, invoiceIds })), planInvoiceIds: plans ?? [],
  }));
}
