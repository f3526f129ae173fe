// The state update after a run's actions were sent (issue #4: "dunning state is kept per invoice: level reached,
// when"). Pure, so tests and the store compute it the same way; the caller persists it.
import type { BusinessDate } from '../dates.js';
import type { CustomerForDunning, OpenItemForDunning, PlannedAction } from './planner-types.js';

/** Each listed invoice reaches its own `toLevel` on `asOf`, with the action's printed deadline. Levels never go down. */
export function applyActions(items: readonly OpenItemForDunning[], actions: readonly PlannedAction[], asOf: BusinessDate): OpenItemForDunning[] {
  const reached = new Map<string, { level: number; deadline: BusinessDate }>();
  for (const action of actions) {
    for (const invoice of action.invoices) reached.set(invoice.invoiceId, { level: invoice.toLevel, deadline: action.deadline });
  }
  return items.map((item) => {
    const next = reached.get(item.invoiceId);
    if (next === undefined || next.level <= item.levelReached) return item;
    return { ...item, levelReached: next.level, levelReachedOn: asOf, levelDeadline: next.deadline };
  });
}

/** Customers contacted by the actions were contacted on `asOf` (the contact limit counts from here). */
export function applyContacts(customers: readonly CustomerForDunning[], actions: readonly PlannedAction[], asOf: BusinessDate): CustomerForDunning[] {
  const contacted = new Set(actions.map((a) => a.customerRef));
  return customers.map((c) =>
    contacted.has(c.customerRef) && (c.lastContactOn === undefined || c.lastContactOn < asOf) ? { ...c, lastContactOn: asOf } : c,
  );
}
