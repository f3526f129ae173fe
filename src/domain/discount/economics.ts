// Whether an early-payment discount pays for itself (issue #8), per customer from its actual payment behaviour in
// the year to as-of and per segment: expected take-up, days of DSO gained, cash brought forward and the net benefit
// per year (interest saved at the tenant's cost of capital minus discounts given). Exact: every amount is a rational
// of bigints rounded once, at the end. Take-up rates are stated assumptions (README.md), not learned: the ledger has
// no history of discounts taken.
import { daysBetween, toDayNumber } from '../dates.js';
import { formatAmount } from '../money.js';
import { annualisedCostPercent, hundredths, roundDiv, type DiscountTerms } from './terms.js';

export type PaymentHabit = 'pays within the discount period' | 'pays on terms' | 'pays late';
/** Percent of customers of each habit expected to take the discount. */
export const TAKE_UP: Record<PaymentHabit, bigint> = { 'pays within the discount period': 100n, 'pays on terms': 50n, 'pays late': 10n };
/** A customer paying at most this many days after the net date still counts as paying on terms. */
export const ON_TERMS_GRACE_DAYS = 5;

export interface DiscountCustomer { customerId: bigint; customerRef: string; currency: string; segment: string | null }
export interface PaidInvoice { customerId: bigint; currency: string; issueDate: string; settledOn: string; amount: bigint }

export interface CustomerEconomics {
  customerRef: string; segment: string; currency: string; habit: PaymentHabit; medianDaysToPay: number; takeUpPercent: number;
  volume: bigint; dsoDaysGained: number; cashBroughtForward: bigint; discountCost: bigint; capitalBenefit: bigint; netBenefit: bigint;
}
export interface SegmentEconomics {
  segment: string; currency: string; customers: number; habits: Record<PaymentHabit, number>; volume: bigint; dsoDaysGained: number;
  cashBroughtForward: bigint; discountCost: bigint; capitalBenefit: bigint; netBenefit: bigint; recommendation: 'offer' | 'do not offer'; arithmetic: string;
}
export interface DiscountAnalysis {
  annualisedCostPercent: string; costOfCapitalPercent: string; discountCheaperThanCapital: boolean;
  customers: CustomerEconomics[]; segments: SegmentEconomics[];
}

/** Exact sums per customer: V = Σ amount, S = Σ amount × days the payment would come earlier (if taken). */
type Sums = { volume: bigint; amountDays: bigint; takeUp: bigint };

export function discountEconomics(
  terms: DiscountTerms, costOfCapital: { num: bigint; den: bigint; text: string }, customers: readonly DiscountCustomer[],
  paid: readonly PaidInvoice[], asOf: string,
): DiscountAnalysis {
  const from = toDayNumber(asOf) - 365;
  const byCustomer = new Map<bigint, PaidInvoice[]>();
  for (const invoice of paid) {
    if (invoice.settledOn > asOf || toDayNumber(invoice.settledOn) <= from) continue;
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(invoice); else byCustomer.set(invoice.customerId, [invoice]);
  }
  const rate = { d: terms.percent, c: costOfCapital };
  const out: CustomerEconomics[] = [];
  const groups = new Map<string, { segment: string; currency: string; members: { sums: Sums; habit: PaymentHabit }[] }>();
  for (const customer of customers) {
    const invoices = byCustomer.get(customer.customerId);
    if (!invoices || invoices.length === 0) continue;
    const days = invoices.map((i) => daysBetween(i.issueDate, i.settledOn)).sort((a, b) => a - b);
    const median = days[Math.floor((days.length - 1) / 2)] ?? 0;
    const habit: PaymentHabit = median <= terms.discountDays ? 'pays within the discount period' : median <= terms.netDays + ON_TERMS_GRACE_DAYS ? 'pays on terms' : 'pays late';
    const sums: Sums = { volume: 0n, amountDays: 0n, takeUp: TAKE_UP[habit] };
    for (const i of invoices) {
      sums.volume += i.amount;
      sums.amountDays += i.amount * BigInt(Math.max(0, daysBetween(i.issueDate, i.settledOn) - terms.discountDays));
    }
    const segment = customer.segment ?? habit;
    const money = moneyOf(sums, rate);
    out.push({
      customerRef: customer.customerRef, segment, currency: customer.currency, habit, medianDaysToPay: median, takeUpPercent: Number(sums.takeUp),
      volume: sums.volume, dsoDaysGained: dsoGained([sums]), ...money,
    });
    const key = `${segment}\u0000${customer.currency}`;
    const group = groups.get(key) ?? { segment, currency: customer.currency, members: [] };
    group.members.push({ sums, habit });
    groups.set(key, group);
  }
  const annual = annualisedCostPercent(terms);
  const segments = [...groups.values()].sort((a, b) => a.segment.localeCompare(b.segment) || a.currency.localeCompare(b.currency))
    .map((g) => segmentOf(g, terms, rate, annual, asOf));
  const cheaper = 100n * 365n * terms.percent.num * costOfCapital.den * 100n < costOfCapital.num * (100n * terms.percent.den - terms.percent.num) * BigInt(terms.netDays - terms.discountDays) * 100n;
  return { annualisedCostPercent: annual, costOfCapitalPercent: costOfCapital.text, discountCheaperThanCapital: cheaper, customers: out, segments };
}

