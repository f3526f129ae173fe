// Promise-kept rate (issue #6: "by count and by amount, per collector and tenant"). Pure. Only decided promises
// count (kept or broken); a cancelled promise is nobody's outcome. Amounts are per currency: no exchange rates here.

export type DecidedPromise = { collector: string | null; currency: string; amount: bigint; received: bigint; status: 'kept' | 'broken' };

export type CurrencyRate = { currency: string; promised: bigint; kept: bigint; received: bigint; rate: number | null };
export type KeptRate = { decided: number; kept: number; broken: number; rateByCount: number | null; byAmount: CurrencyRate[] };
export type KeptRates = { tenant: KeptRate; collectors: (KeptRate & { collector: string | null })[] };

/** part / whole to four decimals, half up; null when nothing was decided. */
export function ratio(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  return Number((part * 20000n + whole) / (2n * whole)) / 10000;
}

export function keptRate(promises: readonly DecidedPromise[]): KeptRate {
  const kept = promises.filter((p) => p.status === 'kept').length;
  const currencies = new Map<string, CurrencyRate>();
  for (const p of promises) {
    const c = currencies.get(p.currency) ?? { currency: p.currency, promised: 0n, kept: 0n, received: 0n, rate: null };
    c.promised += p.amount;
    c.received += p.received;
    if (p.status === 'kept') c.kept += p.amount;
    currencies.set(p.currency, c);
  }
  const byAmount = [...currencies.values()].sort((a, b) => a.currency.localeCompare(b.currency)).map((c) => ({ ...c, rate: ratio(c.kept, c.promised) }));
  return { decided: promises.length, kept, broken: promises.length - kept, rateByCount: ratio(BigInt(kept), BigInt(promises.length)), byAmount };
}

/** The tenant's rate and one per collector (a promise without a collector is grouped under null), by collector name. */
export function keptRates(promises: readonly DecidedPromise[]): KeptRates {
  const byCollector = new Map<string | null, DecidedPromise[]>();
  for (const p of promises) {
    const list = byCollector.get(p.collector);
    if (list) list.push(p); else byCollector.set(p.collector, [p]);
  }
  const collectors = [...byCollector].map(([collector, list]) => ({ collector, ...keptRate(list) }))
    .sort((a, b) => (a.collector ?? '\uffff').localeCompare(b.collector ?? '\uffff'));
  return { tenant: keptRate(promises), collectors };
}
