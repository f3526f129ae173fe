// The dashboard's collection results (issue #7: "promise-kept rate ... cash collected this month"): payments
// received since the first of the month (GET /api/cash-collected) and the promise-kept rate over the chosen
// period (GET /api/promises/kept-rate), by count and by amount per currency.
import { query } from '../api';
import { addMonths, formatDate, formatPercent } from '../format';
import type { CashCollected, KeptRateReport } from '../types';
import { Empty, ErrorMessage, Loading, Money, useApi } from './ui';

export function CollectionSummary({ today, months }: { today: string; months: number }) {
  const monthStart = `${today.slice(0, 8)}01`;
  const from = addMonths(today, -months);
  const cash = useApi<CashCollected>(`/api/cash-collected${query({ from: monthStart, to: today })}`);
  const kept = useApi<KeptRateReport>(`/api/promises/kept-rate${query({ from, to: today })}`);
  const rate = kept.data?.tenant;
  return (
    <div className="split even">
      <section className="card" aria-labelledby="cash-title" data-testid="cash-collected">
        <h2 id="cash-title">Cash collected this month</h2>
        <p className="muted">Payments received {formatDate(monthStart)} – {formatDate(today)}</p>
        <ErrorMessage error={cash.error} />
        {cash.loading && !cash.data && <Loading what="cash collected" />}
        {cash.data && cash.data.currencies.length === 0 && <Empty>No payments received yet this month.</Empty>}
        {cash.data?.currencies.map((c) => (
          <p key={c.currency} className="total"><Money amount={c.amount} currency={c.currency} /> <span className="muted">from {c.payments} payment{c.payments === 1 ? '' : 's'}</span></p>
        ))}
      </section>
      <section className="card" aria-labelledby="kept-title" data-testid="kept-rate">
        <h2 id="kept-title">Promise-kept rate</h2>
        <p className="muted">Promises decided {formatDate(from)} – {formatDate(today)}</p>
        <ErrorMessage error={kept.error} />
        {kept.loading && !kept.data && <Loading what="the promise-kept rate" />}
        {rate && rate.decided === 0 && <Empty>No promise was due in this period.</Empty>}
        {rate && rate.decided > 0 && (
          <>
            <p className="total"><span className="num">{rate.rateByCount === null ? '—' : formatPercent(rate.rateByCount)}</span> <span className="muted">{rate.kept} kept, {rate.broken} broken of {rate.decided}</span></p>
            <table className="data compact">
              <caption className="sr-only">Promise-kept rate by amount per currency</caption>
              <thead><tr><th scope="col">Currency</th><th scope="col" className="num">Promised</th><th scope="col" className="num">Kept</th><th scope="col" className="num">Rate</th></tr></thead>
              <tbody>{rate.byAmount.map((a) => <tr key={a.currency}><th scope="row">{a.currency}</th><td className="num"><Money amount={a.promised} currency={a.currency} /></td><td className="num"><Money amount={a.kept} currency={a.currency} /></td><td className="num">{a.rate === null ? '—' : formatPercent(a.rate)}</td></tr>)}</tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
