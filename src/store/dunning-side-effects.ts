// What approved dunning actions carry out besides writing (issue #4 side effects): their recorded side effects.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type ActionEffects = { id: bigint; customerId: bigint; currency: string; level: number; total: bigint; sideEffects: string[] };

export async function actionEffects(tx: Tx, tenantId: number, ids: readonly bigint[]): Promise<ActionEffects[]> {
  if (ids.length === 0) return [];
  const result = await sql<{ id: bigint; customer_id: bigint; currency: string; level: number; total: bigint; side_effects: string[] }>`
    select id, customer_id, currency, level, total, side_effects from dunning_actions
     where tenant_id = ${tenantId} and id = any(${ids.map(String)}::bigint[]) and cardinality(side_effects) > 0 order by id`.execute(tx);
  return result.rows.map((r) => ({ id: r.id, customerId: r.customer_id, currency: r.currency.trim(), level: r.level, total: r.total, sideEffects: r.side_effects }));
}

// The placements themselves are made by src/app/placements/place-accounts.ts (issue #6: numbered, with their invoices).
