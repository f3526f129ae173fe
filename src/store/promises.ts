// Promises-to-pay as dunning needs them (issue #4); issue #6 adds the use cases and reports on this model.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export async function insertPromise(tx: Tx, tenantId: number, promise: {
  customerId: bigint; currency: string; amount: bigint; promisedDate: string; graceDays: number; invoiceIds: readonly bigint[]; collector: string | null; createdBy: string;
}): Promise<bigint> {
  const row = await tx.insertInto('promises').values({
    tenant_id: tenantId, customer_id: promise.customerId, currency: promise.currency, amount: promise.amount, promised_date: promise.promisedDate,
    grace_days: promise.graceDays, status: 'active', collector: promise.collector, created_by: promise.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  if (promise.invoiceIds.length > 0) {
    await sql`insert into promise_invoices (tenant_id, promise_id, invoice_id) select ${tenantId}, ${row.id}, * from unnest(${promise.invoiceIds.map(String)}::bigint[])`.execute(tx);
  }
  return row.id;
}
