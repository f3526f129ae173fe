// Sweden, inkassolag (1974:182) §5 and god inkassosed (IMY guidance): an inkassokrav must give the debtor at least
// 8 days to pay or dispute, and the collector takes no further step (e.g. betalningsföreläggande at Kronofogden)
// until that time has run out.
import { addDays, daysBetween, type BusinessDate } from '../../dates.js';
import { allow, deny, requireDate, type NoticeDecision, type RuleCitation } from './decision.js';

export const SE_INKASSOKRAV: RuleCitation = {
  rule: 'inkassolag 1974:182 §5, god inkassosed (8 days)',
  source: 'SFS 1974:182 §4–§5 (riksdagen.se); IMY guidance on god inkassosed',
  verified: true,
};

export const SE_AFTER_INKASSOKRAV: RuleCitation = {
  rule: 'god inkassosed: no further step before the inkassokrav deadline has run out',
  source: 'finansinspektionen.se/sv/konsumentskydd/inkasso/fragor-och-svar',
  verified: false,
};

export const SE_MIN_DEADLINE_DAYS = 8;

export interface SeInkassokravInput {
  sentOn: BusinessDate;
  /** The last day the demand gives to pay or dispute. */
  deadline: BusinessDate;
}

export interface SeAfterInkassokravInput {
  inkassokrav: SeInkassokravInput;
  /** The date of the planned next step (application to Kronofogden, hand-over for legal action). */
  plannedOn: BusinessDate;
}

/** Does this inkassokrav give the debtor enough time? Counted from the sending date, as IMY words it. */
export function checkSeInkassokrav(input: SeInkassokravInput): NoticeDecision {
  const sentOn = requireDate('sentOn', input.sentOn);
  const days = daysBetween(sentOn, requireDate('deadline', input.deadline));
  if (days < SE_MIN_DEADLINE_DAYS) {
    return deny(
      SE_INKASSOKRAV,
      `the inkassokrav gives ${days} days to pay or dispute; at least ${SE_MIN_DEADLINE_DAYS} are required ` +
        `(deadline on or after ${addDays(sentOn, SE_MIN_DEADLINE_DAYS)})`,
    );
  }
  return allow(SE_INKASSOKRAV, `the inkassokrav gives ${days} days to pay or dispute (at least ${SE_MIN_DEADLINE_DAYS})`);
}

/** May the next collection step follow the inkassokrav on `plannedOn`? */
export function checkSeAfterInkassokrav(input: SeAfterInkassokravInput): NoticeDecision {
  const demand = checkSeInkassokrav(input.inkassokrav);
  if (!demand.allowed) return demand;
  const earliest = addDays(input.inkassokrav.deadline, 1);
  if (requireDate('plannedOn', input.plannedOn) < earliest) {
    return deny(SE_AFTER_INKASSOKRAV, `the inkassokrav deadline ${input.inkassokrav.deadline} has not run out; next step from ${earliest}`, { earliest });
  }
  return allow(SE_AFTER_INKASSOKRAV, `the inkassokrav deadline ${input.inkassokrav.deadline} has run out`);
}
