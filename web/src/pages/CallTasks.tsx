// Call tasks (issue #4): who to call, when in their business hours, with click-to-call.
import { query } from '../api';
import { Empty, ErrorMessage, Loading, PageTitle, Pager, useApi } from '../components/ui';
import { formatInstant } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { CallTask } from '../types';

const LIMIT = 25;

export function CallTasks() {
  const { search } = useLocation();
  const status = ['open', 'done', 'cancelled'].includes(search.get('status') ?? '') ? (search.get('status') ?? 'open') : 'open';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ tasks: CallTask[] }>(`/api/call-tasks${query({ status, limit: LIMIT, offset })}`);
  const tasks = page.data?.tasks ?? [];
  return (
    <>
      <PageTitle actions={<label className="inline">Status{' '}
        <select value={status} onChange={(e) => navigate(`/call-tasks${query({ status: e.target.value })}`)}>
          {['open', 'done', 'cancelled'].map((s) => <option key={s} value={s}>{s}</option>)}
        </select></label>}>Call tasks</PageTitle>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="call tasks" />}
      {page.data && tasks.length === 0 && offset === 0 && <Empty>No {status} call tasks.</Empty>}
      {tasks.length > 0 && (
        <table className="data">
          <caption className="sr-only">Call tasks, earliest due first</caption>
          <thead><tr><th scope="col">Due (customer's time)</th><th scope="col">Customer</th><th scope="col">Contact</th><th scope="col">Phone</th><th scope="col">Reason</th><th scope="col">Outcome</th></tr></thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.id}>
                <td>{t.localDueTime} <span className="muted">{t.timeZone}</span><br /><span className="muted">{formatInstant(t.dueAt)} your time</span></td>
                <td><Link to={`/customers/${encodeURIComponent(t.customerRef)}`}>{t.customerName}</Link> <span className="muted">{t.customerRef}</span></td>
                <td>{t.contactName ?? ''}</td>
                <td>{t.telUri ? <a href={t.telUri} aria-label={`Call ${t.contactName ?? t.customerName} at ${t.phone ?? ''}`}>{t.phone}</a> : <span className="muted">no number</span>}</td>
                <td>{t.reason}</td><td>{t.outcome ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(tasks.length > 0 || offset > 0) && <Pager label="Call tasks" offset={offset} limit={LIMIT} count={tasks.length} onChange={(o) => navigate(`/call-tasks${query({ status, offset: o || undefined })}`)} />}
    </>
  );
}
