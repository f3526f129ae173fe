// Statutory reminder fees per pack (issue #3). Each answer is an amount in minor units with its reason and source;
// a fee that may not be charged is 0 with the reason why, never an absent value.
import { addDays, daysBetween, parseBusinessDate, type BusinessDate } from '../dates.js';
import { formatAmount, parseAmount, type Currency } from '../money.js';
import {
  NO_INKASSOSATS, NO_STATUTORY_REMINDER_FEE, SE_FEES,
  type NoInkassosatsPeriod, type SeFeePeriod, type Share,
} from './reminder-fee-data.js';

export interface ReminderFee {
  /** Minor units (øre, öre, cents). */
  amount: bigint;
  currency: Currency;
  reason: string;
  rule: string;
  source: string;
  verified: boolean;
  /** SE business debtors: what is due instead (charged by the compensation module, not here). */
  replacedBy?: { name: string; amount: bigint; currency: Currency; rule: string; source: string };
}

export type ReminderFeeJurisdiction = 'NO' | 'SE' | keyof typeof NO_STATUTORY_REMINDER_FEE;

// ---- NO: inkassoforskriften §1-2, §1-3 ----

export type NoNoticeKind = 'purring' | 'inkassovarsel' | 'betalingsoppfordring';

export interface NoNotice {
  kind: NoNoticeKind;
  sentOn: BusinessDate;
  /** The payment deadline the notice gave the debtor. */
  deadline?: BusinessDate;
  /** §1-2: the purring states the amount and what the claim is. Arrears' letters do; default true. */
  statesAmountAndClaim?: boolean;
}

export interface NoSentNotice extends NoNotice {
  /** Whether a fee was charged for it; omitted means "whatever the rules allowed" (replayed, so counted). */
  feeCharged?: boolean;
}

export interface NoReminderFeeInput {
  dueDate: BusinessDate;
  /** The notice being sent now. 'betalingsoppfordring' is the creditor's own (egeninkasso), not an agency's. */
  notice: NoNotice;
  /** Notices already sent for this claim, any order. */
  history: readonly NoSentNotice[];
  data?: readonly NoInkassosatsPeriod[];
}

const NO_FEE = 'inkassoforskriften §1-2';
const NO_COUNT = 'inkassoforskriften §1-3';
const NO_SOURCE = 'FOR-1989-07-14-562 §1-2, §1-3 (lovdata.no/dokument/SF/forskrift/1989-07-14-562)';
const MIN_DAYS = 14;
const LETTER: Record<NoNoticeKind, string> = { purring: 'P', inkassovarsel: 'V', betalingsoppfordring: 'B' };
/** §1-3: fees for at most 2 purringer + a later betalingsoppfordring, or purring + later varsel + later betalingsoppfordring. */
const ALLOWED_SEQUENCE = /^(P{0,2}B?|P?V?B?)$/;

type Verdict = { ok: true } | { ok: false; reason: string; rule: string };

export function noReminderFee(input: NoReminderFeeInput): ReminderFee {
  const due = date('dueDate', input.dueDate);
  const notice = { ...input.notice, sentOn: date('notice.sentOn', input.notice.sentOn) };
  const history = [...input.history].sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
  const later = history.find((h) => date('history.sentOn', h.sentOn) > notice.sentOn);
  if (later) throw new RangeError(`history: a ${later.kind} sent ${later.sentOn} is after the notice sent ${notice.sentOn}`);

  const resolved: { notice: NoSentNotice; charged: boolean }[] = [];
  for (const sent of history) {
    resolved.push({ notice: sent, charged: sent.feeCharged ?? noVerdict(due, sent, resolved).ok });
  }
  const verdict = noVerdict(due, notice, resolved);
  const zero = (reason: string, rule: string): ReminderFee => ({ amount: 0n, currency: 'NOK', reason, rule, source: NO_SOURCE, verified: true });
  if (!verdict.ok) return zero(verdict.reason, verdict.rule);

  const period = periodAt(input.data ?? NO_INKASSOSATS, notice.sentOn, 'NO inkassosats');
  const sats = amount(period.inkassosats, 'NOK');
  const share: Share = period[notice.kind];
  const fee = (sats * BigInt(share[0])) / BigInt(share[1]); // exact for 700 NOK; any remainder is not charged
  return {
    amount: fee,
    currency: 'NOK',
    reason: `${notice.kind} fee: ${share[0]}/${share[1]} of the inkassosats ${formatAmount(sats, 'NOK')} NOK in force on ${notice.sentOn}`,
    rule: NO_FEE,
    source: period.source,
    verified: period.verified,
  };
}

