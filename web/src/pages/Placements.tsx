// Placements (issue #6 "Placement, write-off, legal"): accounts placed with the in-house team, an agency or legal,
// by status and agency; placing by hand, recalling, recording a recovery (the agency's commission shown); the
// agencies with their commission rates and results; and the write-off approvals queue (a manager approves or
// rejects with a reason; a collector sees their own requests).
import { type FormEvent, useId, useState } from 'react';
import { post, put, query } from '../api';
import { PlaceForm, PlacementFiles, RecallForm, RecoveryForm } from '../components/placements';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi, useSubmit } from '../components/ui';
import { formatDate, formatInstant } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { Agency, Placement, Session, WriteOffRequest } from '../types';

const LIMIT = 25;
const STATUSES = [['active', 'Active'], ['recalled', 'Recalled'], ['closed', 'Closed']] as const;

export function Placements({ session }: { session: Session }) {
  const { search } = useLocation();
  const role = session.tenant.role;
  const manager = role === 'manager' || role === 'admin';
  const status = STATUSES.some(([s]) => s === search.get('status')) ? (search.get('status') as string) : 'active';
  const agencyId = search.get('agency') ?? '';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const agencies = useApi<{ agencies: Agency[] }>('/api/agencies');
  const page = useApi<{ placements: Placement[] }>(`/api/placements${query({ status, agencyId: agencyId || undefined, limit: LIMIT, offset: offset || undefined })}`);
  const [placing, setPlacing] = useState(false);
  const go = (next: { status?: string; agency?: string; offset?: number }) => navigate(`/placements${query({ status: next.status ?? status, agency: next.agency ?? (agencyId || undefined), offset: next.offset || undefined })}`);
  const placements = page.data?.placements ?? [];
  return (
    <>
      <PageTitle actions={manager ? <button type="button" aria-expanded={placing} onClick={() => setPlacing((p) => !p)}>Place an account…</button> : undefined}>Placements</PageTitle>
      {placing && agencies.data && (
        <section className="card" aria-label="Place an account">
          <PlaceForm agencies={agencies.data.agencies} onPlaced={() => { setPlacing(false); go({ status: 'active', offset: 0 }); page.reload(); agencies.reload(); }} />
        </section>
      )}
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Placement status">
          {STATUSES.map(([s, label]) => <button key={s} type="button" role="tab" aria-selected={s === status} onClick={() => go({ status: s, offset: 0 })}>{label}</button>)}
        </div>
        <label className="inline">Agency{' '}
          <select value={agencyId} onChange={(e) => go({ agency: e.target.value || undefined, offset: 0 })} aria-label="Agency">
            <option value="">All</option>
            {(agencies.data?.agencies ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
      </div>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="placements" />}
      {page.data && placements.length === 0 && offset === 0 && <Empty>No {status} placements{agencyId ? ' with this agency' : ''}.</Empty>}
      {placements.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">{status} placements, latest first</caption>
            <thead><tr>
              <th scope="col">Customer</th><th scope="col">With</th><th scope="col">Placed</th><th scope="col" className="num">Placed amount</th>
              <th scope="col" className="num">Recovered</th><th scope="col" className="num">Commission</th><th scope="col" className="num">Net</th><th scope="col">Files</th>
              {manager && status === 'active' && <th scope="col">Recovery / recall</th>}
            </tr></thead>
            <tbody>
              {placements.map((p) => (
                <tr key={p.id} id={`placement-${p.id}`} data-testid={`placement-${p.id}`}>
                  <td><Link to={`/customers/${encodeURIComponent(p.customerRef)}`}>{p.customerName}</Link> <span className="muted">{p.customerRef} #{p.number}</span></td>
                  <td>{p.kind === 'agency' ? p.agency?.name ?? 'agency' : p.kind}{p.commissionRate && <span className="muted"> {p.commissionRate} %</span>}</td>
                  <td className="nowrap">{formatDate(p.placedOn)}{p.endedOn && <><br /><span className="muted small">{p.status} {formatDate(p.endedOn)}{p.endReason && `: ${p.endReason}`}</span></>}</td>
                  <td className="num"><Money amount={p.amount} currency={p.currency} /></td>
                  <td className="num"><Money amount={p.totals.recovered} currency={p.currency} />{p.totals.recoveryRate && <><br /><span className="muted small">{p.totals.recoveryRate} %</span></>}</td>
                  <td className="num"><Money amount={p.totals.commission} currency={p.currency} /></td>
                  <td className="num"><Money amount={p.totals.net} currency={p.currency} /></td>
                  <td className="nowrap"><PlacementFiles p={p} /></td>
                  {manager && status === 'active' && <td className="actions-cell"><RecoveryForm p={p} onDone={() => { page.reload(); agencies.reload(); }} /><RecallForm p={p} onDone={page.reload} /></td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(placements.length > 0 || offset > 0) && <Pager label="Placements" offset={offset} limit={LIMIT} count={placements.length} onChange={(o) => go({ offset: o })} />}
      <Agencies agencies={agencies.data?.agencies} error={agencies.error} manager={manager} onChanged={agencies.reload} />
      <WriteOffApprovals session={session} />
    </>
  );
}

function Agencies({ agencies, error, manager, onChanged }: { agencies: Agency[] | undefined; error: unknown; manager: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState<string>();
  return (
    <section className="card" aria-labelledby="agencies-title">
      <div className="page-title">
        <h2 id="agencies-title">Agencies</h2>
        {manager && <button type="button" onClick={() => setEditing(editing === 'new' ? undefined : 'new')} aria-expanded={editing === 'new'}>Add an agency…</button>}
      </div>
      <ErrorMessage error={error} />
      {!agencies && !error && <Loading what="agencies" />}
      {editing === 'new' && <AgencyForm onSaved={() => { setEditing(undefined); onChanged(); }} onCancel={() => setEditing(undefined)} />}
      {agencies && agencies.length === 0 && <Empty>No collection agencies yet.</Empty>}
      {agencies && agencies.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Agencies, their commission rates and results per currency</caption>
            <thead><tr><th scope="col">Agency</th><th scope="col" className="num">Commission 1st / 2nd / 3rd / legal</th><th scope="col">Results per currency</th>{manager && <th scope="col"><span className="sr-only">Edit</span></th>}</tr></thead>
            <tbody>
              {agencies.map((a) => [
                <tr key={a.id} className={a.active ? undefined : 'revoked'}>
                  <td><strong>{a.name}</strong>{a.isDefault && <span className="badge sent">default</span>}{!a.active && <span className="badge held">inactive</span>}
                    <br /><span className="muted small">{[a.email, a.phone].filter(Boolean).join(' · ')}</span></td>
                  <td className="num">{[a.commissionRate, a.secondRate, a.thirdRate, a.legalRate].map((r) => (r === null ? '—' : `${r} %`)).join(' / ')}</td>
                  <td>{a.totals.length === 0 ? <span className="muted">nothing placed yet</span> : (
                    <table className="data compact inner">
                      <thead><tr><th scope="col">Cur.</th><th scope="col" className="num">Placed</th><th scope="col" className="num">Recovered</th><th scope="col" className="num">Commission</th><th scope="col" className="num">Net</th></tr></thead>
                      <tbody>{a.totals.map((t) => (
                        <tr key={t.currency}><th scope="row">{t.currency} <span className="muted small">({t.placements})</span></th><td className="num"><Money amount={t.placed} currency={t.currency} /></td>
                          <td className="num"><Money amount={t.recovered} currency={t.currency} />{t.recoveryRate && <span className="muted small"> {t.recoveryRate} %</span>}</td>
                          <td className="num"><Money amount={t.commission} currency={t.currency} /></td><td className="num"><Money amount={t.net} currency={t.currency} /></td></tr>
                      ))}</tbody>
                    </table>
                  )}</td>
                  {manager && <td><button type="button" onClick={() => setEditing(editing === a.id ? undefined : a.id)} aria-expanded={editing === a.id} aria-label={`Edit ${a.name}`}>Edit</button></td>}
                </tr>,
                editing === a.id && <tr key={`${a.id}-edit`} className="detail"><td colSpan={4}><AgencyForm agency={a} onSaved={() => { setEditing(undefined); onChanged(); }} onCancel={() => setEditing(undefined)} /></td></tr>,
              ])}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AgencyForm({ agency, onSaved, onCancel }: { agency?: Agency; onSaved: () => void; onCancel: () => void }) {
  const id = useId();
  const [f, setF] = useState({
    name: agency?.name ?? '', email: agency?.email ?? '', phone: agency?.phone ?? '', commissionRate: agency?.commissionRate ?? '',
    secondRate: agency?.secondRate ?? '', thirdRate: agency?.thirdRate ?? '', legalRate: agency?.legalRate ?? '', isDefault: agency?.isDefault ?? false, active: agency?.active ?? true,
  });
  const submit = useSubmit();
  const set = (k: keyof typeof f) => (e: { target: { value: string; checked?: boolean; type?: string } }) => setF((v) => ({ ...v, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { name: f.name.trim(), email: orNull(f.email), phone: orNull(f.phone), commissionRate: f.commissionRate.trim(), secondRate: orNull(f.secondRate), thirdRate: orNull(f.thirdRate), legalRate: orNull(f.legalRate), isDefault: f.isDefault, active: f.active };
    const saved = await submit.run(() => (agency ? put(`/api/agencies/${encodeURIComponent(agency.id)}`, body) : post('/api/agencies', body)));
    if (saved !== undefined) onSaved();
  };
  const rate = (k: 'commissionRate' | 'secondRate' | 'thirdRate' | 'legalRate', label: string, required = false) => (
    <label htmlFor={`${id}-${k}`}>{label} (%) <input id={`${id}-${k}`} inputMode="decimal" pattern="\d{1,3}(\.\d{1,4})?" required={required} value={f[k]} onChange={set(k)} className="days" /></label>
  );
  return (
    <form className="inline-form" onSubmit={(e) => void send(e)} aria-label={agency ? `Edit ${agency.name}` : 'New agency'}>
      <label htmlFor={`${id}-name`}>Name <input id={`${id}-name`} required value={f.name} onChange={set('name')} maxLength={200} /></label>
      <label htmlFor={`${id}-email`}>E-mail <input id={`${id}-email`} type="email" value={f.email} onChange={set('email')} /></label>
      <label htmlFor={`${id}-phone`}>Phone <input id={`${id}-phone`} value={f.phone} onChange={set('phone')} maxLength={50} /></label>
      {rate('commissionRate', 'Commission', true)}{rate('secondRate', '2nd placement')}{rate('thirdRate', '3rd placement')}{rate('legalRate', 'Legal')}
      <label className="check"><input type="checkbox" checked={f.isDefault} onChange={set('isDefault')} /> Default agency</label>
      <label className="check"><input type="checkbox" checked={f.active} onChange={set('active')} /> Active</label>
      <button type="submit" className="primary" disabled={submit.busy}>{agency ? 'Save agency' : 'Add agency'}</button>
      <button type="button" onClick={onCancel}>Cancel</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

function WriteOffApprovals({ session }: { session: Session }) {
  const manager = session.tenant.role === 'manager' || session.tenant.role === 'admin';
  const [status, setStatus] = useState<'pending' | 'approved' | 'rejected'>('pending');
  const [offset, setOffset] = useState(0);
  const list = useApi<{ requests: WriteOffRequest[] }>(`/api/write-off-requests${query({ status, limit: LIMIT, offset: offset || undefined })}`);
  const me = `user:${session.user.email}`;
  // The API lists the tenant's requests; a collector is shown their own (their page of them).
  const requests = (list.data?.requests ?? []).filter((r) => manager || r.requestedBy === me);
  return (
    <section className="card" aria-labelledby="write-offs-title" data-testid="write-off-approvals">
      <div className="page-title">
        <h2 id="write-offs-title">{manager ? 'Write-off approvals' : 'My write-off requests'}</h2>
        <label className="inline">Status{' '}
          <select value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setOffset(0); }} aria-label="Write-off status">
            <option value="pending">Pending</option><option value="approved">Approved</option><option value="rejected">Rejected</option>
          </select>
        </label>
      </div>
      {manager && status === 'pending' && <p className="muted">A manager other than the one who asked approves (the write-off is posted) or rejects with a reason. Ask from a customer's page.</p>}
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading what="write-off requests" />}
      {list.data && requests.length === 0 && offset === 0 && <Empty>No {status} write-off requests{manager ? '' : ' of yours'}.</Empty>}
      {requests.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">{status} write-off requests, newest first</caption>
            <thead><tr><th scope="col">Asked</th><th scope="col">Customer</th><th scope="col">Invoice</th><th scope="col" className="num">Amount</th><th scope="col">Reason</th><th scope="col">{status === 'pending' ? (manager ? 'Decide' : 'Status') : 'Decision'}</th></tr></thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid={`write-off-${r.id}`}>
                  <td className="nowrap">{formatInstant(r.requestedAt)}<br /><span className="muted small">{r.requestedBy.replace(/^user:/, '')}</span></td>
                  <td><Link to={`/customers/${encodeURIComponent(r.customerRef)}`}>{r.customerRef}</Link></td>
                  <td>{r.invoiceNumber}</td>
                  <td className="num"><Money amount={r.amount} currency={r.currency} /></td>
                  <td>{r.reason}</td>
                  <td>{r.status === 'pending'
                    ? (manager ? <Decide r={r} mine={r.requestedBy === me} onDone={list.reload} /> : <span className="badge queued">pending</span>)
                    : <>{r.status} {formatInstant(r.decidedAt)}{r.decidedBy && ` by ${r.decidedBy.replace(/^user:/, '')}`}{r.decisionReason && <><br /><span className="muted">{r.decisionReason}</span></>}</>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {((list.data?.requests.length ?? 0) > 0 || offset > 0) && <Pager label="Write-off requests" offset={offset} limit={LIMIT} count={list.data?.requests.length ?? 0} onChange={setOffset} />}
    </section>
  );
}

function Decide({ r, mine, onDone }: { r: WriteOffRequest; mine: boolean; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const decide = async (decision: 'approve' | 'reject') => {
    if (await submit.run(() => post(`/api/write-off-requests/${encodeURIComponent(r.id)}/${decision}`, reason.trim() ? { reason: reason.trim() } : {})) !== undefined) onDone();
  };
  if (mine) return <span className="muted">your own request: another manager decides</span>;
  return (
    <form className="resolve" onSubmit={(e) => { e.preventDefault(); void decide('approve'); }}>
      <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason (needed to reject)" aria-label={`Reason for write-off request ${r.id}`} />
      <button type="submit" disabled={submit.busy}>Approve</button>
      <button type="button" disabled={submit.busy || !reason.trim()} onClick={() => void decide('reject')}>Reject</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

