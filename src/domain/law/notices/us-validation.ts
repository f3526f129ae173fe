// Reg F 12 CFR 1006.34(a)(1), FDCPA 1692g(a): a debt collector gives the validation information in the initial
// communication or sends a validation notice "within five days of that initial communication"; (a)(2): no notice
// is needed if the consumer paid the debt before it would have been due.
// Day counting is [U] in late-payment.md (business days?). Conservative choice: calendar days, the initial
// communication's day excluded, so the notice is due by initial + 5 calendar days. A notice sent on time under this
// count is on time under any count (verified); "overdue" may be wrong under a business-day count (unverified).
import { addDays, type BusinessDate } from '../../dates.js';
import { allow, deny, requireDate, unverified, type NoticeDecision, type RuleCitation } from './decision.js';
import { usNotCovered, type UsScope } from './us-scope.js';

export const US_VALIDATION_NOTICE: RuleCitation = {
  rule: 'Reg F 1006.34(a)(1): validation notice within 5 days of the initial communication',
  source: '12 CFR 1006.34(a); 15 U.S.C. 1692g(a)',
  verified: true,
};

export const US_VALIDATION_DAYS = 5;

export interface UsValidationNoticeInput extends UsScope {
  initialCommunicationOn: BusinessDate;
  /** When the validation notice was sent (or the information given orally); null when not yet. */
  validationNoticeOn: BusinessDate | null;
  /** The day being judged, for a notice not yet sent. */
  asOf: BusinessDate;
  /** When the consumer paid the debt in full, if they did (1006.34(a)(2)). */
  paidInFullOn?: BusinessDate | null;
}

/** allowed: false means the validation notice is overdue or was sent late. `deadline` is its last on-time day. */
export function checkUsValidationNotice(input: UsValidationNoticeInput): NoticeDecision {
  const initial = requireDate('initialCommunicationOn', input.initialCommunicationOn);
  const asOf = requireDate('asOf', input.asOf);
  const sent = input.validationNoticeOn === null ? null : requireDate('validationNoticeOn', input.validationNoticeOn);
  const paid = input.paidInFullOn == null ? null : requireDate('paidInFullOn', input.paidInFullOn);
  if (sent !== null && sent < initial) {
    throw new RangeError('validationNoticeOn: before initialCommunicationOn (a notice sent first is the initial communication)');
  }
  const notCovered = usNotCovered(input);
  if (notCovered) return notCovered;
  const deadline = addDays(initial, US_VALIDATION_DAYS);
  const late = unverified(US_VALIDATION_NOTICE);

  if (sent !== null && sent <= deadline) {
    return allow(US_VALIDATION_NOTICE, `validation notice sent ${sent}, within 5 days of the initial communication on ${initial}`, { deadline });
  }
  if (paid !== null && paid <= deadline && (sent === null || paid < sent)) {
    return allow(US_VALIDATION_NOTICE, `not required: the debt was paid in full on ${paid}, before the notice was due (1006.34(a)(2))`, { deadline });
  }
  if (sent !== null) {
    return deny(late, `validation notice sent ${sent}, after the deadline ${deadline} (5 calendar days after ${initial})`, { deadline });
  }
  if (asOf <= deadline) {
    return allow(US_VALIDATION_NOTICE, `validation notice not yet sent; due by ${deadline} (5 calendar days after ${initial})`, { deadline });
  }
  return deny(late, `validation notice overdue: due by ${deadline} (5 calendar days after ${initial}), not sent as of ${asOf}`, { deadline });
}
