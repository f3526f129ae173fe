// Dashboard (issue #7): total receivables and the aging chart per currency, the largest balances, cash collected
// this month, the promise-kept rate, the CRF KPIs and DSO/CEI over six months, the 13-week cash forecast with the
// prediction's backtest, the customers by risk grade (issue #8), and the open disputes by reason.
import { useState } from 'react';
import { query } from '../api';
import { BarChart } from '../components/BarChart';
import { CollectionSummary } from '../components/CollectionSummary';
import { DisputesByReason } from '../components/DisputesByReason';
import { ForecastSection, KpiTrend, RiskDistribution } from '../components/DashboardOutlook';
import { Empty, ErrorMessage, Loading, Money, PageTitle, useApi } from '../components/ui';
import { formatDate, formatNumber, formatPercent, minorUnits, todayIn } from '../format';
import { Link } from '../router';
import type { AgingReport, KpiReport, Tenant } from '../types';

export function Dashboard({ tenant }: { tenant: Tenant }) {
  const asOf = todayIn(tenant.timezone);
  const [months, setMonths] = useState(3);
  const aging = useApi<AgingReport>(`/api/aging${query({ asOf })}`);
  const kpi = useApi<KpiReport>(`/api/kpi${query({ asOf, months })}`);
  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <p className="muted">{tenant.name} · receivables as of {formatDate(asOf)}</p>
      <CollectionSummary today={asOf} months={months} />
      <ErrorMessage error={aging.error} />
      {aging.loading && !aging.data && <Loading what="the aging" />}
      {aging.data && aging.data.currencies.length === 0 && <Empty>No open receivables yet. Import invoices to see the aging.</Empty>}
      {aging.data?.currencies.map((c) => (
        <section key={c.currency} className="card" aria-labelledby={`aging-${c.currency}`}>
          <h2 id={`aging-${c.currency}`}>Receivables in {c.currency}</h2>
          <div className="total" data-testid={`total-${c.currency}`}>
            <span className="label">Total receivables</span> <Money amount={c.total} currency={c.currency} />
            {minorUnits(c.unapplied) !== 0n && <span className="muted"> (after unapplied cash <Money amount={c.unapplied} currency={c.currency} />)</span>}
          </div>
          <div className="split">
            <BarChart title={`Aging of ${c.currency} receivables`} currency={c.currency} bars={aging.data!.buckets.map((b) => ({ label: b, amount: c.buckets[b] ?? '0' }))} />
            <table className="data compact">
              <caption className="sr-only">Aging buckets in {c.currency}</caption>
              <thead><tr><th scope="col">Days past due</th><th scope="col" className="num">Amount</th></tr></thead>
              <tbody>
                {aging.data!.buckets.map((b) => <tr key={b}><th scope="row">{b}</th><td className="num"><Money amount={c.buckets[b] ?? '0'} currency={c.currency} /></td></tr>)}
              </tbody>
              <tfoot><tr><th scope="row">Total</th><td className="num"><Money amount={c.total} currency={c.currency} /></td></tr></tfoot>
            </table>
          </div>
          <LargestBalances customers={c.customers} currency={c.currency} buckets={aging.data!.buckets} />
        </section>
      ))}
      <section className="card" aria-labelledby="kpi-title">
        <div className="page-title">
          <h2 id="kpi-title">Collection KPIs</h2>
          <label className="inline">Period{' '}
            <select value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              {[1, 3, 6, 12].map((m) => <option key={m} value={m}>{m} month{m > 1 ? 's' : ''}</option>)}
            </select>
          </label>
        </div>
        <ErrorMessage error={kpi.error} />
        {kpi.loading && !kpi.data && <Loading what="the KPIs" />}
        {kpi.data && (
          <table className="data">
            <caption className="sr-only">KPIs over the last {months} months per currency</caption>
            <thead><tr><th scope="col">Currency</th><th scope="col" className="num" title="Days sales outstanding">DSO</th><th scope="col" className="num" title="DSO by the count-back method">Count-back DSO</th><th scope="col" className="num">Best possible DSO</th><th scope="col" className="num" title="Average days delinquent">ADD</th><th scope="col" className="num" title="Collection effectiveness index">CEI</th><th scope="col" className="num">Current</th></tr></thead>
            <tbody>
              {kpi.data.currencies.map((k) => (
                <tr key={k.currency}>
                  <th scope="row">{k.currency}</th>
                  <td className="num">{formatNumber(k.dsoSimple)} days</td>
                  <td className="num">{formatNumber(k.dsoCountBack)} days</td>
                  <td className="num">{formatNumber(k.bestPossibleDso)} days</td>
                  <td className="num">{formatNumber(k.add)} days</td>
                  <td className="num">{formatPercent(k.cei / 100)}</td>
                  <td className="num">{formatPercent(k.percentCurrent / 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <KpiTrend today={asOf} currency={tenant.currency} />
      <DisputesByReason />
      <ForecastSection asOf={asOf} currency={tenant.currency} />
      <RiskDistribution />
    </>
  );
}

function LargestBalances({ customers, currency, buckets }: { customers: AgingReport['currencies'][number]['customers']; currency: string; buckets: string[] }) {
  const overdue = (c: (typeof customers)[number]) => buckets.slice(1).reduce((s, b) => s + minorUnits(c.buckets[b] ?? '0'), 0n);
  const top = [...customers].sort((a, b) => (overdue(b) > overdue(a) ? 1 : overdue(b) < overdue(a) ? -1 : 0)).slice(0, 8);
  if (top.length === 0) return null;
  return (
    <details className="largest">
      <summary>Largest overdue balances in {currency}</summary>
      <table className="data compact">
        <thead><tr><th scope="col">Customer</th>{buckets.map((b) => <th key={b} scope="col" className="num">{b}</th>)}<th scope="col" className="num">Total</th></tr></thead>
        <tbody>
          {top.map((c) => (
            <tr key={c.customerRef}>
              <th scope="row"><Link to={`/customers/${encodeURIComponent(c.customerRef)}`}>{c.name}</Link> <span className="muted">{c.customerRef}</span></th>
              {buckets.map((b) => <td key={b} className="num"><Money amount={c.buckets[b] ?? '0'} currency={currency} /></td>)}
              <td className="num"><Money amount={c.total} currency={currency} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
