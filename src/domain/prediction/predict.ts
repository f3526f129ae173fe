// One open invoice's predicted payment date, 80 % interval and explanation from a trained model (issue #8).
import { fromDayNumber, toDayNumber } from '../dates.js';
import { MONTH_END, runOnOrAfter, snapToRun } from './habits.js';
import { SHRINK_WEIGHT, sizeClass, type CustomerProfile, type PredictionModel } from './model.js';
import type { InvoicePrediction, LedgerInvoice, PredictionFeatures } from './types.js';

/** When no invoice of the tenant ever stayed open this long: as-of plus these days (a stated guess). */
const FALLBACK = { low: 1, predicted: 30, high: 90 };

export function predictInvoice(model: PredictionModel, invoice: LedgerInvoice): InvoicePrediction {
  const dueDay = toDayNumber(invoice.dueDate);
  const elapsed = model.asOfDay - dueDay;
  const profile = model.customers.get(invoice.customerId);
  const size = profile ? sizeClass(Number(invoice.amount), profile.medianAmount) : 'usual';
  const sizeShift = size === 'usual' ? 0 : model.sizeEffect[size];
  // A run payer's recent-against-year medians move with where its runs fall, not with its habit: no trend for runs.
  const trendShift = profile?.runDay != null ? 0 : profile?.trendDays ?? 0;
  const shift = Math.round(sizeShift + trendShift);
  // Still open on as-of: its delay, once shifted, is beyond `elapsed` days.
  const threshold = elapsed - shift;
  // Shrinkage by how many of the customer's own invoices took that long (recency shapes the quantiles, not the trust).
  const customerCount = profile ? profile.sample.countAbove(threshold) : 0;
  const share = customerCount / (customerCount + SHRINK_WEIGHT);
  // The prior is the band of customers paying like this one when any of them took that long, else the whole tenant.
  const prior = profile?.prior && profile.prior.countAbove(threshold) > 0 ? profile.prior : model.tenant;
  const quantile = (q: number): number | null => {
    const own = profile ? profile.sample.quantileAbove(q, threshold) : null;
    const tenant = prior.quantileAbove(q, threshold);
    if (tenant === null) return own;
    return own === null ? tenant : share * own + (1 - share) * tenant;
  };
  const [q10, q50, q90] = [quantile(0.1), quantile(0.5), quantile(0.9)];
  const features: PredictionFeatures = {
    customerSettled: profile?.settled ?? 0, customerWeight: round2(profile?.sample.weight ?? 0), customerShare: round2(share), daysOverdue: elapsed,
    amountShiftDays: sizeShift, trendShiftDays: trendShift, paymentRunDay: profile?.runDay ?? null,
    source: q50 === null ? 'fallback' : share >= 0.75 ? 'customer' : share >= 0.25 ? 'blend' : 'tenant',
  };
  let [low, predicted, high] = q10 === null || q50 === null || q90 === null
    ? [model.asOfDay + FALLBACK.low, model.asOfDay + FALLBACK.predicted, model.asOfDay + FALLBACK.high]
    : [dueDay + Math.round(q10) + shift, dueDay + Math.round(q50) + shift, dueDay + Math.round(q90) + shift];
  const raw = predicted;
  const runs = profile?.preRun && profile.runDay != null ? runDates(profile.preRun, profile.runDay, dueDay + shift, model.asOfDay) : null;
  if (runs) [low, predicted, high] = runs;
  else if (profile?.runDay != null) predicted = snapToRun(predicted, profile.runDay, model.asOfDay);
  low = Math.min(low, predicted);
  high = Math.max(high, predicted);
  return {
    invoiceId: invoice.invoiceId, customerId: invoice.customerId, number: invoice.number, currency: invoice.currency, dueDate: invoice.dueDate,
    open: invoice.open > 0n ? invoice.open : invoice.amount, predictedDate: fromDayNumber(predicted), low: fromDayNumber(low), high: fromDayNumber(high),
    explanation: explain(features, profile, { q50, dueDay, raw, predicted, size }), features,
  };
}

/** 10th, 50th and 90th percentile of the run date paid on, given it is after as-of; null when none is. */
function runDates(preRun: { from: number; p: Float64Array }, runDay: number, base: number, asOfDay: number): [number, number, number] | null {
  const mass = new Map<number, number>();
  preRun.p.forEach((p, i) => {
    if (p <= 0) return;
    const run = runOnOrAfter(base + preRun.from + i, runDay);
    if (run > asOfDay) mass.set(run, (mass.get(run) ?? 0) + p);
  });
  const days = [...mass.keys()].sort((a, b) => a - b);
  const total = days.reduce((s, d) => s + (mass.get(d) ?? 0), 0);
  if (total <= 0) return null;
  const at = (q: number) => { let c = 0; for (const d of days) { c += mass.get(d) ?? 0; if (c >= q * total - 1e-12) return d; } return days[days.length - 1] ?? asOfDay; };
  return [at(0.1), at(0.5), at(0.9)];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const days = (n: number) => `${Math.abs(n) === 1 ? '1 day' : `${Math.abs(Math.round(n))} days`}`;
const relative = (n: number) => (n >= 0 ? `${days(n)} after due` : `${days(n)} before due`);

function explain(
  f: PredictionFeatures, profile: CustomerProfile | undefined,
  p: { q50: number | null; dueDay: number; raw: number; predicted: number; size: 'large' | 'small' | 'usual' },
): string {
  if (f.source === 'fallback') return `No invoice of this tenant has stayed open ${days(f.daysOverdue)} past due: a stated guess of as-of + ${FALLBACK.predicted} days.`;
  const parts: string[] = [];
  if (profile && f.customerSettled > 0) {
    parts.push(`This customer paid a median ${relative(profile.medianDelay)} over ${f.customerSettled} settled invoice${f.customerSettled === 1 ? '' : 's'} (recent ones weigh more)`);
  } else {
    parts.push('No settled invoices from this customer yet: the tenant-wide habit is used');
  }
  if (f.source !== 'customer' && f.customerSettled > 0) parts.push(`its own history counts ${Math.round(f.customerShare * 100)} % against the tenant-wide habit`);
  if (f.daysOverdue > 0) parts.push(`already ${days(f.daysOverdue)} overdue, so only delays longer than that count: median ${relative(Math.round(p.q50 ?? 0))}`);
  if (f.amountShiftDays !== 0) parts.push(`a ${p.size} invoice for this customer: ${f.amountShiftDays > 0 ? '+' : '−'}${days(f.amountShiftDays)} (tenant-wide effect of size)`);
  if (f.trendShiftDays !== 0) parts.push(`getting worse: recent payments ${days(f.trendShiftDays)} later than over the year, +${days(f.trendShiftDays)}`);
  if (f.paymentRunDay !== null) {
    const run = f.paymentRunDay === MONTH_END ? 'at month end' : `on the ${f.paymentRunDay}${ordinal(f.paymentRunDay)} of the month`;
    parts.push(`pays in runs ${run}${p.raw === p.predicted ? '' : `: moved from ${fromDayNumber(p.raw)} to the run on ${fromDayNumber(p.predicted)}`}`);
  }
  return `${parts.join('; ')}.`;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}
