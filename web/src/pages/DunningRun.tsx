// The run preview (issue #7): the tenant's dunning run of a date with every action — customer, level, channels,
// invoices, fees, interest, total — to approve all or some and hold the rest (POST /api/dunning/runs/{asOf}/
// decisions). Before a run exists, a dry run shows what it would do and the run can be planned from here.
import { useState } from 'react';
import { post } from '../api';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { formatDate, todayIn } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { DunningRunResult, RunAction, RunDetails, Tenant } from '../types';

// A run holds every action of the day; the table shows a page of them at a time.
const PAGE = 50;

export function DunningRun({ tenant, canChange }: { tenant: Tenant; canChange: boolean }) {
  const { search } = useLocation();
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(search.get('asOf') ?? '') ? (search.get('asOf') as string) : todayIn(tenant.timezone);
  const run = useApi<RunDetails>(`/api/dunning/runs/${asOf}/actions`);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [dry, setDry] = useState<DunningRunResult>();
  const [offset, setOffset] = useState(0);
  const actions = run.data?.actions ?? [];
  const planned = actions.filter((a) => a.status === 'planned');

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true); setError(undefined);
    try { await work(); setSelected(new Set()); run.reload(); } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const decide = (approve: 'all' | string[], hold: string[]) => act(() => post(`/api/dunning/runs/${asOf}/decisions`, { approve, hold }));
  const approveSelected = () => decide([...selected], planned.map((a) => a.id).filter((id) => !selected.has(id)));
  const planRun = () => act(async () => { await post('/api/dunning/runs', { asOf }); setDry(undefined); });
  const dryRun = () => act(async () => setDry(await post<DunningRunResult>('/api/dunning/runs', { asOf, dryRun: true })));
  const toggle = (id: string, on: boolean) => setSelected((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; });

  return (
    <>
      <PageTitle actions={<Link to="/dunning" className="button">← Policies</Link>}>Dunning run</PageTitle>
      <div className="toolbar">
        <label className="inline">Run of <input type="date" value={asOf} onChange={(e) => e.target.value && navigate(`/dunning/run?asOf=${e.target.value}`)} aria-label="Run date" /></label>
        {run.data && <span className="muted">{run.data.requiresApproval ? 'A person approves each action before it is sent.' : 'This tenant sends actions without approval; held actions are never sent.'}</span>}
      </div>
      <ErrorMessage error={run.error} />
      <ErrorMessage error={error} />
      {run.loading && !run.data && <Loading what="the run" />}
      {run.data && actions.length === 0 && (
        <div className="card">
          <Empty>No run for {formatDate(asOf)} yet.</Empty>
          {canChange && <div className="actions">
            <button type="button" onClick={() => void dryRun()} disabled={busy}>Dry run: show what it would do</button>
            <button type="button" className="primary" onClick={() => void planRun()} disabled={busy}>Plan the run for {formatDate(asOf)}</button>
          </div>}
          {dry && <DryRun result={dry} />}
        </div>
      )}
      {actions.length > 0 && (
        <>
          {canChange && planned.length > 0 && (
            <div className="toolbar sticky" role="group" aria-label="Decide">
              <span><strong>{planned.length}</strong> waiting · {selected.size} selected</span>
              <button type="button" className="primary" disabled={busy} onClick={() => void decide('all', [])}>Approve all</button>
              <button type="button" disabled={busy || selected.size === 0} onClick={() => void approveSelected()}>Approve selected, hold the rest</button>
              <button type="button" disabled={busy || selected.size === 0} onClick={() => void decide([], [...selected])}>Hold selected</button>
            </div>
          )}
          <div className="scroll">
            <table className="data run">
              <caption className="sr-only">Actions of the run of {formatDate(asOf)}</caption>
              <thead><tr>
                <th scope="col"><span className="sr-only">Select</span>{canChange && planned.length > 0 && <input type="checkbox" aria-label="Select all waiting actions" checked={selected.size === planned.length} onChange={(e) => setSelected(e.target.checked ? new Set(planned.map((a) => a.id)) : new Set())} />}</th>
                <th scope="col">Customer</th><th scope="col" className="num">Level</th><th scope="col">Channels</th><th scope="col">Invoices</th>
                <th scope="col" className="num">Fees</th><th scope="col" className="num">Interest</th><th scope="col" className="num">Total</th><th scope="col">Status</th><th scope="col">Letter</th>
              </tr></thead>
              <tbody>{actions.slice(offset, offset + PAGE).map((a) => <ActionRow key={a.id} a={a} selectable={canChange && a.status === 'planned'} selected={selected.has(a.id)} onSelect={(on) => toggle(a.id, on)} />)}</tbody>
            </table>
          </div>
          {actions.length > PAGE && <Pager label="Actions" offset={offset} limit={PAGE} count={actions.slice(offset, offset + PAGE).length} onChange={setOffset} />}
        </>
      )}
    </>
  );
}

