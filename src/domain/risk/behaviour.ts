// Payment behaviour of one customer as the ledger knew it on asOf (issue #8: "from the ledger alone"). Pure: the
// caller hands in every invoice with what was paid, credited and written off by asOf, the promises and disputes,
// and the customer's currency; nothing dated after asOf is looked at. The windows and their reasons are in README.md.
import { addDays, daysBetween } from '../dates.js';
import { detectRegularity, type Regularity } from './regularity.js';

export const YEAR_DAYS = 365;
export const RECENT_DAYS = 90;
/** The recent window is scored only when it holds at least this many invoices (one late payment is not a trend). */
export const MIN_RECENT = 3;

/** One invoice's history by asOf: a structural subset of src/store/payment-history.ts's InvoiceHistory. */
export type RiskInvoice = {
  number: string; currency: string; issueDate: string; dueDate: string;
  amount: bigint; paid: bigint; credited: bigint; writtenOff: bigint; open: bigint;
  settledOn: string | null; lastPaidOn: string | null;
};
export type RiskPromise = { status: 'active' | 'kept' | 'broken' | 'cancelled'; decidedOn: string | null };
export type RiskDispute = { openedOn: string; status: 'open' | 'resolved-credit' | 'resolved-return' | 'rejected'; resolvedOn: string | null };

export type BehaviourInput = {
  asOf: string;
  /** The customer's own currency: amounts, weights, exposure and the limit are in it (README: other currencies). */
  currency: string;
  invoices: readonly RiskInvoice[];
  promises: readonly RiskPromise[];
  disputes: readonly RiskDispute[];
  /** Payments and credit on account not yet applied, in the customer's currency, by asOf. */
  unapplied: bigint;
};

/** An invoice whose timing is known on asOf: settled (its delay) or past due and open (its days so far). */
export type TimedInvoice = { number: string; currency: string; amount: bigint; dueDate: string; days: number; open: boolean; recent: boolean };

