// Credit advice and the review schedule (issue #8: "a recommended limit and terms for each customer with the
// reasons; a review schedule (high risk reviewed more often; a review is due at once after a broken promise, a
// 60-day item or a limit breach)"). Advice only: nothing here or in its callers writes a limit (README.md).
import { addDays, daysBetween } from '../dates.js';
import { exponentOf, formatAmount } from '../money.js';
import type { Behaviour, RiskInvoice } from './behaviour.js';
import { type Grade, scoredDays } from './score.js';

/** Share of the sales a customer carries that the grade allows as a limit, in percent. */
export const LIMIT_PERCENT: Record<Grade, number> = { A: 150, B: 125, C: 100, D: 50, E: 0 };
/** Days between reviews by grade: high risk is reviewed more often. */
export const REVIEW_DAYS: Record<Grade, number> = { A: 365, B: 180, C: 90, D: 30, E: 14 };
/** Longest terms advised by grade (null: keep the customer's own); 0 is prepayment. */
export const MAX_TERMS: Record<Grade, number | null> = { A: null, B: null, C: 30, D: 14, E: 0 };
export const DEFAULT_TERMS_DAYS = 30;
/** A breach a person reviewed is raised again only when it lasts this long after that review. */
export const BREACH_RECHECK_DAYS = 30;

export type Terms = { days: number; text: string };
export type CreditAdvice = { recommendedLimit: bigint | null; terms: Terms; reasons: string[] };
export type ReviewPlan = { due: string; intervalDays: number; reasons: string[] };
export type ReviewHistory = { lastReviewedOn: string | null; nextReviewOn: string | null };

export type AdviceContext = {
  asOf: string; currency: string; creditLimit: bigint | null; termsDays: number | null; grade: Grade; score: number; overLimit: boolean;
};

export function termsText(days: number): string {
  return days === 0 ? 'prepayment (cash with order)' : `${days} days net`;
}

/** The customer's terms, else the median of its invoices' (due − issue), else 30 days. */
export function usualTerms(termsDays: number | null, invoices: readonly RiskInvoice[]): number {
  if (termsDays !== null) return termsDays;
  const days = invoices.map((i) => daysBetween(i.issueDate, i.dueDate)).sort((a, b) => a - b);
  return days.length === 0 ? DEFAULT_TERMS_DAYS : days[Math.floor((days.length - 1) / 2)] ?? DEFAULT_TERMS_DAYS;
}

/** Rounded down to two significant figures in major units (a limit people can read: 120000.00, not 123456.78). */
export function roundLimit(minor: bigint, currency: string): bigint {
  if (minor <= 0n) return 0n;
  const unit = 10n ** BigInt(exponentOf(currency));
  const major = minor / unit;
  let step = 1n;
  while (major / step >= 100n) step *= 10n;
  return (major / step) * step * unit;
}

export function adviseCredit(b: Behaviour, invoices: readonly RiskInvoice[], ctx: AdviceContext): CreditAdvice {
  const money = (minor: bigint) => `${formatAmount(minor, ctx.currency)} ${ctx.currency}`;
  const current = usualTerms(ctx.termsDays, invoices);
  const cap = MAX_TERMS[ctx.grade];
  const terms = cap === null ? current : Math.min(current, cap);
  const reasons = [`grade ${ctx.grade} (score ${ctx.score})`];
  if (terms < current) reasons.push(`terms shortened from ${current} to ${terms === 0 ? 'prepayment' : `${terms} days`} for grade ${ctx.grade}`);
  let limit: bigint | null = null;
  if (ctx.grade === 'E') {
    limit = 0n;
    reasons.push('grade E: no credit — prepayment or cash with order until the account is brought up to date');
  } else if (b.invoiced <= 0n || b.firstIssueInYear === null) {
    reasons.push(`no sales in ${ctx.currency} in the last year to size a limit on: decide it on a credit application`);
  } else {
    const span = Math.min(365, Math.max(30, daysBetween(b.firstIssueInYear, ctx.asOf) + 1));
    const late = Math.ceil(scoredDays(b) ?? 0);
    const carry = current + late;
    const base = (b.invoiced * BigInt(carry)) / BigInt(span);
    limit = roundLimit((base * BigInt(LIMIT_PERCENT[ctx.grade])) / 100n, ctx.currency);
    reasons.push(`invoiced ${money(b.invoiced)} over ${span} days, about ${money((b.invoiced * 30n) / BigInt(span))} a month`);
    reasons.push(`at ${current} days' terms and ${late} days late, the customer carries about ${carry} days of sales: ${money(base)}`);
    reasons.push(`grade ${ctx.grade} allows ${LIMIT_PERCENT[ctx.grade]} % of that, rounded down: ${money(limit)}`);
  }
  if (limit !== null) {
    if (ctx.creditLimit === null) reasons.push('no credit limit is set now');
    else {
      const compared = limit < ctx.creditLimit ? 'lower than' : limit > ctx.creditLimit ? 'higher than' : 'the same as';
      reasons.push(`${compared} the current limit of ${money(ctx.creditLimit)}; only a person changes it`);
    }
  }
  return { recommendedLimit: limit, terms: { days: terms, text: termsText(terms) }, reasons };
}

export function planReview(b: Behaviour, history: ReviewHistory, ctx: AdviceContext): ReviewPlan {
  const interval = REVIEW_DAYS[ctx.grade];
  const last = history.lastReviewedOn;
  const base = last ?? b.firstIssueEver ?? ctx.asOf;
  const scheduled = history.nextReviewOn ?? addDays(base, interval);
  const reasons = [history.nextReviewOn !== null ? `next review set for ${history.nextReviewOn} at the last review (${last})`
    : last !== null ? `grade ${ctx.grade}: reviewed every ${interval} days; last reviewed on ${last}`
      : `grade ${ctx.grade}: reviewed every ${interval} days; never reviewed, counted from ${base}`];
  const triggers: { on: string; words: string }[] = [];
  const after = (date: string) => last === null || date > last;
  if (b.promises.lastBrokenOn !== null && after(b.promises.lastBrokenOn)) triggers.push({ on: b.promises.lastBrokenOn, words: `a promise to pay was broken on ${b.promises.lastBrokenOn}` });
  const sixty = b.sixtyDayDates.find(after);
  if (sixty !== undefined) triggers.push({ on: sixty, words: `an invoice reached 60 days past due on ${sixty}` });
  if (ctx.overLimit && (last === null || daysBetween(last, ctx.asOf) >= BREACH_RECHECK_DAYS)) triggers.push({ on: ctx.asOf, words: 'exposure is over the credit limit' });
  const due = triggers.reduce((d, t) => (t.on < d ? t.on : d), scheduled);
  return { due, intervalDays: interval, reasons: [...reasons, ...triggers.map((t) => `due at once: ${t.words}`)] };
}