function ActionRow({ a, selectable, selected, onSelect }: { a: RunAction; selectable: boolean; selected: boolean; onSelect: (on: boolean) => void }) {
  return (
    <tr data-testid={`action-${a.customerRef}`}>
      <td>{selectable && <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select ${a.customerName}`} />}</td>
      <td><Link to={`/customers/${encodeURIComponent(a.customerRef)}`}>{a.customerName}</Link> <span className="muted">{a.customerRef}</span>
        {a.sideEffects.length > 0 && <><br /><span className="muted">then: {a.sideEffects.join(', ')}</span></>}</td>
      <td className="num">{a.level}</td>
      <td>{a.channels.join(', ')}</td>
      <td>
        <details><summary>{a.invoices.length} invoice{a.invoices.length === 1 ? '' : 's'}</summary>
          <ul className="plain">{a.invoices.map((i) => <li key={i.number}>{i.number} · {i.daysPastDue} days · <Money amount={i.open} currency={a.currency} /></li>)}</ul>
        </details>
      </td>
      <td className="num"><Money amount={a.fees} currency={a.currency} /></td>
      <td className="num"><Money amount={a.interest} currency={a.currency} /></td>
      <td className="num"><strong><Money amount={a.total} currency={a.currency} /></strong><br /><span className="muted">pay by {formatDate(a.deadline)}</span></td>
      <td><span className={`badge ${a.status}`}>{a.status}</span>{a.decidedBy && <><br /><span className="muted">{a.decidedBy.replace(/^user:/, '')}</span></>}</td>
      <td>{a.letterId ? <a href={`/api/outbox/${a.letterId}/letter.pdf`} target="_blank" rel="noopener">Letter (PDF)</a> : <span className="muted">{a.status === 'planned' ? 'after approval' : '—'}</span>}</td>
    </tr>
  );
}

function DryRun({ result }: { result: DunningRunResult }) {
  return (
    <>
      {result.actions.length === 0
        ? <p className="muted">A run on {formatDate(result.asOf)} would send nothing ({result.skipped.length} skipped).</p>
        : (
          <div className="scroll" data-testid="dry-run">
            <p>A run on {formatDate(result.asOf)} would plan {result.actions.length} action{result.actions.length === 1 ? '' : 's'} ({result.skipped.length} skipped):</p>
            <table className="data compact">
              <thead><tr><th scope="col">Customer</th><th scope="col" className="num">Level</th><th scope="col">Channels</th><th scope="col" className="num">Invoices</th><th scope="col" className="num">Total</th></tr></thead>
              <tbody>{result.actions.slice(0, 100).map((a) => <tr key={`${a.customerRef}-${a.currency}`}><td>{a.customerRef}</td><td className="num">{a.level}</td><td>{a.channels.join(', ')}</td><td className="num">{a.invoices.length}</td><td className="num"><Money amount={a.total} currency={a.currency} /></td></tr>)}</tbody>
            </table>
          </div>
        )}
      {result.skipped.length > 0 && <Skipped skipped={result.skipped} />}
    </>
  );
}

const SKIPPED_SHOWN = 50;

/** The customers the run would leave alone, and why (a promise, a dispute, a plan, a hold), found by reference. */
function Skipped({ skipped }: { skipped: DunningRunResult['skipped'] }) {
  const [find, setFind] = useState('');
  const needle = find.trim().toLowerCase();
  const shown = needle ? skipped.filter((s) => s.customerRef.toLowerCase().includes(needle) || s.reason.toLowerCase().includes(needle)) : skipped;
  return (
    <details className="skipped" data-testid="dry-run-skipped" open={needle !== '' || undefined}>
      <summary>Skipped: {skipped.length} customer{skipped.length === 1 ? '' : 's'}, with the reason</summary>
      <label className="inline">Find <input type="search" value={find} onChange={(e) => setFind(e.target.value)} placeholder="customer ref or reason" aria-label="Find a skipped customer" /></label>
      <table className="data compact">
        <caption className="sr-only">Customers the run would skip, with the reason</caption>
        <thead><tr><th scope="col">Customer</th><th scope="col">Reason</th></tr></thead>
        <tbody>{shown.slice(0, SKIPPED_SHOWN).map((s, i) => <tr key={`${s.customerRef}-${i}`}><td><Link to={`/customers/${encodeURIComponent(s.customerRef)}`}>{s.customerRef}</Link></td><td>{s.reason}</td></tr>)}</tbody>
      </table>
      {shown.length > SKIPPED_SHOWN && <p className="muted small">The first {SKIPPED_SHOWN} of {shown.length}; narrow them with Find.</p>}
      {shown.length === 0 && <p className="muted">None matches “{find}”.</p>}
    </details>
  );
}
