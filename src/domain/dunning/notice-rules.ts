// The jurisdiction's notice rules as the planner applies them (issue #4: "without breaking a notice period the law
// requires"). The checks themselves live in src/domain/law/notices; this file decides when they are asked.
//
// Readings (conservative where the rule packs leave room):
// - NO, inkassoloven §9: every placement or legal level is an inkassotiltak (in-house placement too: the creditor's
//   own collection is not exempted here). The level the invoice reached before it — always the previous level,
//   since levels are never skipped — serves as the inkassovarsel, sent on levelReachedOn with its printed deadline.
//   That level's deadline is therefore never shorter than 14 days for a NO customer.
// - SE, inkassolag §5 and god inkassosed: every dunning communication to an SE customer is treated as an
//   inkassokrav, so its printed deadline is at least 8 days, and no next level goes out before it has run out.
import { addDays, type BusinessDate } from '../dates.js';
import { jurisdictionFor } from '../law/jurisdiction-for.js';
import {
  checkNoHandOver, checkSeAfterInkassokrav, NO_MIN_DEADLINE_DAYS, SE_MIN_DEADLINE_DAYS, type NoticeDecision,
} from '../law/notices/index.js';
import type { CustomerForDunning, OpenItemForDunning } from './planner-types.js';
import { isHandOver, type DunningPolicy } from './policy-model.js';

/** Why a level cannot go out today, and from when it can (absent when only a new notice would cure it). */
export interface Block {
  reason: string;
  rule?: string;
  earliest?: BusinessDate;
}

export function noticeJurisdictionOf(customer: CustomerForDunning): string | undefined {
  return customer.jurisdictionNotices ?? jurisdictionFor(customer.country);
}

/** Days to the printed deadline of level `levelNumber` (1-based) for a customer under `jurisdiction`. */
export function deadlineDaysFor(policy: DunningPolicy, levelNumber: number, jurisdiction: string | undefined): number {
  let days = policy.levels[levelNumber - 1]?.deadlineDays ?? 0;
  if (jurisdiction === 'SE') days = Math.max(days, SE_MIN_DEADLINE_DAYS);
  if (jurisdiction === 'NO' && isHandOver(policy.levels[levelNumber])) days = Math.max(days, NO_MIN_DEADLINE_DAYS);
  return days;
}

/** The deadline printed on the communication that brought the invoice to its level. */
export function reachedDeadline(item: OpenItemForDunning, policy: DunningPolicy, jurisdiction: string | undefined): BusinessDate | undefined {
  if (item.levelReached < 1 || item.levelReachedOn === undefined) return undefined;
  return item.levelDeadline ?? addDays(item.levelReachedOn, deadlineDaysFor(policy, item.levelReached, jurisdiction));
}

/** The law's "not yet" for sending level `next` to this invoice on `asOf`, if it says so. */
export function legalBlock(
  item: OpenItemForDunning, policy: DunningPolicy, next: number, jurisdiction: string | undefined, asOf: BusinessDate,
): Block | undefined {
  if (jurisdiction === 'NO' && isHandOver(policy.levels[next - 1])) return noHandOverBlock(item, policy, next, asOf);
  if (jurisdiction === 'SE') return seAfterDemandBlock(item, policy, next, asOf);
  return undefined;
}

function noHandOverBlock(item: OpenItemForDunning, policy: DunningPolicy, next: number, asOf: BusinessDate): Block | undefined {
  const sentOn = item.levelReached >= 1 ? item.levelReachedOn : undefined;
  const varselLevel = policy.levels[item.levelReached - 1];
  const inkassovarsel =
    sentOn === undefined
      ? null
      : {
          sentOn,
          deadline: reachedDeadline(item, policy, 'NO') ?? addDays(sentOn, NO_MIN_DEADLINE_DAYS),
          channel: varselLevel?.channels.includes('letter') ? ('paper' as const) : ('electronic' as const),
        };
  return blockOf(checkNoHandOver({ dueDate: item.dueDate, inkassovarsel, handOverOn: asOf }), item, next);
}

function seAfterDemandBlock(item: OpenItemForDunning, policy: DunningPolicy, next: number, asOf: BusinessDate): Block | undefined {
  const sentOn = item.levelReachedOn;
  const deadline = reachedDeadline(item, policy, 'SE');
  if (item.levelReached < 1 || sentOn === undefined || deadline === undefined) return undefined;
  const decision = checkSeAfterInkassokrav({ inkassokrav: { sentOn, deadline }, plannedOn: asOf });
  // A demand that itself gave under 8 days (not one this planner sent) cannot be cured by waiting; the next level is
  // a new demand with a lawful deadline, so only the general "previous deadline has run out" rule holds it back.
  if (!decision.allowed && decision.earliest === undefined) return undefined;
  return blockOf(decision, item, next);
}

function blockOf(decision: NoticeDecision, item: OpenItemForDunning, next: number): Block | undefined {
  if (decision.allowed) return undefined;
  const block: Block = { reason: `${decision.rule}: level ${next} for invoice ${item.number}: ${decision.reason}`, rule: decision.rule };
  if (decision.earliest !== undefined) block.earliest = decision.earliest;
  return block;
}
