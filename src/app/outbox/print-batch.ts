// The day's letters as one PDF for the print room (issue #4): the queued letters are merged, the batch is kept
// (print_batches) so it can be downloaded again, and the letters are marked sent with the batch's name.
import { mergePdfs } from '../../channels/pdf/merge-pdfs.js';
import type { Db } from '../../store/db.js';
import { markSent, queuedLetters } from '../../store/outbox.js';
import { recordAudit } from '../../store/audit.js';
import { findPrintBatchPdf, insertPrintBatch, listPrintBatches, takenBatchNames, type PrintBatchSummary } from '../../store/print-batches.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';

export type PrintBatchResult = { letters: number; pdf: Uint8Array | null; batchId: string | null; name: string | null };

/** `name`, or `name-2`, `name-3`… when a batch of that name exists (a second batch on the same day). */
function freeName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export async function printBatch(
  db: Db, tenant: TenantRow, input: { date: string; name?: string | undefined; actor: string; duplex?: boolean },
): Promise<PrintBatchResult> {
  return inTenant(db, tenant.id, async (tx) => {
    const letters = await queuedLetters(tx, tenant.id);
    if (letters.length === 0) return { letters: 0, pdf: null, batchId: null, name: null };
    const pdf = await mergePdfs(letters.map((l) => l.attachment), { duplex: input.duplex ?? true });
    const wanted = input.name ?? input.date;
    const name = freeName(wanted, await takenBatchNames(tx, tenant.id, wanted));
    const batchId = await insertPrintBatch(tx, tenant.id, { name, date: input.date, letters: letters.length, pdf, createdBy: input.actor });
    const now = new Date();
    for (const letter of letters) await markSent(tx, tenant.id, letter.id, `print-batch:${name}`, now);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'print-batch', entity: 'print-batch', entityKey: name, details: { letters: letters.length } });
    return { letters: letters.length, pdf, batchId: String(batchId), name };
  });
}

export type PrintBatchJson = { id: string; name: string; date: string; letters: number; createdAt: string; createdBy: string };

const toJson = (b: PrintBatchSummary): PrintBatchJson => ({ id: String(b.id), name: b.name, date: b.batch_date, letters: b.letters, createdAt: b.created_at.toISOString(), createdBy: b.created_by });

export async function printBatches(db: Db, tenant: TenantRow, page: { limit: number; offset: number }): Promise<{ batches: PrintBatchJson[]; limit: number; offset: number }> {
  const rows = await inTenant(db, tenant.id, (tx) => listPrintBatches(tx, tenant.id, page));
  return { batches: rows.map(toJson), ...page };
}

export async function printBatchPdf(db: Db, tenant: TenantRow, id: string): Promise<{ name: string; pdf: Uint8Array }> {
  const found = /^\d{1,18}$/.test(id) ? await inTenant(db, tenant.id, (tx) => findPrintBatchPdf(tx, tenant.id, BigInt(id))) : undefined;
  if (!found) throw new NotFoundError(`no print batch "${id}"`);
  // node-postgres hands bytea back as a Buffer, PGlite as a Uint8Array: one type for callers.
  return { name: found.name, pdf: new Uint8Array(found.pdf.buffer, found.pdf.byteOffset, found.pdf.byteLength) };
}
