// The dashboard's disputes by reason (issue #7): the disputes still open (open or waiting for returned goods), how
// many and how much per reason, as bars of counts and a table of amounts per currency. Amounts are added as exact
// minor units (bigint), never as floats.
import { query } from '../api';
import { minorUnits } from '../format';
import { Link } from '../router';
import type { Dispute } from '../types';
import { BarChart } from './BarChart';
import { Empty, ErrorMessage, Loading, Money, useApi } from './ui';

const LIMIT = 500;
type Group = { reason: string; count: number; amounts: Map<string, bigint> };

/** Back from minor units (four decimals, as minorUnits makes them) to a decimal string. */
function fromMinor(units: bigint): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(5, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}

export function DisputesByReason() {
  const open = useApi<{ disputes: Dispute[] }>(`/api/disputes${query({ status: 'open', limit: LIMIT })}`);
  const pending = useApi<{ disputes: Dispute[] }>(`/api/disputes${query({ status: 'return-pending', limit: LIMIT })}`);
  const disputes = [...(open.data?.disputes ?? []), ...(pending.data?.disputes ?? [])];
  const groups = new Map<string, Group>();
  for (const d of disputes) {
    const g = groups.get(d.reason) ?? { reason: d.reason, count: 0, amounts: new Map<string, bigint>() };
    g.count += 1;
    g.amounts.set(d.currency, (g.amounts.get(d.currency) ?? 0n) + minorUnits(d.amount));
    groups.set(d.reason, g);
  }
  const rows = [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const capped = (open.data?.disputes.length ?? 0) >= LIMIT || (pending.data?.disputes.length ?? 0) >= LIMIT;
  const loaded = open.data && pending.data;
  return (
    <section className="card" aria-labelledby="disputes-reason-title" data-testid="disputes-by-reason">
      <h2 id="disputes-reason-title">Open disputes by reason</h2>
      <ErrorMessage error={open.error ?? pending.error} />
      {!loaded && (open.loading || pending.loading) && <Loading what="the disputes" />}
      {loaded && rows.length === 0 && <Empty>No open disputes.</Empty>}
      {loaded && rows.length > 0 && (
        <div className="split">
          <BarChart title="Open disputes per reason" bars={rows.map((r) => ({ label: r.reason, amount: String(r.count) }))} format={(n) => n} />
          <table className="data compact">
            <caption className="sr-only">Open disputes: count and amount per reason</caption>
            <thead><tr><th scope="col">Reason</th><th scope="col" className="num">Open</th><th scope="col" className="num">Amount</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.reason}>
                  <th scope="row">{r.reason}</th>
                  <td className="num">{r.count}</td>
                  <td className="num">{[...r.amounts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, units], i) => <span key={currency}>{i > 0 && <br />}<Money amount={fromMinor(units)} currency={currency} /></span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {capped && <p className="muted small">Counted from the {LIMIT} newest of each state.</p>}
      <p className="muted small"><Link to="/disputes">Disputes board</Link> · root causes over time on the same page.</p>
    </section>
  );
}
