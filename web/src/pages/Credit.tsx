// Credit (issue #8): every customer's risk grade and score (filter by grade, sort by score), the credit reviews
// due with a review recorded here, and credit applications with their decision and reason. Advice never changes a
// limit by itself: a person's decision or review does.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { post, query } from '../api';
import { AMOUNT_PATTERN, Empty, ErrorMessage, Grade, Loading, Money, PageTitle, Pager, useApi, useSubmit } from '../components/ui';
import { formatDate, todayIn } from '../format';
import { Link } from '../router';
import type { CreditApplication, CustomerRisk, DueReview, RiskReport, Session, Tenant } from '../types';

const GRADES = ['A', 'B', 'C', 'D', 'E'];
const PAGE = 25;

export function Credit({ session, tenant }: { session: Session; tenant: Tenant }) {
  const manager = session.tenant.role === 'manager' || session.tenant.role === 'admin';
  const canChange = session.tenant.role !== 'viewer';
  const today = todayIn(tenant.timezone);
  return (
    <>
      <PageTitle actions={<Link to="/credit/discount" className="button">Early-payment discount calculator →</Link>}>Credit</PageTitle>
      <Reviews manager={manager} today={today} />
      <Applications manager={manager} canChange={canChange} currency={tenant.currency} />
      <Grades />
    </>
  );
}

function Grades() {
  const risk = useApi<RiskReport>('/api/risk');
  const [grade, setGrade] = useState('');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [offset, setOffset] = useState(0);
  const rows = useMemo(() => {
    const all = (risk.data?.customers ?? []).filter((c) => !grade || c.grade === grade);
    return all.sort((a, b) => (order === 'asc' ? a.score - b.score : b.score - a.score) || a.customerRef.localeCompare(b.customerRef));
  }, [risk.data, grade, order]);
  const counts = useMemo(() => GRADES.map((g) => (risk.data?.customers ?? []).filter((c) => c.grade === g).length), [risk.data]);
  const shown = rows.slice(offset, offset + PAGE);
  return (
    <section className="card" aria-labelledby="grades-title" data-testid="risk-grades">
      <div className="page-title">
        <h2 id="grades-title">Risk grades</h2>
        <div className="toolbar">
          <label className="inline">Grade{' '}
            <select value={grade} onChange={(e) => { setGrade(e.target.value); setOffset(0); }} aria-label="Filter by grade">
              <option value="">All</option>
              {GRADES.map((g, i) => <option key={g} value={g}>{g} ({counts[i]})</option>)}
            </select>
          </label>
          <label className="inline">Sort{' '}
            <select value={order} onChange={(e) => { setOrder(e.target.value as 'asc' | 'desc'); setOffset(0); }} aria-label="Sort by score">
              <option value="asc">Riskiest first (lowest score)</option>
              <option value="desc">Safest first (highest score)</option>
            </select>
          </label>
        </div>
      </div>
      <ErrorMessage error={risk.error} />
      {risk.loading && !risk.data && <Loading what="risk grades" />}
      {risk.data && rows.length === 0 && <Empty>No customers{grade ? ` with grade ${grade}` : ''}.</Empty>}
      {shown.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Customers' risk grades and credit advice</caption>
            <thead><tr><th scope="col">Customer</th><th scope="col">Grade</th><th scope="col" className="num">Score</th><th scope="col" className="num">Exposure</th><th scope="col" className="num">Limit now</th><th scope="col" className="num">Recommended</th><th scope="col">Terms</th><th scope="col">Review due</th></tr></thead>
            <tbody>{shown.map((c) => <RiskRow key={c.customerRef} c={c} />)}</tbody>
          </table>
        </div>
      )}
      {rows.length > PAGE && <Pager label="Risk grades" offset={offset} limit={PAGE} count={shown.length} onChange={setOffset} />}
    </section>
  );
}

