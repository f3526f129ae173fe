// Every store and use-case test runs on the embedded engine by default and on PostgreSQL when DATABASE_URL is
// set (CI runs both): each test file gets its own fresh database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DbHandle, openPglite, openPostgres } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';

export async function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openPglite();
    await migrate(handle);
    return handle;
  }
  const name = `arrears_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString());
  await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export const engineName = process.env.DATABASE_URL ? 'postgres' : 'pglite';
