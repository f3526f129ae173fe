// The payment-date model (issue #8): per-customer delay distributions (days from due date to settlement) with
// recency weighting, shrunk toward the tenant-wide distribution when the customer has few settled invoices, shifted
// for invoice size and a worsening trend, conditioned on the invoice still being open on as-of, and snapped to the
// customer's payment-run day. Trained only on invoices settled on or before as-of. README.md has the numbers.
import { toDayNumber } from '../dates.js';
import { DelaySample, weightedMedian } from './distribution.js';
import { paymentRunDay, preRunDelays, worseningDays, type PreRunDelays } from './habits.js';
import type { LedgerInvoice } from './types.js';

/** A settlement this many days before as-of weighs half as much as one on as-of. */
export const HALF_LIFE_DAYS = 180;
/** Prior strength: a customer with this many settled invoices (beyond the delay that counts) gets half its own, half the tenant's. */
export const SHRINK_WEIGHT = 3;
/** Customers are banded by median delay into this many quantile bands; each band's pooled delays are its prior. */
export const PRIOR_BANDS = 4;
const PRIOR_BAND_MIN_SETTLED = 3;
/** Invoice size relative to the customer's median invoice that counts as large or small. */
const SIZE_RATIO = 3;
const SIZE_MIN_SAMPLES = 30;
const SIZE_MIN_CUSTOMER_SETTLED = 4;
const SIZE_MIN_EFFECT = 1;

export interface CustomerProfile {
  sample: DelaySample;
  settled: number;
  medianDelay: number;
  medianAmount: number;
  runDay: number | null;
  trendDays: number;
  /** The tenant-wide delays of customers paying like this one (same band of median delay), or null: the tenant's. */
  prior: DelaySample | null;
  /** A run payer's delay before its run (Turnbull), or null. */
  preRun: PreRunDelays | null;
}

export interface PredictionModel {
  asOf: string;
  asOfDay: number;
  tenant: DelaySample;
  customers: Map<bigint, CustomerProfile>;
  /** Tenant-wide extra delay of large / small invoices (days), 0 when not clear. */
  sizeEffect: { large: number; small: number };
}

type Settled = { customerId: bigint; delay: number; settledDay: number; weight: number; amount: number };

/** Settled by payment on or before as-of, and not a write-off: the delays the model may learn from. */
export function isTrainingInvoice(invoice: LedgerInvoice, asOf: string): boolean {
  return invoice.settledOn !== null && invoice.settledOn <= asOf && invoice.issueDate <= asOf && invoice.paid > 0n && invoice.writtenOff === 0n;
}

/** Issued by as-of and not settled by then (a settlement dated after as-of is not yet known). */
export function isOpenOn(invoice: LedgerInvoice, asOf: string): boolean {
  if (invoice.issueDate > asOf) return false;
  if (invoice.settledOn !== null && invoice.settledOn <= asOf) return false;
  return invoice.settledOn !== null || invoice.open > 0n;
}

export function trainModel(invoices: readonly LedgerInvoice[], asOf: string): PredictionModel {
  const asOfDay = toDayNumber(asOf);
  const byCustomer = new Map<bigint, Settled[]>();
  const all: Settled[] = [];
  for (const invoice of invoices) {
    if (!isTrainingInvoice(invoice, asOf)) continue;
    const settledDay = toDayNumber(invoice.settledOn as string);
    const sample = {
      customerId: invoice.customerId, delay: settledDay - toDayNumber(invoice.dueDate), settledDay,
      weight: 0.5 ** ((asOfDay - settledDay) / HALF_LIFE_DAYS), amount: Number(invoice.amount),
    };
    all.push(sample);
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(sample); else byCustomer.set(invoice.customerId, [sample]);
  }
  const customers = new Map<bigint, CustomerProfile>();
  for (const [id, list] of byCustomer) customers.set(id, profileOf(list, asOfDay));
  assignPriors(byCustomer, customers, PRIOR_BANDS, PRIOR_BAND_MIN_SETTLED);
  return {
    asOf, asOfDay, customers, sizeEffect: sizeEffectOf(byCustomer, customers),
    tenant: DelaySample.of(all.map((s) => s.delay), all.map((s) => s.weight)),
  };
}

/** Bands of customers by median delay (quantiles over customers with a few settlements); each band's pooled delays. */
function assignPriors(byCustomer: Map<bigint, Settled[]>, customers: Map<bigint, CustomerProfile>, bands: number, minSettled: number): void {
  const medians = [...customers.values()].filter((p) => p.settled >= minSettled).map((p) => p.medianDelay).sort((a, b) => a - b);
  if (medians.length < bands * 5) return;
  const edges = Array.from({ length: bands - 1 }, (_, i) => medians[Math.floor(((i + 1) * medians.length) / bands)] ?? 0);
  const band = (median: number) => { let b = 0; while (b < edges.length && median > (edges[b] ?? 0)) b += 1; return b; };
  const pooled = Array.from({ length: bands }, () => ({ delays: [] as number[], weights: [] as number[] }));
  for (const [id, list] of byCustomer) {
    const profile = customers.get(id);
    if (!profile) continue;
    const target = pooled[band(profile.medianDelay)];
    for (const s of list) { target?.delays.push(s.delay); target?.weights.push(s.weight); }
  }
  const samples = pooled.map((p) => DelaySample.of(p.delays, p.weights));
  for (const profile of customers.values()) profile.prior = samples[band(profile.medianDelay)] ?? null;
}

function profileOf(list: Settled[], asOfDay: number): CustomerProfile {
  const delays = list.map((s) => s.delay);
  const weights = list.map((s) => s.weight);
  const sample = DelaySample.of(delays, weights);
  const runDay = paymentRunDay(list.map((s) => s.settledDay));
  return {
    sample, settled: list.length, medianDelay: sample.quantileAbove(0.5) ?? 0,
    medianAmount: weightedMedian(list.map((s) => s.amount), list.map(() => 1)) ?? 0,
    runDay, trendDays: worseningDays(list, asOfDay), prior: null,
    preRun: runDay !== null ? preRunDelays(list) : null,
  };
}

/** The issue's "amount" feature: how much later (tenant-wide) an invoice much larger or smaller than usual is paid. */
function sizeEffectOf(byCustomer: Map<bigint, Settled[]>, customers: Map<bigint, CustomerProfile>): { large: number; small: number } {
  const residuals = { large: [] as number[], small: [] as number[], usual: [] as number[] };
  for (const [id, list] of byCustomer) {
    const profile = customers.get(id);
    if (!profile || list.length < SIZE_MIN_CUSTOMER_SETTLED || profile.medianAmount <= 0) continue;
    for (const s of list) residuals[sizeClass(s.amount, profile.medianAmount)].push(s.delay - profile.medianDelay);
  }
  const median = (values: number[]) => weightedMedian(values, values.map(() => 1)) ?? 0;
  const usual = median(residuals.usual);
  const effect = (values: number[]) => {
    if (values.length < SIZE_MIN_SAMPLES) return 0;
    const shift = median(values) - usual;
    return Math.abs(shift) >= SIZE_MIN_EFFECT ? shift : 0;
  };
  return { large: effect(residuals.large), small: effect(residuals.small) };
}

export function sizeClass(amount: number, medianAmount: number): 'large' | 'small' | 'usual' {
  if (medianAmount <= 0) return 'usual';
  const ratio = amount / medianAmount;
  return ratio >= SIZE_RATIO ? 'large' : ratio <= 1 / SIZE_RATIO ? 'small' : 'usual';
}

