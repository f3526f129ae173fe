// Promises-to-pay (issue #4 made what dunning needs; issue #6 adds the use cases and reports on this model).
// Columns added by migration 0008 are not in schema.ts, so these queries use the sql template.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export async function insertPromise(tx: Tx, tenantId: number, promise: {
  customerId: bigint; currency: string; amount: bigint; promisedDate: string; graceDays: number; invoiceIds: readonly bigint[]; collector: string | null; createdBy: string;
  madeOn?: string | undefined; note?: string | null | undefined;
}): Promise<bigint> {
  const row = await sql<{ id: bigint }>`
    insert into promises (tenant_id, customer_id, currency, amount, promised_date, grace_days, status, collector, created_by, made_on, note)
    values (${tenantId}, ${promise.customerId}, ${promise.currency}, ${promise.amount}, ${promise.promisedDate}, ${promise.graceDays}, 'active',
      ${promise.collector}, ${promise.createdBy}, coalesce(${promise.madeOn ?? null}::date, current_date), ${promise.note ?? null})
    returning id`.execute(tx);
  const id = row.rows[0]?.id;
  if (id === undefined) throw new Error('insert into promises returned no id');
  if (promise.invoiceIds.length > 0) {
    await sql`insert into promise_invoices (tenant_id, promise_id, invoice_id) select ${tenantId}, ${id}, * from unnest(${promise.invoiceIds.map(String)}::bigint[])`.execute(tx);
  }
  return id;
}

export type PromiseRow = {
  id: bigint; customer_id: bigint; customer_ref: string; customer_name: string; currency: string; amount: bigint; promised_date: string;
  grace_days: number; status: 'active' | 'kept' | 'broken' | 'cancelled'; collector: string | null; note: string | null; made_on: string;
  decided_on: string | null; decided_by: string | null; received: bigint | null; cancel_reason: string | null; created_at: Date; created_by: string;
  invoice_numbers: string[];
};

export type PromiseFilter = {
  ids?: readonly bigint[] | undefined; status?: string | undefined; customerRef?: string | undefined; collector?: string | undefined;
  madeOnOrBefore?: string | undefined; limit?: number | undefined; offset?: number | undefined;
};

export async function listPromises(tx: Tx, tenantId: number, filter: PromiseFilter): Promise<PromiseRow[]> {
  const result = await sql<PromiseRow>`
    select p.id, p.customer_id, c.customer_ref, c.name as customer_name, p.currency, p.amount, p.promised_date, p.grace_days, p.status,
      p.collector, p.note, p.made_on, p.decided_on, p.decided_by, p.received, p.cancel_reason, p.created_at, p.created_by,
      coalesce((select array_agg(i.number order by i.number) from promise_invoices pi
                  join invoices i on i.tenant_id = pi.tenant_id and i.id = pi.invoice_id
                 where pi.tenant_id = p.tenant_id and pi.promise_id = p.id), '{}') as invoice_numbers
      from promises p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
     where p.tenant_id = ${tenantId}
       ${filter.ids ? sql`and p.id = any(${filter.ids.map(String)}::bigint[])` : sql``}
       ${filter.status ? sql`and p.status = ${filter.status}` : sql``}
       ${filter.customerRef ? sql`and c.customer_ref = ${filter.customerRef}` : sql``}
       ${filter.collector ? sql`and p.collector = ${filter.collector}` : sql``}
       ${filter.madeOnOrBefore ? sql`and p.made_on <= ${filter.madeOnOrBefore}` : sql``}
     order by p.promised_date, p.id
     ${filter.limit !== undefined ? sql`limit ${filter.limit} offset ${filter.offset ?? 0}` : sql``}`.execute(tx);
  return result.rows;
}

/**
 * The payments that count toward each promise (src/domain/promises/README.md): those recorded after the promise
 * and dated by asOf — their allocations to the listed invoices or, for a promise that lists none, the whole of
 * every payment by the customer in the promise's currency. Dated by the payment, but never before the promise.
 */
