// Cash application (issue #5): the entries the matcher could not post on its own, each with its explanation, to
// confirm or reject; and the upload of a bank file with what happened to it.
import { useState } from 'react';
import { post, query } from '../api';
import { BankUpload } from '../components/Upload';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { formatDate, formatPercent } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { BankEntry } from '../types';

const LIMIT = 20;
const STATUSES = [{ key: 'suggested', label: 'Suggested' }, { key: 'unmatched', label: 'Unmatched' }] as const;

export function BankQueue({ canChange }: { canChange: boolean }) {
  const { search } = useLocation();
  const status = search.get('status') === 'unmatched' ? 'unmatched' : 'suggested';
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ entries: BankEntry[] }>(`/api/bank/entries${query({ status, limit: LIMIT, offset })}`);
  const entries = page.data?.entries ?? [];
  return (
    <>
      <PageTitle>Bank queue</PageTitle>
      {canChange && <BankUpload onImported={page.reload} />}
      <div className="tabs" role="tablist" aria-label="Entries by status">
        {STATUSES.map((s) => <button key={s.key} type="button" role="tab" aria-selected={status === s.key} onClick={() => navigate(`/bank${query({ status: s.key })}`)}>{s.label}</button>)}
      </div>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="bank entries" />}
      {page.data && entries.length === 0 && offset === 0 && <Empty>No {status} entries: nothing waits for a person.</Empty>}
      <ul className="entries" aria-label={`${status} bank entries`}>
        {entries.map((e) => <Entry key={e.id} entry={e} canChange={canChange} onDecided={page.reload} />)}
      </ul>
      {(entries.length > 0 || offset > 0) && <Pager label="Bank entries" offset={offset} limit={LIMIT} count={entries.length} onChange={(o) => navigate(`/bank${query({ status, offset: o || undefined })}`)} />}
    </>
  );
}

function Entry({ entry: e, canChange, onDecided }: { entry: BankEntry; canChange: boolean; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const [customerRef, setCustomerRef] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const act = async (path: string, body: object) => {
    setBusy(true); setError(undefined);
    try { await post(path, body); onDecided(); } catch (err) { setError(err); } finally { setBusy(false); }
  };
  const proposal = e.proposal;
  const needsCustomer = !proposal || (proposal.allocations.length === 0 && !proposal.customerRef);
  const id = `entry-${e.id}`;
  return (
    <li className="card entry" aria-labelledby={id}>
      <div className="entry-head">
        <h3 id={id}><Money amount={e.amount} currency={e.currency} /> from {e.payerName ?? 'an unnamed payer'}</h3>
        <span className="muted">booked {formatDate(e.bookingDate)}{e.confidence !== null ? ` · confidence ${formatPercent(e.confidence)}` : ''}</span>
      </div>
      <p className="remittance">{e.remittanceText || <span className="muted">no remittance text</span>}{e.structuredReferences.length > 0 && <> · reference {e.structuredReferences.join(', ')}</>}{e.payerIban && <> · from account {e.payerIban}</>}</p>
      {proposal && proposal.allocations.length > 0 && (
        <p>Proposed: {proposal.allocations.map((a) => <span key={a.invoiceNumber} className="chip">{a.invoiceNumber} <Money amount={a.amount} currency={e.currency} /></span>)}
          {proposal.customerRef && <> for <Link to={`/customers/${encodeURIComponent(proposal.customerRef)}`}>{proposal.customerRef}</Link></>}</p>
      )}
      <ul className="explanation" aria-label="Why">
        {e.explanation.map((x, i) => <li key={i}>{x}</li>)}
      </ul>
      {canChange && (
        <div className="decide">
          {needsCustomer && (
            <label>Customer ref <input value={customerRef} onChange={(ev) => setCustomerRef(ev.target.value)} size={10} aria-label={`Customer who paid entry ${e.id}`} /></label>
          )}
          <button type="button" className="primary" disabled={busy || (needsCustomer && customerRef.trim() === '')}
            onClick={() => void act(`/api/bank/entries/${e.id}/confirm`, needsCustomer ? { customerRef: customerRef.trim() } : {})}>Confirm</button>
          <label>Reason <input value={reason} onChange={(ev) => setReason(ev.target.value)} placeholder="e.g. refund from supplier" aria-label={`Reason to reject entry ${e.id}`} /></label>
          <button type="button" disabled={busy || reason.trim() === ''} onClick={() => void act(`/api/bank/entries/${e.id}/reject`, { reason: reason.trim() })}>Reject</button>
        </div>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}
