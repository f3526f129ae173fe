// Disputes (issue #4: dunning pauses for the disputed amount only while a dispute is open); issue #6 adds routing,
// resolution and the root-cause report on this model. Columns added by migration 0009 are reached through `sql`.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export async function insertDispute(tx: Tx, tenantId: number, dispute: {
  customerId: bigint; reason: string; department: string | null; dueDate: string | null; invoices: readonly { invoiceId: bigint; amount: bigint }[]; createdBy: string;
  product?: string | null; note?: string | null; openedOn?: string;
}): Promise<bigint> {
  const result = await sql<{ id: bigint }>`insert into disputes (tenant_id, customer_id, reason, department, product, due_date, status, note, created_by, opened_on)
    values (${tenantId}, ${dispute.customerId}, ${dispute.reason}, ${dispute.department}, ${dispute.product ?? null}, ${dispute.dueDate}, 'open',
      ${dispute.note ?? null}, ${dispute.createdBy}, coalesce(${dispute.openedOn ?? null}::date, current_date)) returning id`.execute(tx);
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error('inserted a dispute but got no id back');
  await sql`insert into dispute_invoices (tenant_id, dispute_id, invoice_id, amount)
    select ${tenantId}, ${id}, * from unnest(${dispute.invoices.map((i) => String(i.invoiceId))}::bigint[], ${dispute.invoices.map((i) => String(i.amount))}::bigint[])`.execute(tx);
  return id;
}

/** What open disputes (pending returns included) already claim on each invoice. */
export async function openlyDisputed(db: Executor, tenantId: number, invoiceIds: readonly bigint[]): Promise<Map<bigint, bigint>> {
  if (invoiceIds.length === 0) return new Map();
  const result = await sql<{ invoice_id: bigint; amount: bigint }>`
    select di.invoice_id, sum(di.amount)::bigint as amount from dispute_invoices di
      join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
     where di.tenant_id = ${tenantId} and d.status = 'open' and di.invoice_id = any(${invoiceIds.map(String)}::bigint[])
     group by di.invoice_id`.execute(db);
  return new Map(result.rows.map((r) => [r.invoice_id, r.amount]));
}

export type DisputeStatus = 'open' | 'resolved-credit' | 'resolved-return' | 'rejected';

export type DisputeRow = {
  id: bigint; customerId: bigint; customerRef: string; currency: string; reason: string; department: string | null; product: string | null;
  openedOn: string; dueDate: string | null; status: DisputeStatus; note: string | null; returnAcceptedOn: string | null;
  resolvedOn: string | null; resolvedBy: string | null; resolutionNote: string | null; creditNoteNumber: string | null;
  createdAt: Date; createdBy: string;
  invoices: { invoiceId: bigint; number: string; issueDate: string; amount: bigint; creditAmount: bigint | null }[];
};

export type DisputeFilter = { id?: bigint; status?: string | undefined; department?: string | undefined; customerRef?: string | undefined; limit: number; offset: number };

type RawDispute = Omit<DisputeRow, 'currency' | 'invoices'> & { invoices: string };

