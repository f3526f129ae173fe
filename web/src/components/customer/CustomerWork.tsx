// The customer's placements (with the agency's CSV, case file and small-claims pack) and a write-off request
// (issue #6: a write-off needs a manager's approval; a collector asks for it here).
import { type FormEvent, useId, useState } from 'react';
import { post, query } from '../../api';
import { formatDate } from '../../format';
import type { Agency, Placement, WriteOffRequest } from '../../types';
import { Link } from '../../router';
import { PlaceForm, PlacementFiles } from '../placements';
import { AMOUNT_PATTERN, Empty, ErrorMessage, Loading, Money, useApi, useSubmit } from '../ui';

export function CustomerPlacements({ customerRef, manager, onChanged }: { customerRef: string; manager: boolean; onChanged: () => void }) {
  const list = useApi<{ placements: Placement[] }>(`/api/placements${query({ customerRef, limit: 20 })}`);
  const agencies = useApi<{ agencies: Agency[] }>(manager ? '/api/agencies' : null);
  const [placing, setPlacing] = useState(false);
  const placements = list.data?.placements ?? [];
  return (
    <section className="card" aria-labelledby="placements-title" data-testid="customer-placements">
      <div className="page-title">
        <h2 id="placements-title">Placements</h2>
        {manager && <button type="button" aria-expanded={placing} onClick={() => setPlacing((p) => !p)}>Place this account…</button>}
      </div>
      {placing && agencies.data && <PlaceForm customerRef={customerRef} agencies={agencies.data.agencies} onPlaced={() => { setPlacing(false); list.reload(); onChanged(); }} />}
      <ErrorMessage error={list.error ?? agencies.error} />
      {list.loading && !list.data && <Loading what="placements" />}
      {list.data && placements.length === 0 && <Empty>Never placed with an agency, the in-house team or legal.</Empty>}
      {placements.length > 0 && (
        <div className="scroll">
          <table className="data compact">
            <caption className="sr-only">Placements of this customer, latest first</caption>
            <thead><tr><th scope="col">Placed</th><th scope="col">With</th><th scope="col">Status</th><th scope="col" className="num">Placed amount</th><th scope="col" className="num">Recovered</th><th scope="col">Files</th></tr></thead>
            <tbody>
              {placements.map((p) => (
                <tr key={p.id}>
                  <td className="nowrap">{formatDate(p.placedOn)} <span className="muted">#{p.number}</span></td>
                  <td>{p.kind === 'agency' ? p.agency?.name ?? 'agency' : p.kind}{p.commissionRate && <span className="muted"> ({p.commissionRate} %)</span>}</td>
                  <td><span className={`badge ${p.status === 'active' ? 'queued' : ''}`}>{p.status}</span>{p.endedOn && <span className="muted small"> {formatDate(p.endedOn)}</span>}</td>
                  <td className="num"><Money amount={p.amount} currency={p.currency} /></td>
                  <td className="num"><Money amount={p.totals.recovered} currency={p.currency} /></td>
                  <td className="nowrap"><PlacementFiles p={p} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">Recalls and recoveries: <Link to="/placements">Placements</Link>.</p>
    </section>
  );
}

export function RequestWriteOff({ invoices, currency, onRequested }: { invoices: { number: string; open: string }[]; currency: string; onRequested: () => void }) {
  const id = useId();
  const [invoice, setInvoice] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [made, setMade] = useState<WriteOffRequest>();
  const submit = useSubmit();
  const chosen = invoice || invoices[0]?.number || '';
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setMade(undefined);
    const r = await submit.run(() => post<WriteOffRequest>('/api/write-off-requests', { invoiceNumber: chosen, reason: reason.trim(), ...(amount.trim() ? { amount: amount.trim() } : {}) }));
    if (r) { setMade(r); setAmount(''); setReason(''); onRequested(); }
  };
  if (invoices.length === 0) return null;
  return (
    <details className="write-off">
      <summary>Request a write-off…</summary>
      <form className="inline-form" onSubmit={(e) => void send(e)} aria-label="Request a write-off">
        <label htmlFor={`${id}-invoice`}>Invoice <select id={`${id}-invoice`} value={chosen} onChange={(e) => setInvoice(e.target.value)}>
          {invoices.map((i) => <option key={i.number} value={i.number}>{i.number} (open {i.open})</option>)}
        </select></label>
        <label htmlFor={`${id}-amount`}>Amount ({currency}) <input id={`${id}-amount`} inputMode="decimal" pattern={AMOUNT_PATTERN} value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="all that is open" className="amount" /></label>
        <label htmlFor={`${id}-reason`}>Reason <input id={`${id}-reason`} required value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} /></label>
        <button type="submit" disabled={submit.busy || !reason.trim()}>Ask a manager to approve</button>
      </form>
      <ErrorMessage error={submit.error} />
      {made && <p className="saved" role="status">Requested: <Money amount={made.amount} currency={made.currency} /> on {made.invoiceNumber}, pending a manager's approval (Placements → write-off approvals).</p>}
    </details>
  );
}
