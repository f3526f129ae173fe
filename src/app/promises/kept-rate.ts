// The promise-kept rate report (issue #6): by count and by amount, per collector and for the tenant, over the
// promises whose outcome was decided in the period (src/domain/promises/kept-rate.ts).
import { type KeptRate, keptRates } from '../../domain/promises/kept-rate.js';
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { decidedPromises } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkDate } from './commitment-input.js';

type RateJson = {
  decided: number; kept: number; broken: number; rateByCount: number | null;
  byAmount: { currency: string; promised: string; kept: string; received: string; rate: number | null }[];
};
export type KeptRateReport = { from: string; to: string; tenant: RateJson; collectors: (RateJson & { collector: string | null })[] };

function rateJson(rate: KeptRate): RateJson {
  return {
    decided: rate.decided, kept: rate.kept, broken: rate.broken, rateByCount: rate.rateByCount,
    byAmount: rate.byAmount.map((c) => ({ currency: c.currency, promised: formatAmount(c.promised, c.currency), kept: formatAmount(c.kept, c.currency), received: formatAmount(c.received, c.currency), rate: c.rate })),
  };
}

export async function promiseKeptRate(db: Db, tenant: TenantRow, input: { from: string; to: string }): Promise<KeptRateReport> {
  const from = checkDate(input.from, 'from');
  const to = checkDate(input.to, 'to');
  if (to < from) throw new InputError('to', `${to} is before ${from}`);
  const rows = await inTenant(db, tenant.id, (tx) => decidedPromises(tx, tenant.id, from, to));
  const rates = keptRates(rows.map((r) => ({ collector: r.collector, currency: r.currency.trim(), amount: r.amount, received: r.received ?? 0n, status: r.status })));
  return { from, to, tenant: rateJson(rates.tenant), collectors: rates.collectors.map((c) => ({ collector: c.collector, ...rateJson(c) })) };
}
