// Reg F 12 CFR 1006.14(b)(2): a debt collector is presumed to harass (1692d(5)) if it places telephone calls about a
// particular debt (i) more than seven times within seven consecutive days, or (ii) within seven consecutive days
// after a telephone conversation about that debt, the conversation's date being the first of the seven days.
// The rule counts "days"; late-payment.md asks for a rolling window, and the zone of a "day" is unstated. Both
// readings are applied and a call is blocked if either blocks: a rolling 168-hour window, and seven calendar days
// in each of the debtor's zones. When only the rolling reading blocks, the decision is marked unverified.
// Pass every call attempt for this debt (connected or not, the conversation call included), except calls the
// consumer asked for or consented to within the past seven days (1006.14(b)(3)), which do not count.
import { addDays, daysBetween } from '../../dates.js';
import { allow, deny, unverified, type NoticeDecision, type RuleCitation } from './decision.js';
import { localClock, SEVEN_DAYS_MS, startOfLocalDay, toEpochMs, toIso, zoneList, type Instant } from './local-time.js';
import { usNotCovered, type UsScope } from './us-scope.js';

const SOURCE = '12 CFR 1006.14(b)(2); 15 U.S.C. 1692d(5)';
export const US_CALL_ATTEMPTS: RuleCitation = { rule: 'Reg F 1006.14(b)(2)(i): at most 7 call attempts in 7 days per debt', source: SOURCE, verified: true };
export const US_AFTER_CONVERSATION: RuleCitation = { rule: 'Reg F 1006.14(b)(2)(ii): no call within 7 days after a conversation', source: SOURCE, verified: true };

export const US_MAX_ATTEMPTS_IN_7_DAYS = 7;

export interface UsCallAttemptsInput extends UsScope {
  callAt: Instant;
  debtorTimeZone: string | readonly string[];
  /** Earlier call attempts for this debt; none may be after `callAt`. */
  previousAttempts: readonly Instant[];
}

export interface UsAfterConversationInput extends UsScope {
  callAt: Instant;
  debtorTimeZone: string | readonly string[];
  /** The most recent telephone conversation with the person about this debt, if any. */
  lastConversationAt: Instant | null;
}

/** Is this call attempt the 8th within seven days? */
export function checkUsCallAttempts(input: UsCallAttemptsInput): NoticeDecision {
  const zones = zoneList('debtorTimeZone', input.debtorTimeZone);
  const now = toEpochMs('callAt', input.callAt);
  const previous = input.previousAttempts.map((a, i) => toEpochMs(`previousAttempts[${i}]`, a)).sort((a, b) => a - b);
  if (previous.some((a) => a > now)) throw new RangeError('previousAttempts: an attempt is after callAt');
  const notCovered = usNotCovered(input);
  if (notCovered) return notCovered;

  const rolling = previous.filter((a) => now - a < SEVEN_DAYS_MS);
  const blocks: number[] = [];
  let calendarBlocks = false;
  if (rolling.length >= US_MAX_ATTEMPTS_IN_7_DAYS) {
    // The window clears when the 7th most recent attempt is 168 hours old.
    blocks.push((previous[previous.length - US_MAX_ATTEMPTS_IN_7_DAYS] ?? now) + SEVEN_DAYS_MS);
  }
  for (const zone of zones) {
    const today = localClock(now, zone).date;
    const days = previous.map((a) => localClock(a, zone).date);
    const inWeek = days.filter((d) => daysBetween(d, today) <= 6);
    if (inWeek.length >= US_MAX_ATTEMPTS_IN_7_DAYS) {
      calendarBlocks = true;
      const seventh = days[days.length - US_MAX_ATTEMPTS_IN_7_DAYS] ?? today;
      blocks.push(startOfLocalDay(addDays(seventh, 7), zone));
    }
  }
  const counted = `${rolling.length} attempts in the last 168 hours`;
  if (blocks.length === 0) return allow(US_CALL_ATTEMPTS, `${counted}; this would be attempt ${rolling.length + 1} of at most 7`);
  return deny(
    calendarBlocks ? US_CALL_ATTEMPTS : unverified(US_CALL_ATTEMPTS),
    `${counted} (or in seven calendar days consumer-local): this call would be the 8th within seven days`,
    { earliest: toIso(Math.max(...blocks)) },
  );
}

/** Is this call within seven days after a telephone conversation about the debt? */
export function checkUsAfterConversation(input: UsAfterConversationInput): NoticeDecision {
  const zones = zoneList('debtorTimeZone', input.debtorTimeZone);
  const now = toEpochMs('callAt', input.callAt);
  if (input.lastConversationAt === null) {
    return usNotCovered(input) ?? allow(US_AFTER_CONVERSATION, 'no telephone conversation about this debt');
  }
  const talked = toEpochMs('lastConversationAt', input.lastConversationAt);
  if (talked > now) throw new RangeError('lastConversationAt: after callAt');
  const notCovered = usNotCovered(input);
  if (notCovered) return notCovered;

  const blocks: number[] = now - talked < SEVEN_DAYS_MS ? [talked + SEVEN_DAYS_MS] : [];
  let calendarBlocks = false;
  for (const zone of zones) {
    const day1 = localClock(talked, zone).date;
    if (daysBetween(day1, localClock(now, zone).date) <= 6) {
      calendarBlocks = true;
      blocks.push(startOfLocalDay(addDays(day1, 7), zone));
    }
  }
  if (blocks.length === 0) return allow(US_AFTER_CONVERSATION, `the last conversation (${toIso(talked)}) was more than seven days ago`);
  return deny(
    calendarBlocks ? US_AFTER_CONVERSATION : unverified(US_AFTER_CONVERSATION),
    `a telephone conversation about this debt took place ${toIso(talked)}; no call within seven days after it`,
    { earliest: toIso(Math.max(...blocks)) },
  );
}
