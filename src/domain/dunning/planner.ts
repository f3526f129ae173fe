// The dunning planner (issue #4): pure, no I/O and no clock — everything is computed for `asOf`. The caller sends
// the actions and records the new per-invoice state (applyActions), so a second run for the same day plans nothing.
import { toDayNumber, type BusinessDate } from '../dates.js';
import { requireDate } from '../law/notices/index.js';
import { decideGroup, type Group } from './group.js';
import { classifyInvoice, isReady, type CustomerContext } from './invoice-status.js';
import { noticeJurisdictionOf } from './notice-rules.js';
import type { CustomerForDunning, DunningPlan, OpenItemForDunning, PlanOptions } from './planner-types.js';

export * from './planner-types.js';

/** Issue #4: "at most one contact per customer per N days (default 7)". */
export const DEFAULT_CONTACT_INTERVAL_DAYS = 7;

export function planDunning(
  asOf: BusinessDate,
  customers: readonly CustomerForDunning[],
  items: readonly OpenItemForDunning[] | ReadonlyMap<string, readonly OpenItemForDunning[]>,
  options: PlanOptions = {},
): DunningPlan {
  requireDate('asOf', asOf);
  const interval = options.contactIntervalDays ?? DEFAULT_CONTACT_INTERVAL_DAYS;
  if (!Number.isInteger(interval) || interval < 0) throw new RangeError(`contactIntervalDays: must be a whole number ≥ 0, not ${interval}`);
  // Items come in any order; bucketing them by customer first keeps each customer's context hot while its items
  // are classified (a million items over 100,000 customers: random access to the contexts dominated the run).
  const byCustomer = Array.isArray(items) ? bucketByCustomer(items) : (items as ReadonlyMap<string, readonly OpenItemForDunning[]>);
  const contexts = new Map(customers.map((c) => [c.customerRef, contextOf(c)]));
  for (const ref of byCustomer.keys()) {
    if (!contexts.has(ref)) throw new RangeError(`items: invoice ${byCustomer.get(ref)?.[0]?.number}: no customer "${ref}"`);
  }
  const asOfDay = toDayNumber(asOf);
  const dayOf = dayNumberCache();
  for (const [ref, bucket] of byCustomer) {
    const ctx = contexts.get(ref) as PlanContext;
    for (const item of bucket) {
      const status = classifyInvoice(item, ctx, asOf, asOfDay, dayOf);
      if (status === undefined) continue;
      let group = ctx.groups.get(item.currency);
      if (group === undefined) {
        group = { ctx, currency: item.currency, ready: [], held: [] };
        ctx.groups.set(item.currency, group);
      }
      if (isReady(status)) group.ready.push(status);
      else group.held.push(status);
    }
  }
  const plan: DunningPlan = { actions: [], skipped: [] };
  const withGroups = [...contexts.values()].filter((c) => c.groups.size > 0).sort((a, b) => compare(a.customer.customerRef, b.customer.customerRef));
  for (const ctx of withGroups) {
    for (const [, group] of [...ctx.groups].sort(([a], [b]) => compare(a, b))) {
      const decision = decideGroup(group, asOf, interval);
      if ('action' in decision) plan.actions.push(decision.action);
      else plan.skipped.push(decision.skipped);
    }
  }
  return plan;
}

/** The store may hand items over already bucketed by customer (src/store/dunning-inputs.ts); anything else is. */
function bucketByCustomer(items: readonly OpenItemForDunning[]): Map<string, OpenItemForDunning[]> {
  const byCustomer = new Map<string, OpenItemForDunning[]>();
  for (const item of items) {
    const bucket = byCustomer.get(item.customerRef);
    if (bucket) bucket.push(item);
    else byCustomer.set(item.customerRef, [item]);
  }
  return byCustomer;
}

type PlanContext = CustomerContext & { groups: Map<string, Group> };

function contextOf(customer: CustomerForDunning): PlanContext {
  const promised =
    customer.activePromiseUntil === undefined ? undefined : customer.promisedInvoiceIds === undefined ? 'all' : new Set(customer.promisedInvoiceIds);
  return {
    customer,
    jurisdiction: noticeJurisdictionOf(customer),
    promised,
    inPlan: new Set(customer.activePlanInvoiceIds ?? []),
    groups: new Map(),
  };
}

/** Due dates repeat across a tenant's items: each is parsed once per run (issue #4 benchmark: a million items). */
function dayNumberCache(): (date: BusinessDate) => number {
  const cache = new Map<BusinessDate, number>();
  return (date) => {
    let day = cache.get(date);
    if (day === undefined) {
      day = toDayNumber(date);
      cache.set(date, day);
    }
    return day;
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
