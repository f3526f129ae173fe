// One customer in one currency: one communication or one reason why not (issue #4: "one communication per customer
// and currency lists all its invoices due for a level, and lower levels are folded into the higher one").
import { addDays, daysBetween, type BusinessDate } from '../dates.js';
import { formatAmount, sum, type Currency } from '../money.js';
import type { CustomerContext, Exclusion, HeldBack } from './invoice-status.js';
import { deadlineDaysFor, type Block } from './notice-rules.js';
import type { PlannedAction, PlannedInvoice, Skipped } from './planner-types.js';
import { minimumFor, type DunningPolicy } from './policy-model.js';

export interface Group {
  ctx: CustomerContext;
  currency: Currency;
  /** Triggered and free to go today. */
  ready: PlannedInvoice[];
  /** Triggered but held back (excluded or postponed), for the skip reason. */
  held: HeldBack[];
}

export type GroupDecision = { action: PlannedAction } | { skipped: Skipped };

export function decideGroup(group: Group, asOf: BusinessDate, contactIntervalDays: number): GroupDecision {
  const { customer } = group.ctx;
  const skip = (why: Omit<Skipped, 'customerRef' | 'currency'>): GroupDecision => ({
    skipped: { customerRef: customer.customerRef, currency: group.currency, ...why },
  });
  if (customer.doNotContact) return skip({ reason: 'customer is marked do not contact' });

  const { ready } = group;
  if (ready.length === 0) return skip(heldBackReason(group.held, customer.activePromiseUntil));
  const chosen = aboveMinimum(customer.policy, group.currency, ready);
  if ('shortfall' in chosen) return skip({ reason: chosen.shortfall });

  const last = customer.lastContactOn;
  if (last !== undefined && contactIntervalDays > 0 && daysBetween(last, asOf) < contactIntervalDays) {
    const earliest = addDays(last, contactIntervalDays);
    return skip({ reason: `contacted on ${last}; next contact allowed from ${earliest}`, earliest });
  }
  return { action: actionFor(group, chosen.invoices, asOf) };
}

/**
 * The level's minimum applies to the total of the communication at that level (all its listed invoices). When the
 * total falls short, the invoices due for that highest level wait and the rest are tried again at their own highest
 * level, so a final notice not worth sending never holds back a reminder that is.
 */
function aboveMinimum(policy: DunningPolicy, currency: Currency, ready: PlannedInvoice[]): { invoices: PlannedInvoice[] } | { shortfall: string } {
  let pool = ready;
  let shortfall: string | undefined;
  while (pool.length > 0) {
    const level = highestLevel(pool);
    const definition = policy.levels[level - 1];
    const minimum = definition === undefined ? 0n : minimumFor(definition, currency);
    // No minimum (the default ladder's case): no total to add up.
    if (minimum === 0n) return { invoices: pool };
    const total = sum(pool.map((i) => i.dunned));
    if (total >= minimum) return { invoices: pool };
    shortfall ??= `total ${formatAmount(total, currency)} ${currency} under the level ${level} minimum ${formatAmount(minimum, currency)} ${currency}`;
    pool = pool.filter((i) => i.toLevel < level);
  }
  return { shortfall: shortfall ?? 'nothing due' };
}

function highestLevel(invoices: readonly PlannedInvoice[]): number {
  let level = 0;
  for (const invoice of invoices) if (invoice.toLevel > level) level = invoice.toLevel;
  return level;
}

function actionFor(group: Group, invoices: PlannedInvoice[], asOf: BusinessDate): PlannedAction {
  const { policy } = group.ctx.customer;
  const level = highestLevel(invoices);
  const definition = policy.levels[level - 1];
  if (definition === undefined) throw new Error(`level ${level} is not in policy "${policy.name}"`);
  // Each invoice keeps at least its own level's deadline (and the law's minimum for it) in the folded letter.
  let days = 0;
  let total = 0n;
  const levelsSeen: number[] = [];
  for (const invoice of invoices) {
    total += invoice.dunned;
    if (levelsSeen.includes(invoice.toLevel)) continue;
    levelsSeen.push(invoice.toLevel);
    days = Math.max(days, deadlineDaysFor(policy, invoice.toLevel, group.ctx.jurisdiction));
  }
  // Oldest due first; the ready list is ours (built for this group), so it is sorted in place when it is not already.
  const sorted = isSorted(invoices) ? invoices : invoices.sort(byDueDateThenNumber);
  return {
    customerRef: group.ctx.customer.customerRef,
    currency: group.currency,
    level,
    templateKey: definition.templateKey,
    channels: [...definition.channels],
    registeredMail: definition.registeredMail,
    recipientRoles: [...definition.recipientRoles],
    invoices: sorted,
    total,
    sideEffects: [...definition.sideEffects],
    addFees: definition.addFees,
    addInterest: definition.addInterest,
    deadline: deadlineAfter(asOf, days),
  };
}

/** A run prints a handful of distinct deadlines on 100,000 letters: each date is computed once per as-of. */
const deadlines = { asOf: '', byDays: new Map<number, BusinessDate>() };
function deadlineAfter(asOf: BusinessDate, days: number): BusinessDate {
  if (deadlines.asOf !== asOf) {
    deadlines.asOf = asOf;
    deadlines.byDays.clear();
  }
  let deadline = deadlines.byDays.get(days);
  if (deadline === undefined) {
    deadline = addDays(asOf, days);
    deadlines.byDays.set(days, deadline);
  }
  return deadline;
}

function byDueDateThenNumber(a: PlannedInvoice, b: PlannedInvoice): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

function isSorted(invoices: readonly PlannedInvoice[]): boolean {
  for (let i = 1; i < invoices.length; i++) if (byDueDateThenNumber(invoices[i - 1] as PlannedInvoice, invoices[i] as PlannedInvoice) > 0) return false;
  return true;
}

const EXCLUSION_TEXT: Record<Exclusion, (numbers: string, promiseUntil: string) => string> = {
  promise: (n, until) => `promise to pay until ${until} covers invoice(s) ${n}`,
  plan: (n) => `invoice(s) ${n} in an active payment plan`,
  disputed: (n) => `invoice(s) ${n} disputed in full`,
};

/**
 * Nothing is ready: the most relevant reason is a legal postponement (it names the rule), then the postponement
 * that ends first (when the next communication can go), then a promise, a payment plan, a dispute.
 */
function heldBackReason(statuses: readonly HeldBack[], promiseUntil: string | undefined): Omit<Skipped, 'customerRef' | 'currency'> {
  const postponed = statuses.flatMap((s) => (s.kind === 'postponed' ? [s.block] : []));
  const legal = postponed.filter((b) => b.rule !== undefined);
  const block = firstEnding(legal.length > 0 ? legal : postponed);
  if (block) return block;
  for (const why of ['promise', 'plan', 'disputed'] as const) {
    const numbers = statuses.flatMap((s) => (s.kind === 'excluded' && s.why === why ? [s.number] : []));
    if (numbers.length === 0) continue;
    const reason = EXCLUSION_TEXT[why](numbers.join(', '), promiseUntil ?? '');
    // The promise lapses the day after its date plus grace; dunning then resumes at the next level.
    return why === 'promise' && promiseUntil !== undefined ? { reason, earliest: addDays(promiseUntil, 1) } : { reason };
  }
  return { reason: 'nothing due' };
}

function firstEnding(blocks: readonly Block[]): Block | undefined {
  let chosen: Block | undefined;
  for (const block of blocks) {
    if (chosen === undefined || (block.earliest !== undefined && (chosen.earliest === undefined || block.earliest < chosen.earliest))) chosen = block;
  }
  return chosen;
}
