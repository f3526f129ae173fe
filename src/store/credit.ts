// Credit limits and holds (issue #6): the tenant's credit policy, a customer's exposure and oldest past-due item
// as of a day, and the append-only history of manual holds and releases. Tables of migration 0009, through `sql`.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type CreditPolicyRow = { maxDaysPastDue: number | null; limitTolerancePercent: number | null; updatedAt: Date; updatedBy: string };

export async function findCreditPolicy(db: Executor, tenantId: number): Promise<CreditPolicyRow | undefined> {
  const result = await sql<CreditPolicyRow>`select max_days_past_due as "maxDaysPastDue", limit_tolerance_percent as "limitTolerancePercent",
      updated_at as "updatedAt", updated_by as "updatedBy" from credit_policies where tenant_id = ${tenantId}`.execute(db);
  return result.rows[0];
}

export async function saveCreditPolicy(tx: Tx, tenantId: number, policy: { maxDaysPastDue: number | null; limitTolerancePercent: number | null; actor: string }): Promise<void> {
  await sql`insert into credit_policies (tenant_id, max_days_past_due, limit_tolerance_percent, updated_by)
    values (${tenantId}, ${policy.maxDaysPastDue}, ${policy.limitTolerancePercent}, ${policy.actor})
    on conflict (tenant_id) do update set max_days_past_due = excluded.max_days_past_due,
      limit_tolerance_percent = excluded.limit_tolerance_percent, updated_at = now(), updated_by = excluded.updated_by`.execute(tx);
}

/**
 * Exposure: every invoice issued by asOf less everything paid, credited or written off by then (allocations cancel
 * out: what is allocated leaves the invoice and the unapplied cash alike). The oldest due date counts only items
 * still open by asOf beyond what open disputes claim: a contested amount is not a late payment.
 */
export async function customerExposure(db: Executor, tenantId: number, customerId: bigint, asOf: string): Promise<{ exposure: bigint; oldestDue: string | null }> {
  const result = await sql<{ exposure: bigint; oldest_due: string | null }>`
    with docs as (
      select amount from invoices where tenant_id = ${tenantId} and customer_id = ${customerId} and issue_date <= ${asOf}
      union all select a.amount from adjustments a join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
        where a.tenant_id = ${tenantId} and i.customer_id = ${customerId} and a.date <= ${asOf}
      union all select -w.amount from write_offs w join invoices i on i.tenant_id = w.tenant_id and i.id = w.invoice_id
        where w.tenant_id = ${tenantId} and i.customer_id = ${customerId} and w.date <= ${asOf}
      union all select -amount from payments where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${asOf}
      union all select -amount from credit_notes where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${asOf}
      union all select -a.amount from adjustments a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
        where a.tenant_id = ${tenantId} and p.customer_id = ${customerId} and a.date <= ${asOf}
      union all select -a.amount from adjustments a join credit_notes n on n.tenant_id = a.tenant_id and n.id = a.credit_note_id
        where a.tenant_id = ${tenantId} and n.customer_id = ${customerId} and a.date <= ${asOf}
    )
    select (select coalesce(sum(amount), 0)::bigint from docs) as exposure,
      (select min(i.due_date) from invoices i
        where i.tenant_id = ${tenantId} and i.customer_id = ${customerId} and i.issue_date <= ${asOf} and i.due_date < ${asOf}
          and i.amount
            + coalesce((select sum(amount) from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= ${asOf}), 0)
            - coalesce((select sum(amount) from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= ${asOf}), 0)
            - coalesce((select sum(amount) from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id and w.date <= ${asOf}), 0)
            - coalesce((select sum(di.amount) from dispute_invoices di join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
                          where di.tenant_id = i.tenant_id and di.invoice_id = i.id and d.status = 'open'), 0) > 0
      ) as oldest_due`.execute(db);
  const row = result.rows[0];
  return { exposure: row?.exposure ?? 0n, oldestDue: row?.oldest_due ?? null };
}

export type CreditHoldRow = { action: 'hold' | 'release'; reason: string; createdAt: Date; createdBy: string };

export async function creditHoldHistory(db: Executor, tenantId: number, customerId: bigint, limit = 100): Promise<CreditHoldRow[]> {
  const result = await sql<CreditHoldRow>`select action, reason, created_at as "createdAt", created_by as "createdBy" from credit_holds
    where tenant_id = ${tenantId} and customer_id = ${customerId} order by id desc limit ${limit}`.execute(db);
  return result.rows;
}

/** The manual hold in force: the latest row, when it is a hold. */
export async function activeManualHold(db: Executor, tenantId: number, customerId: bigint): Promise<CreditHoldRow | undefined> {
  const latest = (await creditHoldHistory(db, tenantId, customerId, 1))[0];
  return latest?.action === 'hold' ? latest : undefined;
}

export async function insertCreditHold(tx: Tx, tenantId: number, row: { customerId: bigint; action: 'hold' | 'release'; reason: string; actor: string }): Promise<void> {
  await sql`insert into credit_holds (tenant_id, customer_id, action, reason, created_by)
    values (${tenantId}, ${row.customerId}, ${row.action}, ${row.reason}, ${row.actor})`.execute(tx);
}
