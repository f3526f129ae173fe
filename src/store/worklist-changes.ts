// The change log the worklist cache checks (migration 0015): statement-level triggers on the ledger and on
// promises, disputes, plans, customers, segments, risk grades, call tasks, placements and rates write one row per
// (tenant, transaction). A worklist computed in snapshot S is still right while no logged transaction is invisible
// to S — across processes too, since the log is in the database.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

/** The snapshot the next queries of this transaction start from (read before loading, so a commit racing the load makes the cache stale, never wrong). */
export async function currentSnapshot(tx: Tx): Promise<string> {
  const result = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(tx);
  const snapshot = result.rows[0]?.snapshot;
  if (!snapshot) throw new Error('pg_current_snapshot() returned nothing');
  return snapshot;
}

/** Whether a transaction that `snapshot` does not see has changed the tenant's worklist inputs (or, tenant 0, anyone's). */
export async function changedSince(db: Executor, tenantId: number, snapshot: string): Promise<boolean> {
  const result = await sql<{ changed: boolean }>`
    select exists (select 1 from ledger_changes
      where tenant_id in (${tenantId}, 0) and xid >= pg_snapshot_xmin(${snapshot}::pg_snapshot)
        and not pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot)) as changed`.execute(db);
  return result.rows[0]?.changed ?? true;
}

/** Drops log rows older than a day: far older than any cached worklist may live (src/app/worklist/worklist-cache.ts). */
export async function pruneChanges(tx: Tx, tenantId: number): Promise<void> {
  await sql`delete from ledger_changes where tenant_id in (${tenantId}, 0) and changed_at < now() - interval '1 day'`.execute(tx);
}