function noVerdict(due: BusinessDate, notice: NoNotice, prior: readonly { notice: NoSentNotice; charged: boolean }[]): Verdict {
  const fail = (reason: string, rule = NO_FEE): Verdict => ({ ok: false, reason, rule });
  const days = (from: BusinessDate, to: BusinessDate | undefined): number => (to === undefined ? -1 : daysBetween(from, to));
  const gave14 = (n: NoNotice): boolean => days(n.sentOn, n.deadline) >= MIN_DAYS;

  if (notice.kind === 'betalingsoppfordring') {
    if (!gave14(notice)) return fail(`the betalingsoppfordring gives no deadline of at least ${MIN_DAYS} days (inkassoloven §10)`, 'inkassoloven §10');
    const missed = prior.some((p) => p.notice.kind !== 'betalingsoppfordring' && gave14(p.notice) && notice.sentOn > (p.notice.deadline ?? ''));
    if (!missed) return fail(`no fee before the debtor has missed a deadline of at least ${MIN_DAYS} days in a purring or inkassovarsel (§1-2 third paragraph)`);
  } else {
    const after = daysBetween(due, notice.sentOn);
    if (after < MIN_DAYS) return fail(`sent ${after} days after the due date ${due}; a fee needs at least ${MIN_DAYS} (§1-2)`);
    if (notice.kind === 'purring' && notice.statesAmountAndClaim === false) return fail('the purring does not state the amount and what the claim is (§1-2)');
    if (notice.kind === 'inkassovarsel' && !gave14(notice)) {
      return fail(`the inkassovarsel gives no deadline of at least ${MIN_DAYS} days, so it is not a varsel under inkassoloven §9`, 'inkassoloven §9');
    }
  }
  const charged = prior.filter((p) => p.charged).map((p) => p.notice);
  const sequence = charged.map((n) => LETTER[n.kind]).join('') + LETTER[notice.kind];
  if (!ALLOWED_SEQUENCE.test(sequence)) {
    const had = charged.map((n) => `${n.kind} ${n.sentOn}`).join(', ');
    return fail(`fees already charged (${had}); §1-3 allows at most 2 purringer + 1 betalingsoppfordring, or 1 purring + 1 inkassovarsel + 1 betalingsoppfordring, in that order`, NO_COUNT);
  }
  const firstPurring = charged.find((n) => n.kind === 'purring');
  if (notice.kind !== 'betalingsoppfordring' && firstPurring) {
    if (!gave14(firstPurring)) return fail(`the first purring (${firstPurring.sentOn}) gave no deadline of at least ${MIN_DAYS} days, so no second fee (§1-3)`, NO_COUNT);
    if (notice.sentOn <= (firstPurring.deadline ?? '')) {
      return fail(`the deadline ${firstPurring.deadline} in the first purring has not run out; a second fee from ${addDays(firstPurring.deadline ?? due, 1)} (§1-3)`, NO_COUNT);
    }
  }
  return { ok: true };
}

// ---- SE: lag (1981:739) §2–§4a ----

export type SeNoticeKind = 'betalningspaminnelse' | 'inkassokrav';

export interface SeReminderFeeInput {
  debtor: 'consumer' | 'business' | 'public';
  dueDate: BusinessDate;
  /** An inkassokrav must be a kravbrev per inkassolag (1974:182) §5 for §3 to apply. */
  notice: { kind: SeNoticeKind; sentOn: BusinessDate };
  /** §2: a reminder fee was agreed at the latest when the debt arose. */
  feeAgreed: boolean;
  /** Fees already charged on this invoice. */
  alreadyCharged: readonly SeNoticeKind[];
  data?: readonly SeFeePeriod[];
}

const SE_SOURCE = 'lag (1981:739) om ersättning för inkassokostnader m.m. (riksdagen.se)';

