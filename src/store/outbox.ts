// The outbox (issue #4): every message is a row first, then a delivery; its status tells the collector what left.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type NewOutboxMessage = {
  actionId: bigint | null; channel: 'email' | 'letter' | 'sms' | 'call-task'; recipient: string; subject: string | null;
  body: string | null; attachmentName: string | null; attachment: Uint8Array | null;
};

export async function enqueue(tx: Tx, tenantId: number, messages: readonly NewOutboxMessage[]): Promise<void> {
  // Batches keep a large run to a few statements; 500 rows of PDFs stay well under the protocol's message size.
  for (let start = 0; start < messages.length; start += 500) {
    await tx.insertInto('outbox').values(messages.slice(start, start + 500).map((m) => ({
      tenant_id: tenantId, action_id: m.actionId, channel: m.channel, recipient: m.recipient, subject: m.subject, body: m.body,
      attachment_name: m.attachmentName, attachment: m.attachment, status: 'queued' as const, last_error: null, provider_id: null, sent_at: null,
    }))).execute();
  }
}

export type DueMessage = { id: bigint; channel: 'email' | 'sms'; recipient: string; subject: string | null; body: string | null; attachmentName: string | null; attachment: Uint8Array | null; attempts: number; actionId: bigint | null; timeZone: string };

/** Queued e-mails and SMS whose next attempt is due; letters go out in the print batch, call tasks to the worklist. */
export async function dueMessages(tx: Tx, tenantId: number, now: Date, limit: number): Promise<DueMessage[]> {
  // The customer's time zone (else the tenant's) decides when an SMS may go out.
  const rows = await tx.selectFrom('outbox as o')
    .innerJoin('tenants as t', 't.id', 'o.tenant_id')
    .leftJoin('dunning_actions as a', (j) => j.onRef('a.tenant_id', '=', 'o.tenant_id').onRef('a.id', '=', 'o.action_id'))
    .leftJoin('customers as c', (j) => j.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.customer_id'))
    .select(['o.id', 'o.channel', 'o.recipient', 'o.subject', 'o.body', 'o.attachment_name', 'o.attachment', 'o.attempts', 'o.action_id', 'c.time_zone as customer_zone', 't.time_zone as tenant_zone'])
    .where('o.tenant_id', '=', tenantId).where('o.status', '=', 'queued').where('o.channel', 'in', ['email', 'sms'])
    .where('o.next_attempt_at', '<=', now).orderBy('o.id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, channel: r.channel as 'email' | 'sms', recipient: r.recipient, subject: r.subject, body: r.body,
    attachmentName: r.attachment_name, attachment: r.attachment, attempts: r.attempts, actionId: r.action_id, timeZone: r.customer_zone ?? r.tenant_zone }));
}

export async function markSent(tx: Tx, tenantId: number, id: bigint, providerId: string, at: Date): Promise<void> {
  await tx.updateTable('outbox').set((eb) => ({ status: 'sent', provider_id: providerId, sent_at: at, attempts: eb('attempts', '+', 1) }))
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function markRetry(tx: Tx, tenantId: number, id: bigint, reason: string, nextAt: Date): Promise<void> {
  await tx.updateTable('outbox').set((eb) => ({ last_error: reason, next_attempt_at: nextAt, attempts: eb('attempts', '+', 1) }))
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Postpones a message without counting an attempt (a contact-hours rule, not a delivery failure). */
export async function deferMessage(tx: Tx, tenantId: number, id: bigint, until: Date, reason: string): Promise<void> {
  await tx.updateTable('outbox').set({ next_attempt_at: until, last_error: reason }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function markFailed(tx: Tx, tenantId: number, id: bigint, reason: string): Promise<void> {
  await tx.updateTable('outbox').set((eb) => ({ status: 'failed', last_error: reason, attempts: eb('attempts', '+', 1) }))
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** A permanent refusal of an address marks every contact of the tenant with it, so the customer page shows it. */
export async function markAddressBad(tx: Tx, tenantId: number, address: string, reason: string, at: Date): Promise<void> {
  await sql`update contacts set bad_address_at = ${at}, bad_address_reason = ${reason}
    where tenant_id = ${tenantId} and (lower(email) = lower(${address}) or phone = ${address})`.execute(tx);
}

export type OutboxRow = { id: bigint; channel: string; recipient: string; subject: string | null; status: string; attempts: number; lastError: string | null; sentAt: Date | null };

export async function listOutbox(tx: Tx, tenantId: number, filter: { status?: string | undefined; limit: number; offset: number }): Promise<OutboxRow[]> {
  let query = tx.selectFrom('outbox').select(['id', 'channel', 'recipient', 'subject', 'status', 'attempts', 'last_error', 'sent_at']).where('tenant_id', '=', tenantId);
  if (filter.status) query = query.where('status', '=', filter.status as 'queued');
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return rows.map((r) => ({ id: r.id, channel: r.channel, recipient: r.recipient, subject: r.subject, status: r.status, attempts: r.attempts, lastError: r.last_error, sentAt: r.sent_at }));
}

export type QueuedLetter = { id: bigint; recipient: string; attachment: Uint8Array };

/** Letters waiting for the print batch, oldest first. */
export async function queuedLetters(tx: Tx, tenantId: number): Promise<QueuedLetter[]> {
  const rows = await tx.selectFrom('outbox').select(['id', 'recipient', 'attachment']).where('tenant_id', '=', tenantId)
    .where('channel', '=', 'letter').where('status', '=', 'queued').orderBy('id').execute();
  return rows.filter((r) => r.attachment !== null).map((r) => ({ id: r.id, recipient: r.recipient, attachment: r.attachment as Uint8Array }));
}
