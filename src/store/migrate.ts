// Runs frozen migrations in order, all in one transaction; an advisory lock keeps two starting processes
// (several stateless workers on PostgreSQL) from migrating at once, and the second then finds nothing to do.
import type { DbHandle } from './db.js';
import { MIGRATIONS } from './migrations/index.js';

const MIGRATION_LOCK = 4_271_001;

export async function migrate(handle: Pick<DbHandle, 'script'>): Promise<string[]> {
  const applied: string[] = [];
  await handle.script(async (run) => {
    await run(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await run('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await run('select id from schema_migrations')).rows.map((r) => String(r.id)));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await run(migration.sql);
      await run(`insert into schema_migrations (id) values ('${migration.id.replace(/'/g, "''")}')`);
      applied.push(migration.id);
    }
  });
  return applied;
}
