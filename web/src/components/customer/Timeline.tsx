// A customer's timeline (issue #6: "letters, e-mails, calls, notes, promises, disputes, plans, payments, holds"),
// newest first, filtered by kind, a page at a time; a note is added here, and a logged call or note shows at once
// (the page reloads the first page after each change: `version` is bumped by the parent).
import { type FormEvent, useEffect, useState } from 'react';
import { post, query } from '../../api';
import { formatInstant } from '../../format';
import type { Timeline as TimelineData, TimelineEntry } from '../../types';
import { Empty, ErrorMessage, Loading, Money, Pager, useApi, useSubmit } from '../ui';

const KINDS: [string, string][] = [
  ['', 'Everything'], ['call', 'Calls'], ['note', 'Notes'], ['promise', 'Promises'], ['dispute', 'Disputes'], ['payment-plan', 'Payment plans'],
  ['payment', 'Payments'], ['credit-note', 'Credit notes'], ['letter,email,sms', 'Letters, e-mails, SMS'], ['dunning', 'Dunning'],
  ['credit-hold', 'Credit holds'], ['placement', 'Placements'], ['write-off', 'Write-offs'],
];
const LIMIT = 15;

export function Timeline({ customerRef, version, canChange, onChanged }: { customerRef: string; version: number; canChange: boolean; onChanged: () => void }) {
  const [kinds, setKinds] = useState('');
  const [offset, setOffset] = useState(0);
  const path = `/api/customers/${encodeURIComponent(customerRef)}/timeline${query({ kinds, limit: LIMIT, offset: offset || undefined })}`;
  const page = useApi<TimelineData>(path);
  const { reload } = page;
  // A change elsewhere on the page (a call logged) bumps `version`: fetch again.
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
  const entries = page.data?.entries ?? [];
  return (
    <section className="card" aria-labelledby="timeline-title" data-testid="timeline">
      <div className="page-title">
        <h2 id="timeline-title">Timeline</h2>
        <label className="inline">Show{' '}
          <select value={kinds} onChange={(e) => { setKinds(e.target.value); setOffset(0); }} aria-label="Timeline kinds">
            {KINDS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
      </div>
      {canChange && <AddNote customerRef={customerRef} onAdded={() => { setOffset(0); onChanged(); }} />}
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="the timeline" />}
      {page.data && entries.length === 0 && offset === 0 && <Empty>Nothing {kinds ? 'of this kind ' : ''}on the timeline yet.</Empty>}
      {entries.length > 0 && <ol className="timeline">{entries.map((e) => <Entry key={`${e.kind}-${e.id}`} e={e} />)}</ol>}
      {(entries.length > 0 || offset > 0) && (page.data?.more || offset > 0) && <Pager label="Timeline" offset={offset} limit={LIMIT} count={page.data?.more ? LIMIT : entries.length} onChange={setOffset} />}
    </section>
  );
}

function Entry({ e }: { e: TimelineEntry }) {
  const d = e.details;
  const text = (k: string) => (typeof d[k] === 'string' || typeof d[k] === 'number' ? String(d[k]) : undefined);
  const lines = [
    e.kind === 'note' ? text('text') : text('note'),
    text('nextActionOn') && `next action ${text('nextActionOn')}`,
    text('reason') && e.kind !== 'call' ? `reason: ${text('reason')}` : undefined,
    text('lastError') && `error: ${text('lastError')}`,
  ].filter((l): l is string => !!l);
  return (
    <li className={`entry kind-${e.kind}`}>
      <div className="entry-head">
        <span><span className="badge">{e.kind}</span> <strong>{e.title}</strong></span>
        <span className="muted small"><time dateTime={e.at}>{formatInstant(e.at)}</time>{e.by && ` · ${e.by.replace(/^user:/, '')}`}</span>
      </div>
      {e.amount && e.currency && e.kind !== 'note' && <span className="sr-only"><Money amount={e.amount} currency={e.currency} /></span>}
      {lines.map((l, i) => <p key={i} className="entry-text">{l}</p>)}
    </li>
  );
}

function AddNote({ customerRef, onAdded }: { customerRef: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.run(() => post(`/api/customers/${encodeURIComponent(customerRef)}/notes`, { text: text.trim() })) !== undefined) { setText(''); onAdded(); }
  };
  return (
    <form className="add-note" onSubmit={(e) => void send(e)}>
      <label htmlFor="note-text" className="sr-only">Note</label>
      <textarea id="note-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="Add a note for the team…" maxLength={10_000} />
      <button type="submit" disabled={submit.busy || text.trim() === ''}>Add note</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}
