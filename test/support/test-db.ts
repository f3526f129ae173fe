// Every store and use-case test runs on the embedded engine by default and on PostgreSQL when DATABASE_URL is
// set (CI runs both): each test file gets its own fresh database.
import { type DbHandle, openPglite, openPostgres } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { createScratchDatabase } from './pg-scratch.js';

export async function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openPglite();
    await migrate(handle);
    return handle;
  }
  const scratch = await createScratchDatabase(url, 'arrears_test');
  const handle = openPostgres(scratch.url);
  await migrate(handle);
  return { ...handle, close: async () => { await handle.close(); await scratch.drop(); } };
}

export const engineName = process.env.DATABASE_URL ? 'postgres' : 'pglite';
