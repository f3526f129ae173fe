// The 13-week cash forecast per currency (issue #8) from the open invoices' predicted payment dates and intervals.
// Weeks run Monday to Sunday and start on the Monday of the as-of's week; whatever is predicted before that (an
// overdue invoice the model or a promise puts in the past) counts in week 1. Expected amounts are exact shares of
// each open amount (largest remainder, so they add up to the open total); the band is expected ± 1.2816 standard
// deviations (an 80 % band), where a customer's invoices are taken to move together and customers independently.
import { fromDayNumber, toDayNumber } from '../dates.js';
import { splitByWeights } from '../money.js';
import { PPM, weekShares } from './spread.js';

export interface ForecastInvoice { customerId: bigint; currency: string; open: bigint; predictedDate: string; low: string; high: string }

export interface ForecastWeek { week: number; from: string; to: string; expected: bigint; low: bigint; high: bigint }
export interface CurrencyForecast { currency: string; open: bigint; weeks: ForecastWeek[]; later: bigint }
export interface CashForecast { asOf: string; weekStart: string; weeks: number; currencies: CurrencyForecast[] }

/** z for a two-sided 80 % band, as a fraction: 1.2816. */
const Z = { num: 12816n, den: 10000n };

type Acc = { open: bigint; expected: bigint[]; reach: bigint[]; spread: Map<bigint, bigint[]> };

export function forecastCash(invoices: readonly ForecastInvoice[], asOf: string, weeks: number): CashForecast {
  const asOfDay = toDayNumber(asOf);
  const startDay = asOfDay - ((((asOfDay + 4) % 7) + 7 + 6) % 7); // 1970-01-01 was a Thursday; Monday = 1
  const byCurrency = new Map<string, Acc>();
  for (const invoice of invoices) {
    if (invoice.open <= 0n) continue;
    let acc = byCurrency.get(invoice.currency);
    if (!acc) {
      acc = { open: 0n, expected: new Array<bigint>(weeks + 1).fill(0n), reach: new Array<bigint>(weeks + 1).fill(0n), spread: new Map() };
      byCurrency.set(invoice.currency, acc);
    }
    acc.open += invoice.open;
    const shares = weekShares(toDayNumber(invoice.low), toDayNumber(invoice.predictedDate), toDayNumber(invoice.high), startDay, weeks);
    const used = shares.flatMap((s, w) => (s > 0 ? [w] : []));
    const parts = splitByWeights(invoice.open, used.map((w) => BigInt(shares[w] ?? 0)));
    let spread = acc.spread.get(invoice.customerId);
    if (!spread) { spread = new Array<bigint>(weeks + 1).fill(0n); acc.spread.set(invoice.customerId, spread); }
    used.forEach((w, k) => {
      const p = (shares[w] ?? 0) / PPM;
      acc.expected[w]! += parts[k] ?? 0n;
      acc.reach[w]! += invoice.open;
      spread[w]! += (invoice.open * BigInt(Math.round(Math.sqrt(p * (1 - p)) * PPM))) / BigInt(PPM);
    });
  }
  const currencies = [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, acc]) => {
    const variance = new Array<bigint>(weeks + 1).fill(0n);
    for (const spread of acc.spread.values()) spread.forEach((s, w) => { variance[w]! += s * s; });
    const list: ForecastWeek[] = [];
    for (let w = 0; w < weeks; w += 1) {
      const expected = acc.expected[w] ?? 0n;
      const band = (isqrt(variance[w] ?? 0n) * Z.num + Z.den / 2n) / Z.den;
      const low = expected - band < 0n ? 0n : expected - band;
      const high = expected + band > (acc.reach[w] ?? 0n) ? (acc.reach[w] ?? 0n) : expected + band;
      list.push({ week: w + 1, from: fromDayNumber(startDay + 7 * w), to: fromDayNumber(startDay + 7 * w + 6), expected, low, high: high < expected ? expected : high });
    }
    return { currency, open: acc.open, weeks: list, later: acc.expected[weeks] ?? 0n };
  });
  return { asOf, weekStart: fromDayNumber(startDay), weeks, currencies };
}

/** Integer square root (floor), exact for any size. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n < 0n ? 0n : n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  // Newton from above the root converges down to it; the float guess makes it a few steps.
  for (let y = (x + n / x) / 2n; y < x; y = (x + n / x) / 2n) x = y;
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}
