import { sql } from 'kysely';
import type { Db } from './db.js';

const TABLES = new Set(['customers', 'contacts', 'invoices', 'credit_notes', 'payments', 'allocations', 'write_offs', 'adjustments', 'audit_log']);

/** Refreshes planner statistics (as the owning role: the application role may not ANALYZE). */
export async function analyzeTables(db: Db, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (!TABLES.has(table)) throw new Error(`not a ledger table: ${table}`);
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
}
