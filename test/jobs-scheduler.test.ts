// Issue #4: the daily job runs on pg-boss in the same database, on both engines. pg-boss's TestClock drives its
// cron and its workers' polling (and the time its SQL reads), so a cron tick at 06:00 in Kolkata is reached in a
// few seconds of real time.
import { sql } from 'kysely';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../src/app/create-tenant.js';
import { type Scheduler, startScheduler, tickCron } from '../src/jobs/scheduler.js';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let oslo: TenantRow;
let kolkata: TenantRow;
let scheduler: Scheduler | undefined;
const clock = new TestClock('2026-03-10T00:29:00Z');
const lines: string[] = [];

/** PostgreSQL: this file's own database (openTestDb made it), on the server DATABASE_URL names. */
async function connectionString(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const r = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
  const target = new URL(url);
  target.pathname = `/${r.rows[0]?.name ?? ''}`;
  return target.toString();
}

async function runDates(tenant: TenantRow): Promise<string[]> {
  const r = await sql<{ as_of: string }>`select as_of from dunning_runs where tenant_id = ${tenant.id} order by as_of`.execute(handle.db);
  return r.rows.map((row) => row.as_of);
}

/** Moves the clock a second at a time (firing pg-boss's timers) until `done`, or gives up after `seconds`. */
/**
 * Moves the fake clock a second at a time until `done`. Handlers run outside tick() on real time, so on a busy machine
 * the last handler may still be running when the clock has moved far enough: `settleMs` of real time is then given
 * (polling, the clock standing still) before giving up. Checks that expect nothing to happen pass 0.
 */
async function advanceUntil(seconds: number, done: () => Promise<boolean>, settleMs = 20_000): Promise<boolean> {
  for (let s = 0; s < seconds; s += 1) {
    await clock.tick(1000);
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (await done()) return true;
  }
  for (const started = Date.now(); Date.now() - started < settleMs;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (await done()) return true;
  }
  return false;
}

beforeAll(async () => {
  handle = await openTestDb();
  oslo = await makeTenant(handle.db, 'oslo');
  kolkata = await createTenant(handle.db, { slug: 'kolkata', name: 'Kolkata Pvt Ltd', country: 'IN', currency: 'INR', timezone: 'Asia/Kolkata', language: 'en' });
}, 120_000);
afterAll(async () => {
  await scheduler?.stop();
  await handle.close();
});

describe('the tick', () => {
  it.each([[15 * 60_000, '*/15 * * * *'], [60_000, '*/1 * * * *'], [3_600_000, '0 * * * *']])('every %i ms is cron "%s"', (ms, cron) => {
    expect(tickCron(ms)).toBe(cron);
  });
  it.each([[30_000], [7 * 60_000], [90 * 60_000]])('refuses %i ms', (ms) => {
    expect(() => tickCron(ms)).toThrow(/whole number of minutes/);
  });
});

describe(`the scheduler on pg-boss (${engineName})`, () => {
  it('starts pg-boss in its own schema, and its cron tick runs Kolkata at 06:00 local and not Oslo', async () => {
    const url = await connectionString();
    scheduler = await startScheduler(handle, {
      clock, now: () => new Date(clock.now()), pollingIntervalSeconds: 1, log: (line) => lines.push(line), ...(url ? { connectionString: url } : {}),
    });
    const schema = await sql<{ n: bigint }>`select count(*) as n from information_schema.tables where table_schema = 'pgboss'`.execute(handle.db);
    expect(schema.rows[0]?.n).toBeGreaterThan(0n);

    // 05:59 in Kolkata: the tick sent at start finds nobody due.
    expect(await advanceUntil(20, async () => false, 0)).toBe(false);
    expect(await runDates(kolkata)).toEqual([]);

    // The cron tick of 00:30 UTC (06:00 in Kolkata) queues Kolkata's run, and the run worker makes it.
    expect(await advanceUntil(240, async () => (await runDates(kolkata)).length > 0)).toBe(true);
    expect(await runDates(kolkata)).toEqual(['2026-03-10']);
    expect(await runDates(oslo)).toEqual([]);
    expect(lines).toContain('scheduler: queued the dunning run for kolkata as of 2026-03-10');
    expect(lines.some((l) => l.startsWith('scheduler: dunning run for kolkata as of 2026-03-10: 0 actions'))).toBe(true);
    expect(lines.filter((l) => l.includes('pg-boss:'))).toEqual([]);
  }, 120_000);

  it('logs a failed run and pg-boss retries it after a back-off', async () => {
    // A stored policy the run cannot read, until someone repairs it.
    await sql`insert into dunning_policies (tenant_id, name, is_default, levels) values (${oslo.id}, 'broken', true, '"broken"'::jsonb)`.execute(handle.db);
    await clock.setTime('2026-03-10T04:59:30Z');
    const failed = 'scheduler: dunning run for oslo as of 2026-03-10 failed (attempt 1): ';
    expect(await advanceUntil(120, async () => lines.some((l) => l.startsWith(failed)))).toBe(true);
    expect(await runDates(oslo)).toEqual([]);
    await sql`delete from dunning_policies where tenant_id = ${oslo.id}`.execute(handle.db);
    // The retry comes 1–2 minutes later (retryDelay 60 s, exponential back-off with jitter), before the next tick could help.
    expect(await advanceUntil(300, async () => (await runDates(oslo)).length > 0)).toBe(true);
    expect(await runDates(oslo)).toEqual(['2026-03-10']);
    expect(lines.some((l) => l.startsWith('scheduler: dunning run for oslo as of 2026-03-10: 0 actions'))).toBe(true);
  }, 120_000);

  it('stops cleanly', async () => {
    await scheduler?.stop();
    scheduler = undefined;
  });
});
