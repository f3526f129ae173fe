// All telephone-call rules at once, for a dialler that asks "may I call now, and if not, from when?".
import { allow, deny, type NoticeDecision, type RuleCitation } from './decision.js';
import { earliestWithinHours, toEpochMs, toIso, zoneList, type Instant } from './local-time.js';
import { checkUsAfterConversation, checkUsCallAttempts } from './us-call-frequency.js';
import { checkUsCallHours, US_CLOSE, US_OPEN } from './us-call-hours.js';
import { usNotCovered, type UsScope } from './us-scope.js';

export const US_CALL: RuleCitation = {
  rule: 'FDCPA 1692c(a)(1) + Reg F 1006.14(b)(2)(i)-(ii)',
  source: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i), 1006.14(b)(2)',
  verified: true,
};

export interface UsCallInput extends UsScope {
  callAt: Instant;
  debtorTimeZone: string | readonly string[];
  previousAttempts: readonly Instant[];
  lastConversationAt: Instant | null;
}

/**
 * Call hours, 7-in-7 and the conversation rule together. When blocked, the reasons and rules of every blocking
 * check are joined, and `earliest` is the first instant all three allow (the frequency limits only ever clear with
 * time, so it is their latest clearing moment moved into the next 08:00–21:00 window).
 */
export function checkUsCall(input: UsCallInput): NoticeDecision {
  const hours = checkUsCallHours(input);
  const attempts = checkUsCallAttempts(input);
  const conversation = checkUsAfterConversation(input);
  const notCovered = usNotCovered(input);
  if (notCovered) return notCovered;
  const decisions = [hours, attempts, conversation];
  const blocked = decisions.filter((d) => !d.allowed);
  if (blocked.length === 0) {
    return allow({ ...US_CALL, verified: decisions.every((d) => d.verified) }, decisions.map((d) => d.reason).join('; '));
  }
  let from = toEpochMs('callAt', input.callAt);
  for (const d of [attempts, conversation]) {
    if (!d.allowed && d.earliest !== undefined) from = Math.max(from, Date.parse(d.earliest));
  }
  const earliest = earliestWithinHours(from, zoneList('debtorTimeZone', input.debtorTimeZone), US_OPEN, US_CLOSE);
  return deny(
    {
      rule: blocked.map((d) => d.rule).join(' + '),
      source: [...new Set(blocked.map((d) => d.source))].join('; '),
      verified: blocked.some((d) => d.verified),
    },
    blocked.map((d) => d.reason).join('; '),
    { earliest: earliest === undefined ? undefined : toIso(earliest) },
  );
}
