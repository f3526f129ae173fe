// The PDF stored with an outbox message (issue #7: "a letter opens as its PDF"): the letter for the print batch,
// or the same letter attached to an e-mail.
import type { Tx } from './db.js';

export type StoredLetter = { channel: string; fileName: string | null; pdf: Uint8Array | null };

export async function findOutboxLetter(tx: Tx, tenantId: number, id: bigint): Promise<StoredLetter | undefined> {
  const row = await tx.selectFrom('outbox').select(['channel', 'attachment_name', 'attachment'])
    .where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? { channel: row.channel, fileName: row.attachment_name, pdf: row.attachment } : undefined;
}
