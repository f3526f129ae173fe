// One customer: details, contacts with click-to-call and e-mail, credit and risk, open items with days past due
// and the predicted payment date of each (issue #8), the timeline with a call or a note logged here, placements
// with the agency's files, a write-off request, and the statements as PDF; a promise, a dispute, a payment plan and
// a credit hold recorded directly (issue #7).
import { useCallback, useEffect, useState } from 'react';
import { query } from '../api';
import { LogCall } from '../components/LogCall';
import { CustomerActions } from '../components/customer/CustomerActions';
import { CustomerPlacements, RequestWriteOff } from '../components/customer/CustomerWork';
import { CreditCard, RiskCard } from '../components/customer/RiskCard';
import { Timeline } from '../components/customer/Timeline';
import { Empty, ErrorMessage, Loading, Money, PageTitle, useApi } from '../components/ui';
import { addMonths, formatDate, minorUnits, todayIn } from '../format';
import { Link } from '../router';
import type { CustomerDetail, OpenItemStatement, Prediction, Session, Tenant } from '../types';

export function CustomerPage({ customerRef, tenant, session }: { customerRef: string; tenant: Tenant; session: Session }) {
  const ref = encodeURIComponent(customerRef);
  const to = todayIn(tenant.timezone);
  const from = addMonths(to, -12);
  const role = session.tenant.role;
  const canChange = role !== 'viewer';
  const manager = role === 'manager' || role === 'admin';
  // Bumped by every change made on this page (a call, a note, a placement): the parts it touches read again.
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const customer = useApi<CustomerDetail>(`/api/customers/${ref}`);
  const statement = useApi<OpenItemStatement>(`/api/customers/${ref}/statement${query({ from, to, type: 'open-item', format: 'json' })}`);
  const predictions = useApi<{ invoices: Prediction[] }>(`/api/customers/${ref}/predictions`);
  const reloadStatement = statement.reload;
  useEffect(() => { if (version > 0) reloadStatement(); }, [version, reloadStatement]);
  const c = customer.data;
  const pdf = (type: string) => `/api/customers/${ref}/statement${query({ from, to, type, format: 'pdf' })}`;
  return (
    <>
      <p><Link to="/worklist">← Worklist</Link> · <Link to="/customers">Customers</Link></p>
      <ErrorMessage error={customer.error} />
      {customer.loading && !c && <Loading what="the customer" />}
      {c && (
        <>
          <PageTitle actions={<div className="actions">
            <a className="button" href={pdf('open-item')} download>Open-item statement (PDF)</a>
            <a className="button" href={pdf('balance-forward')} download>Balance-forward statement, 12 months (PDF)</a>
          </div>}>{c.name}</PageTitle>
          <div className="split">
            <section className="card" aria-labelledby="details-title">
              <h2 id="details-title">Details</h2>
              <dl className="facts">
                <dt>Customer ref</dt><dd>{c.customerRef}</dd>
                <dt>Country</dt><dd>{c.country ?? '—'}</dd>
                <dt>Language</dt><dd>{c.language ?? '—'}</dd>
                <dt>Currency</dt><dd>{c.currency}</dd>
                <dt>Payment terms</dt><dd>{c.paymentTermsDays !== null ? `${c.paymentTermsDays} days` : '—'}</dd>
                <dt>Credit limit</dt><dd>{c.creditLimit ? <Money amount={c.creditLimit} currency={c.currency} /> : '—'}</dd>
                <dt>Time zone</dt><dd>{c.timeZone ?? '—'}</dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="contacts-title">
              <h2 id="contacts-title">Contacts</h2>
              {c.contacts.length === 0 && <Empty>No contacts.</Empty>}
              <ul className="contacts">
                {[{ role: 'main', name: c.name, email: c.email, phone: c.phone }, ...c.contacts].filter((k) => k.email || k.phone).map((k, i) => (
                  <li key={i}>
                    <strong>{k.name}</strong> <span className="muted">{k.role}</span><br />
                    {k.phone && <a href={`tel:${k.phone.replace(/[^+\d]/g, '')}`} aria-label={`Call ${k.name} at ${k.phone}`}>{k.phone}</a>}
                    {k.phone && k.email && ' · '}
                    {k.email && <a href={`mailto:${k.email}`}>{k.email}</a>}
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
      <div className="split even">
        <CreditCard customerRef={customerRef} version={version} canChange={canChange} onChanged={changed} />
        <RiskCard customerRef={customerRef} />
      </div>
      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">Open items</h2>
        <ErrorMessage error={statement.error} />
        <ErrorMessage error={predictions.error} />
        {statement.loading && !statement.data && <Loading what="open items" />}
        {statement.data && <OpenItems s={statement.data} predictions={predictions.data?.invoices} predicting={predictions.loading} />}
        {statement.data && canChange && <RequestWriteOff currency={statement.data.currency} invoices={statement.data.items.filter((i) => minorUnits(i.open) > 0n)} onRequested={changed} />}
      </section>
      <div className="split">
        <Timeline customerRef={customerRef} version={version} canChange={canChange} onChanged={changed} />
        <div>
          {canChange && (
            <section className="card" aria-labelledby="call-title">
              <h2 id="call-title">Log a call</h2>
              <LogCall customerRef={customerRef} phone={c?.phone} today={to} onLogged={changed} />
            </section>
          )}
          {canChange && statement.data && <CustomerActions customerRef={customerRef} currency={statement.data.currency} today={to} onChanged={changed}
            invoices={statement.data.items.filter((i) => minorUnits(i.open) > 0n)} />}
          <CustomerPlacements customerRef={customerRef} manager={manager} onChanged={changed} />
        </div>
      </div>
    </>
  );
}

function OpenItems({ s, predictions, predicting }: { s: OpenItemStatement; predictions: Prediction[] | undefined; predicting: boolean }) {
  const predicted = new Map((predictions ?? []).map((p) => [p.number, p]));
  if (s.items.length === 0) return <Empty>Nothing open. Balance <Money amount={s.closingBalance} currency={s.currency} />.</Empty>;
  return (
    <>
      <p className="total"><span className="label">Balance</span> <Money amount={s.closingBalance} currency={s.currency} />
        {minorUnits(s.unapplied) !== 0n && <span className="muted"> (after unapplied cash <Money amount={s.unapplied} currency={s.currency} />)</span>}</p>
      <table className="data">
        <caption className="sr-only">Open items, oldest due first</caption>
        <thead><tr><th scope="col">Invoice</th><th scope="col">Issued</th><th scope="col">Due</th><th scope="col" className="num">Days past due</th><th scope="col" className="num">Amount</th><th scope="col" className="num">Open</th><th scope="col">Expected payment</th></tr></thead>
        <tbody>
          {s.items.map((i) => (
            <tr key={i.number} className={i.daysPastDue > 90 ? 'late' : undefined}>
              <td>{i.number}</td><td>{formatDate(i.issueDate)}</td><td>{formatDate(i.dueDate)}</td>
              <td className="num">{i.daysPastDue > 0 ? i.daysPastDue : <span className="muted">not due</span>}</td>
              <td className="num"><Money amount={i.amount} currency={s.currency} /></td>
              <td className="num"><Money amount={i.open} currency={s.currency} /></td>
              <td><Expected p={predicted.get(i.number)} loading={predicting} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The predicted payment date with its 80 % range, and the model's reasons on demand. */
function Expected({ p, loading }: { p: Prediction | undefined; loading: boolean }) {
  if (!p) return <span className="muted">{loading ? '…' : '—'}</span>;
  return (
    <details className="expected">
      <summary><strong>{formatDate(p.predictedDate)}</strong> <span className="muted small">({formatDate(p.low)} – {formatDate(p.high)})</span></summary>
      <p className="small">{p.explanation}</p>
    </details>
  );
}
