// Customer segments: named rules in the tenant's order, each optionally with a dunning policy and a collector.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type SegmentRow = { id: bigint; name: string; position: number; rule: unknown; policy_name: string | null; dunning_policy_id: bigint | null; collector: string | null };

export async function listSegments(tx: Tx, tenantId: number): Promise<SegmentRow[]> {
  const result = await sql<SegmentRow>`
    select s.id, s.name, s.position, s.rule, p.name as policy_name, s.dunning_policy_id, s.collector
      from customer_segments s left join dunning_policies p on p.tenant_id = s.tenant_id and p.id = s.dunning_policy_id
     where s.tenant_id = ${tenantId} order by s.position, s.name`.execute(tx);
  return result.rows;
}

export async function saveSegment(
  tx: Tx, tenantId: number, segment: { name: string; position: number; rule: unknown; policyId: bigint | null; collector: string | null; actor: string },
): Promise<void> {
  await sql`insert into customer_segments (tenant_id, name, position, rule, dunning_policy_id, collector, updated_by)
    values (${tenantId}, ${segment.name}, ${segment.position}, ${JSON.stringify(segment.rule)}::jsonb, ${segment.policyId}, ${segment.collector}, ${segment.actor})
    on conflict (tenant_id, name) do update set position = excluded.position, rule = excluded.rule, dunning_policy_id = excluded.dunning_policy_id,
      collector = excluded.collector, updated_by = excluded.updated_by, updated_at = now()`.execute(tx);
}

export async function deleteSegment(tx: Tx, tenantId: number, name: string): Promise<boolean> {
  const result = await sql`delete from customer_segments where tenant_id = ${tenantId} and name = ${name}`.execute(tx);
  return (result.numAffectedRows ?? 0n) > 0n;
}