type Rate = { d: { num: bigint; den: bigint }; c: { num: bigint; den: bigint } };

/**
 * cash brought forward = Σ take-up × S / 365; capital benefit = that × c; discount cost = Σ take-up × d × V. With
 * take-up, d and c in percent: one common denominator, one rounding per figure.
 */
function moneyOf(sums: Sums | Sums[], rate: Rate): { cashBroughtForward: bigint; discountCost: bigint; capitalBenefit: bigint; netBenefit: bigint } {
  const list = Array.isArray(sums) ? sums : [sums];
  const ps = list.reduce((t, s) => t + s.takeUp * s.amountDays, 0n);
  const pv = list.reduce((t, s) => t + s.takeUp * s.volume, 0n);
  const benefitNum = ps * rate.c.num * rate.d.den;
  const costNum = pv * rate.d.num * rate.c.den * 365n;
  const den = 100n * 365n * 100n * rate.c.den * rate.d.den;
  return {
    cashBroughtForward: roundDiv(ps, 100n * 365n), discountCost: roundDiv(costNum, den), capitalBenefit: roundDiv(benefitNum, den),
    netBenefit: roundDiv(benefitNum - costNum, den),
  };
}

/** Take-up-weighted days sooner, over the whole volume (the fall in DSO), two decimals. */
function dsoGained(list: Sums[]): number {
  const volume = list.reduce((t, s) => t + s.volume, 0n);
  if (volume === 0n) return 0;
  return Number(roundDiv(list.reduce((t, s) => t + s.takeUp * s.amountDays, 0n), volume)) / 100;
}

function segmentOf(
  g: { segment: string; currency: string; members: { sums: Sums; habit: PaymentHabit }[] }, terms: DiscountTerms, rate: Rate, annual: string, asOf: string,
): SegmentEconomics {
  const sums = g.members.map((m) => m.sums);
  const money = moneyOf(sums, rate);
  const volume = sums.reduce((t, s) => t + s.volume, 0n);
  const habits = { 'pays within the discount period': 0, 'pays on terms': 0, 'pays late': 0 } as Record<PaymentHabit, number>;
  for (const m of g.members) habits[m.habit] += 1;
  const dso = dsoGained(sums);
  const amount = (v: bigint) => `${g.currency} ${formatAmount(v, g.currency)}`;
  const recommendation = money.netBenefit > 0n ? 'offer' as const : 'do not offer' as const;
  const d = `${terms.percentText} %`;
  const c = `${rate.c.num * 100n % rate.c.den === 0n ? String(rate.c.num / rate.c.den) : hundredths(roundDiv(rate.c.num * 100n, rate.c.den))} %`;
  const arithmetic = [
    `${g.members.length} customer${g.members.length === 1 ? '' : 's'} paid ${amount(volume)} of invoices in the year to ${asOf}.`,
    `Expected take-up: ${habits['pays within the discount period']} already pay within ${terms.discountDays} days (all assumed to take it, gaining nothing), ${habits['pays on terms']} pay on terms (half assumed to move to day ${terms.discountDays}), ${habits['pays late']} pay late (a tenth assumed to move).`,
    `Those taking it would pay ${dso.toFixed(2)} days sooner on average over the segment's volume: cash brought forward = Σ take-up × amount × days sooner ÷ 365 = ${amount(money.cashBroughtForward)}, worth ${c} a year = ${amount(money.capitalBenefit)}.`,
    `Discounts given = ${d} × take-up × amount = ${amount(money.discountCost)} a year.`,
    `Net benefit ${amount(money.capitalBenefit)} − ${amount(money.discountCost)} = ${amount(money.netBenefit)} a year: ${recommendation}.`,
    `The discount costs ${annual} % a year annualised (d/(1−d) × 365/(N−t)) against a cost of capital of ${c}.`,
  ].join(' ');
  return { segment: g.segment, currency: g.currency, customers: g.members.length, habits, volume, dsoDaysGained: dso, ...money, recommendation, arithmetic };
}
