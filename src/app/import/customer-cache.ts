// Customers looked up once per import, not once per row: a million invoices name at most as many customers as
// the tenant has, and the per-batch look-up was a third of the import's time (docs/benchmarks.md).
import type { Tx } from '../../store/db.js';
import { type CustomerRow, findCustomersByRefs } from '../../store/customers.js';

export type CustomerCache = (tx: Tx, tenantId: number, refs: readonly string[]) => Promise<Map<string, CustomerRow | null>>;

export function customerCache(): CustomerCache {
  const known = new Map<string, CustomerRow | null>();
  return async (tx, tenantId, refs) => {
    const missing = [...new Set(refs)].filter((ref) => !known.has(ref));
    if (missing.length > 0) {
      const found = await findCustomersByRefs(tx, tenantId, missing);
      for (const ref of missing) known.set(ref, found.get(ref) ?? null);
    }
    return known;
  };
}
