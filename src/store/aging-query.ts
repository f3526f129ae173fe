// Whole-tenant aging as one aggregate query. Bucket totals are linear in the entries, so invoice amounts and
// their settlements are summed per (customer, currency, bucket) without building each open item first — this is
// what keeps aging at a million open items close to a plain count/sum scan (issue #2 benchmark).
import { sql } from 'kysely';
import type { Executor } from './db.js';

export type AgingRow = { customer_id: bigint; customer_ref: string; name: string; currency: string; bucket: number; amount: bigint };

/**
 * bucket: -1 = unapplied (cash and credit not allocated), 0 = current, 1..n by `bounds`, n+1 = past the last bound.
 * Only entries dated on or before asOf count; invoices issued after asOf do not exist yet.
 */
export async function agingRows(db: Executor, tenantId: number, asOf: string, bounds: readonly number[], customerId?: bigint): Promise<AgingRow[]> {
  const cases = bounds.map((b, i) => sql`when ${sql.lit(asOf)}::date - i.due_date <= ${sql.lit(b)} then ${sql.lit(i + 1)}`);
  const bucket = sql`case when ${sql.lit(asOf)}::date - i.due_date <= 0 then 0 ${sql.join(cases, sql` `)} else ${sql.lit(bounds.length + 1)} end`;
  const oneCustomer = customerId === undefined ? sql`` : sql`and customer_id = ${customerId}`;
  const result = await sql<AgingRow>`
    with items as (
      select i.customer_id, i.currency, ${bucket} as bucket, i.amount
        from invoices i where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} ${oneCustomer}
      union all
      select i.customer_id, i.currency, ${bucket}, -x.amount from (
          select invoice_id, amount from allocations where tenant_id = ${tenantId} and date <= ${asOf}
          union all select invoice_id, amount from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
          union all select invoice_id, -amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null and date <= ${asOf}
        ) x join invoices i on i.tenant_id = ${tenantId} and i.id = x.invoice_id ${customerId === undefined ? sql`` : sql`and i.customer_id = ${customerId}`}
      union all
      select customer_id, currency, -1, -amount from payments where tenant_id = ${tenantId} and date <= ${asOf} ${oneCustomer}
      union all
      select customer_id, currency, -1, -amount from credit_notes where tenant_id = ${tenantId} and date <= ${asOf} ${oneCustomer}
      union all
      select s.customer_id, s.currency, -1, -a.amount from adjustments a join payments s on s.tenant_id = a.tenant_id and s.id = a.payment_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${customerId === undefined ? sql`` : sql`and s.customer_id = ${customerId}`}
      union all
      select s.customer_id, s.currency, -1, -a.amount from adjustments a join credit_notes s on s.tenant_id = a.tenant_id and s.id = a.credit_note_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${customerId === undefined ? sql`` : sql`and s.customer_id = ${customerId}`}
      union all
      select i.customer_id, i.currency, -1, a.amount from allocations a join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${customerId === undefined ? sql`` : sql`and i.customer_id = ${customerId}`}
    ),
    totals as (select customer_id, currency, bucket, sum(amount)::bigint as amount from items group by customer_id, currency, bucket)
    select t.customer_id, c.customer_ref, c.name, t.currency, t.bucket, t.amount
      from totals t join customers c on c.tenant_id = ${tenantId} and c.id = t.customer_id
     where t.amount <> 0
     order by t.currency, c.customer_ref, t.bucket`.execute(db);
  return result.rows;
}
