// What the risk model needs besides the invoice history (src/store/payment-history.ts), for every customer of a
// tenant (or one) as of a day (issue #8): the customers with their limits and terms, promise and dispute outcomes,
// unapplied cash and credit per currency, and the last credit review. Set-based: one query each, whatever the count.
import { sql } from 'kysely';
import type { Executor } from './db.js';

export type RiskCustomerRow = { id: bigint; customerRef: string; name: string; currency: string; creditLimit: bigint | null; termsDays: number | null };

const onlyCustomer = (column: string, customerId: bigint | undefined) => (customerId === undefined ? sql`true` : sql`${sql.ref(column)} = ${customerId}`);

export async function riskCustomers(db: Executor, tenantId: number, customerId?: bigint): Promise<RiskCustomerRow[]> {
  const result = await sql<RiskCustomerRow>`select id, customer_ref as "customerRef", name, currency, credit_limit as "creditLimit", payment_terms_days as "termsDays"
    from customers where tenant_id = ${tenantId} and ${onlyCustomer('id', customerId)} order by customer_ref`.execute(db);
  return result.rows;
}

export type RiskPromiseRow = { customerId: bigint; status: 'active' | 'kept' | 'broken' | 'cancelled'; decidedOn: string | null };

/** Promises made by asOf and decided in the 400 days before it or not at all; the domain reads the status as of asOf. */
export async function riskPromises(db: Executor, tenantId: number, asOf: string, customerId?: bigint): Promise<RiskPromiseRow[]> {
  const result = await sql<RiskPromiseRow>`select customer_id as "customerId", status, decided_on as "decidedOn" from promises
    where tenant_id = ${tenantId} and made_on <= ${asOf} and (decided_on is null or decided_on > ${asOf}::date - 400) and ${onlyCustomer('customer_id', customerId)}`.execute(db);
  return result.rows;
}

export type RiskDisputeRow = { customerId: bigint; openedOn: string; status: 'open' | 'resolved-credit' | 'resolved-return' | 'rejected'; resolvedOn: string | null };

export async function riskDisputes(db: Executor, tenantId: number, asOf: string, customerId?: bigint): Promise<RiskDisputeRow[]> {
  const result = await sql<RiskDisputeRow>`select customer_id as "customerId", opened_on as "openedOn", status, resolved_on as "resolvedOn" from disputes
    where tenant_id = ${tenantId} and opened_on <= ${asOf} and opened_on > ${asOf}::date - 365 and ${onlyCustomer('customer_id', customerId)}`.execute(db);
  return result.rows;
}

/**
 * Payments and credit notes by asOf, with their adjustments, less what was allocated from them by asOf: what the
 * customer has on account, per currency. Lowers the exposure as in src/store/credit.ts.
 */
export async function unappliedByCustomer(db: Executor, tenantId: number, asOf: string, customerId?: bigint): Promise<Map<bigint, Map<string, bigint>>> {
  const result = await sql<{ customerId: bigint; currency: string; amount: bigint }>`
    with docs as (
      select customer_id, currency, amount from payments where tenant_id = ${tenantId} and date <= ${asOf}
      union all select customer_id, currency, amount from credit_notes where tenant_id = ${tenantId} and date <= ${asOf}
      union all select p.customer_id, p.currency, a.amount from adjustments a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf}
      union all select n.customer_id, n.currency, a.amount from adjustments a join credit_notes n on n.tenant_id = a.tenant_id and n.id = a.credit_note_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf}
      union all select p.customer_id, p.currency, -a.amount from allocations a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf}
      union all select n.customer_id, n.currency, -a.amount from allocations a join credit_notes n on n.tenant_id = a.tenant_id and n.id = a.credit_note_id
        where a.tenant_id = ${tenantId} and a.date <= ${asOf}
    )
    select customer_id as "customerId", currency, sum(amount)::bigint as amount from docs where ${onlyCustomer('customer_id', customerId)}
     group by customer_id, currency having sum(amount) <> 0`.execute(db);
  const byCustomer = new Map<bigint, Map<string, bigint>>();
  for (const row of result.rows) {
    const currencies = byCustomer.get(row.customerId) ?? new Map<string, bigint>();
    currencies.set(row.currency, row.amount);
    byCustomer.set(row.customerId, currencies);
  }
  return byCustomer;
}

export type ReviewHistoryRow = { customerId: bigint; lastReviewedOn: string | null; nextReviewOn: string | null };

/**
 * Each customer's last credit decision by asOf: a review done, or an application decided for it (a decision on
 * credit is a review). The next review date set at the last review holds only while that review is the latest.
 */
export async function reviewHistories(db: Executor, tenantId: number, asOf: string, customerId?: bigint): Promise<Map<bigint, ReviewHistoryRow>> {
  const result = await sql<ReviewHistoryRow>`
    with reviews as (
      select distinct on (customer_id) customer_id, reviewed_on, next_review_on from credit_reviews
       where tenant_id = ${tenantId} and reviewed_on <= ${asOf} and ${onlyCustomer('customer_id', customerId)}
       order by customer_id, reviewed_on desc, id desc
    ),
    decisions as (
      select customer_id, max(decided_on) as decided_on from credit_applications
       where tenant_id = ${tenantId} and customer_id is not null and decided_on <= ${asOf} and ${onlyCustomer('customer_id', customerId)}
       group by customer_id
    )
    select coalesce(r.customer_id, d.customer_id) as "customerId",
      greatest(r.reviewed_on, d.decided_on) as "lastReviewedOn",
      case when d.decided_on is null or r.reviewed_on >= d.decided_on then r.next_review_on end as "nextReviewOn"
      from reviews r full join decisions d on d.customer_id = r.customer_id`.execute(db);
  return new Map(result.rows.map((r) => [r.customerId, r]));
}
