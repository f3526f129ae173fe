// When each tenant's daily dunning run is due (src/jobs): run time, zone and latest run, read as the owning role
// across tenants, like the API-key lookup.
import { sql } from 'kysely';
import type { Db } from './db.js';

export type TenantSchedule = { id: number; slug: string; time_zone: string; run_time: string; last_run: string | null };

export async function tenantSchedules(db: Db): Promise<TenantSchedule[]> {
  const result = await sql<TenantSchedule>`
    select t.id, t.slug, t.time_zone, to_char(t.dunning_run_time, 'HH24:MI:SS') as run_time, max(r.as_of) as last_run
      from tenants t left join dunning_runs r on r.tenant_id = t.id
     group by t.id, t.slug, t.time_zone, t.dunning_run_time
     order by t.id`.execute(db);
  return result.rows;
}

export async function latestRun(db: Db, tenantId: number): Promise<string | null> {
  const result = await sql<{ as_of: string | null }>`select max(as_of) as as_of from dunning_runs where tenant_id = ${tenantId}`.execute(db);
  return result.rows[0]?.as_of ?? null;
}
