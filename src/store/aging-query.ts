// Whole-tenant aging as one aggregate query. Bucket totals are linear in the entries, so each source (invoices,
// settlements applied to invoices, unapplied cash) is summed straight into per-customer bucket columns with
// FILTER, and the million-row invoice scan is a single hash aggregate (docs/benchmarks.md).
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from './db.js';

export type AgingRow = { customer_id: bigint; customer_ref: string; name: string; currency: string; unapplied: bigint; buckets: bigint[] };

/** Conditions on an invoice's due date for each bucket: current (due on or after as-of), then by `bounds`. */
function bucketConditions(asOf: string, bounds: readonly number[]): RawBuilder<unknown>[] {
  const day = sql`${sql.lit(asOf)}::date`;
  const conditions = [sql`i.due_date >= ${day}`];
  let lower = 1;
  for (const bound of bounds) {
    conditions.push(sql`i.due_date between ${day} - ${sql.lit(bound)} and ${day} - ${sql.lit(lower)}`);
    lower = bound + 1;
  }
  conditions.push(sql`i.due_date < ${day} - ${sql.lit(lower - 1)}`);
  return conditions;
}

/**
 * Only entries dated on or before asOf count; invoices issued after asOf do not exist yet. `unapplied` is cash and
 * credit not allocated (≤ 0 in normal use). Customers whose buckets and unapplied are all zero are left out.
 */
export async function agingRows(db: Executor, tenantId: number, asOf: string, bounds: readonly number[], customerId?: bigint): Promise<AgingRow[]> {
  const conditions = bucketConditions(asOf, bounds);
  const names = conditions.map((_c, k) => `b${k}`);
  const filtered = (amount: RawBuilder<unknown>) => sql.join(conditions.map((c, k) => sql`coalesce(sum(${amount}) filter (where ${c}), 0) as ${sql.ref(names[k] ?? '')}`));
  const zeros = sql.join(names.map((n) => sql`0 as ${sql.ref(n)}`));
  const onlyInvoice = customerId === undefined ? sql`` : sql`and i.customer_id = ${customerId}`;
  const only = (column: string) => (customerId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${customerId}`);
  // A hash aggregate over every customer needs more than the default 4 MB, or the planner walks an index instead.
  if (customerId === undefined) await sql`set local work_mem = '128MB'`.execute(db);
  const result = await sql<{ rows: string | null }>`
    with parts as (
      select i.customer_id, i.currency, 0 as unapplied, ${filtered(sql`i.amount`)}
        from invoices i where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} ${onlyInvoice}
        group by i.customer_id, i.currency
      union all
      select i.customer_id, i.currency, 0, ${filtered(sql`-x.amount`)} from (
          select invoice_id, amount from allocations where tenant_id = ${tenantId} and date <= ${asOf}
          union all select invoice_id, amount from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
          union all select invoice_id, -amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null and date <= ${asOf}
        ) x join invoices i on i.tenant_id = ${tenantId} and i.id = x.invoice_id ${onlyInvoice}
        group by i.customer_id, i.currency
      union all
      select u.customer_id, u.currency, sum(u.amount), ${zeros} from (
        select customer_id, currency, -amount as amount from payments where tenant_id = ${tenantId} and date <= ${asOf} ${only('customer_id')}
        union all select customer_id, currency, -amount from credit_notes where tenant_id = ${tenantId} and date <= ${asOf} ${only('customer_id')}
        union all select s.customer_id, s.currency, -a.amount from adjustments a join payments s on s.tenant_id = a.tenant_id and s.id = a.payment_id
          where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${only('s.customer_id')}
        union all select s.customer_id, s.currency, -a.amount from adjustments a join credit_notes s on s.tenant_id = a.tenant_id and s.id = a.credit_note_id
          where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${only('s.customer_id')}
        union all select i.customer_id, i.currency, a.amount from allocations a join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
          where a.tenant_id = ${tenantId} and a.date <= ${asOf} ${onlyInvoice}
      ) u group by u.customer_id, u.currency
    ),
    totals as (
      select customer_id, currency, sum(unapplied)::bigint as unapplied,
        ${sql.join(names.map((n) => sql`sum(${sql.ref(n)})::bigint as ${sql.ref(n)}`))}
      from parts group by customer_id, currency
    )
    select json_agg(json_build_array(t.customer_id::text, c.customer_ref, c.name, t.currency, t.unapplied::text,
        ${sql.join(names.map((n) => sql`t.${sql.ref(n)}::text`))}))::text as rows
      from totals t join customers c on c.tenant_id = ${tenantId} and c.id = t.customer_id
     where t.unapplied <> 0 or ${sql.join(names.map((n) => sql`t.${sql.ref(n)} <> 0`), sql` or `)}`.execute(db);
  // One JSON value instead of a row per customer: at 100,000 customers the rows' trip through the wire protocol
  // cost more than the aggregate itself (docs/benchmarks.md). Amounts travel as text, never as JSON numbers.
  const rows = JSON.parse(result.rows[0]?.rows as string | null ?? '[]') as string[][];
  return rows.map((r) => ({
    customer_id: BigInt(r[0] ?? '0'), customer_ref: r[1] ?? '', name: r[2] ?? '', currency: (r[3] ?? '').trim(),
    unapplied: BigInt(r[4] ?? '0'), buckets: names.map((_n, k) => BigInt(r[5 + k] ?? '0')),
  })).sort((a, b) => (a.currency !== b.currency ? (a.currency < b.currency ? -1 : 1) : a.customer_ref < b.customer_ref ? -1 : a.customer_ref > b.customer_ref ? 1 : 0));
}