function RiskRow({ c }: { c: CustomerRisk }) {
  const worst = Object.values(c.parts).filter((p) => p.points > 0).sort((a, b) => b.points - a.points).slice(0, 2);
  return (
    <tr>
      <td><Link to={`/customers/${encodeURIComponent(c.customerRef)}`}>{c.name}</Link> <span className="muted">{c.customerRef}</span>
        {worst.length > 0 && <><br /><span className="muted small">{worst.map((p) => p.words).join('; ')}</span></>}</td>
      <td><Grade grade={c.grade} /></td>
      <td className="num">{c.score}</td>
      <td className="num"><Money amount={c.exposure} currency={c.currency} />{c.overLimit && <><br /><span className="badge failed">over limit</span></>}</td>
      <td className="num">{c.currentLimit ? <Money amount={c.currentLimit} currency={c.currency} /> : '—'}</td>
      <td className="num">{c.recommendedLimit ? <Money amount={c.recommendedLimit} currency={c.currency} /> : '—'}</td>
      <td>{c.recommendedTerms.text}</td>
      <td className="nowrap">{formatDate(c.reviewDue)}</td>
    </tr>
  );
}

function Reviews({ manager, today }: { manager: boolean; today: string }) {
  const list = useApi<{ reviews: DueReview[] }>('/api/credit-reviews');
  const [open, setOpen] = useState<string>();
  const [offset, setOffset] = useState(0);
  const reviews = list.data?.reviews ?? [];
  const shown = reviews.slice(offset, offset + PAGE);
  return (
    <section className="card" aria-labelledby="reviews-title" data-testid="credit-reviews">
      <h2 id="reviews-title">Credit reviews due{list.data ? ` (${reviews.length})` : ''}</h2>
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading what="reviews due" />}
      {list.data && reviews.length === 0 && <Empty>No credit review is due.</Empty>}
      {shown.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Credit reviews due, earliest first</caption>
            <thead><tr><th scope="col">Due</th><th scope="col">Customer</th><th scope="col">Grade</th><th scope="col" className="num">Limit now</th><th scope="col" className="num">Recommended</th><th scope="col">Why</th>{manager && <th scope="col"><span className="sr-only">Review</span></th>}</tr></thead>
            <tbody>
              {shown.map((r) => [
                <tr key={r.customerRef}>
                  <td className="nowrap">{formatDate(r.reviewDue)}{r.reviewDue < today && <><br /><span className="badge failed">overdue</span></>}</td>
                  <td><Link to={`/customers/${encodeURIComponent(r.customerRef)}`}>{r.name}</Link> <span className="muted">{r.customerRef}</span></td>
                  <td><Grade grade={r.grade} /> <span className="muted">{r.score}</span></td>
                  <td className="num">{r.currentLimit ? <Money amount={r.currentLimit} currency={r.currency} /> : '—'}</td>
                  <td className="num">{r.recommendedLimit ? <Money amount={r.recommendedLimit} currency={r.currency} /> : '—'}</td>
                  <td className="small">{r.reasons.join('; ')}</td>
                  {manager && <td><button type="button" onClick={() => setOpen(open === r.customerRef ? undefined : r.customerRef)} aria-expanded={open === r.customerRef} aria-label={`Review ${r.name}`}>Review</button></td>}
                </tr>,
                open === r.customerRef && <tr key={`${r.customerRef}-review`} className="detail"><td colSpan={7}><ReviewForm r={r} onDone={() => { setOpen(undefined); list.reload(); }} /></td></tr>,
              ])}
            </tbody>
          </table>
        </div>
      )}
      {reviews.length > PAGE && <Pager label="Reviews due" offset={offset} limit={PAGE} count={shown.length} onChange={setOffset} />}
    </section>
  );
}

