// Every invoice's payment history as the ledger knew it on `asOf` (issue #8: risk from payment history, payment-date
// prediction with no look-ahead). Only invoices issued and entries dated on or before asOf count, so a model trained
// on this sees nothing the ledger did not yet know. One text value per query (text-rows.ts, docs/decisions/0008):
// a million invoices are read in seconds on the embedded engine.
import { sql } from 'kysely';
import type { Tx } from './db.js';
import { escapedText, lineFields, textLines } from './text-rows.js';

export interface InvoiceHistory {
  invoiceId: bigint;
  customerId: bigint;
  number: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** The invoice amount, with adjustments dated on or before asOf (minor units). */
  amount: bigint;
  /** Cash applied by asOf: allocations from payments. */
  paid: bigint;
  /** Other reductions by asOf: credit notes applied and write-offs. */
  credited: bigint;
  /** amount − paid − credited: what is still open on asOf. */
  open: bigint;
  /** The day the invoice was fully settled (the last reduction dated on or before asOf), or null while open. */
  settledOn: string | null;
  /** The last cash applied to it on or before asOf, or null. */
  lastPaidOn: string | null;
  /** Part of `credited` that is written off (a loss rather than a credit note). */
  writtenOff: bigint;
}

/**
 * Invoices of one tenant issued on or before asOf (optionally one customer's), with what was paid, credited and
 * written off by asOf. Ordered by customer, then due date, then number.
 */
export async function loadInvoiceHistory(db: Tx, tenantId: number, asOf: string, customerId?: bigint): Promise<InvoiceHistory[]> {
  // Ordering a tenant's invoices for the one text value sorts them all: in memory, not in a spill to disk (decision 0008).
  await sql`set local work_mem = '256MB'`.execute(db);
  const onlyCustomer = customerId === undefined ? sql`true` : sql`i.customer_id = ${customerId}`;
  const result = await sql<{ rows: string | null }>`
    with reductions as (
      select invoice_id, date,
        case when payment_id is not null then amount else 0 end as paid,
        case when payment_id is null then amount else 0 end as credited, 0::bigint as written_off, 0::bigint as adjusted
        from allocations where tenant_id = ${tenantId} and date <= ${asOf}
      union all select invoice_id, date, 0, amount, amount, 0 from write_offs where tenant_id = ${tenantId} and date <= ${asOf}
      union all select invoice_id, date, 0, 0, 0, amount from adjustments where tenant_id = ${tenantId} and invoice_id is not null and date <= ${asOf}
    ),
    per_invoice as (
      select invoice_id, sum(paid)::bigint as paid, sum(credited)::bigint as credited, sum(written_off)::bigint as written_off,
        sum(adjusted)::bigint as adjusted, max(date) filter (where paid <> 0 or credited <> 0) as last_on,
        max(date) filter (where paid > 0) as last_paid_on
        from reductions group by invoice_id
    )
    select string_agg(concat_ws(',', i.id, i.customer_id, ${escapedText(sql`i.number`)}, i.currency, i.issue_date, i.due_date,
        i.amount + coalesce(r.adjusted, 0), coalesce(r.paid, 0), coalesce(r.credited, 0), coalesce(r.written_off, 0),
        coalesce(r.last_on::text, ''), coalesce(r.last_paid_on::text, '')), E'\n' order by i.customer_id, i.due_date, i.number) as rows
      from invoices i left join per_invoice r on r.invoice_id = i.id
     where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} and ${onlyCustomer}`.execute(db);
  return textLines(result.rows[0]?.rows).map(toHistory);
}

function toHistory(line: string): InvoiceHistory {
  const [id, customer, number, currency, issueDate, dueDate, amountText, paidText, creditedText, writtenOffText, lastOn, lastPaidOn] = lineFields(line, 12) as [
    string, string, string, string, string, string, string, string, string, string, string, string];
  const amount = BigInt(amountText);
  const paid = BigInt(paidText);
  const credited = BigInt(creditedText);
  const open = amount - paid - credited;
  return {
    invoiceId: BigInt(id), customerId: BigInt(customer), number, currency, issueDate, dueDate, amount, paid, credited, open,
    settledOn: open <= 0n && lastOn !== '' ? lastOn : null, lastPaidOn: lastPaidOn === '' ? null : lastPaidOn, writtenOff: BigInt(writtenOffText),
  };
}
