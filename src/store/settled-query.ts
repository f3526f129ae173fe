// What has reduced each invoice by `asOf`: payments and credit notes applied (allocations), write-offs, and
// adjustments (a positive adjustment raises the invoice). The open amount is the invoice less this.
import { sql, type RawBuilder } from 'kysely';

/** Every reduction of an invoice dated by asOf, as rows (invoice_id, amount): what `settled` adds up. */
export function settlementRows(tenantId: number, asOf: string): RawBuilder<unknown> {
  return sql`select invoice_id, amount from allocations where tenant_id = ${tenantId} and date <= ${asOf}
        union all select invoice_id, amount from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
        union all select invoice_id, -amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null and date <= ${asOf}`;
}

/** A `settled (invoice_id, amount)` relation for a `with` clause; the sum back in bigint, so open amounts are
 * computed in integer arithmetic rather than numeric (a million rows in the dunning and matching loads). */
export function settledByInvoice(tenantId: number, asOf: string): RawBuilder<unknown> {
  return sql`settled as (
      select invoice_id, sum(amount)::bigint as amount from (${settlementRows(tenantId, asOf)}) s group by invoice_id
    )`;
}
