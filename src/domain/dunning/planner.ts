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
  const withGroups: PlanContext[] = [];
  for (const [ref, bucket] of byCustomer) {
    const ctx = contexts.get(ref) as PlanContext;
    // A customer's items are nearly always in one currency: the last group is checked before searching.
    let group: Group | undefined;
    for (const item of bucket) {
      const status = classifyInvoice(item, ctx, asOf, asOfDay, dayOf);
      if (status === undefined) continue;
      if (group === undefined || group.currency !== item.currency) group = groupFor(ctx, item.currency, withGroups);
      if (isReady(status)) group.ready.push(status);
      else group.held.push(status);
    }
  }
  const plan: DunningPlan = { actions: [], skipped: [] };
  withGroups.sort((a, b) => compare(a.customer.customerRef, b.customer.customerRef));
  for (const ctx of withGroups) {
    if (ctx.groups.length > 1) ctx.groups.sort((a, b) => compare(a.currency, b.currency));
    for (const group of ctx.groups) {
      const decision = decideGroup(group, asOf, interval);
      if ('action' in decision) plan.actions.push(decision.action);
      else plan.skipped.push(decision.skipped);
    }
  }
  return plan;
}

/** The customer's group in `currency`, made on first use (the customer then joins `withGroups`). */
function groupFor(ctx: PlanContext, currency: string, withGroups: PlanContext[]): Group {
  for (const group of ctx.groups) if (group.currency === currency) return group;
  if (ctx.groups.length === 0) withGroups.push(ctx);
  const group: Group = { ctx, currency, ready: [], held: [] };
  ctx.groups.push(group);
  return group;
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

/** Groups per currency: an array, as a customer has one or two (a Map per customer cost 100,000 Maps a run). */
type PlanContext = CustomerContext & { groups: Group[] };

const NO_INVOICES: ReadonlySet<string> = new Set();

function contextOf(customer: CustomerForDunning): PlanContext {
  const promised =
    customer.activePromiseUntil === undefined ? undefined : customer.promisedInvoiceIds === undefined ? 'all' : new Set(customer.promisedInvoiceIds);
  const planned = customer.activePlanInvoiceIds;
  return {
    customer,
    jurisdiction: noticeJurisdictionOf(customer),
    promised,
    inPlan: planned === undefined || planned.length === 0 ? NO_INVOICES : new Set(planned),
    groups: [],
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
