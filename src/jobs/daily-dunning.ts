// The daily dunning run (issue #4: "a daily job runs each tenant at its configured local time"): which tenants
// are due at an instant, and one tenant's run for its local day. The scheduler calls these from pg-boss jobs;
// tests call them with the instant they choose.
import { runDunning } from '../app/dunning/run-dunning.js';
import { printBatch } from '../app/outbox/print-batch.js';
import { reviewPlans } from '../app/payment-plans/review-plans.js';
import { reviewPromises } from '../app/promises/review-promises.js';
import { refreshTenantRisk } from '../app/risk/refresh-risk.js';
import { isTimeZone } from '../domain/dates.js';
import { dueDate } from '../domain/dunning/run-day.js';
import type { Db } from '../store/db.js';
import { findTenantById } from '../store/tenants.js';
import { latestRun, tenantSchedules } from '../store/dunning-schedules.js';

export const SCHEDULER_ACTOR = 'system:scheduler';

/** One tenant's run to do: `asOf` is the tenant's local date at the instant it was found due. */
export type DueRun = { tenantId: number; slug: string; asOf: string };

export type DayOutcome =
  | { slug: string; asOf: string; status: 'ran'; actions: number; skipped: number; letters: number }
  | { slug: string; asOf: string; status: 'already-run' | 'no-tenant' }
  | { slug: string; asOf: string; status: 'failed'; error: string };

export type Log = (line: string) => void;

/** The tenants due at `now`, each with the local date its run is for. */
export async function dueTenants(db: Db, now: Date, log: Log = () => undefined): Promise<DueRun[]> {
  const due: DueRun[] = [];
  for (const t of await tenantSchedules(db)) {
    if (!isTimeZone(t.time_zone)) { log(`scheduler: tenant ${t.slug} has no usable time zone ("${t.time_zone}"); not run`); continue; }
    const asOf = dueDate(now, { timeZone: t.time_zone, runTime: t.run_time }, t.last_run);
    if (asOf) due.push({ tenantId: t.id, slug: t.slug, asOf });
  }
  return due;
}

/**
 * One tenant's run for its day. A job can be delivered twice or late (retries, two servers on one database):
 * a run for that date or a later one already made means there is nothing to do, and runDunning itself plans
 * nothing new for an as-of it has already run.
 */
export async function runTenantDay(db: Db, run: DueRun): Promise<DayOutcome> {
  const tenant = await findTenantById(db, run.tenantId);
  if (!tenant) return { slug: run.slug, asOf: run.asOf, status: 'no-tenant' };
  const last = await latestRun(db, tenant.id);
  if (last !== null && last >= run.asOf) return { slug: tenant.slug, asOf: run.asOf, status: 'already-run' };
  // issue #6: promises and plans decided first, so a broken one is dunned in the same day's run.
  await reviewPromises(db, tenant, run.asOf, SCHEDULER_ACTOR);
  await reviewPlans(db, tenant, run.asOf, SCHEDULER_ACTOR);
  // issue #8: today's risk grades (after promises are decided: a broken one makes a review due) for the worklist.
  await refreshTenantRisk(db, tenant, run.asOf);
  const result = await runDunning(db, tenant, { asOf: run.asOf, dryRun: false, actor: SCHEDULER_ACTOR });
  // issue #4: "letters for post gathered into one print-batch PDF a day" — the day's batch is made after its run.
  const batch = await printBatch(db, tenant, { date: run.asOf, actor: SCHEDULER_ACTOR });
  return { slug: tenant.slug, asOf: run.asOf, status: 'ran', actions: result.actions.length, skipped: result.skipped.length, letters: batch.letters };
}

export function describeOutcome(outcome: DayOutcome): string {
  const head = `scheduler: dunning run for ${outcome.slug} as of ${outcome.asOf}`;
  switch (outcome.status) {
    case 'ran': return `${head}: ${outcome.actions} actions, ${outcome.skipped} customers skipped, ${outcome.letters} letters in the print batch`;
    case 'already-run': return `${head}: already run`;
    case 'no-tenant': return `${head}: the tenant no longer exists`;
    case 'failed': return `${head} failed: ${outcome.error}`;
  }
}

/**
 * Decides which tenants are due at `now` and runs them one after another, without pg-boss: what a tick does,
 * for tests and for a single process. One tenant's failure is reported and does not stop the others.
 */
export async function runDueTenants(db: Db, now: Date, log: Log = () => undefined): Promise<DayOutcome[]> {
  const outcomes: DayOutcome[] = [];
  for (const run of await dueTenants(db, now, log)) {
    let outcome: DayOutcome;
    try {
      outcome = await runTenantDay(db, run);
    } catch (error) {
      outcome = { slug: run.slug, asOf: run.asOf, status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    log(describeOutcome(outcome));
    outcomes.push(outcome);
  }
  return outcomes;
}
