// arrears forecast / GET /api/forecast (issue #8): the 13-week cash forecast per currency from the predictions.
import { forecastCash } from '../../domain/forecast/index.js';
import { formatAmount } from '../../domain/money.js';
import { predictOpenInvoices } from '../../domain/prediction/index.js';
import type { Db } from '../../store/db.js';
import { loadInvoiceHistory } from '../../store/payment-history.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf, checkWeeks } from './inputs.js';

export type ForecastJson = {
  asOf: string; weekStart: string; weeks: number;
  currencies: { currency: string; open: string; later: string; weeks: { week: number; from: string; to: string; expected: string; low: string; high: string }[] }[];
};

export async function cashForecast(db: Db, tenant: TenantRow, input: { asOf: string; weeks?: number | string | undefined }): Promise<ForecastJson> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  const weeks = checkWeeks(input.weeks);
  const history = await inTenant(db, tenant.id, (tx) => loadInvoiceHistory(tx, tenant.id, asOf));
  const forecast = forecastCash(predictOpenInvoices(history, asOf), asOf, weeks);
  return {
    asOf, weekStart: forecast.weekStart, weeks,
    currencies: forecast.currencies.map((c) => {
      const money = (v: bigint) => formatAmount(v, c.currency);
      return {
        currency: c.currency, open: money(c.open), later: money(c.later),
        weeks: c.weeks.map((w) => ({ week: w.week, from: w.from, to: w.to, expected: money(w.expected), low: money(w.low), high: money(w.high) })),
      };
    }),
  };
}
