// What cash application matches against (issue #5): every open invoice with its open amount, the customers'
// names, and the payer accounts people confirmed. One text value per query (text-rows.ts): a tenant may have a
// million open items.
import { sql } from 'kysely';
import type { Tx } from './db.js';
import { settledByInvoice } from './settled-query.js';
import { escapedText, lineFields, textLines } from './text-rows.js';

export type OpenItemRow = { invoiceId: bigint; customerId: string; currency: string; dueDate: string; amount: bigint; open: bigint; number: string };

export async function loadOpenItems(tx: Tx, tenantId: number, asOf: string, customerId?: bigint): Promise<OpenItemRow[]> {
  const result = await sql<{ rows: string | null }>`
    with ${settledByInvoice(tenantId, asOf)}
    select string_agg(concat_ws(',', i.id, i.customer_id, i.currency, i.due_date, i.amount, i.amount - coalesce(s.amount, 0), ${escapedText(sql`i.number`)}), E'\n') as rows
      from invoices i left join settled s on s.invoice_id = i.id
     where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} and i.amount - coalesce(s.amount, 0) > 0
       ${customerId === undefined ? sql`` : sql`and i.customer_id = ${customerId}`}`.execute(tx);
  return textLines(result.rows[0]?.rows).map((line) => {
    const [id, customer, currency, dueDate, amount, open, number] = lineFields(line, 7) as [string, string, string, string, string, string, string];
    return { invoiceId: BigInt(id), customerId: customer, currency: currency.trim(), dueDate, amount: BigInt(amount), open: BigInt(open), number };
  });
}

export type MatchCustomerRow = { customerId: string; customerRef: string; name: string; parentId: string | null };

export async function loadMatchCustomers(tx: Tx, tenantId: number): Promise<MatchCustomerRow[]> {
  const result = await sql<{ rows: string | null }>`
    select string_agg(concat_ws(',', c.id, coalesce(c.parent_customer_id::text, ''), ${escapedText(sql`c.customer_ref`)}, ${escapedText(sql`c.name`)}), E'\n') as rows
      from customers c where c.tenant_id = ${tenantId}`.execute(tx);
  return textLines(result.rows[0]?.rows).map((line) => {
    const [id, parent, customerRef, name] = lineFields(line, 4) as [string, string, string, string];
    return { customerId: id, customerRef, name, parentId: parent === '' ? null : parent };
  });
}

export async function loadPayerAccounts(tx: Tx, tenantId: number): Promise<{ iban: string; customerId: string }[]> {
  const rows = await tx.selectFrom('payer_accounts').select(['iban', 'customer_id']).where('tenant_id', '=', tenantId).execute();
  return rows.map((r) => ({ iban: r.iban, customerId: String(r.customer_id) }));
}

/** invoice id → the dunning actions (letters, e-mails) that listed it in the last year: their references name it. */
export async function loadRecentActionReferences(tx: Tx, tenantId: number, asOf: string): Promise<Map<string, bigint[]>> {
  const result = await sql<{ invoice_id: string; action_id: bigint }>`
    select x."invoiceId" as invoice_id, a.id as action_id
      from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id,
           jsonb_to_recordset(a.invoices) as x("invoiceId" text)
     where a.tenant_id = ${tenantId} and a.status in ('approved', 'sent') and r.as_of between ${asOf}::date - 366 and ${asOf}::date`.execute(tx);
  const out = new Map<string, bigint[]>();
  for (const row of result.rows) {
    const list = out.get(row.invoice_id);
    if (list) list.push(row.action_id);
    else out.set(row.invoice_id, [row.action_id]);
  }
  return out;
}
