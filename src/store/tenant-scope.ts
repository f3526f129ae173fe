// Tenant isolation, second line: every tenant transaction runs as the arrears_app role with the tenant set for
// this transaction only, so row-level security filters whatever a query forgets (DESIGN.md, "identity").
import { sql } from 'kysely';
import type { Db, Tx } from './db.js';

export async function inTenant<T>(db: Db, tenantId: number, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // One statement for both (set_config('role', …, true) is SET LOCAL ROLE): a round trip less on every request.
    await sql`select set_config('role', 'arrears_app', true), set_config('arrears.tenant_id', ${String(tenantId)}, true)`.execute(tx);
    return work(tx);
  });
}
