// The dashboard's look ahead and back (issues #7 and #8): the 13-week cash forecast per currency with its band,
// how well payment dates are predicted against the ADD habit, the risk-grade distribution, and DSO and CEI over
// the last six months (GET /api/kpi answers one period per call, so one call per month).
import { useEffect, useState } from 'react';
import { get, query } from '../api';
import { formatDate, formatNumber } from '../format';
import { Link } from '../router';
import type { Backtest, CashForecast, KpiReport, RiskReport } from '../types';
import { BarChart } from './BarChart';
import { ForecastChart, LineChart } from './ForecastChart';
import { Empty, ErrorMessage, Loading, Money, useApi } from './ui';

export function ForecastSection({ asOf, currency: preferred }: { asOf: string; currency: string }) {
  const { data: forecast, error } = useApi<CashForecast>(`/api/forecast${query({ asOf, weeks: 13 })}`);
  const [currency, setCurrency] = useState<string>();
  const chosen = forecast?.currencies.find((c) => c.currency === (currency ?? preferred)) ?? forecast?.currencies[0];
  return (
    <section className="card" aria-labelledby="forecast-title" data-testid="cash-forecast">
      <div className="page-title">
        <h2 id="forecast-title">Cash forecast, 13 weeks</h2>
        {forecast && forecast.currencies.length > 1 && (
          <label className="inline">Currency{' '}
            <select value={chosen?.currency} onChange={(e) => setCurrency(e.target.value)} aria-label="Forecast currency">
              {forecast.currencies.map((c) => <option key={c.currency} value={c.currency}>{c.currency}</option>)}
            </select>
          </label>
        )}
      </div>
      <ErrorMessage error={error} />
      {!forecast && !error && <Loading what="the cash forecast" />}
      {forecast && forecast.currencies.length === 0 && <Empty>Nothing open to forecast.</Empty>}
      {chosen && (
        <>
          <p className="muted">Expected collections per week from {formatDate(forecast?.weekStart)}, from each open invoice's predicted payment date; the whisker is the 80 % band.
            Open <Money amount={chosen.open} currency={chosen.currency} />, of which <Money amount={chosen.later} currency={chosen.currency} /> expected later.</p>
          <div className="split">
            <ForecastChart currency={chosen.currency} weeks={chosen.weeks} />
            <div className="scroll">
              <table className="data compact">
                <caption className="sr-only">Cash forecast in {chosen.currency} per week</caption>
                <thead><tr><th scope="col">Week from</th><th scope="col" className="num">Expected</th><th scope="col" className="num">Low</th><th scope="col" className="num">High</th></tr></thead>
                <tbody>{chosen.weeks.map((w) => (
                  <tr key={w.week}><th scope="row" className="nowrap">{w.week}. {formatDate(w.from)}</th><td className="num"><Money amount={w.expected} currency={chosen.currency} /></td>
                    <td className="num muted"><Money amount={w.low} currency={chosen.currency} /></td><td className="num muted"><Money amount={w.high} currency={chosen.currency} /></td></tr>
                ))}</tbody>
              </table>
            </div>
          </div>
        </>
      )}
      <BacktestLine asOf={asOf} />
    </section>
  );
}

