// The outbox (issue #4): every message the dunning run queued, with its delivery state, newest first; a letter
// (printed, or attached to an e-mail) opens as its PDF (issue #7).
import { query } from '../api';
import { Empty, ErrorMessage, Loading, PageTitle, Pager, useApi } from '../components/ui';
import { formatInstant } from '../format';
import { navigate, useLocation } from '../router';
import type { OutboxMessage } from '../types';

const LIMIT = 25;
const STATUSES = ['', 'queued', 'sent', 'failed', 'bounced'];

export function Outbox() {
  const { search } = useLocation();
  const status = STATUSES.includes(search.get('status') ?? '') ? (search.get('status') ?? '') : '';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ messages: OutboxMessage[] }>(`/api/outbox${query({ status, limit: LIMIT, offset })}`);
  const messages = page.data?.messages ?? [];
  return (
    <>
      <PageTitle actions={<label className="inline">Status{' '}
        <select value={status} onChange={(e) => navigate(`/outbox${query({ status: e.target.value })}`)}>
          {STATUSES.map((s) => <option key={s} value={s}>{s || 'all'}</option>)}
        </select></label>}>Outbox</PageTitle>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="the outbox" />}
      {page.data && messages.length === 0 && offset === 0 && <Empty>No messages{status ? ` with status ${status}` : ''}. A dunning run queues them here.</Empty>}
      {messages.length > 0 && (
        <table className="data">
          <caption className="sr-only">Messages, newest first</caption>
          <thead><tr><th scope="col">Channel</th><th scope="col">Recipient</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col" className="num">Attempts</th><th scope="col">Sent</th><th scope="col">Last error</th><th scope="col">Letter</th></tr></thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.channel}</td><td>{m.recipient}</td><td>{m.subject ?? ''}</td>
                <td><span className={`badge ${m.status}`}>{m.status}</span></td>
                <td className="num">{m.attempts}</td><td>{formatInstant(m.sentAt)}</td><td className="error-text">{m.lastError ?? ''}</td>
                <td>{m.channel === 'letter' || m.channel === 'email' ? <a href={`/api/outbox/${m.id}/letter.pdf`} target="_blank" rel="noopener" aria-label={`Letter to ${m.recipient} as PDF`}>PDF</a> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(messages.length > 0 || offset > 0) && <Pager label="Outbox" offset={offset} limit={LIMIT} count={messages.length} onChange={(o) => navigate(`/outbox${query({ status, offset: o || undefined })}`)} />}
    </>
  );
}
