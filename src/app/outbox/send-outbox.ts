// Sends what is due in a tenant's outbox now: over SMTP when SMTP_URL is set, else as .eml files in the data
// folder (issue #4); SMS through SMS_WEBHOOK_URL when set.
import path from 'node:path';
import { createEmailSender } from '../../channels/delivery/email.js';
import { createSmsSender } from '../../channels/delivery/sms.js';
import type { Db } from '../../store/db.js';
import { listOutbox } from '../../store/outbox.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { type DeliverySummary, deliverOutbox } from './deliver-outbox.js';

export type DeliveryConfig = { smtpUrl?: string | undefined; emlDir: string; smsWebhookUrl?: string | undefined; smsToken?: string | undefined; from?: string | undefined };

export function deliveryConfigFromEnv(dataDir: string): DeliveryConfig {
  return {
    smtpUrl: process.env.SMTP_URL, emlDir: path.join(dataDir, 'outbox-eml'), smsWebhookUrl: process.env.SMS_WEBHOOK_URL,
    smsToken: process.env.SMS_WEBHOOK_TOKEN, from: process.env.MAIL_FROM,
  };
}

export async function sendOutbox(db: Db, tenant: TenantRow, config: DeliveryConfig, now = new Date()): Promise<DeliverySummary & { mode: string }> {
  const email = createEmailSender(config.smtpUrl ? { smtpUrl: config.smtpUrl } : { emlDir: config.emlDir });
  const sms = config.smsWebhookUrl ? createSmsSender({ webhookUrl: config.smsWebhookUrl, ...(config.smsToken ? { token: config.smsToken } : {}) }) : undefined;
  try {
    const from = (t: TenantRow) => config.from ?? `${t.name} <${t.email ?? `noreply@${t.slug}.invalid`}>`;
    const summary = await deliverOutbox(db, tenant, { email, sms, from }, now);
    return { ...summary, mode: config.smtpUrl ? 'smtp' : `eml files in ${config.emlDir}` };
  } finally {
    await email.close();
  }
}

export async function outboxPage(db: Db, tenant: TenantRow, filter: { status?: string | undefined; limit: number; offset: number }) {
  const rows = await inTenant(db, tenant.id, (tx) => listOutbox(tx, tenant.id, filter));
  return { messages: rows.map((r) => ({ id: String(r.id), channel: r.channel, recipient: r.recipient, subject: r.subject, status: r.status, attempts: r.attempts, lastError: r.lastError, sentAt: r.sentAt?.toISOString() ?? null })), limit: filter.limit, offset: filter.offset };
}
