// Opens the configured database for a command or the server: PostgreSQL when DATABASE_URL is set, otherwise the
// embedded engine in ARREARS_DATA (default ./data), locked to this process and migrated on open.
import path from 'node:path';
import { sql } from 'kysely';
import { type DbHandle, openPglite, openPostgres } from './db.js';
import { type DataLock, lockDataFolder } from './data-lock.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

export type Store = DbHandle & { dataDir?: string; lock?: DataLock };

export function dataDirFromEnv(): string {
  return path.resolve(process.env.ARREARS_DATA ?? 'data');
}

export class NotMigratedError extends Error {}

export async function openStore(command: string, options: { migrate?: boolean } = {}): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const handle = openPostgres(url);
    if (options.migrate) await migrate(handle);
    else await assertMigrated(handle);
    return handle;
  }
  const dataDir = dataDirFromEnv();
  const lock = lockDataFolder(dataDir, command);
  try {
    const handle = await openPglite(path.join(dataDir, 'pg'));
    await migrate(handle);
    return { ...handle, dataDir, lock, close: async () => { await handle.close(); lock.release(); } };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function assertMigrated(handle: DbHandle): Promise<void> {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.id;
  const found = await sql<{ ok: boolean }>`select to_regclass('schema_migrations') is not null as ok`.execute(handle.db);
  const done = found.rows[0]?.ok
    ? (await handle.db.selectFrom('schema_migrations').select('id').where('id', '=', latest ?? '').execute()).length > 0
    : false;
  if (!done) {
    await handle.close();
    throw new NotMigratedError('the PostgreSQL database is not migrated: run `npx arrears db migrate` first');
  }
}
