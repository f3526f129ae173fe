// The worklist (issues #6 and #7): the collector's home. Accounts in priority-score order, each score's parts on
// demand (the priority is transparent), overdue money, days past due, flags, click-to-call, the next action, and a
// call logged without leaving the list. "My accounts" is the collector named like the signed-in user in a segment
// rule (segments assign collectors by a free-text name: their e-mail or their name), else their e-mail; managers
// pick any collector. Keyboard: ↑/↓ (or k/j) move between accounts, Enter opens one, w shows why, l logs a call.
import { type KeyboardEvent, useRef, useState } from 'react';
import { query } from '../api';
import { LogCall } from '../components/LogCall';
import { Empty, ErrorMessage, Grade, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { formatDate, formatInstant, formatNumber, minorUnits, todayIn } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { Segment, Session, Tenant, Worklist as WorklistData, WorklistRow } from '../types';

const LIMIT = 25;

/** The collector name the worklist knows the user by: a segment's collector equal to their e-mail or name. */
export function myCollectorName(session: Session, collectors: string[]): string {
  const mine = [session.user.email.toLowerCase(), session.user.name.toLowerCase()];
  return collectors.find((c) => mine.includes(c.toLowerCase())) ?? session.user.email;
}

export function Worklist({ session, tenant }: { session: Session; tenant: Tenant }) {
  const { search } = useLocation();
  const today = todayIn(tenant.timezone);
  const manager = session.tenant.role === 'manager' || session.tenant.role === 'admin';
  const segments = useApi<{ segments: Segment[] }>('/api/segments');
  const collectors = [...new Set((segments.data?.segments ?? []).map((s) => s.collector).filter((c): c is string => !!c))].sort();
  const me = myCollectorName(session, collectors);
  const who = search.get('who') ?? (manager ? 'all' : 'me');
  const collector = who === 'all' ? undefined : who === 'me' ? me : who;
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  // Wait for the segments before asking for "mine", so the first answer is already the right collector's.
  const ready = who !== 'me' || segments.data !== undefined || segments.error !== undefined;
  const list = useApi<WorklistData>(ready ? `/api/worklist${query({ collector, limit: LIMIT, offset: offset || undefined })}` : null);
  const go = (next: { who?: string; offset?: number }) => navigate(`/worklist${query({ who: next.who ?? who, offset: next.offset || undefined })}`);
  const data = list.data;
  const canChange = session.tenant.role !== 'viewer';

  return (
    <>
      <PageTitle actions={(
        <label className="inline">Accounts of{' '}
          <select value={who} onChange={(e) => go({ who: e.target.value, offset: 0 })} aria-label="Whose accounts">
            <option value="me">Me ({me})</option>
            <option value="all">Everyone</option>
            {manager && collectors.filter((c) => c !== me).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      )}>Worklist</PageTitle>
      <p className="muted">Highest priority first: {data?.formula.replace(/\s*\(src\/.*\)$/, '') ?? 'overdue to work × age weight × risk weight'}. Press “Why?” for a score's parts.</p>
      <ErrorMessage error={segments.error} />
      <ErrorMessage error={list.error} />
      {(list.loading || !ready) && !data && <Loading what="the worklist" />}
      {data && data.total === 0 && <Empty>{collector ? `No accounts to work for ${collector}.` : 'Nothing to work: no customer has overdue money that is not held.'}{collector && who === 'me' && collectors.length === 0 && ' No segment assigns a collector yet (Dunning → segments); choose “Everyone”.'}</Empty>}
      {data && data.rows.length > 0 && <Rows key={`${who}-${offset}`} rows={data.rows} today={today} canChange={canChange} onLogged={list.reload} />}
      {data && data.total > 0 && <Pager label="Worklist" offset={offset} limit={LIMIT} count={data.rows.length} onChange={(o) => go({ offset: o })} />}
      {data && (
        <p className="muted small">
          {data.total} account{data.total === 1 ? '' : 's'} to work as of {formatDate(data.asOf)}, scored in {data.baseCurrency}. Left off: {data.leftOut.nothingToWork} with everything held (promise, dispute, plan),{' '}
          {data.leftOut.placedWithAgencyOrLegal} with an agency or legal, {data.leftOut.doNotContact} not to be contacted. Computed {formatInstant(data.computedAt)}.
        </p>
      )}
    </>
  );
}

function Rows({ rows, today, canChange, onLogged }: { rows: WorklistRow[]; today: string; canChange: boolean; onLogged: () => void }) {
  const [open, setOpen] = useState<Record<string, 'why' | 'call' | undefined>>({});
  const body = useRef<HTMLTableSectionElement>(null);
  const toggle = (ref: string, what: 'why' | 'call') => setOpen((o) => ({ ...o, [ref]: o[ref] === what ? undefined : what }));
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, row: WorklistRow) => {
    if (e.target !== e.currentTarget) return;
    const all = Array.from(body.current?.querySelectorAll<HTMLTableRowElement>('tr.account') ?? []);
    const at = all.indexOf(e.currentTarget);
    if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); all[Math.min(all.length - 1, at + 1)]?.focus(); }
    else if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); all[Math.max(0, at - 1)]?.focus(); }
    else if (e.key === 'Enter') navigate(`/customers/${encodeURIComponent(row.customerRef)}`);
    else if (e.key === 'w') toggle(row.customerRef, 'why');
    else if (e.key === 'l' && canChange) toggle(row.customerRef, 'call');
  };
  const columns = 9;
  return (
    <div className="scroll">
      <table className="data worklist">
        <caption className="sr-only">Accounts to work, highest priority first. Arrow keys move between accounts; Enter opens one; w shows the score's parts; l logs a call.</caption>
        <thead><tr>
          <th scope="col" className="num">#</th><th scope="col">Customer</th><th scope="col" className="num">Score</th><th scope="col" className="num">Overdue to work</th>
          <th scope="col" className="num">Days past due</th><th scope="col">Flags</th><th scope="col">Phone</th><th scope="col">Next action</th><th scope="col"><span className="sr-only">Actions</span></th>
        </tr></thead>
        <tbody ref={body}>
          {rows.map((r) => {
            const shown = open[r.customerRef];
            return [
              <tr key={r.customerRef} className="account" tabIndex={0} onKeyDown={(e) => onKey(e, r)} data-testid={`worklist-${r.customerRef}`} aria-label={`${r.rank}. ${r.customerName}`}>
                <td className="num rank">{r.rank}</td>
                <td className="account-name"><Link to={`/customers/${encodeURIComponent(r.customerRef)}`}>{r.customerName}</Link> <span className="muted">{r.customerRef}</span>{r.riskGrade && <> <Grade grade={r.riskGrade} /></>}
                  {r.assignedTo.length > 0 && <><br /><span className="muted small">{r.assignedTo.join(', ')}</span></>}</td>
                <td className="num" data-label="Score">{formatNumber(r.score)}<br /><button type="button" className="link" aria-expanded={shown === 'why'} onClick={() => toggle(r.customerRef, 'why')} aria-label={`Why is ${r.customerName} scored ${formatNumber(r.score)}?`}>Why?</button></td>
                <td className="num" data-label="Overdue"><Money amount={r.overdue} currency={r.currency} />{r.currency !== r.baseCurrency && <><br /><span className="muted small"><Money amount={r.overdueInBase} currency={r.baseCurrency} /></span></>}</td>
                <td className="num" data-label="Days past due">{r.oldestDaysPastDue ?? '—'}</td>
                <td data-label="Flags"><Flags r={r} /></td>
                <td className="nowrap" data-label="Phone">{r.telUri ? <a href={r.telUri} aria-label={`Call ${r.customerName} at ${r.phone ?? ''}`}>{r.phone}</a> : <span className="muted">no number</span>}</td>
                <td data-label="Next">{r.nextAction ? <><span className={r.nextAction.on <= today ? 'due' : undefined}>{formatDate(r.nextAction.on)}</span><br /><span className="muted small">{r.nextAction.what}</span></> : <span className="muted">—</span>}</td>
                <td>{canChange && <button type="button" aria-expanded={shown === 'call'} onClick={() => toggle(r.customerRef, 'call')} aria-label={`Log a call with ${r.customerName}`}>Log call</button>}</td>
              </tr>,
              shown === 'why' && <tr key={`${r.customerRef}-why`} className="detail"><td colSpan={columns}><ScoreParts r={r} /></td></tr>,
              shown === 'call' && <tr key={`${r.customerRef}-call`} className="detail"><td colSpan={columns}>
                <LogCall customerRef={r.customerRef} phone={r.phone} today={today} onLogged={onLogged} onCancel={() => toggle(r.customerRef, 'call')} />
              </td></tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

function Flags({ r }: { r: WorklistRow }) {
  const flags: [boolean, string, string][] = [
    [r.openPromise, 'promise', `promised ${r.held.promised}`], [r.openDispute, 'dispute', `disputed ${r.held.disputed}`], [r.activePlan, 'plan', `in a plan ${r.held.planned}`],
    [r.salesRepAssigned, 'sales rep', r.salesRepReasons.join('; ')], [r.dunningLevel > 0, `level ${r.dunningLevel}`, 'dunning level reached'],
  ];
  const on = flags.filter(([shown]) => shown);
  if (on.length === 0) return <span className="muted">—</span>;
  return <>{on.map(([, label, title]) => <span key={label} className={`badge flag-${label.replace(/\s.*/, '')}`} title={title}>{label}</span>)}</>;
}

function ScoreParts({ r }: { r: WorklistRow }) {
  const held = Object.entries(r.held).filter(([, v]) => minorUnits(v) !== 0n);
  return (
    <div className="score-parts" data-testid={`parts-${r.customerRef}`}>
      <p><strong>Score {formatNumber(r.score)}</strong> = overdue to work × age weight × risk weight</p>
      <dl className="facts">
        <dt>Overdue to work</dt><dd><Money amount={String(r.parts.overdue.value)} currency={r.baseCurrency} /> — {r.parts.overdue.how}</dd>
        <dt>Exchange rate</dt><dd>{String(r.parts.exchangeRate.value)} — {r.parts.exchangeRate.how}</dd>
        <dt>Age weight</dt><dd>× {String(r.parts.age.value)} — {r.parts.age.how}</dd>
        <dt>Risk weight</dt><dd>× {String(r.parts.risk.value)} — {r.parts.risk.how}</dd>
        {held.length > 0 && <><dt>Held, not counted</dt><dd>{held.map(([k, v]) => <span key={k} className="chip">{k} <Money amount={v} currency={r.currency} /></span>)}</dd></>}
        <dt>Assigned to</dt><dd>{r.collector ?? 'no collector'}{r.segment && ` (segment ${r.segment})`}{r.salesRepAssigned && `; sales rep ${r.salesRep ?? ''}: ${r.salesRepReasons.join('; ')}`}</dd>
      </dl>
    </div>
  );
}
