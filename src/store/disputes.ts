// Disputes as dunning needs them (issue #4: dunning pauses for the disputed amount only); issue #6 adds routing,
// resolution and the root-cause report on this model.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export async function insertDispute(tx: Tx, tenantId: number, dispute: {
  customerId: bigint; reason: string; department: string | null; dueDate: string | null; invoices: readonly { invoiceId: bigint; amount: bigint }[]; createdBy: string;
}): Promise<bigint> {
  const row = await tx.insertInto('disputes').values({
    tenant_id: tenantId, customer_id: dispute.customerId, reason: dispute.reason, department: dispute.department, product: null,
    due_date: dispute.dueDate, status: 'open', note: null, created_by: dispute.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  await sql`insert into dispute_invoices (tenant_id, dispute_id, invoice_id, amount)
    select ${tenantId}, ${row.id}, * from unnest(${dispute.invoices.map((i) => String(i.invoiceId))}::bigint[], ${dispute.invoices.map((i) => String(i.amount))}::bigint[])`.execute(tx);
  return row.id;
}