/** One line: the prediction's mean absolute error against the ADD baseline on the tenant's own history. */
export function BacktestLine({ asOf }: { asOf: string }) {
  // The backtest comes with every open invoice's prediction (the API has no backtest-only answer).
  const { data, error } = useApi<{ backtest?: Backtest }>(`/api/predictions${query({ asOf, limit: 0 })}`);
  const backtest = data === undefined ? undefined : data.backtest ?? null;
  if (error) return <ErrorMessage error={error} />;
  if (backtest === undefined) return <Loading what="the prediction backtest" />;
  if (backtest === null || backtest.n === 0 || backtest.maeDays === null) return <p className="muted" data-testid="backtest">Payment-date prediction: too little history yet to test it.</p>;
  const base = backtest.baselineMaeDays;
  const better = base !== null && base > 0 ? Math.round((1 - backtest.maeDays / base) * 100) : null;
  return (
    <p data-testid="backtest" className="backtest">
      <strong>Payment-date prediction</strong>: off by {formatNumber(backtest.maeDays)} days on average, against {base === null ? '—' : formatNumber(base)} for the ADD habit (each customer's average days late),
      on {backtest.n} invoices paid after {formatDate(backtest.cut)}{better !== null && <> — {better >= 0 ? `${better} % closer` : `${-better} % further off`}</>}.
    </p>
  );
}

const GRADES = ['A', 'B', 'C', 'D', 'E'];

export function RiskDistribution() {
  const { data: risk, error } = useApi<RiskReport>('/api/risk');
  const counts = GRADES.map((g) => ({ label: g, amount: String(risk?.customers.filter((c) => c.grade === g).length ?? 0) }));
  return (
    <section className="card" aria-labelledby="grades-chart-title" data-testid="risk-distribution">
      <h2 id="grades-chart-title">Customers by risk grade</h2>
      <ErrorMessage error={error} />
      {!risk && !error && <Loading what="risk grades" />}
      {risk && risk.customers.length === 0 && <Empty>No customers graded yet.</Empty>}
      {risk && risk.customers.length > 0 && (
        <>
          <BarChart title="Customers by risk grade (A best, E worst)" bars={counts} format={(n) => n} />
          <p className="muted small">A is best, E worst, from each customer's payment history. <Link to="/credit">Credit →</Link></p>
        </>
      )}
    </section>
  );
}

/** The last day of each of the `n` months up to today's (today itself for the month in progress). */
export function monthEnds(today: string, n: number): string[] {
  const out = [today];
  let d = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
  while (out.length < n) {
    d = new Date(d.getTime() - 86_400_000);
    out.unshift(d.toISOString().slice(0, 10));
    d = new Date(`${d.toISOString().slice(0, 8)}01T00:00:00Z`);
  }
  return out;
}

export function KpiTrend({ today, currency: preferred }: { today: string; currency: string }) {
  const [reports, setReports] = useState<KpiReport[]>();
  const [error, setError] = useState<unknown>();
  const [currency, setCurrency] = useState<string>();
  useEffect(() => {
    let live = true;
    Promise.all(monthEnds(today, 6).map((asOf) => get<KpiReport>(`/api/kpi${query({ asOf, months: 1 })}`)))
      .then((r) => { if (live) setReports(r); }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [today]);
  const currencies = [...new Set((reports ?? []).flatMap((r) => r.currencies.map((c) => c.currency)))].sort();
  const chosen = currency ?? (currencies.includes(preferred) ? preferred : currencies[0]);
  const month = (asOf: string) => new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(new Date(`${asOf}T00:00:00Z`));
  const series = (pick: (k: KpiReport['currencies'][number]) => number) => (reports ?? []).map((r) => {
    const k = r.currencies.find((c) => c.currency === chosen);
    return { label: month(r.asOf), value: k ? pick(k) : null };
  });
  return (
    <section className="card" aria-labelledby="kpi-trend-title" data-testid="kpi-trend">
      <div className="page-title">
        <h2 id="kpi-trend-title">DSO and CEI, last 6 months</h2>
        {currencies.length > 1 && (
          <label className="inline">Currency{' '}
            <select value={chosen} onChange={(e) => setCurrency(e.target.value)} aria-label="KPI currency">{currencies.map((c) => <option key={c} value={c}>{c}</option>)}</select>
          </label>
        )}
      </div>
      <ErrorMessage error={error} />
      {!reports && !error && <Loading what="KPIs per month" />}
      {reports && currencies.length === 0 && <Empty>No receivables in the last six months.</Empty>}
      {reports && chosen && (
        <div className="split even">
          <LineChart title={`DSO in ${chosen} (days, each month alone)`} points={series((k) => k.dsoSimple)} unit=" days" />
          <LineChart title={`CEI in ${chosen} (%)`} points={series((k) => k.cei)} unit=" %" />
        </div>
      )}
    </section>
  );
}
