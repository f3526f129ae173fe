// The outbox worker (issue #4): hands due e-mails and SMS to their senders; transient errors are retried with
// back-off, a permanent failure is recorded with its reason and the refused address is marked bad on the customer.
import { MAX_DELIVERY_ATTEMPTS, type DeliveryResult, type EmailSender } from '../../channels/delivery/email.js';
import type { SmsSender } from '../../channels/delivery/sms.js';
import type { Db } from '../../store/db.js';
import { type DueMessage, deferMessage, dueMessages, markAddressBad, markFailed, markRetry, markSent } from '../../store/outbox.js';
import { nextDaytime } from '../../domain/contact-hours.js';
import { outsidePeak } from '../../domain/call-schedule.js';
import { callHoursOf } from '../calls/call-settings.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';

export type Senders = { email: EmailSender; sms?: SmsSender | undefined; from: (tenant: TenantRow) => string };

export type DeliverySummary = { sent: number; retried: number; failed: number; deferred?: number };

async function send(message: DueMessage, tenant: TenantRow, senders: Senders): Promise<DeliveryResult> {
  const attempt = message.attempts + 1;
  if (message.channel === 'sms') {
    if (!senders.sms) return { status: 'failed', reason: 'no SMS webhook is configured (SMS_WEBHOOK_URL)', permanent: true };
    return senders.sms.send({ to: message.recipient, text: message.body ?? '', reference: `${tenant.slug}-${message.id}` }, { attempt });
  }
  return senders.email.send({
    from: senders.from(tenant), to: [message.recipient], subject: message.subject ?? '', text: message.body ?? '',
    messageId: `<${tenant.slug}.${message.id}@arrears.invalid>`,
    attachments: message.attachment && message.attachmentName ? [{ filename: message.attachmentName, content: Buffer.from(message.attachment), contentType: 'application/pdf' }] : [],
  }, { attempt });
}

export async function deliverOutbox(db: Db, tenant: TenantRow, senders: Senders, now: Date, limit = 500): Promise<DeliverySummary> {
  const summary: DeliverySummary = { sent: 0, retried: 0, failed: 0 };
  const [due, hours] = await inTenant(db, tenant.id, async (tx) => [await dueMessages(tx, tenant.id, now, limit), await callHoursOf(tx, tenant.id)] as const);
  // Sending happens outside the transaction (a slow SMTP server must not hold the database); each result is then
  // recorded in its own short transaction, so a crash between the two at worst re-sends one message.
  for (const message of due) {
    if (message.channel === 'sms') {
      // issue #6: peak calling hours are for calls only; an SMS sent then draws call-backs while the collectors dial
      // out, so it waits for the window to end (docs/decisions/0011-peak-call-hours.md).
      const daytime = nextDaytime(now.getTime(), message.timeZone);
      const allowed = nextDaytime(outsidePeak(daytime, message.timeZone, hours.peak ?? []), message.timeZone);
      const why = allowed > daytime ? 'inside the tenant\'s peak calling hours' : 'outside the customer\'s daytime';
      if (allowed > now.getTime()) {
        summary.deferred = (summary.deferred ?? 0) + 1;
        await inTenant(db, tenant.id, (tx) => deferMessage(tx, tenant.id, message.id, new Date(allowed), `${why} in ${message.timeZone}; waits until ${new Date(allowed).toISOString()}`));
        continue;
      }
    }
    const result = await send(message, tenant, senders);
    await inTenant(db, tenant.id, async (tx) => {
      if (result.status === 'sent') { summary.sent += 1; return markSent(tx, tenant.id, message.id, result.providerId, now); }
      if (result.status === 'retry' && message.attempts + 1 < MAX_DELIVERY_ATTEMPTS) {
        summary.retried += 1;
        return markRetry(tx, tenant.id, message.id, result.reason, new Date(now.getTime() + result.retryAfterMs));
      }
      summary.failed += 1;
      const reason = result.status === 'retry' ? `gave up after ${MAX_DELIVERY_ATTEMPTS} attempts: ${result.reason}` : result.reason;
      await markFailed(tx, tenant.id, message.id, reason);
      if (result.status === 'failed' && result.badAddress) await markAddressBad(tx, tenant.id, result.badAddress, result.reason, now);
      return undefined;
    });
  }
  return summary;
}