/** `status` filters on the shown state: `return-pending` is an open dispute whose return was accepted. */
export async function listDisputes(db: Executor, tenantId: number, filter: DisputeFilter): Promise<DisputeRow[]> {
  const conditions = [sql`d.tenant_id = ${tenantId}`];
  if (filter.id !== undefined) conditions.push(sql`d.id = ${filter.id}`);
  if (filter.status === 'return-pending') conditions.push(sql`d.status = 'open' and d.return_accepted_on is not null`);
  else if (filter.status === 'open') conditions.push(sql`d.status = 'open' and d.return_accepted_on is null`);
  else if (filter.status !== undefined) conditions.push(sql`d.status = ${filter.status}`);
  if (filter.department !== undefined) conditions.push(sql`d.department = ${filter.department}`);
  if (filter.customerRef !== undefined) conditions.push(sql`c.customer_ref = ${filter.customerRef}`);
  const result = await sql<RawDispute>`
    select d.id, d.customer_id as "customerId", c.customer_ref as "customerRef", d.reason, d.department, d.product,
      d.opened_on as "openedOn", d.due_date as "dueDate", d.status, d.note,
      d.return_accepted_on as "returnAcceptedOn", d.resolved_on as "resolvedOn", d.resolved_by as "resolvedBy",
      d.resolution_note as "resolutionNote", cn.number as "creditNoteNumber", d.created_at as "createdAt", d.created_by as "createdBy",
      (select json_agg(json_build_array(di.invoice_id::text, i.number, i.issue_date::text, di.amount::text, di.credit_amount::text, i.currency) order by i.number)::text
         from dispute_invoices di join invoices i on i.tenant_id = di.tenant_id and i.id = di.invoice_id
        where di.tenant_id = d.tenant_id and di.dispute_id = d.id) as invoices
    from disputes d
    join customers c on c.tenant_id = d.tenant_id and c.id = d.customer_id
    left join credit_notes cn on cn.tenant_id = d.tenant_id and cn.id = d.credit_note_id
    where ${sql.join(conditions, sql` and `)}
    order by d.id desc limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows.map(({ invoices, ...row }) => {
    const lines = JSON.parse(invoices ?? '[]') as (string | null)[][];
    return {
      ...row, currency: (lines[0]?.[5] ?? '').trim(),
      invoices: lines.map((l) => ({ invoiceId: BigInt(l[0] ?? '0'), number: l[1] ?? '', issueDate: l[2] ?? '', amount: BigInt(l[3] ?? '0'), creditAmount: l[4] == null ? null : BigInt(l[4]) })),
    };
  });
}

export async function findDispute(db: Executor, tenantId: number, id: bigint): Promise<DisputeRow | undefined> {
  return (await listDisputes(db, tenantId, { id, limit: 1, offset: 0 }))[0];
}

/** The credit decided per invoice (a credit note now, or on receipt of returned goods). */
export async function setDisputeCredits(tx: Tx, tenantId: number, disputeId: bigint, credits: readonly { invoiceId: bigint; amount: bigint }[]): Promise<void> {
  await sql`update dispute_invoices di set credit_amount = x.amount
    from unnest(${credits.map((c) => String(c.invoiceId))}::bigint[], ${credits.map((c) => String(c.amount))}::bigint[]) as x(invoice_id, amount)
    where di.tenant_id = ${tenantId} and di.dispute_id = ${disputeId} and di.invoice_id = x.invoice_id`.execute(tx);
}

export async function markReturnAccepted(tx: Tx, tenantId: number, disputeId: bigint, on: string, note: string): Promise<void> {
  await sql`update disputes set return_accepted_on = ${on}, resolution_note = ${note}
    where tenant_id = ${tenantId} and id = ${disputeId} and status = 'open'`.execute(tx);
}

export async function closeDispute(tx: Tx, tenantId: number, disputeId: bigint, close: {
  status: Exclude<DisputeStatus, 'open'>; on: string; by: string; note: string; creditNoteId: bigint | null;
}): Promise<void> {
  await sql`update disputes set status = ${close.status}, resolved_on = ${close.on}, resolved_by = ${close.by},
      resolution_note = ${close.note}, credit_note_id = ${close.creditNoteId}
    where tenant_id = ${tenantId} and id = ${disputeId} and status = 'open'`.execute(tx);
}

export type DisputeFactRow = {
  reason: string; product: string | null; department: string | null; currency: string; openedOn: string;
  status: DisputeStatus; resolvedOn: string | null; disputed: bigint; credited: bigint;
};

/** One row per dispute opened in [from, to], with its disputed and credited totals, for the root-cause report. */
export async function disputeFacts(db: Executor, tenantId: number, from: string, to: string): Promise<DisputeFactRow[]> {
  const result = await sql<DisputeFactRow>`
    select d.reason, d.product, d.department, trim(x.currency) as currency, d.opened_on as "openedOn",
      d.status, d.resolved_on as "resolvedOn", x.disputed, x.credited
    from disputes d
    cross join lateral (
      select min(i.currency) as currency, sum(di.amount)::bigint as disputed, coalesce(sum(di.credit_amount), 0)::bigint as credited
        from dispute_invoices di join invoices i on i.tenant_id = di.tenant_id and i.id = di.invoice_id
       where di.tenant_id = d.tenant_id and di.dispute_id = d.id
    ) x
    where d.tenant_id = ${tenantId} and d.opened_on between ${from} and ${to}`.execute(db);
  return result.rows;
}
