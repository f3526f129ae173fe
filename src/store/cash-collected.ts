// Cash collected in a period (issue #7 dashboard: "cash collected this month"): payments received, by the date the
// money arrived, summed per currency in SQL and cast back to bigint (CODE_STYLE.md).
import { sql } from 'kysely';
import type { Tx } from './db.js';

export async function cashCollected(tx: Tx, tenantId: number, from: string, to: string): Promise<{ currency: string; amount: bigint; payments: number }[]> {
  const rows = await sql<{ currency: string; amount: bigint; payments: bigint }>`
    select currency, sum(amount)::bigint as amount, count(*)::bigint as payments from payments
     where tenant_id = ${tenantId} and date between ${from} and ${to} group by currency order by currency`.execute(tx);
  return rows.rows.map((r) => ({ currency: r.currency.trim(), amount: r.amount, payments: Number(r.payments) }));
}
