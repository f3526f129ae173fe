// The disputes board (issue #7): disputes by status and department, earliest due first, each resolvable with a
// credit note, goods back, or a rejection (POST /api/disputes/{id}/resolve, goods-received); and the root-cause
// report below.
import { useState } from 'react';
import { post, query } from '../api';
import { RootCauses } from '../components/RootCauses';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { formatDate, todayIn } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { Dispute, Tenant } from '../types';

const LIMIT = 50;
const STATUSES = [['open', 'Open'], ['return-pending', 'Goods on the way back'], ['resolved-credit', 'Credited'], ['resolved-return', 'Returned'], ['rejected', 'Rejected']] as const;
const DEPARTMENTS = ['logistics', 'sales', 'quality', 'customer-service', 'billing'];

export function Disputes({ tenant, canChange }: { tenant: Tenant; canChange: boolean }) {
  const { search } = useLocation();
  const status = STATUSES.some(([s]) => s === search.get('status')) ? (search.get('status') as string) : 'open';
  const department = search.get('department') ?? '';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ disputes: Dispute[] }>(`/api/disputes${query({ status, department, limit: LIMIT, offset })}`);
  const today = todayIn(tenant.timezone);
  // Within the page, the one due soonest comes first: that is the one to chase today.
  const disputes = [...(page.data?.disputes ?? [])].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const go = (p: Record<string, string | number | undefined>) => navigate(`/disputes${query({ status, department, ...p })}`);
  return (
    <>
      <PageTitle>Disputes</PageTitle>
      <div className="tabs" role="tablist" aria-label="Disputes by status">
        {STATUSES.map(([key, label]) => <button key={key} type="button" role="tab" aria-selected={status === key} onClick={() => go({ status: key, offset: undefined })}>{label}</button>)}
      </div>
      <div className="toolbar">
        <label className="inline">Department{' '}
          <select value={department} onChange={(e) => go({ department: e.target.value || undefined, offset: undefined })}>
            <option value="">all</option>
            {[...new Set([...DEPARTMENTS, department].filter(Boolean))].map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </label>
      </div>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="disputes" />}
      {page.data && disputes.length === 0 && offset === 0 && <Empty>No {STATUSES.find(([s]) => s === status)?.[1].toLowerCase()} disputes{department ? ` in ${department}` : ''}.</Empty>}
      {disputes.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Disputes, earliest due first</caption>
            <thead><tr><th scope="col">Due</th><th scope="col">Customer</th><th scope="col">Reason</th><th scope="col">Department</th><th scope="col">Invoices</th><th scope="col" className="num">Disputed</th><th scope="col">Opened</th>{canChange && <th scope="col">Resolve</th>}</tr></thead>
            <tbody>{disputes.map((d) => <DisputeRow key={d.id} d={d} today={today} canChange={canChange} onChanged={page.reload} />)}</tbody>
          </table>
        </div>
      )}
      {(disputes.length > 0 || offset > 0) && <Pager label="Disputes" offset={offset} limit={LIMIT} count={disputes.length} onChange={(o) => go({ offset: o || undefined })} />}
      <RootCauses today={today} />
    </>
  );
}

function DisputeRow({ d, today, canChange, onChanged }: { d: Dispute; today: string; canChange: boolean; onChanged: () => void }) {
  const overdue = d.dueDate !== null && d.dueDate < today && (d.status === 'open' || d.status === 'return-pending');
  return (
    <tr className={overdue ? 'late' : undefined} data-testid={`dispute-${d.id}`}>
      <td>{d.dueDate ? formatDate(d.dueDate) : '—'}{overdue && <><br /><span className="badge failed">overdue</span></>}</td>
      <td><Link to={`/customers/${encodeURIComponent(d.customerRef)}`}>{d.customerRef}</Link></td>
      <td>{d.reason}{d.product && <><br /><span className="muted">{d.product}</span></>}{d.note && <><br /><span className="muted">{d.note}</span></>}</td>
      <td>{d.department ?? '—'}</td>
      <td className="nowrap">{d.invoices.map((i) => i.invoiceNumber).join(', ')}</td>
      <td className="num"><Money amount={d.amount} currency={d.currency} /></td>
      <td className="nowrap">{formatDate(d.openedOn)}</td>
      {canChange && <td>{d.status === 'open' ? <Resolve d={d} onDone={onChanged} /> : d.status === 'return-pending' ? <GoodsReceived d={d} onDone={onChanged} /> : <Outcome d={d} />}</td>}
    </tr>
  );
}

function Outcome({ d }: { d: Dispute }) {
  if (!d.resolution) return <span className="muted">{d.status}</span>;
  return <span>{formatDate(d.resolution.on)}{d.resolution.creditNote && <> · credit note {d.resolution.creditNote.number} <Money amount={d.resolution.creditNote.amount} currency={d.currency} /></>}{d.resolution.note && <><br /><span className="muted">{d.resolution.note}</span></>}</span>;
}

function useAction(onDone: () => void) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (path: string, body: object) => {
    setBusy(true); setError(undefined);
    try { await post(path, body); onDone(); } catch (e) { setError(e); } finally { setBusy(false); }
  };
  return { error, busy, run };
}

function Resolve({ d, onDone }: { d: Dispute; onDone: () => void }) {
  const [outcome, setOutcome] = useState('credit-note');
  const [note, setNote] = useState('');
  const action = useAction(onDone);
  return (
    <form className="resolve" onSubmit={(e) => { e.preventDefault(); void action.run(`/api/disputes/${d.id}/resolve`, { outcome, note: note.trim() }); }}>
      <select value={outcome} onChange={(e) => setOutcome(e.target.value)} aria-label={`Outcome for dispute ${d.id}`}>
        <option value="credit-note">Credit note</option>
        <option value="return">Goods back, then credit</option>
        <option value="rejected">Rejected</option>
      </select>
      <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Note (required)" aria-label={`Resolution note for dispute ${d.id}`} required />
      <button type="submit" disabled={action.busy || note.trim() === ''}>Resolve</button>
      <ErrorMessage error={action.error} />
    </form>
  );
}

function GoodsReceived({ d, onDone }: { d: Dispute; onDone: () => void }) {
  const action = useAction(onDone);
  return (
    <div className="resolve">
      <span className="muted">return accepted {formatDate(d.returnAcceptedOn)}</span>
      <button type="button" disabled={action.busy} onClick={() => void action.run(`/api/disputes/${d.id}/goods-received`, {})}>Goods received: credit</button>
      <ErrorMessage error={action.error} />
    </div>
  );
}
