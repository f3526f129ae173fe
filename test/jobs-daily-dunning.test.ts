// Issue #4: "A daily job runs each tenant at its configured local time". The decision "which tenants are due at
// this instant" and their runs, without pg-boss, on both engines: instants just before and after each tenant's
// local 06:00, a second tick on the same local day, a restart after days down, and the DST days in Europe/Oslo.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../src/app/create-tenant.js';
import { updateTenant } from '../src/app/update-tenant.js';
import { SCHEDULER_ACTOR, runDueTenants, runTenantDay } from '../src/jobs/daily-dunning.js';
import { dueDate, timeInZone } from '../src/domain/dunning/run-day.js';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let oslo: TenantRow;
let kolkata: TenantRow;
let gap: TenantRow;

beforeAll(async () => {
  handle = await openTestDb();
  oslo = await makeTenant(handle.db, 'oslo');
  kolkata = await createTenant(handle.db, { slug: 'kolkata', name: 'Kolkata Pvt Ltd', country: 'IN', currency: 'INR', timezone: 'Asia/Kolkata', language: 'en' });
  await importLines(handle.db, oslo, 'customers', ['customer_ref,name,country,language,currency', 'C001,Fjord Fisk AS,NO,nb,NOK']);
  await importLines(handle.db, oslo, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'INV-1,C001,2026-02-01,2026-03-01,NOK,1000.00']);
}, 120_000);
afterAll(async () => handle.close());

const at = (iso: string) => runDueTenants(handle.db, new Date(iso));
const ran = (outcomes: Awaited<ReturnType<typeof at>>) => outcomes.map((o) => `${o.slug} ${o.asOf} ${o.status}`).sort();

async function runsOf(tenant: TenantRow): Promise<{ as_of: string; created_by: string }[]> {
  const r = await sql<{ as_of: string; created_by: string }>`select as_of, created_by from dunning_runs where tenant_id = ${tenant.id} order by as_of`.execute(handle.db);
  return r.rows;
}

async function actionCount(tenant: TenantRow): Promise<bigint> {
  const r = await sql<{ n: bigint }>`select count(*) as n from dunning_actions where tenant_id = ${tenant.id}`.execute(handle.db);
  return r.rows[0]?.n ?? 0n;
}

describe('the due rule (pure)', () => {
  it.each([
    ['2026-03-10T04:59:59Z', 'Europe/Oslo', '05:59:59'],
    ['2026-03-10T05:00:00Z', 'Europe/Oslo', '06:00:00'],
    ['2026-03-10T00:30:00Z', 'Asia/Kolkata', '06:00:00'],
    ['2026-03-09T18:30:00Z', 'Asia/Kolkata', '00:00:00'],
    ['2026-03-29T01:00:00Z', 'Europe/Oslo', '03:00:00'],
  ])('%s in %s is %s on the wall clock', (instant, zone, time) => {
    expect(timeInZone(new Date(instant), zone)).toBe(time);
  });

  it.each([
    ['before the run time', '2026-03-10T04:59:59Z', null, undefined],
    ['at the run time', '2026-03-10T05:00:00Z', null, '2026-03-10'],
    ['after a run the day before', '2026-03-10T12:00:00Z', '2026-03-09', '2026-03-10'],
    ['after today\'s run', '2026-03-10T12:00:00Z', '2026-03-10', undefined],
    ['after a run made for a later day by hand', '2026-03-10T12:00:00Z', '2026-03-11', undefined],
    ['just before local midnight', '2026-03-10T22:59:59Z', '2026-03-09', '2026-03-10'],
    ['just after local midnight', '2026-03-10T23:00:00Z', '2026-03-10', undefined],
  ])('Europe/Oslo at 06:00: %s', (_name, instant, lastRun, expected) => {
    expect(dueDate(new Date(instant), { timeZone: 'Europe/Oslo', runTime: '06:00:00' }, lastRun)).toBe(expected);
  });
});

