// pg-boss on the database the store already uses (DESIGN.md, "jobs": queue, cron and retries in the database we
// have). On the embedded engine it shares the store's PGlite instance through pg-boss's own adapter; PGlite
// serialises statements and Kysely's transactions hold it exclusively, so the two never interleave.
import { type QueryOptions, types } from '@electric-sql/pglite';
import { type ConstructorOptions, fromPglite } from 'pg-boss';
import type { DbHandle } from '../store/db.js';

// The store's PGlite parses int8 as bigint (money, CODE_STYLE.md), which pg-boss's JSON and arithmetic do not
// expect: its statements read int8 as PGlite's default does (a number while it is safe, as its adapter is tested).
const int8AsPgliteDefault = (text: string) => types.parsers[types.INT8]?.(text, types.INT8) ?? text;
const BOSS_PARSERS: QueryOptions['parsers'] = { [types.INT8]: int8AsPgliteDefault };

export function bossDatabase(handle: DbHandle, connectionString: string | undefined): Pick<ConstructorOptions, 'db' | 'connectionString' | 'backend' | 'max'> {
  if (handle.engine === 'pglite') {
    const pglite = handle.pglite;
    if (!pglite) throw new Error('the embedded engine has no PGlite instance to run pg-boss on');
    return {
      backend: 'pglite',
      db: fromPglite({
        query: (text, params) => pglite.query(text, params, { parsers: BOSS_PARSERS }),
        exec: (text) => pglite.exec(text, { parsers: BOSS_PARSERS }),
      }),
    };
  }
  // PostgreSQL: pg-boss keeps a small pool of its own, so its polling never waits behind the API's queries.
  if (!connectionString) throw new Error('the scheduler needs the PostgreSQL connection string (DATABASE_URL)');
  return { connectionString, max: 3 };
}
