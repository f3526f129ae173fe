// A per-process cache of each tenant's computed worklist (issue #6 performance: a million invoices cannot be
// aggregated per request). An entry is served while the change log shows no transaction its snapshot does not see
// (store/worklist-changes.ts), so a payment posted a moment ago — by this process or another — is reflected on the
// next read. Concurrent readers of a stale entry share one recomputation.
import type { Db } from '../../store/db.js';
import type { TenantRow } from '../../store/tenants.js';
import { changedSince } from '../../store/worklist-changes.js';
import { indexByAssignee } from '../../domain/worklist/index.js';
import { type LoadedWorklist, loadWorklist } from './load-worklist.js';

export type CachedWorklist = LoadedWorklist & { byAssignee: Map<string, number[]> };

/** An entry older than this is recomputed whatever the log says (the log keeps a day: pruneChanges). */
const MAX_AGE_MS = 10 * 60_000;
/** As-of days kept per tenant: today, and a few explicit ones. */
const DAYS_KEPT = 3;

/** `queued`: a freshness check not yet sent to the database, which readers arriving now may share. */
type Slot = { entry?: CachedWorklist; pending?: Promise<CachedWorklist>; queued?: { snapshot: string; changed: Promise<boolean> } };
// Keyed by the database handle: tests open many databases in one process, each with its own tenant ids.
const slots = new WeakMap<Db, Map<number, Map<string, Slot>>>();

function slotOf(db: Db, tenantId: number, asOf: string): Slot {
  let byTenant = slots.get(db);
  if (!byTenant) { byTenant = new Map(); slots.set(db, byTenant); }
  let byDay = byTenant.get(tenantId);
  if (!byDay) { byDay = new Map(); byTenant.set(tenantId, byDay); }
  let slot = byDay.get(asOf);
  if (!slot) {
    slot = {};
    byDay.set(asOf, slot);
    // Maps iterate in insertion order: the first key is the day least recently added.
    while (byDay.size > DAYS_KEPT) byDay.delete(byDay.keys().next().value as string);
  }
  return slot;
}

/**
 * One statement outside a tenant transaction: it reads only the change log's rows for this tenant (and tenant 0,
 * writes by no tenant), never tenant data, and a transaction with its role switch costs four statements more on
 * every read — on PGlite, single-threaded, that is most of a cached read (npm run bench -- worklist).
 * Readers arriving together share one check: it is sent after all of them arrived, so it still sees every commit
 * any of them had seen.
 */
function changed(db: Db, tenant: TenantRow, slot: Slot, snapshot: string): Promise<boolean> {
  if (slot.queued?.snapshot === snapshot) return slot.queued.changed;
  const queued = {
    snapshot,
    changed: new Promise<boolean>((resolve, reject) => {
      setImmediate(() => {
        if (slot.queued === queued) slot.queued = undefined;
        changedSince(db, tenant.id, snapshot).then(resolve, reject);
      });
    }),
  };
  slot.queued = queued;
  return queued.changed;
}

const stillValid = async (db: Db, tenant: TenantRow, slot: Slot, entry: CachedWorklist): Promise<boolean> =>
  Date.now() - entry.computedAt.getTime() < MAX_AGE_MS && !(await changed(db, tenant, slot, entry.snapshot));

export async function cachedWorklist(db: Db, tenant: TenantRow, asOf: string): Promise<{ worklist: CachedWorklist; cached: boolean }> {
  const slot = slotOf(db, tenant.id, asOf);
  if (slot.entry && await stillValid(db, tenant, slot, slot.entry)) return { worklist: slot.entry, cached: true };
  // Joining a computation that began before this request: its snapshot may predate a commit this caller has seen,
  // so it is checked like any cached entry before it is used.
  if (slot.pending) {
    const joined = await slot.pending;
    if (await stillValid(db, tenant, slot, joined)) return { worklist: joined, cached: true };
  }
  return { worklist: await compute(db, tenant, asOf, slot), cached: false };
}

function compute(db: Db, tenant: TenantRow, asOf: string, slot: Slot): Promise<CachedWorklist> {
  if (slot.pending) return slot.pending;
  const pending = loadWorklist(db, tenant, asOf).then((loaded) => {
    const computed: CachedWorklist = { ...loaded, byAssignee: indexByAssignee(loaded.worklist.accounts) };
    slot.entry = computed;
    return computed;
  }).finally(() => { if (slot.pending === pending) slot.pending = undefined; });
  slot.pending = pending;
  return pending;
}

/** Forgets every cached worklist of a database (benchmarks measuring the cold path). */
export function clearWorklistCache(db: Db): void {
  slots.delete(db);
}
