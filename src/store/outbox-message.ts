// One outbox message as it was sent (issue #7: "an e-mail opens as sent"): recipient, subject, body, the name and
// size of its attachment, and its delivery state. The attachment's bytes stay behind GET /api/outbox/{id}/letter.pdf.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type StoredOutboxMessage = {
  id: bigint; channel: string; recipient: string; subject: string | null; body: string | null; attachmentName: string | null;
  attachmentBytes: number | null; status: string; attempts: number; lastError: string | null; sentAt: Date | null; providerId: string | null;
};

export async function findOutboxMessage(tx: Tx, tenantId: number, id: bigint): Promise<StoredOutboxMessage | undefined> {
  const row = await tx.selectFrom('outbox')
    .select(['id', 'channel', 'recipient', 'subject', 'body', 'attachment_name', 'status', 'attempts', 'last_error', 'sent_at', 'provider_id'])
    .select(sql<number | string | null>`octet_length(attachment)`.as('attachment_bytes'))
    .where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id, channel: row.channel, recipient: row.recipient, subject: row.subject, body: row.body, attachmentName: row.attachment_name,
    attachmentBytes: row.attachment_bytes === null ? null : Number(row.attachment_bytes), status: row.status, attempts: row.attempts,
    lastError: row.last_error, sentAt: row.sent_at, providerId: row.provider_id,
  };
}
