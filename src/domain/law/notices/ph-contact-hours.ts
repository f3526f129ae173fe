// Philippines, SEC Memorandum Circular No. 18, s. 2019 (lending and financing companies and their third-party
// collectors): no contact with the borrower before 6:00 a.m. or after 10:00 p.m., unless the account is more than
// 15 days past due or the borrower gave express permission.
// Boundaries: 06:00:00 allowed ("before 6:00" excludes it); 22:00:00 blocked — a literal "after 10:00 p.m." would
// allow that very second, so blocking it is a conservative choice and marked unverified. Days past due are counted
// on the debtor's local calendar: due date D, the exception applies from D + 16.
import { addDays, daysBetween, type BusinessDate } from '../../dates.js';
import { allow, deny, requireDate, unverified, type NoticeDecision, type RuleCitation } from './decision.js';
import { earliestWithinHours, HOUR, localClock, startOfLocalDay, toEpochMs, toIso, zoneList, type Instant } from './local-time.js';

export const PH_CONTACT_HOURS: RuleCitation = {
  rule: 'SEC MC 18-2019 §1: no contact before 06:00 or after 22:00 unless >15 days past due or consent',
  source: 'SEC Memorandum Circular No. 18, series of 2019 (Prohibition on Unfair Debt Collection Practices)',
  verified: true,
};

export const PH_OPEN = 6 * HOUR;
export const PH_CLOSE = 22 * HOUR;
export const PH_PAST_DUE_EXCEPTION_DAYS = 15;

export interface PhContactHoursInput {
  /** MC 18-2019 binds lending and financing companies (and collectors acting for them) only. */
  creditor: 'lending-company' | 'financing-company' | 'other';
  contactAt: Instant;
  debtorTimeZone: string;
  dueDate: BusinessDate;
  /** The borrower expressly permitted contact at these hours. */
  debtorConsented: boolean;
}

export function checkPhContactHours(input: PhContactHoursInput): NoticeDecision {
  const zone = zoneList('debtorTimeZone', input.debtorTimeZone)[0] ?? input.debtorTimeZone;
  const ms = toEpochMs('contactAt', input.contactAt);
  const due = requireDate('dueDate', input.dueDate);
  if (input.creditor === 'other') {
    return allow(PH_CONTACT_HOURS, 'not covered: SEC MC 18-2019 applies to lending and financing companies');
  }
  if (input.debtorConsented) return allow(PH_CONTACT_HOURS, 'the borrower expressly permitted contact at this time');
  const clock = localClock(ms, zone);
  const pastDue = daysBetween(due, clock.date);
  if (pastDue > PH_PAST_DUE_EXCEPTION_DAYS) {
    return allow(PH_CONTACT_HOURS, `the account is ${pastDue} days past due (more than ${PH_PAST_DUE_EXCEPTION_DAYS}): no hour limit`);
  }
  if (clock.secondOfDay >= PH_OPEN && clock.secondOfDay < PH_CLOSE) {
    return allow(PH_CONTACT_HOURS, `${clock.time} debtor-local (${zone}) is within 06:00–22:00`);
  }
  const nextWindow = earliestWithinHours(ms, [zone], PH_OPEN, PH_CLOSE) ?? ms;
  const exceptionFrom = startOfLocalDay(addDays(due, PH_PAST_DUE_EXCEPTION_DAYS + 1), zone);
  const citation = clock.secondOfDay === PH_CLOSE ? unverified(PH_CONTACT_HOURS) : PH_CONTACT_HOURS;
  return deny(citation, `${clock.time} debtor-local (${zone}) is outside 06:00–22:00 and the account is ${pastDue} days past due`, {
    earliest: toIso(Math.min(nextWindow, exceptionFrom)),
  });
}
