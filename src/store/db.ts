// The one place that chooses the engine: embedded PGlite in a data folder (default), or PostgreSQL when
// DATABASE_URL is set (DESIGN.md, "store").
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

/** Runs a unit of work in one transaction with a raw runner that accepts multi-statement scripts (migrations). */
export type ScriptRunner = (work: (run: (text: string) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<void>) => Promise<void>;

export type DbHandle = { db: Db; engine: Engine; pglite?: PGlite; script: ScriptRunner; close: () => Promise<void> };

// int8 → bigint (money must never pass through a float), date → 'YYYY-MM-DD' (never a timestamp), numeric → string.
const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;
const parseInt8 = (v: string) => BigInt(v);
const keepText = (v: string) => v;

export async function openPglite(dataDir?: string): Promise<DbHandle> {
  const pglite = await PGlite.create(dataDir ?? 'memory://', {
    parsers: { [INT8]: parseInt8, [DATE]: keepText, [NUMERIC]: keepText },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  const script: ScriptRunner = (work) => pglite.transaction(async (tx) => {
    await work(async (text) => {
      const results = await tx.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    });
  });
  return { db, engine: 'pglite', pglite, script, close: async () => { await db.destroy(); if (!pglite.closed) await pglite.close(); } };
}

export function openPostgres(connectionString: string): DbHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE || oid === NUMERIC) return keepText;
        return pg.types.getTypeParser(oid, format ?? 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const script: ScriptRunner = async (work) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      // A query without parameters goes over the simple protocol, which accepts several statements.
      await work(async (text) => { const r = await client.query(text); return { rows: (Array.isArray(r) ? r[r.length - 1]?.rows : r.rows) ?? [] }; });
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  // Kysely ends the pool only if it ever ran a query; `script` (migrations) uses the pool directly, so a command that
  // only migrated would otherwise leave a connection open and keep the process alive.
  const close = async () => { await db.destroy(); if (!pool.ended) await pool.end(); };
  return { db, engine: 'postgres', script, close };
}
