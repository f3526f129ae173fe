// Write-off requests waiting for a manager (issue #6: "Write-off (charge-off) needs a manager's approval").
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type WriteOffRequestRow = {
  id: bigint; invoice_id: bigint; invoice_number: string; customer_ref: string; currency: string; amount: bigint; date: string; reason: string;
  status: 'pending' | 'approved' | 'rejected'; requested_by: string; requested_at: Date; decided_by: string | null; decided_at: Date | null;
  decision_reason: string | null;
};

export async function insertWriteOffRequest(tx: Tx, tenantId: number, r: { invoiceId: bigint; amount: bigint; date: string; reason: string; actor: string }): Promise<bigint> {
  const row = await tx.insertInto('write_off_requests').values({ tenant_id: tenantId, invoice_id: r.invoiceId, amount: r.amount, date: r.date, reason: r.reason, requested_by: r.actor })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function listWriteOffRequests(db: Executor, tenantId: number, filter: { id?: bigint; status?: string | undefined; limit: number; offset: number }): Promise<WriteOffRequestRow[]> {
  const result = await sql<WriteOffRequestRow>`
    select r.id, r.invoice_id, i.number as invoice_number, c.customer_ref, trim(i.currency) as currency, r.amount, r.date, r.reason, r.status,
      r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_reason
    from write_off_requests r
    join invoices i on i.tenant_id = r.tenant_id and i.id = r.invoice_id
    join customers c on c.tenant_id = i.tenant_id and c.id = i.customer_id
    where r.tenant_id = ${tenantId}
      ${filter.id !== undefined ? sql`and r.id = ${filter.id}` : sql``}
      ${filter.status ? sql`and r.status = ${filter.status}` : sql``}
    order by r.id desc limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows;
}

/** Decides a pending request; false when another decision got there first. */
export async function decideWriteOffRequest(tx: Tx, tenantId: number, id: bigint, d: { status: 'approved' | 'rejected'; by: string; reason: string | null }): Promise<boolean> {
  const result = await tx.updateTable('write_off_requests').set({ status: d.status, decided_by: d.by, decided_at: new Date(), decision_reason: d.reason })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
