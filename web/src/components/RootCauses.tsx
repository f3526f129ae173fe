// The dispute root-cause report (issue #6, shown by issue #7): disputes per reason, department or product and
// month opened, as a table and as bars of the count per group.
import { useState } from 'react';
import { query } from '../api';
import { addMonths, formatNumber } from '../format';
import { BarChart } from './BarChart';
import { Empty, ErrorMessage, Loading, Money } from './ui';
import { useApi } from './ui';
import type { RootCauseReport } from '../types';

export function RootCauses({ today }: { today: string }) {
  const [by, setBy] = useState('reason');
  const [months, setMonths] = useState(6);
  const from = `${addMonths(today, -(months - 1)).slice(0, 7)}-01`;
  const report = useApi<RootCauseReport>(`/api/disputes/root-causes${query({ from, to: today, by })}`);
  const groups = report.data?.groups ?? [];
  const totals = new Map<string, number>();
  for (const g of groups) totals.set(g.key ?? 'none', (totals.get(g.key ?? 'none') ?? 0) + g.count);
  const bars = [...totals].sort((a, b) => b[1] - a[1]).map(([label, count]) => ({ label, amount: String(count) }));
  return (
    <section className="card" aria-labelledby="root-title">
      <div className="page-title">
        <h2 id="root-title">Root causes</h2>
        <div className="actions">
          <label className="inline">By{' '}
            <select value={by} onChange={(e) => setBy(e.target.value)}>
              <option value="reason">reason</option><option value="department">department</option><option value="product">product</option>
            </select>
          </label>
          <label className="inline">Period{' '}
            <select value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              {[1, 3, 6, 12].map((m) => <option key={m} value={m}>{m} month{m > 1 ? 's' : ''}</option>)}
            </select>
          </label>
        </div>
      </div>
      <ErrorMessage error={report.error} />
      {report.loading && !report.data && <Loading what="the report" />}
      {report.data && groups.length === 0 && <Empty>No disputes opened in this period.</Empty>}
      {groups.length > 0 && (
        <>
          <div className="chart-narrow"><BarChart title={`Disputes by ${by}`} bars={bars} format={(v) => formatNumber(Number(v))} /></div>
          <div className="scroll">
            <table className="data compact">
              <caption className="sr-only">Disputes by {by} and month opened</caption>
              <thead><tr><th scope="col">{by}</th><th scope="col">Month</th><th scope="col" className="num">Disputes</th><th scope="col" className="num">Resolved</th><th scope="col" className="num">Disputed</th><th scope="col" className="num">Credited</th><th scope="col" className="num">Median days</th></tr></thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={`${g.key}-${g.month}`}>
                    <th scope="row">{g.key ?? <span className="muted">none</span>}</th><td className="nowrap">{g.month}</td>
                    <td className="num">{g.count}</td><td className="num">{g.resolved}</td>
                    <td className="num">{Object.entries(g.disputed).map(([c, a]) => <div key={c}><Money amount={a} currency={c} /></div>)}</td>
                    <td className="num">{Object.entries(g.resolvedCredit).map(([c, a]) => <div key={c}><Money amount={a} currency={c} /></div>)}</td>
                    <td className="num">{g.medianDaysToResolve ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