describe(`which tenants run at an instant (${engineName})`, () => {
  it('runs each tenant at its own local 06:00, and not a second before', async () => {
    expect(ran(await at('2026-03-10T00:29:59Z'))).toEqual([]);
    expect(ran(await at('2026-03-10T00:30:00Z'))).toEqual(['kolkata 2026-03-10 ran']);
    expect(ran(await at('2026-03-10T04:59:59Z'))).toEqual([]);
    expect(ran(await at('2026-03-10T05:00:00Z'))).toEqual(['oslo 2026-03-10 ran']);
    expect(await runsOf(oslo)).toEqual([{ as_of: '2026-03-10', created_by: SCHEDULER_ACTOR }]);
    expect(await runsOf(kolkata)).toEqual([{ as_of: '2026-03-10', created_by: SCHEDULER_ACTOR }]);
    expect(await actionCount(oslo)).toBe(1n);
  });

  it('does nothing new on a second tick the same local day, nor when a run job comes twice', async () => {
    expect(ran(await at('2026-03-10T05:15:00Z'))).toEqual([]);
    expect(ran(await at('2026-03-10T22:59:59Z'))).toEqual([]);
    expect(await runTenantDay(handle.db, { tenantId: oslo.id, slug: 'oslo', asOf: '2026-03-10' })).toMatchObject({ status: 'already-run' });
    expect(await runsOf(oslo)).toHaveLength(1);
    expect(await actionCount(oslo)).toBe(1n);
  });

  it('starts a tenant\'s new day at its own midnight, and runs it at 06:00 of that day', async () => {
    // 00:30 on 11 March in Kolkata, still 10 March in Oslo: neither is due.
    expect(ran(await at('2026-03-10T19:00:00Z'))).toEqual([]);
    expect(ran(await at('2026-03-11T00:30:00Z'))).toEqual(['kolkata 2026-03-11 ran']);
    expect(ran(await at('2026-03-11T05:00:00Z'))).toEqual(['oslo 2026-03-11 ran']);
  });

  it('catches up after days down with one run for the local date at the first tick', async () => {
    expect(ran(await at('2026-03-14T09:00:00Z'))).toEqual(['kolkata 2026-03-14 ran', 'oslo 2026-03-14 ran']);
    expect((await runsOf(oslo)).map((r) => r.as_of)).toEqual(['2026-03-10', '2026-03-11', '2026-03-14']);
  });

  it('keeps 06:00 local across the spring DST change (Europe/Oslo, 29 March 2026: 02:00 CET → 03:00 CEST)', async () => {
    // Runs at 02:30 local: inside the hour Europe/Oslo skips in spring, and twice in the hour it repeats in autumn.
    gap = await updateTenant(handle.db, await makeTenant(handle.db, 'gap'), { dunningRunTime: '02:30' });
    expect(ran(await at('2026-03-28T04:59:59Z'))).toEqual(['gap 2026-03-28 ran', 'kolkata 2026-03-28 ran']);
    expect(ran(await at('2026-03-28T05:00:00Z'))).toEqual(['oslo 2026-03-28 ran']);
    expect(ran(await at('2026-03-29T00:29:59Z'))).toEqual([]);
    expect(ran(await at('2026-03-29T00:30:00Z'))).toEqual(['kolkata 2026-03-29 ran']);
    // 01:59:59 CET is the last instant before the gap, 03:00 CEST the first after it: 02:30 runs then.
    expect(ran(await at('2026-03-29T00:59:59Z'))).toEqual([]);
    expect(ran(await at('2026-03-29T01:00:00Z'))).toEqual(['gap 2026-03-29 ran']);
    // 06:00 CEST is 04:00 UTC, an hour earlier than the day before.
    expect(ran(await at('2026-03-29T03:59:59Z'))).toEqual([]);
    expect(ran(await at('2026-03-29T04:00:00Z'))).toEqual(['oslo 2026-03-29 ran']);
  });

  it('runs once on the autumn day whose 02:30 comes twice (Europe/Oslo, 25 October 2026: 03:00 CEST → 02:00 CET)', async () => {
    expect(ran(await at('2026-10-25T00:29:59Z'))).toEqual([]);
    // 02:30 CEST in Oslo, 06:00 in Kolkata.
    expect(ran(await at('2026-10-25T00:30:00Z'))).toEqual(['gap 2026-10-25 ran', 'kolkata 2026-10-25 ran']);
    expect(timeInZone(new Date('2026-10-25T01:30:00Z'), 'Europe/Oslo')).toBe('02:30:00');
    expect(ran(await at('2026-10-25T01:30:00Z'))).toEqual([]);
    expect((await runsOf(gap)).filter((r) => r.as_of === '2026-10-25')).toHaveLength(1);
  });
});
