// Where one invoice stands on `asOf`: due for its next level, held back (and why), or nothing to say.
// Issue #4: "A day without a run is caught up the next day without skipping a level" — the next level is always
// levelReached + 1, and it waits for its trigger, the policy's gap after the previous level, the previous level's
// printed deadline, and the law.
import { addDays, fromDayNumber, toDayNumber, type BusinessDate } from '../dates.js';
import { legalBlock, reachedDeadline, type Block } from './notice-rules.js';
import type { CustomerForDunning, OpenItemForDunning, PlannedInvoice } from './planner-types.js';
import { gapDaysOf, type DunningLevel } from './policy-model.js';

/** What the planner knows of a customer, computed once per run. */
export interface CustomerContext {
  customer: CustomerForDunning;
  jurisdiction: string | undefined;
  /** Invoices under an active promise; 'all' when the promise lists none. */
  promised: ReadonlySet<string> | 'all' | undefined;
  inPlan: ReadonlySet<string>;
}

export type Exclusion = 'promise' | 'plan' | 'disputed';

/** Why a triggered invoice is not sent today. */
export type HeldBack =
  | { kind: 'excluded'; why: Exclusion; number: string }
  | { kind: 'postponed'; block: Block };

/** A triggered invoice: ready to go (the planned invoice itself, no wrapper: a run may hold a million) or held back. */
export type InvoiceStatus = PlannedInvoice | HeldBack;

export const isReady = (status: InvoiceStatus): status is PlannedInvoice => !('kind' in status);

/** undefined: settled, past the last level, or its next level's trigger not yet met — nothing to do or report. */
export function classifyInvoice(
  item: OpenItemForDunning, ctx: CustomerContext, asOf: BusinessDate, asOfDay: number, dayOf: (date: BusinessDate) => number = toDayNumber,
): InvoiceStatus | undefined {
  if (item.open <= 0n) return undefined;
  const { policy } = ctx.customer;
  const next = item.levelReached + 1;
  const level = policy.levels[next - 1];
  if (level === undefined) return undefined;
  if (item.levelReached > 0 && item.levelReachedOn === undefined) {
    throw new RangeError(`items: invoice ${item.number}: levelReachedOn is required when levelReached is ${item.levelReached}`);
  }
  if (item.disputed < 0n) throw new RangeError(`items: invoice ${item.number}: disputed must not be negative`);
  const daysPastDue = asOfDay - dayOf(item.dueDate);
  if (!triggered(item, level, daysPastDue, asOfDay, dayOf)) return undefined;

  // Most items have nothing disputed: reuse the open amount rather than allocate a new bigint (a million items).
  const dunned = item.disputed === 0n ? item.open : item.open - item.disputed;
  if (dunned <= 0n) return { kind: 'excluded', why: 'disputed', number: item.number };
  if (underPromise(item, ctx, asOf)) return { kind: 'excluded', why: 'promise', number: item.number };
  if (ctx.inPlan.size > 0 && ctx.inPlan.has(item.invoiceId)) return { kind: 'excluded', why: 'plan', number: item.number };

  const block = timingBlock(item, ctx, next, asOf, asOfDay, dayOf);
  if (block) return { kind: 'postponed', block };
  return {
    invoiceId: item.invoiceId, number: item.number, dueDate: item.dueDate, daysPastDue,
    open: item.open, disputed: item.disputed, dunned, fromLevel: item.levelReached, toLevel: next,
  };
}

function triggered(item: OpenItemForDunning, level: DunningLevel, daysPastDue: number, asOfDay: number, dayOf: (date: BusinessDate) => number): boolean {
  const wait = level.trigger.days + level.graceDays;
  if (level.trigger.kind === 'days-past-due') return daysPastDue >= wait;
  // A days-since-previous trigger on a first level has no previous level to count from (validatePolicy refuses it).
  if (item.levelReachedOn === undefined) return false;
  return asOfDay - dayOf(item.levelReachedOn) >= wait;
}

function underPromise(item: OpenItemForDunning, ctx: CustomerContext, asOf: BusinessDate): boolean {
  const until = ctx.customer.activePromiseUntil;
  if (until === undefined || asOf > until || ctx.promised === undefined) return false;
  return ctx.promised === 'all' || ctx.promised.has(item.invoiceId);
}

/**
 * The law first (it names the rule), then the policy's gap and the previous deadline. When several hold the level
 * back, the one that lasts longest is reported, so `earliest` is a date the level can really go out.
 */
function timingBlock(
  item: OpenItemForDunning, ctx: CustomerContext, next: number, asOf: BusinessDate, asOfDay: number, dayOf: (date: BusinessDate) => number,
): Block | undefined {
  const { policy } = ctx.customer;
  const legal = legalBlock(item, policy, next, ctx.jurisdiction, asOf);
  const reachedOn = item.levelReached >= 1 ? item.levelReachedOn : undefined;
  // A first level has no earlier level to wait for: the common case of a large first run allocates nothing here.
  if (reachedOn === undefined) return legal;
  const blocks: Block[] = legal ? [legal] : [];
  const gap = gapDaysOf(policy, next);
  const gapEnds = dayOf(reachedOn) + gap;
  if (asOfDay < gapEnds) {
    const earliest = fromDayNumber(gapEnds);
    blocks.push({ reason: `level ${next} for invoice ${item.number} not before ${earliest}: at least ${gap} days after level ${item.levelReached} on ${reachedOn}`, earliest });
  }
  const deadline = reachedDeadline(item, policy, ctx.jurisdiction);
  if (deadline !== undefined && asOf <= deadline) {
    const earliest = addDays(deadline, 1);
    blocks.push({ reason: `level ${next} for invoice ${item.number} not before ${earliest}: the level ${item.levelReached} deadline ${deadline} has not run out`, earliest });
  }
  return latest(blocks);
}

/** The block lasting longest; one without an earliest date lasts until a new notice, so it wins; ties go to the law. */
function latest(blocks: readonly Block[]): Block | undefined {
  let chosen: Block | undefined;
  for (const block of blocks) {
    if (chosen === undefined) chosen = block;
    else if (chosen.earliest !== undefined && (block.earliest === undefined || block.earliest > chosen.earliest)) chosen = block;
  }
  return chosen;
}
