// GET /api/outbox/{id} (issue #7: "an e-mail opens as sent"): one message of the outbox as it left, or will leave.
import type { Db } from '../../store/db.js';
import { findOutboxMessage } from '../../store/outbox-message.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';

export type OutboxMessageView = {
  id: string; channel: string; recipient: string; subject: string | null; body: string | null; status: string; attempts: number;
  lastError: string | null; sentAt: string | null; providerId: string | null;
  attachment: { name: string; bytes: number; href: string } | null;
};

export async function outboxMessage(db: Db, tenant: TenantRow, id: string): Promise<OutboxMessageView> {
  const m = await inTenant(db, tenant.id, (tx) => findOutboxMessage(tx, tenant.id, BigInt(id)));
  if (!m) throw new NotFoundError(`no outbox message ${id}`);
  const sentAt = m.sentAt === null ? null : new Date(m.sentAt).toISOString();
  return {
    id: m.id.toString(), channel: m.channel, recipient: m.recipient, subject: m.subject, body: m.body, status: m.status, attempts: m.attempts,
    lastError: m.lastError, sentAt, providerId: m.providerId,
    attachment: m.attachmentBytes === null ? null : { name: m.attachmentName ?? `letter-${id}.pdf`, bytes: m.attachmentBytes, href: `/api/outbox/${id}/letter.pdf` },
  };
}