export type Behaviour = {
  timed: TimedInvoice[];
  /** Average days beyond terms over the year window, by count and weighted by amount (one decimal); null: none. */
  averageDays: number | null;
  weightedDays: number | null;
  recentCount: number;
  recentWeightedDays: number | null;
  /** Recent (90 days) minus the year, weighted; null with fewer than MIN_RECENT recent invoices. */
  trendDays: number | null;
  /** Percentage of timed invoices paid (or still open) after their due date, 0–100 rounded. */
  latePercent: number | null;
  longest: { days: number; number: string } | null;
  /** The oldest open item's days past due (0 when nothing open is past due). */
  oldestOpenDays: number;
  /** First day an item reached 60 days past due, for each item that did (review trigger). */
  sixtyDayDates: string[];
  exposure: bigint;
  otherCurrencies: { currency: string; open: bigint }[];
  writtenOff: bigint;
  promises: { broken: number; kept: number; lastBrokenOn: string | null };
  disputes: { raised: number; credited: number; rejected: number; open: number };
  regularity: Regularity;
  /** Invoiced in the customer's currency, issued in the year window, and the first such issue date. */
  invoiced: bigint;
  firstIssueInYear: string | null;
  firstIssueEver: string | null;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Mean of days weighted by minor units, exact in bigint and rounded to one decimal at the end. */
function weightedMean(items: readonly { days: number; amount: bigint }[]): number | null {
  let total = 0n;
  let weight = 0n;
  for (const item of items) {
    total += BigInt(item.days) * item.amount;
    weight += item.amount;
  }
  if (weight <= 0n) return null;
  return Number((total * 100n) / weight) / 100;
}

function mean(items: readonly { days: number }[]): number | null {
  if (items.length === 0) return null;
  return items.reduce((s, i) => s + i.days, 0) / items.length;
}

/**
 * Days beyond terms, weighted by amount over the customer's currency (other currencies have no common unit without
 * exchange rates); by count when no invoice is in the customer's currency.
 */
function weighted(items: readonly TimedInvoice[], currency: string): number | null {
  const own = items.filter((i) => i.currency === currency);
  const value = own.length > 0 ? weightedMean(own) : mean(items);
  return value === null ? null : round1(value);
}

/** Which invoices have a known timing, and their days beyond terms. Credit-only settlements are not payments. */
function timedInvoices(asOf: string, invoices: readonly RiskInvoice[]): TimedInvoice[] {
  const yearStart = addDays(asOf, -YEAR_DAYS);
  const recentStart = addDays(asOf, -RECENT_DAYS);
  const timed: TimedInvoice[] = [];
  for (const inv of invoices) {
    if (inv.dueDate > asOf) continue;
    const open = inv.open > 0n;
    // An item still open from before the year stays in: it is the latest news about that customer.
    if (inv.dueDate <= yearStart && !open) continue;
    if (!open && inv.paid <= 0n && inv.writtenOff <= 0n) continue;
    const until = open ? asOf : inv.settledOn ?? asOf;
    timed.push({ number: inv.number, currency: inv.currency, amount: inv.amount, dueDate: inv.dueDate, days: Math.max(0, daysBetween(inv.dueDate, until)), open, recent: inv.dueDate > recentStart });
  }
  return timed;
}

function exposureByCurrency(currency: string, invoices: readonly RiskInvoice[], unapplied: bigint) {
  const open = new Map<string, bigint>();
  for (const inv of invoices) if (inv.open !== 0n) open.set(inv.currency, (open.get(inv.currency) ?? 0n) + inv.open);
  const others = [...open].filter(([c, amount]) => c !== currency && amount !== 0n).sort(([a], [b]) => a.localeCompare(b));
  return { exposure: (open.get(currency) ?? 0n) - unapplied, otherCurrencies: others.map(([c, amount]) => ({ currency: c, open: amount })) };
}

export function measureBehaviour(input: BehaviourInput): Behaviour {
  const { asOf, currency } = input;
  const yearStart = addDays(asOf, -YEAR_DAYS);
  const inYear = (date: string | null): date is string => date !== null && date > yearStart && date <= asOf;
  const timed = timedInvoices(asOf, input.invoices);
  const recent = timed.filter((t) => t.recent);
  const weightedDays = weighted(timed, currency);
  const recentWeightedDays = recent.length >= MIN_RECENT ? weighted(recent, currency) : null;
  const late = timed.filter((t) => t.days > 0).length;
  const longest = timed.reduce<TimedInvoice | null>((worst, t) => (worst === null || t.days > worst.days ? t : worst), null);
  const average = mean(timed);
  const ownInYear = input.invoices.filter((i) => i.currency === currency && inYear(i.issueDate));
  const firstEver = input.invoices.reduce<string | null>((first, i) => (first === null || i.issueDate < first ? i.issueDate : first), null);
  const broken = input.promises.filter((p) => p.status === 'broken' && inYear(p.decidedOn));
  const disputes = input.disputes.filter((d) => inYear(d.openedOn)).map((d) => (d.resolvedOn !== null && d.resolvedOn <= asOf ? d.status : 'open'));
  return {
    timed,
    averageDays: average === null ? null : round1(average),
    weightedDays,
    recentCount: recent.length,
    recentWeightedDays,
    trendDays: recentWeightedDays === null || weightedDays === null ? null : round1(recentWeightedDays - weightedDays),
    latePercent: timed.length === 0 ? null : Math.round((late * 100) / timed.length),
    longest: longest === null ? null : { days: longest.days, number: longest.number },
    oldestOpenDays: timed.reduce((most, t) => (t.open && t.days > most ? t.days : most), 0),
    sixtyDayDates: timed.filter((t) => t.days >= 60).map((t) => addDays(t.dueDate, 60)).sort(),
    ...exposureByCurrency(currency, input.invoices, input.unapplied),
    writtenOff: input.invoices.filter((i) => i.currency === currency && i.writtenOff > 0n && inYear(i.settledOn ?? asOf)).reduce((s, i) => s + i.writtenOff, 0n),
    promises: {
      broken: broken.length,
      kept: input.promises.filter((p) => p.status === 'kept' && inYear(p.decidedOn)).length,
      lastBrokenOn: input.promises.filter((p) => p.status === 'broken' && p.decidedOn !== null && p.decidedOn <= asOf).reduce<string | null>((last, p) => (last === null || (p.decidedOn ?? '') > last ? p.decidedOn : last), null),
    },
    disputes: {
      raised: disputes.length,
      credited: disputes.filter((s) => s === 'resolved-credit' || s === 'resolved-return').length,
      rejected: disputes.filter((s) => s === 'rejected').length,
      open: disputes.filter((s) => s === 'open').length,
    },
    regularity: detectRegularity(input.invoices.filter((i) => i.paid > 0n && inYear(i.lastPaidOn)).map((i) => i.lastPaidOn as string)),
    invoiced: ownInYear.reduce((s, i) => s + i.amount, 0n),
    firstIssueInYear: ownInYear.reduce<string | null>((first, i) => (first === null || i.issueDate < first ? i.issueDate : first), null),
    firstIssueEver: firstEver,
  };
}
