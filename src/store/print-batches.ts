// The day's letters for the print room, kept so a batch can be downloaded again (issue #4).
import type { Tx } from './db.js';

export type PrintBatchSummary = { id: bigint; name: string; batch_date: string; letters: number; created_at: Date; created_by: string };

export async function insertPrintBatch(
  tx: Tx, tenantId: number, batch: { name: string; date: string; letters: number; pdf: Uint8Array; createdBy: string },
): Promise<bigint> {
  const row = await tx.insertInto('print_batches')
    .values({ tenant_id: tenantId, name: batch.name, batch_date: batch.date, letters: batch.letters, pdf: batch.pdf, created_by: batch.createdBy })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Names already taken among `candidates`. */
export async function takenBatchNames(tx: Tx, tenantId: number, prefix: string): Promise<Set<string>> {
  const rows = await tx.selectFrom('print_batches').select('name').where('tenant_id', '=', tenantId).where('name', 'like', `${prefix.replace(/[\\%_]/g, '\\$&')}%`).execute();
  return new Set(rows.map((r) => r.name));
}

export async function listPrintBatches(tx: Tx, tenantId: number, page: { limit: number; offset: number }): Promise<PrintBatchSummary[]> {
  return tx.selectFrom('print_batches').select(['id', 'name', 'batch_date', 'letters', 'created_at', 'created_by'])
    .where('tenant_id', '=', tenantId).orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export async function findPrintBatchPdf(tx: Tx, tenantId: number, id: bigint): Promise<{ name: string; pdf: Uint8Array } | undefined> {
  return tx.selectFrom('print_batches').select(['name', 'pdf']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}
