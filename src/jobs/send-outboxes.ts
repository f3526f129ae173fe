// Delivery in the server (issue #4): each tick sends whatever is due in every tenant's outbox, so retries after
// back-off and SMS deferred to the morning go out without a person running `arrears outbox send`.
import { type DeliveryConfig, sendOutbox } from '../app/outbox/send-outbox.js';
import type { Db } from '../store/db.js';
import { type TenantRow, listTenants } from '../store/tenants.js';

export async function sendTenantOutbox(db: Db, tenant: TenantRow, config: DeliveryConfig, now: Date, log: (line: string) => void): Promise<void> {
  const result = await sendOutbox(db, tenant, config, now);
  const moved = result.sent + result.retried + result.failed + (result.deferred ?? 0);
  if (moved > 0) log(`scheduler: outbox of ${tenant.slug}: ${result.sent} sent, ${result.retried} to retry, ${result.failed} failed, ${result.deferred ?? 0} deferred (${result.mode})`);
}

export async function sendAllOutboxes(db: Db, config: DeliveryConfig, now: Date, log: (line: string) => void): Promise<void> {
  for (const tenant of await listTenants(db)) {
    try {
      await sendTenantOutbox(db, tenant, config, now, log);
    } catch (error) {
      log(`scheduler: outbox of ${tenant.slug} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
