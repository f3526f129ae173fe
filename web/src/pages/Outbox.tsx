// The outbox (issue #4): every message the dunning run queued, with its delivery state, newest first; a letter
// (printed, or attached to an e-mail) opens as its PDF, and a message opens as sent: recipient, subject, body and
// attachment (issue #7).
import { useEffect, useRef } from 'react';
import { query } from '../api';
import { Empty, ErrorMessage, Loading, PageTitle, Pager, useApi } from '../components/ui';
import { formatInstant, formatNumber } from '../format';
import { navigate, useLocation } from '../router';
import type { OutboxMessage, OutboxMessageDetail } from '../types';

const LIMIT = 25;
const STATUSES = ['', 'queued', 'sent', 'failed', 'bounced'];

export function Outbox() {
  const { search } = useLocation();
  const status = STATUSES.includes(search.get('status') ?? '') ? (search.get('status') ?? '') : '';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ messages: OutboxMessage[] }>(`/api/outbox${query({ status, limit: LIMIT, offset })}`);
  const messages = page.data?.messages ?? [];
  const opened = /^\d{1,18}$/.test(search.get('message') ?? '') ? search.get('message') : null;
  const here = (extra: Record<string, string | number | undefined>) => `/outbox${query({ status, offset: offset || undefined, ...extra })}`;
  return (
    <>
      <PageTitle actions={<label className="inline">Status{' '}
        <select value={status} onChange={(e) => navigate(`/outbox${query({ status: e.target.value })}`)}>
          {STATUSES.map((s) => <option key={s} value={s}>{s || 'all'}</option>)}
        </select></label>}>Outbox</PageTitle>
      <ErrorMessage error={page.error} />
      {opened && <MessageAsSent id={opened} onClose={() => navigate(here({}))} />}
      {page.loading && !page.data && <Loading what="the outbox" />}
      {page.data && messages.length === 0 && offset === 0 && <Empty>No messages{status ? ` with status ${status}` : ''}. A dunning run queues them here.</Empty>}
      {messages.length > 0 && (
        <table className="data">
          <caption className="sr-only">Messages, newest first</caption>
          <thead><tr><th scope="col">Channel</th><th scope="col">Recipient</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col" className="num">Attempts</th><th scope="col">Sent</th><th scope="col">Last error</th><th scope="col">Letter</th><th scope="col"><span className="sr-only">Open</span></th></tr></thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.channel}</td><td>{m.recipient}</td><td>{m.subject ?? ''}</td>
                <td><span className={`badge ${m.status}`}>{m.status}</span></td>
                <td className="num">{m.attempts}</td><td>{formatInstant(m.sentAt)}</td><td className="error-text">{m.lastError ?? ''}</td>
                <td>{m.channel === 'letter' || m.channel === 'email' ? <a href={`/api/outbox/${m.id}/letter.pdf`} target="_blank" rel="noopener" aria-label={`Letter to ${m.recipient} as PDF`}>PDF</a> : ''}</td>
                <td><a href={here({ message: m.id })} onClick={(e) => { e.preventDefault(); navigate(here({ message: m.id })); }} aria-label={`Open the ${m.channel} to ${m.recipient} as sent`}>{m.channel === 'email' ? 'Open e-mail' : 'Open'}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(messages.length > 0 || offset > 0) && <Pager label="Outbox" offset={offset} limit={LIMIT} count={messages.length} onChange={(o) => navigate(`/outbox${query({ status, offset: o || undefined })}`)} />}
    </>
  );
}

/** One message as it left (or will leave): the e-mail's headers, its text and its attachment. */
function MessageAsSent({ id, onClose }: { id: string; onClose: () => void }) {
  const message = useApi<OutboxMessageDetail>(`/api/outbox/${id}`);
  const heading = useRef<HTMLHeadingElement>(null);
  const m = message.data;
  useEffect(() => { if (m) heading.current?.focus(); }, [m]);
  return (
    <section className="card message" aria-labelledby="message-title" data-testid="message-as-sent">
      <div className="page-title">
        <h2 id="message-title" ref={heading} tabIndex={-1}>{m ? (m.subject ?? `${m.channel} to ${m.recipient}`) : `Message ${id}`}</h2>
        <button type="button" onClick={onClose}>Close</button>
      </div>
      <ErrorMessage error={message.error} />
      {message.loading && !m && <Loading what="the message" />}
      {m && (
        <>
          <dl className="facts">
            <dt>Channel</dt><dd>{m.channel}</dd>
            <dt>To</dt><dd>{m.recipient}</dd>
            {m.subject !== null && <><dt>Subject</dt><dd>{m.subject}</dd></>}
            <dt>Status</dt><dd><span className={`badge ${m.status}`}>{m.status}</span>{m.sentAt && ` ${formatInstant(m.sentAt)}`}{m.attempts > 0 && <span className="muted"> · {m.attempts} attempt{m.attempts === 1 ? '' : 's'}</span>}</dd>
            {m.lastError && <><dt>Last error</dt><dd className="error-text">{m.lastError}</dd></>}
            {m.attachment && <><dt>Attachment</dt><dd><a href={m.attachment.href} target="_blank" rel="noopener">{m.attachment.name}</a> <span className="muted">({formatNumber(Math.ceil(m.attachment.bytes / 1024))} KB, PDF)</span></dd></>}
          </dl>
          {m.body ? <pre className="message-body" aria-label="Message text">{m.body}</pre> : <p className="muted">{m.channel === 'letter' ? 'A printed letter: its text is the attached PDF.' : 'No text.'}</p>}
        </>
      )}
    </section>
  );
}