export async function promisePayments(tx: Tx, tenantId: number, promiseIds: readonly bigint[], asOf: string): Promise<{ promise_id: string; date: string; amount: bigint }[]> {
  if (promiseIds.length === 0) return [];
  const result = await sql<{ promise_id: string; date: string; amount: bigint }>`
    with target as (
      select id, customer_id, currency, made_on, created_at from promises where tenant_id = ${tenantId} and id = any(${promiseIds.map(String)}::bigint[])
    ),
    listed as (
      select t.id, pi.invoice_id from target t join promise_invoices pi on pi.tenant_id = ${tenantId} and pi.promise_id = t.id
    ),
    counted as (
      select l.id, a.payment_id, a.amount from listed l
        join allocations a on a.tenant_id = ${tenantId} and a.invoice_id = l.invoice_id and a.payment_id is not null
      union all
      select t.id, pay.id, pay.amount from target t
        join payments pay on pay.tenant_id = ${tenantId} and pay.customer_id = t.customer_id and pay.currency = t.currency
       where not exists (select 1 from listed l where l.id = t.id)
    )
    select t.id::text as promise_id, greatest(pay.date, t.made_on) as date, sum(x.amount)::bigint as amount
      from counted x join target t on t.id = x.id
      join payments pay on pay.tenant_id = ${tenantId} and pay.id = x.payment_id
     where pay.created_at > t.created_at and pay.date <= ${asOf}
     group by t.id, greatest(pay.date, t.made_on)`.execute(tx);
  return result.rows;
}

/** Records the outcome of a promise that is still active; false when it no longer was. */
export async function decidePromiseRow(tx: Tx, tenantId: number, id: bigint, decision: {
  status: 'kept' | 'broken' | 'cancelled'; decidedOn: string; decidedBy: string; received: bigint | null; cancelReason?: string | undefined;
}): Promise<boolean> {
  const result = await sql<{ id: bigint }>`
    update promises set status = ${decision.status}, decided_on = ${decision.decidedOn}, decided_by = ${decision.decidedBy},
      received = ${decision.received}, cancel_reason = ${decision.cancelReason ?? null}
     where tenant_id = ${tenantId} and id = ${id} and status = 'active' returning id`.execute(tx);
  return result.rows.length > 0;
}

/** Invoices already under an active promise still running on asOf, or in an active payment plan. */
export async function invoiceCommitments(tx: Tx, tenantId: number, invoiceIds: readonly bigint[], asOf: string): Promise<{ invoice_id: string; kind: 'promise' | 'plan'; id: string }[]> {
  if (invoiceIds.length === 0) return [];
  const ids = invoiceIds.map(String);
  const result = await sql<{ invoice_id: string; kind: 'promise' | 'plan'; id: string }>`
    select pi.invoice_id::text, 'promise' as kind, p.id::text from promise_invoices pi
      join promises p on p.tenant_id = pi.tenant_id and p.id = pi.promise_id
     where pi.tenant_id = ${tenantId} and pi.invoice_id = any(${ids}::bigint[]) and p.status = 'active' and p.promised_date + p.grace_days >= ${asOf}
    union all
    select ppi.invoice_id::text, 'plan', pp.id::text from payment_plan_invoices ppi
      join payment_plans pp on pp.tenant_id = ppi.tenant_id and pp.id = ppi.plan_id
     where ppi.tenant_id = ${tenantId} and ppi.invoice_id = any(${ids}::bigint[]) and pp.status = 'active'`.execute(tx);
  return result.rows;
}

export type DecidedPromiseRow = { collector: string | null; currency: string; amount: bigint; received: bigint | null; status: 'kept' | 'broken' };

/** Promises kept or broken with the decision dated from `from` through `to`. */
export async function decidedPromises(tx: Tx, tenantId: number, from: string, to: string): Promise<DecidedPromiseRow[]> {
  const result = await sql<DecidedPromiseRow>`
    select collector, currency, amount, received, status from promises
     where tenant_id = ${tenantId} and status in ('kept', 'broken') and decided_on between ${from} and ${to}`.execute(tx);
  return result.rows;
}
