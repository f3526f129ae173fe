// One customer's entries (for balance-forward statements) and open items (for open-item statements).
import { sql } from 'kysely';
import type { Executor } from './db.js';
import type { CustomerLedgerEntry, OpenItemInput } from '../domain/statement.js';

export async function customerEntries(db: Executor, tenantId: number, customerId: bigint, to: string): Promise<CustomerLedgerEntry[]> {
  const result = await sql<{ date: string; kind: CustomerLedgerEntry['kind']; reference: string; due_date: string | null; amount: bigint }>`
    select issue_date as date, 'invoice' as kind, number as reference, due_date, amount from invoices
      where tenant_id = ${tenantId} and customer_id = ${customerId} and issue_date <= ${to}
    union all
    select a.date, 'adjustment', coalesce(i.number, p.payment_ref, c.number), null, case when a.invoice_id is null then -a.amount else a.amount end
      from adjustments a
      left join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
      left join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
      left join credit_notes c on c.tenant_id = a.tenant_id and c.id = a.credit_note_id
      where a.tenant_id = ${tenantId} and a.date <= ${to} and coalesce(i.customer_id, p.customer_id, c.customer_id) = ${customerId}
    union all
    select date, 'payment', payment_ref, null, -amount from payments where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${to}
    union all
    select date, 'credit-note', number, null, -amount from credit_notes where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${to}
    union all
    select w.date, 'write-off', i.number, null, -w.amount from write_offs w join invoices i on i.tenant_id = w.tenant_id and i.id = w.invoice_id
      where w.tenant_id = ${tenantId} and i.customer_id = ${customerId} and w.date <= ${to}`.execute(db);
  return result.rows.map((r) => ({ date: r.date, kind: r.kind, reference: r.reference, dueDate: r.due_date ?? undefined, amount: r.amount }));
}

export async function customerOpenItems(db: Executor, tenantId: number, customerId: bigint, asOf: string): Promise<{ items: OpenItemInput[]; unapplied: bigint }> {
  const items = await sql<{ number: string; issue_date: string; due_date: string; amount: bigint; open: bigint }>`
    select i.number, i.issue_date, i.due_date, (i.amount + coalesce(adj.total, 0))::bigint as amount,
      (i.amount + coalesce(adj.total, 0) - coalesce(al.total, 0) - coalesce(wo.total, 0))::bigint as open
    from invoices i
    left join lateral (select sum(amount) total from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= ${asOf}) adj on true
    left join lateral (select sum(amount) total from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= ${asOf}) al on true
    left join lateral (select sum(amount) total from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id and w.date <= ${asOf}) wo on true
    where i.tenant_id = ${tenantId} and i.customer_id = ${customerId} and i.issue_date <= ${asOf}`.execute(db);
  const unapplied = await sql<{ total: bigint | null }>`
    select sum(x.amount)::bigint as total from (
      select -amount as amount from payments where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${asOf}
      union all select -amount from credit_notes where tenant_id = ${tenantId} and customer_id = ${customerId} and date <= ${asOf}
      union all select -a.amount from adjustments a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
        where a.tenant_id = ${tenantId} and p.customer_id = ${customerId} and a.date <= ${asOf}
      union all select -a.amount from adjustments a join credit_notes c on c.tenant_id = a.tenant_id and c.id = a.credit_note_id
        where a.tenant_id = ${tenantId} and c.customer_id = ${customerId} and a.date <= ${asOf}
      union all select a.amount from allocations a join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
        where a.tenant_id = ${tenantId} and i.customer_id = ${customerId} and a.date <= ${asOf}
    ) x`.execute(db);
  return {
    items: items.rows.map((r) => ({ number: r.number, issueDate: r.issue_date, dueDate: r.due_date, amount: r.amount, open: r.open })),
    unapplied: unapplied.rows[0]?.total ?? 0n,
  };
}

/** Credit sales (invoices issued) per currency between two dates inclusive, for the KPIs. */
export async function creditSales(db: Executor, tenantId: number, from: string, to: string): Promise<Map<string, bigint>> {
  const result = await sql<{ currency: string; total: bigint }>`
    select currency, sum(amount)::bigint as total from invoices where tenant_id = ${tenantId} and issue_date between ${from} and ${to} group by currency`.execute(db);
  return new Map(result.rows.map((r) => [r.currency, r.total]));
}

export type OverdueInvoice = { id: bigint; number: string; due_date: string; currency: string; amount: bigint; settlements: { date: string; amount: bigint }[] };

/** Invoices past due at asOf with their effective amount and dated settlements, for statutory interest. */
export async function overdueInvoices(db: Executor, tenantId: number, customerId: bigint, asOf: string): Promise<OverdueInvoice[]> {
  const invoices = await sql<{ id: bigint; number: string; due_date: string; currency: string; amount: bigint }>`
    select i.id, i.number, i.due_date, i.currency,
      (i.amount + coalesce((select sum(amount) from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= ${asOf}), 0))::bigint as amount
    from invoices i where i.tenant_id = ${tenantId} and i.customer_id = ${customerId} and i.issue_date <= ${asOf} and i.due_date < ${asOf}
    order by i.due_date, i.number`.execute(db);
  if (invoices.rows.length === 0) return [];
  const settlements = await sql<{ invoice_id: bigint; date: string; amount: bigint }>`
    select invoice_id, date, sum(amount)::bigint as amount from (
      select invoice_id, date, amount from allocations where tenant_id = ${tenantId} and date <= ${asOf}
      union all select invoice_id, date, amount from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
    ) s where invoice_id = any(${invoices.rows.map((r) => String(r.id))}::bigint[]) group by invoice_id, date`.execute(db);
  const byInvoice = new Map<bigint, { date: string; amount: bigint }[]>();
  for (const s of settlements.rows) byInvoice.set(s.invoice_id, [...(byInvoice.get(s.invoice_id) ?? []), { date: s.date, amount: s.amount }]);
  return invoices.rows.map((r) => ({ ...r, currency: r.currency.trim(), settlements: byInvoice.get(r.id) ?? [] }));
}