function ReviewForm({ r, onDone }: { r: DueReview; onDone: () => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState('confirmed');
  const [limit, setLimit] = useState(r.recommendedLimit ?? '');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { customerRef: r.customerRef, outcome, note: note.trim(), ...(outcome === 'changed' ? { limit: limit.trim() || null } : {}) };
    if (await submit.run(() => post('/api/credit-reviews', body)) !== undefined) onDone();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void send(e)} aria-label={`Credit review of ${r.name}`}>
      <label htmlFor={`${id}-outcome`}>Outcome <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
        <option value="confirmed">Confirm the limit</option><option value="changed">Change the limit</option><option value="escalated">Escalate</option>
      </select></label>
      {outcome === 'changed' && <label htmlFor={`${id}-limit`}>New limit ({r.currency}) <input id={`${id}-limit`} inputMode="decimal" pattern={AMOUNT_PATTERN} value={limit} onChange={(e) => setLimit(e.target.value)} placeholder="empty: no limit" className="amount" /></label>}
      <label htmlFor={`${id}-note`}>Why <input id={`${id}-note`} required value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></label>
      <button type="submit" className="primary" disabled={submit.busy || !note.trim()}>Record review</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

function Applications({ manager, canChange, currency }: { manager: boolean; canChange: boolean; currency: string }) {
  const [status, setStatus] = useState<'pending' | 'approved' | 'declined'>('pending');
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const list = useApi<{ applications: CreditApplication[] }>(`/api/credit-applications${query({ status, limit: PAGE, offset: offset || undefined })}`);
  const apps = list.data?.applications ?? [];
  return (
    <section className="card" aria-labelledby="applications-title" data-testid="credit-applications">
      <div className="page-title">
        <h2 id="applications-title">Credit applications</h2>
        <div className="toolbar">
          <label className="inline">Status{' '}
            <select value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setOffset(0); }} aria-label="Application status">
              <option value="pending">Pending</option><option value="approved">Approved</option><option value="declined">Declined</option>
            </select>
          </label>
          {canChange && <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>New application…</button>}
        </div>
      </div>
      {adding && <ApplicationForm currency={currency} onDone={() => { setAdding(false); setStatus('pending'); list.reload(); }} />}
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading what="credit applications" />}
      {list.data && apps.length === 0 && offset === 0 && <Empty>No {status} credit applications.</Empty>}
      {apps.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">{status} credit applications, newest first</caption>
            <thead><tr><th scope="col">Submitted</th><th scope="col">Customer</th><th scope="col" className="num">Requested</th><th scope="col">Advice</th><th scope="col">{status === 'pending' ? 'Decision' : 'Decided'}</th></tr></thead>
            <tbody>
              {apps.map((a) => (
                <tr key={a.id} data-testid={`application-${a.id}`}>
                  <td className="nowrap">{formatDate(a.submittedOn)}<br /><span className="muted small">{a.submittedBy.replace(/^user:/, '')}</span></td>
                  <td>{a.newCustomer ? <>{a.name} <span className="badge">new</span></> : <Link to={`/customers/${encodeURIComponent(a.customerRef)}`}>{a.name}</Link>} <span className="muted">{a.customerRef}</span>{a.note && <><br /><span className="muted small">{a.note}</span></>}</td>
                  <td className="num"><Money amount={a.requestedLimit} currency={a.currency} />{a.requestedTermsDays !== null && <><br /><span className="muted small">{a.requestedTermsDays} days</span></>}</td>
                  <td className="small"><Advice advice={(a as { advice?: unknown }).advice} currency={a.currency} /></td>
                  <td>{a.status === 'pending'
                    ? (manager ? <DecisionForm a={a} onDone={list.reload} /> : <span className="badge queued">pending</span>)
                    : <>{a.status === 'approved' ? <>approved <Money amount={a.approvedLimit ?? '0'} currency={a.currency} />{a.termsDays !== null && `, ${a.termsDays} days`}</> : 'declined'}
                      <br /><span className="muted small">{formatDate(a.decidedOn)}{a.decidedBy && ` by ${a.decidedBy.replace(/^user:/, '')}`}: {a.reason}</span></>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(apps.length > 0 || offset > 0) && <Pager label="Credit applications" offset={offset} limit={PAGE} count={apps.length} onChange={setOffset} />}
    </section>
  );
}

/** The advice stored with an application, whatever its shape: a grade, a limit and reasons when present. */
function Advice({ advice, currency }: { advice: unknown; currency: string }) {
  if (!advice || typeof advice !== 'object') return <span className="muted">—</span>;
  const a = advice as { grade?: string; score?: number; recommendedLimit?: string | null; reasons?: string[]; adviceReasons?: string[] };
  const reasons = a.adviceReasons ?? a.reasons ?? [];
  return <>{a.grade && <Grade grade={a.grade} />} {a.recommendedLimit && <>limit <Money amount={a.recommendedLimit} currency={currency} /></>}{reasons.length > 0 && <><br /><span className="muted">{reasons.slice(0, 3).join('; ')}</span></>}</>;
}

function DecisionForm({ a, onDone }: { a: CreditApplication; onDone: () => void }) {
  const [limit, setLimit] = useState(a.requestedLimit);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const decide = async (outcome: 'approved' | 'declined') => {
    const body = { outcome, reason: reason.trim(), ...(outcome === 'approved' && limit.trim() ? { limit: limit.trim() } : {}) };
    if (await submit.run(() => post(`/api/credit-applications/${encodeURIComponent(a.id)}/decision`, body)) !== undefined) onDone();
  };
  return (
    <form className="resolve" onSubmit={(e) => { e.preventDefault(); void decide('approved'); }}>
      <input inputMode="decimal" pattern={AMOUNT_PATTERN} value={limit} onChange={(e) => setLimit(e.target.value)} aria-label={`Limit to approve for ${a.name}`} className="amount" />
      <input required value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason (required)" aria-label={`Reason for the decision on ${a.name}`} />
      <button type="submit" disabled={submit.busy || !reason.trim()}>Approve</button>
      <button type="button" disabled={submit.busy || !reason.trim()} onClick={() => void decide('declined')}>Decline</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

function ApplicationForm({ currency, onDone }: { currency: string; onDone: () => void }) {
  const id = useId();
  const [f, setF] = useState({ customerRef: '', name: '', currency, requestedLimit: '', requestedTermsDays: '', note: '' });
  const submit = useSubmit();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((v) => ({ ...v, [k]: e.target.value }));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      customerRef: f.customerRef.trim(), requestedLimit: f.requestedLimit.trim(), currency: f.currency.trim().toUpperCase(),
      ...(f.name.trim() ? { name: f.name.trim() } : {}), ...(f.requestedTermsDays ? { requestedTermsDays: Number(f.requestedTermsDays) } : {}), ...(f.note.trim() ? { note: f.note.trim() } : {}),
    };
    if (await submit.run(() => post('/api/credit-applications', body)) !== undefined) onDone();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void send(e)} aria-label="New credit application">
      <label htmlFor={`${id}-ref`}>Customer ref <input id={`${id}-ref`} required value={f.customerRef} onChange={set('customerRef')} maxLength={100} /></label>
      <label htmlFor={`${id}-name`}>Name (new customer) <input id={`${id}-name`} value={f.name} onChange={set('name')} maxLength={200} /></label>
      <label htmlFor={`${id}-currency`}>Currency <input id={`${id}-currency`} value={f.currency} onChange={set('currency')} maxLength={3} className="code" /></label>
      <label htmlFor={`${id}-limit`}>Requested limit <input id={`${id}-limit`} required inputMode="decimal" pattern={AMOUNT_PATTERN} value={f.requestedLimit} onChange={set('requestedLimit')} className="amount" /></label>
      <label htmlFor={`${id}-terms`}>Terms (days) <input id={`${id}-terms`} type="number" min={0} max={365} value={f.requestedTermsDays} onChange={set('requestedTermsDays')} className="days" /></label>
      <label htmlFor={`${id}-note`}>Note <input id={`${id}-note`} value={f.note} onChange={set('note')} maxLength={2000} /></label>
      <button type="submit" className="primary" disabled={submit.busy}>Submit application</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}
