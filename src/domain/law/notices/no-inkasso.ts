// Norway, inkassoloven (LOV-1988-05-13-26) §9 and §10: no inkassotiltak — the agency taking the claim, its
// betalingsoppfordring — before a written inkassovarsel, sent after the claim fell due, gave the debtor a payment
// deadline of at least 14 days from sending and that deadline has run out unpaid.
import { addDays, daysBetween, type BusinessDate } from '../../dates.js';
import { allow, deny, requireDate, unverified, type NoticeDecision, type RuleCitation } from './decision.js';

const LAW = 'LOV-1988-05-13-26 (lovdata.no/dokument/NL/lov/1988-05-13-26)';
export const NO_INKASSOVARSEL: RuleCitation = { rule: 'inkassoloven §9', source: `${LAW} §9`, verified: true };
export const NO_BETALINGSOPPFORDRING: RuleCitation = { rule: 'inkassoloven §10', source: `${LAW} §10`, verified: true };

/** §9 second paragraph: at least 14 days counted from the day the varsel was sent. */
export const NO_MIN_DEADLINE_DAYS = 14;

export interface NoInkassovarsel {
  sentOn: BusinessDate;
  /** The payment deadline the varsel stated; omitted means the 14-day minimum (sentOn + 14). */
  deadline?: BusinessDate;
  /** Paper is [V]; electronic delivery (§3a "betryggende måte") is [U] in late-payment.md, so it unverifies. */
  channel?: 'paper' | 'electronic';
}

export interface NoHandOverInput {
  dueDate: BusinessDate;
  /** The inkassovarsel (or a purring carrying the §9 warning that inkasso will follow); null when none was sent. */
  inkassovarsel: NoInkassovarsel | null;
  handOverOn: BusinessDate;
}

export interface NoBetalingsoppfordringInput {
  dueDate: BusinessDate;
  inkassovarsel: NoInkassovarsel | null;
  sentOn: BusinessDate;
  /** The deadline the betalingsoppfordring states; §10 requires at least 14 days from sending. */
  deadline: BusinessDate;
}

/** May the claim go to a collection agency on `handOverOn`? */
export function checkNoHandOver(input: NoHandOverInput): NoticeDecision {
  return checkVarselGate(input.dueDate, input.inkassovarsel, requireDate('handOverOn', input.handOverOn), 'hand the claim to an agency');
}

/** May a betalingsoppfordring (§10) be sent on `sentOn` with this deadline? */
export function checkNoBetalingsoppfordring(input: NoBetalingsoppfordringInput): NoticeDecision {
  const sentOn = requireDate('sentOn', input.sentOn);
  const gate = checkVarselGate(input.dueDate, input.inkassovarsel, sentOn, 'send a betalingsoppfordring');
  if (!gate.allowed) return gate;
  const days = daysBetween(sentOn, requireDate('deadline', input.deadline));
  if (days < NO_MIN_DEADLINE_DAYS) {
    return deny(
      NO_BETALINGSOPPFORDRING,
      `the betalingsoppfordring gives ${days} days to pay; §10 requires at least ${NO_MIN_DEADLINE_DAYS} from sending ` +
        `(deadline on or after ${addDays(sentOn, NO_MIN_DEADLINE_DAYS)})`,
    );
  }
  return allow(
    gate.verified ? NO_BETALINGSOPPFORDRING : unverified(NO_BETALINGSOPPFORDRING),
    `${gate.reason}; the betalingsoppfordring gives ${days} days (§10: at least ${NO_MIN_DEADLINE_DAYS})`,
  );
}

function checkVarselGate(dueDate: BusinessDate, varsel: NoInkassovarsel | null, on: BusinessDate, step: string): NoticeDecision {
  const due = requireDate('dueDate', dueDate);
  if (varsel === null) {
    return deny(NO_INKASSOVARSEL, `no inkassovarsel was sent; §9 requires one (with at least 14 days to pay) before any inkassotiltak`);
  }
  const sentOn = requireDate('inkassovarsel.sentOn', varsel.sentOn);
  const citation = varsel.channel === 'electronic' ? unverified(NO_INKASSOVARSEL) : NO_INKASSOVARSEL;
  if (sentOn <= due) {
    return deny(citation, `the inkassovarsel was sent ${sentOn}, not after the claim fell due on ${due} (§9 first paragraph a); send a new one`);
  }
  const deadline = requireDate('inkassovarsel.deadline', varsel.deadline ?? addDays(sentOn, NO_MIN_DEADLINE_DAYS));
  const days = daysBetween(sentOn, deadline);
  if (days < NO_MIN_DEADLINE_DAYS) {
    return deny(citation, `the inkassovarsel gave ${days} days to pay; §9 requires at least ${NO_MIN_DEADLINE_DAYS} from sending; send a new one`);
  }
  // §9 first paragraph b: the deadline "må ha løpt ut" — the debtor may pay through its last day (payment counts
  // when the bank has the order by then), so the first day for the next step is the day after the deadline.
  const earliest = addDays(deadline, 1);
  if (on < earliest) {
    return deny(citation, `the inkassovarsel of ${sentOn} gives the debtor until ${deadline}; cannot ${step} before ${earliest}`, { earliest });
  }
  return allow(citation, `the inkassovarsel of ${sentOn} gave ${days} days and its deadline ${deadline} has run out`);
}
