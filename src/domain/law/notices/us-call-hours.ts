// FDCPA 1692c(a)(1), Reg F 1006.6(b)(1)(i): absent knowledge to the contrary, the convenient time to communicate is
// "after 8 o'clock antemeridian and before 9 o'clock postmeridian, local time at the consumer's location".
// Boundaries (late-payment.md: [U], be conservative): 08:00:00 allowed, 21:00:00 not; times are compared in whole
// local seconds, so 07:59:59.9 is blocked and 20:59:59 allowed. A literal "after 8 o'clock" would also refuse
// 08:00:00 itself, so a call in that very second is allowed but marked unverified.
// Reg F official interpretation of 1006.6(b)(1)(i): when the consumer's location is uncertain (area code and address in different zones),
// the call must be convenient in every zone it may be in — pass them all.
import { allow, deny, unverified, type NoticeDecision, type RuleCitation } from './decision.js';
import { earliestWithinHours, HOUR, localClock, toEpochMs, toIso, zoneList, type Instant } from './local-time.js';
import { usNotCovered, type UsScope } from './us-scope.js';

export const US_CALL_HOURS: RuleCitation = {
  rule: 'FDCPA 1692c(a)(1), Reg F 1006.6(b)(1)(i): 08:00–21:00 consumer-local',
  source: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)',
  verified: true,
};

export const US_OPEN = 8 * HOUR;
export const US_CLOSE = 21 * HOUR;

export interface UsCallHoursInput extends UsScope {
  callAt: Instant;
  /** The debtor's IANA zone, or every zone the debtor may be in. */
  debtorTimeZone: string | readonly string[];
}

export function checkUsCallHours(input: UsCallHoursInput): NoticeDecision {
  const zones = zoneList('debtorTimeZone', input.debtorTimeZone);
  const ms = toEpochMs('callAt', input.callAt);
  const notCovered = usNotCovered(input);
  if (notCovered) return notCovered;
  const clocks = zones.map((zone) => ({ zone, ...localClock(ms, zone) }));
  const outside = clocks.filter((c) => c.secondOfDay < US_OPEN || c.secondOfDay >= US_CLOSE);
  const shown = clocks.map((c) => `${c.time} in ${c.zone}`).join(', ');
  if (outside.length > 0) {
    const earliest = earliestWithinHours(ms, zones, US_OPEN, US_CLOSE);
    const when = earliest === undefined ? '; the zones given share no 08:00–21:00 window' : '';
    return deny(US_CALL_HOURS, `the call would be at ${shown}: outside 08:00–21:00 consumer-local${when}`, {
      earliest: earliest === undefined ? undefined : toIso(earliest),
    });
  }
  const onOpeningSecond = clocks.some((c) => c.secondOfDay === US_OPEN);
  return allow(onOpeningSecond ? unverified(US_CALL_HOURS) : US_CALL_HOURS, `the call would be at ${shown}: within 08:00–21:00 consumer-local`);
}
