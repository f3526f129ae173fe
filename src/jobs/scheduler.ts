// Issue #4: "A daily job (pg-boss cron) runs each tenant at its configured local time; on a single machine it runs
// inside the server process." One pg-boss cron schedule ticks every 15 minutes (UTC); each tick asks which tenants
// are due (local time past `dunning_run_time`, no run yet for the local date) and queues one run job per tenant.
//
// Why one tick and not one cron schedule per tenant: the decision "due?" is made from the tenant's row at each
// tick, so a new tenant, a changed run time or time zone needs no schedule to keep in sync; a day's run missed
// while the server was down is made at the first tick after it starts (one is sent at start); and DST needs no
// cron semantics (a run time inside the spring gap, or repeated in the autumn overlap) — see dueDate(). Every
// UTC offset in use is a whole number of quarter hours, so a quarter-hour tick lands on each zone's quarter hours:
// a run time of 06:00 runs at 06:00 local, any other run time at the first quarter hour after it.
import { type Clock, type Job, PgBoss, type QueueOptions } from 'pg-boss';
import type { DbHandle } from '../store/db.js';
import type { DeliveryConfig } from '../app/outbox/send-outbox.js';
import { findTenantById } from '../store/tenants.js';
import { sendAllOutboxes, sendTenantOutbox } from './send-outboxes.js';
import { bossDatabase } from './boss-database.js';
import { type DueRun, type Log, describeOutcome, dueTenants, runTenantDay } from './daily-dunning.js';

export const TICK_QUEUE = 'dunning-tick';
export const RUN_QUEUE = 'dunning-run';
export const BOSS_SCHEMA = 'pgboss';
const DEFAULT_TICK_MS = 15 * 60_000;

export type SchedulerOptions = {
  /** How often the tick runs: whole minutes that divide an hour (pg-boss cron has minute resolution). Default 15 minutes. */
  tickMs?: number;
  /** The instant a tick decides with. Default: the wall clock. */
  now?: () => Date;
  /** PostgreSQL only: where pg-boss connects. Default: DATABASE_URL. */
  connectionString?: string;
  /** pg-boss's clock, for tests that drive its cron and polling with pg-boss's TestClock. */
  clock?: Clock;
  /** How often the workers look for jobs, in seconds. Default 10 (a daily job need not be found sooner). */
  pollingIntervalSeconds?: number;
  log?: Log;
};

export type Scheduler = { stop(): Promise<void> };
// Delivery is opt-in: the server passes its configuration (SMTP_URL or .eml files in its data folder).
type Delivery = { delivery?: DeliveryConfig | undefined };

// A run is retried with exponential back-off for a few hours (a database restart, a lock timeout); one queued or
// active job per tenant (`exclusive` + the tenant as key), so retries and ticks never run a tenant twice at once.
const RUN_QUEUE_OPTIONS: QueueOptions = { retryLimit: 6, retryDelay: 60, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 3600 };
const TICK_QUEUE_OPTIONS: QueueOptions = { retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 };

export function tickCron(tickMs: number): string {
  const minutes = tickMs / 60_000;
  if (!Number.isInteger(minutes) || minutes < 1 || 60 % minutes !== 0) {
    throw new Error(`tickMs must be a whole number of minutes that divides an hour, not ${tickMs}`);
  }
  return minutes === 60 ? '0 * * * *' : `*/${minutes} * * * *`;
}

async function ensureQueue(boss: PgBoss, name: string, options: QueueOptions): Promise<void> {
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, { ...options, policy: 'exclusive' });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts pg-boss (schema `pgboss`) on the store's database, with the dunning tick scheduled and both workers running. */
export async function startScheduler(handle: DbHandle, options: SchedulerOptions & Delivery = {}): Promise<Scheduler> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const cron = tickCron(options.tickMs ?? DEFAULT_TICK_MS);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 };
  const boss = new PgBoss({
    ...bossDatabase(handle, options.connectionString ?? process.env.DATABASE_URL),
    schema: BOSS_SCHEMA, application_name: 'arrears-scheduler', instanceName: 'arrears-server',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  boss.on('error', (error) => log(`scheduler: pg-boss: ${message(error)}`));
  await boss.start();
  try {
    await ensureQueue(boss, TICK_QUEUE, TICK_QUEUE_OPTIONS);
    await ensureQueue(boss, RUN_QUEUE, RUN_QUEUE_OPTIONS);
    await boss.work<Record<string, never>>(TICK_QUEUE, polling, async () => {
      try {
        for (const run of await dueTenants(handle.db, now(), log)) {
          // null: this tenant already has a run job queued, retrying or running (the queue is `exclusive` per tenant).
          const id = await boss.send(RUN_QUEUE, run, { singletonKey: String(run.tenantId) });
          if (id) log(`scheduler: queued the dunning run for ${run.slug} as of ${run.asOf}`);
        }
        if (options.delivery) await sendAllOutboxes(handle.db, options.delivery, now(), log);
      } catch (error) {
        log(`scheduler: the dunning tick failed (pg-boss retries it): ${message(error)}`);
        throw error;
      }
    });
    await boss.work<DueRun>(RUN_QUEUE, polling, async (jobs: Job<DueRun>[]) => {
      for (const job of jobs) {
        try {
          log(describeOutcome(await runTenantDay(handle.db, job.data)));
          const tenant = options.delivery ? await findTenantById(handle.db, job.data.tenantId) : undefined;
          if (options.delivery && tenant) await sendTenantOutbox(handle.db, tenant, options.delivery, now(), log);
        } catch (error) {
          // Thrown again so pg-boss retries it with back-off; a run that never succeeds is queued again by a later tick.
          log(`scheduler: dunning run for ${job.data.slug} as of ${job.data.asOf} failed (attempt ${job.retryCount + 1}): ${message(error)}`);
          throw error;
        }
      }
    });
    await boss.schedule(TICK_QUEUE, cron, {}, { tz: 'UTC' });
    await boss.send(TICK_QUEUE, {});
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 30_000 }) };
}
