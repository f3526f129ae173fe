// The day's letters as one PDF for the print room (issue #4); the letters are marked sent once the batch exists.
import { mergePdfs } from '../../channels/pdf/merge-pdfs.js';
import type { Db } from '../../store/db.js';
import { markSent, queuedLetters } from '../../store/outbox.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';

export async function printBatch(db: Db, tenant: TenantRow, input: { batchName: string; actor: string; duplex?: boolean }): Promise<{ letters: number; pdf: Uint8Array | null }> {
  return inTenant(db, tenant.id, async (tx) => {
    const letters = await queuedLetters(tx, tenant.id);
    if (letters.length === 0) return { letters: 0, pdf: null };
    const pdf = await mergePdfs(letters.map((l) => l.attachment), { duplex: input.duplex ?? true });
    const now = new Date();
    for (const letter of letters) await markSent(tx, tenant.id, letter.id, `print-batch:${input.batchName}`, now);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'print-batch', entity: 'outbox', entityKey: input.batchName, details: { letters: letters.length } });
    return { letters: letters.length, pdf };
  });
}