export function seReminderFee(input: SeReminderFeeInput): ReminderFee {
  const sentOn = date('notice.sentOn', input.notice.sentOn);
  const due = date('dueDate', input.dueDate);
  const period = periodAt(input.data ?? SE_FEES, sentOn, 'SE fee');
  const zero = (reason: string, rule: string, verified = true): ReminderFee => ({ amount: 0n, currency: 'SEK', reason, rule, source: SE_SOURCE, verified });
  const kind = input.notice.kind;
  if (sentOn <= due) return zero(`sent ${sentOn}, before the debt fell due after ${due}; the act covers measures for a due debt only (§1)`, '1981:739 §1');
  if (input.debtor !== 'consumer') {
    return {
      ...zero(
        `${input.debtor} debtor: the ${period.forseningsersattning} SEK förseningsersättning (§4a) is due instead of the ${kind} fee (IMY; exact offset wording unverified)`,
        '1981:739 §4a', false,
      ),
      replacedBy: { name: 'förseningsersättning', amount: amount(period.forseningsersattning, 'SEK'), currency: 'SEK', rule: '1981:739 §4a', source: period.source },
    };
  }
  if (kind === 'betalningspaminnelse') {
    if (!input.feeAgreed) return zero('no reminder fee was agreed when the debt arose (§2)', '1981:739 §2');
    if (input.alreadyCharged.includes(kind)) return zero('a reminder fee was already charged on this invoice (one per invoice)', '1981:739 §4');
  } else if (input.alreadyCharged.includes(kind)) {
    return zero('an inkassokrav fee was already charged on this claim (one per claim: conservative reading of §3–§4)', '1981:739 §4', false);
  }
  const figure = kind === 'betalningspaminnelse' ? period.betalningspaminnelse : period.inkassokrav;
  return {
    amount: amount(figure, 'SEK'),
    currency: 'SEK',
    reason: `${kind} fee: at most ${figure} SEK (§4 ${kind === 'betalningspaminnelse' ? 'no. 1' : 'no. 2'}) for a notice sent ${sentOn}`,
    rule: kind === 'betalningspaminnelse' ? '1981:739 §2, §4' : '1981:739 §3, §4',
    source: period.source,
    verified: period.verified,
  };
}

// ---- All packs ----

export type NoStatutoryFeeJurisdiction = keyof typeof NO_STATUTORY_REMINDER_FEE;

export type ReminderFeeRequest =
  | ({ jurisdiction: 'NO' } & NoReminderFeeInput)
  | ({ jurisdiction: 'SE' } & SeReminderFeeInput)
  | { jurisdiction: NoStatutoryFeeJurisdiction; sentOn?: BusinessDate };

/** 0 with the reason for packs without a statutory reminder fee. BG fees are in BGN before 2026-01-01. */
export function noStatutoryReminderFee(jurisdiction: NoStatutoryFeeJurisdiction, sentOn?: BusinessDate): ReminderFee {
  const entry = NO_STATUTORY_REMINDER_FEE[jurisdiction];
  if (entry === undefined) throw new RangeError(`jurisdiction: unknown "${String(jurisdiction)}"`);
  const bgn = jurisdiction === 'BG' && sentOn !== undefined && date('sentOn', sentOn) < '2026-01-01';
  return { amount: 0n, currency: bgn ? 'BGN' : entry.currency, reason: entry.reason, rule: entry.rule, source: entry.source, verified: entry.verified };
}

export function reminderFee(request: ReminderFeeRequest): ReminderFee {
  if (request.jurisdiction === 'NO') return noReminderFee(request);
  if (request.jurisdiction === 'SE') return seReminderFee(request);
  return noStatutoryReminderFee(request.jurisdiction, request.sentOn);
}

// ---- helpers ----

function date(field: string, value: BusinessDate): BusinessDate {
  const parsed = parseBusinessDate(value);
  if (!parsed.ok) throw new RangeError(`${field}: ${parsed.reason}`);
  return parsed.value;
}

function amount(text: string, currency: Currency): bigint {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new RangeError(`fee data: ${parsed.reason}`);
  return parsed.value;
}

/** The period in force on `on`; a date before all data is an error naming the date and where the data starts. */
function periodAt<P extends { from: BusinessDate }>(data: readonly P[], on: BusinessDate, what: string): P {
  let found: P | undefined;
  for (const period of data) if (period.from <= on && (found === undefined || period.from > found.from)) found = period;
  if (found === undefined) {
    const first = data.map((p) => p.from).sort()[0];
    throw new RangeError(`no ${what} data for a notice sent ${on}${first ? ` (data starts ${first})` : ''}`);
  }
  return found;
}
