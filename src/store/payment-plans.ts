// Payment plans (issue #4 made what dunning needs; issue #6 adds the use cases on this model). Columns added by
// migration 0008 are not in schema.ts, so these queries use the sql template.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type NewPlan = {
  customerId: bigint; currency: string; fees: bigint; interest: bigint; graceDays: number; frequency: string; madeOn: string;
  note: string | null; createdBy: string; invoiceIds: readonly bigint[]; instalments: readonly { seq: number; dueDate: string; amount: bigint }[];
};

export async function insertPlan(tx: Tx, tenantId: number, plan: NewPlan): Promise<bigint> {
  const row = await sql<{ id: bigint }>`
    insert into payment_plans (tenant_id, customer_id, currency, status, fees, interest, grace_days, created_by, made_on, frequency, note)
    values (${tenantId}, ${plan.customerId}, ${plan.currency}, 'active', ${plan.fees}, ${plan.interest}, ${plan.graceDays}, ${plan.createdBy},
      ${plan.madeOn}, ${plan.frequency}, ${plan.note})
    returning id`.execute(tx);
  const id = row.rows[0]?.id;
  if (id === undefined) throw new Error('insert into payment_plans returned no id');
  await sql`insert into payment_plan_invoices (tenant_id, plan_id, invoice_id) select ${tenantId}, ${id}, * from unnest(${plan.invoiceIds.map(String)}::bigint[])`.execute(tx);
  await sql`insert into payment_plan_instalments (tenant_id, plan_id, seq, due_date, amount)
    select ${tenantId}, ${id}, * from unnest(${plan.instalments.map((i) => i.seq)}::int[], ${plan.instalments.map((i) => i.dueDate)}::date[],
      ${plan.instalments.map((i) => String(i.amount))}::bigint[])`.execute(tx);
  return id;
}

export type PlanRow = {
  id: bigint; customer_id: bigint; customer_ref: string; customer_name: string; currency: string; status: 'active' | 'completed' | 'broken' | 'cancelled';
  fees: bigint; interest: bigint; grace_days: number; frequency: string; made_on: string; note: string | null; decided_on: string | null;
  decided_by: string | null; cancel_reason: string | null; created_at: Date; created_by: string; invoice_numbers: string[];
};

export type PlanFilter = {
  ids?: readonly bigint[] | undefined; status?: string | undefined; customerRef?: string | undefined; madeOnOrBefore?: string | undefined;
  limit?: number | undefined; offset?: number | undefined;
};

export async function listPlans(tx: Tx, tenantId: number, filter: PlanFilter): Promise<PlanRow[]> {
  const result = await sql<PlanRow>`
    select pp.id, pp.customer_id, c.customer_ref, c.name as customer_name, pp.currency, pp.status, pp.fees, pp.interest, pp.grace_days,
      pp.frequency, pp.made_on, pp.note, pp.decided_on, pp.decided_by, pp.cancel_reason, pp.created_at, pp.created_by,
      coalesce((select array_agg(i.number order by i.number) from payment_plan_invoices ppi
                  join invoices i on i.tenant_id = ppi.tenant_id and i.id = ppi.invoice_id
                 where ppi.tenant_id = pp.tenant_id and ppi.plan_id = pp.id), '{}') as invoice_numbers
      from payment_plans pp join customers c on c.tenant_id = pp.tenant_id and c.id = pp.customer_id
     where pp.tenant_id = ${tenantId}
       ${filter.ids ? sql`and pp.id = any(${filter.ids.map(String)}::bigint[])` : sql``}
       ${filter.status ? sql`and pp.status = ${filter.status}` : sql``}
       ${filter.customerRef ? sql`and c.customer_ref = ${filter.customerRef}` : sql``}
       ${filter.madeOnOrBefore ? sql`and pp.made_on <= ${filter.madeOnOrBefore}` : sql``}
     order by pp.id
     ${filter.limit !== undefined ? sql`limit ${filter.limit} offset ${filter.offset ?? 0}` : sql``}`.execute(tx);
  return result.rows;
}

export type InstalmentRow = { plan_id: string; seq: number; due_date: string; amount: bigint };

export async function planInstalments(tx: Tx, tenantId: number, planIds: readonly bigint[]): Promise<InstalmentRow[]> {
  if (planIds.length === 0) return [];
  const result = await sql<InstalmentRow>`
    select plan_id::text, seq, due_date, amount from payment_plan_instalments
     where tenant_id = ${tenantId} and plan_id = any(${planIds.map(String)}::bigint[]) order by plan_id, seq`.execute(tx);
  return result.rows;
}

/**
 * What counts toward each plan (src/domain/payment-plans/README.md): the customer's payments in the plan's currency
 * recorded after the plan and dated by asOf, less what of each was allocated to invoices outside the plan. Dated by
 * the payment, but never before the plan.
 */
export async function planPayments(tx: Tx, tenantId: number, planIds: readonly bigint[], asOf: string): Promise<{ plan_id: string; date: string; amount: bigint }[]> {
  if (planIds.length === 0) return [];
  const result = await sql<{ plan_id: string; date: string; amount: bigint }>`
    with target as (
      select id, customer_id, currency, made_on, created_at from payment_plans where tenant_id = ${tenantId} and id = any(${planIds.map(String)}::bigint[])
    )
    select t.id::text as plan_id, greatest(pay.date, t.made_on) as date, sum(pay.amount - coalesce((
        select sum(a.amount) from allocations a
         where a.tenant_id = ${tenantId} and a.payment_id = pay.id
           and not exists (select 1 from payment_plan_invoices ppi where ppi.tenant_id = ${tenantId} and ppi.plan_id = t.id and ppi.invoice_id = a.invoice_id)
      ), 0))::bigint as amount
      from target t join payments pay on pay.tenant_id = ${tenantId} and pay.customer_id = t.customer_id and pay.currency = t.currency
     where pay.created_at > t.created_at and pay.date <= ${asOf}
     group by t.id, greatest(pay.date, t.made_on)`.execute(tx);
  return result.rows;
}

/** Records the outcome of a plan that is still active; false when it no longer was. */
export async function decidePlanRow(tx: Tx, tenantId: number, id: bigint, decision: {
  status: 'completed' | 'broken' | 'cancelled'; decidedOn: string; decidedBy: string; cancelReason?: string | undefined;
}): Promise<boolean> {
  const result = await sql<{ id: bigint }>`
    update payment_plans set status = ${decision.status}, decided_on = ${decision.decidedOn}, decided_by = ${decision.decidedBy},
      cancel_reason = ${decision.cancelReason ?? null}
     where tenant_id = ${tenantId} and id = ${id} and status = 'active' returning id`.execute(tx);
  return result.rows.length > 0;
}
