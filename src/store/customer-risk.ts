// Each customer's latest risk grade (migration 0013), which the worklist weights by (issue #6) without recomputing
// payment history per request. Written in one statement for the whole tenant; a computation for an earlier as-of
// never overwrites a later one, so re-running an old day leaves the latest grade in place.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type CustomerRiskRow = {
  customerId: bigint; grade: 'A' | 'B' | 'C' | 'D' | 'E'; score: number; parts: unknown; recommendedLimit: bigint | null; reviewDue: string | null; asOf: string;
};

/** Returns how many rows were written (rows for an older as-of than the stored one are skipped). */
export async function saveCustomerRisk(tx: Tx, tenantId: number, rows: readonly CustomerRiskRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof CustomerRiskRow>(k: K) => rows.map((r) => r[k]);
  const result = await sql`
    insert into customer_risk (tenant_id, customer_id, grade, score, parts, recommended_limit, review_due, as_of)
    select ${tenantId}, customer_id, grade, score, parts, recommended_limit, review_due, as_of
      from unnest(${col('customerId').map(String)}::bigint[], ${col('grade')}::text[], ${col('score')}::int[], ${col('parts').map((p) => JSON.stringify(p))}::jsonb[],
        ${col('recommendedLimit').map((v) => (v === null ? null : String(v)))}::bigint[], ${col('reviewDue')}::date[], ${col('asOf')}::date[])
        as r(customer_id, grade, score, parts, recommended_limit, review_due, as_of)
    on conflict (tenant_id, customer_id) do update set grade = excluded.grade, score = excluded.score, parts = excluded.parts,
      recommended_limit = excluded.recommended_limit, review_due = excluded.review_due, as_of = excluded.as_of, computed_at = now()
      where customer_risk.as_of <= excluded.as_of`.execute(tx);
  return Number(result.numAffectedRows ?? 0n);
}

export async function storedCustomerRisk(db: Executor, tenantId: number): Promise<(CustomerRiskRow & { customerRef: string })[]> {
  const result = await sql<CustomerRiskRow & { customerRef: string }>`
    select r.customer_id as "customerId", c.customer_ref as "customerRef", r.grade, r.score, r.parts, r.recommended_limit as "recommendedLimit",
      r.review_due as "reviewDue", r.as_of as "asOf"
      from customer_risk r join customers c on c.tenant_id = r.tenant_id and c.id = r.customer_id
     where r.tenant_id = ${tenantId} order by c.customer_ref`.execute(db);
  return result.rows;
}
