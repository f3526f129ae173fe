// The notice checks the dunning engine can ask, per jurisdiction (issue #3), and one entry point that routes a
// typed request to its check. Packs without a statutory notice gate (BG, IN, EU, UK, DE) list no checks.
import type { NoticeDecision, RuleCitation } from './decision.js';
import {
  checkNoBetalingsoppfordring, checkNoHandOver, NO_BETALINGSOPPFORDRING, NO_INKASSOVARSEL,
  type NoBetalingsoppfordringInput, type NoHandOverInput,
} from './no-inkasso.js';
import { checkPhContactHours, PH_CONTACT_HOURS, type PhContactHoursInput } from './ph-contact-hours.js';
import {
  checkSeAfterInkassokrav, checkSeInkassokrav, SE_AFTER_INKASSOKRAV, SE_INKASSOKRAV,
  type SeAfterInkassokravInput, type SeInkassokravInput,
} from './se-inkassokrav.js';
import { checkUsCall, US_CALL, type UsCallInput } from './us-call.js';
import {
  checkUsAfterConversation, checkUsCallAttempts, US_AFTER_CONVERSATION, US_CALL_ATTEMPTS,
  type UsAfterConversationInput, type UsCallAttemptsInput,
} from './us-call-frequency.js';
import { checkUsCallHours, US_CALL_HOURS, type UsCallHoursInput } from './us-call-hours.js';
import { checkUsValidationNotice, US_VALIDATION_NOTICE, type UsValidationNoticeInput } from './us-validation.js';

export const NOTICE_JURISDICTIONS = ['NO', 'SE', 'BG', 'PH', 'IN', 'EU', 'UK', 'DE', 'US'] as const;
export type NoticeJurisdiction = (typeof NOTICE_JURISDICTIONS)[number];

export type NoticeCheckRequest =
  | { jurisdiction: 'NO'; check: 'hand-over'; input: NoHandOverInput }
  | { jurisdiction: 'NO'; check: 'betalingsoppfordring'; input: NoBetalingsoppfordringInput }
  | { jurisdiction: 'SE'; check: 'inkassokrav'; input: SeInkassokravInput }
  | { jurisdiction: 'SE'; check: 'after-inkassokrav'; input: SeAfterInkassokravInput }
  | { jurisdiction: 'US'; check: 'call-hours'; input: UsCallHoursInput }
  | { jurisdiction: 'US'; check: 'call-attempts'; input: UsCallAttemptsInput }
  | { jurisdiction: 'US'; check: 'call-after-conversation'; input: UsAfterConversationInput }
  | { jurisdiction: 'US'; check: 'call'; input: UsCallInput }
  | { jurisdiction: 'US'; check: 'validation-notice'; input: UsValidationNoticeInput }
  | { jurisdiction: 'PH'; check: 'contact-hours'; input: PhContactHoursInput };

export type NoticeCheckName = NoticeCheckRequest['check'];

export interface NoticeCheckInfo extends RuleCitation {
  check: NoticeCheckName;
  description: string;
}

const info = (check: NoticeCheckName, description: string, citation: RuleCitation): NoticeCheckInfo => ({ check, description, ...citation });

export const NOTICE_CHECKS: Readonly<Record<NoticeJurisdiction, readonly NoticeCheckInfo[]>> = {
  NO: [
    info('hand-over', 'claim to a collection agency only after an inkassovarsel’s ≥14-day deadline has run out', NO_INKASSOVARSEL),
    info('betalingsoppfordring', 'betalingsoppfordring only after the inkassovarsel deadline, itself giving ≥14 days', NO_BETALINGSOPPFORDRING),
  ],
  SE: [
    info('inkassokrav', 'an inkassokrav gives at least 8 days to pay or dispute', SE_INKASSOKRAV),
    info('after-inkassokrav', 'no further collection step before the inkassokrav deadline has run out', SE_AFTER_INKASSOKRAV),
  ],
  US: [
    info('call-hours', 'calls only 08:00–21:00 consumer-local (third-party collectors, consumer debts)', US_CALL_HOURS),
    info('call-attempts', 'at most 7 call attempts per debt in 7 days', US_CALL_ATTEMPTS),
    info('call-after-conversation', 'no call within 7 days after a telephone conversation', US_AFTER_CONVERSATION),
    info('call', 'call-hours, call-attempts and call-after-conversation together, with the first instant all allow', US_CALL),
    info('validation-notice', 'validation notice within 5 days of the initial communication', US_VALIDATION_NOTICE),
  ],
  PH: [info('contact-hours', 'lending/financing companies: no contact before 06:00 or after 22:00 unless >15 days past due or consent', PH_CONTACT_HOURS)],
  BG: [],
  IN: [],
  EU: [],
  UK: [],
  DE: [],
};

export function isNoticeJurisdiction(code: string): code is NoticeJurisdiction {
  return (NOTICE_JURISDICTIONS as readonly string[]).includes(code);
}

/** The checks a jurisdiction has; an unknown code is an error, not an empty list. */
export function noticeChecksFor(jurisdiction: string): readonly NoticeCheckInfo[] {
  if (!isNoticeJurisdiction(jurisdiction)) {
    throw new RangeError(`jurisdiction: unknown "${jurisdiction}"; known: ${NOTICE_JURISDICTIONS.join(', ')}`);
  }
  return NOTICE_CHECKS[jurisdiction];
}

export function checkNotice(request: NoticeCheckRequest): NoticeDecision {
  switch (request.jurisdiction) {
    case 'NO':
      if (request.check === 'hand-over') return checkNoHandOver(request.input);
      if (request.check === 'betalingsoppfordring') return checkNoBetalingsoppfordring(request.input);
      return unknown(request);
    case 'SE':
      if (request.check === 'inkassokrav') return checkSeInkassokrav(request.input);
      if (request.check === 'after-inkassokrav') return checkSeAfterInkassokrav(request.input);
      return unknown(request);
    case 'PH':
      if (request.check === 'contact-hours') return checkPhContactHours(request.input);
      return unknown(request);
    case 'US':
      return checkUs(request);
    default:
      return unknown(request);
  }
}

function checkUs(request: Extract<NoticeCheckRequest, { jurisdiction: 'US' }>): NoticeDecision {
  switch (request.check) {
    case 'call-hours':
      return checkUsCallHours(request.input);
    case 'call-attempts':
      return checkUsCallAttempts(request.input);
    case 'call-after-conversation':
      return checkUsAfterConversation(request.input);
    case 'call':
      return checkUsCall(request.input);
    case 'validation-notice':
      return checkUsValidationNotice(request.input);
    default:
      return unknown(request);
  }
}

/** Reached only by untyped callers (JSON from a tenant's dunning policy). */
function unknown(request: never): never {
  const { jurisdiction, check } = request as { jurisdiction?: unknown; check?: unknown };
  throw new RangeError(`check: no notice check "${String(check)}" for jurisdiction "${String(jurisdiction)}"`);
}
