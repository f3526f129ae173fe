// The tenant's customers as payment prediction, the cash forecast and the discount economics need them (issue #8):
// id → ref, plus the fields segment rules read. One text value per query (text-rows.ts), as payment-history.ts.
import { sql } from 'kysely';
import type { Executor } from './db.js';
import { escapedText, lineFields, textLines } from './text-rows.js';

export interface CustomerDirectoryEntry {
  id: bigint; customerRef: string; country: string; language: string; currency: string; debtorType: string; creditLimit: bigint | null;
}

export async function loadCustomerDirectory(db: Executor, tenantId: number): Promise<CustomerDirectoryEntry[]> {
  const result = await sql<{ rows: string | null }>`
    select string_agg(concat_ws(',', id, ${escapedText(sql`customer_ref`)}, coalesce(country, ''), coalesce(language, ''), currency, debtor_type,
        coalesce(credit_limit::text, '')), E'\n' order by customer_ref) as rows
      from customers where tenant_id = ${tenantId}`.execute(db);
  return textLines(result.rows[0]?.rows).map((line) => {
    const [id, ref, country, language, currency, debtorType, limit] = lineFields(line, 7) as [string, string, string, string, string, string, string];
    return { id: BigInt(id), customerRef: ref, country, language, currency, debtorType, creditLimit: limit === '' ? null : BigInt(limit) };
  });
}
