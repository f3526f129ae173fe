// Recoveries against a placement, and the ledger rows a recovery adds besides its payment: the write-off it reverses
// on an invoice that had been written off (bad debt recovered).
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type RecoveryRow = {
  id: bigint; placement_id: bigint; date: string; gross: bigint; commission: bigint; commission_given: boolean; payment_id: bigint;
  payment_ref: string; reference: string | null; note: string | null; created_at: Date; created_by: string; reversed_write_off: bigint;
};

export async function listRecoveries(db: Executor, tenantId: number, placementId: bigint): Promise<RecoveryRow[]> {
  const result = await sql<RecoveryRow>`
    select r.id, r.placement_id, r.date, r.gross, r.commission, r.commission_given, r.payment_id, p.payment_ref, r.reference, r.note, r.created_at, r.created_by,
      coalesce((select -sum(w.amount) from write_offs w where w.tenant_id = r.tenant_id and w.recovery_id = r.id), 0)::bigint as reversed_write_off
    from placement_recoveries r join payments p on p.tenant_id = r.tenant_id and p.id = r.payment_id
    where r.tenant_id = ${tenantId} and r.placement_id = ${placementId} order by r.date, r.id`.execute(db);
  return result.rows;
}

export async function recoveryCount(db: Executor, tenantId: number, placementId: bigint): Promise<number> {
  const row = await sql<{ n: bigint }>`select count(*) as n from placement_recoveries where tenant_id = ${tenantId} and placement_id = ${placementId}`.execute(db);
  return Number(row.rows[0]?.n ?? 0n);
}

export type NewRecovery = {
  placementId: bigint; date: string; gross: bigint; commission: bigint; commissionGiven: boolean; paymentId: bigint;
  reference: string | null; note: string | null; actor: string;
};

export async function insertRecovery(tx: Tx, tenantId: number, r: NewRecovery): Promise<bigint> {
  const row = await tx.insertInto('placement_recoveries').values({
    tenant_id: tenantId, placement_id: r.placementId, date: r.date, gross: r.gross, commission: r.commission, commission_given: r.commissionGiven,
    payment_id: r.paymentId, reference: r.reference, note: r.note, created_by: r.actor,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Write-off rows that carry their origin: a request approved, or (negative) a recovery of written-off debt. */
export async function insertLinkedWriteOffs(tx: Tx, tenantId: number, rows: readonly {
  invoiceId: bigint; date: string; amount: bigint; reason: string; requestId?: bigint; recoveryId?: bigint;
}[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insertInto('write_offs').values(rows.map((r) => ({
    tenant_id: tenantId, invoice_id: r.invoiceId, date: r.date, amount: r.amount, reason: r.reason, request_id: r.requestId ?? null, recovery_id: r.recoveryId ?? null,
  }))).execute();
}
