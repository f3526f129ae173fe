// The customer's credit standing (issue #6: may we sell on credit, and why not) and risk (issue #8: grade, score
// with its parts in plain words, recommended limit and terms with the reasons, when the next review is due).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { post, request } from '../../api';
import type { CustomerCredit, CustomerRisk } from '../../types';
import { formatDate } from '../../format';
import { ErrorMessage, Grade, Loading, Money, useApi, useSubmit } from '../ui';

export function CreditCard({ customerRef, version, canChange = false, onChanged }: { customerRef: string; version: number; canChange?: boolean; onChanged?: () => void }) {
  const credit = useApi<CustomerCredit>(`/api/customers/${encodeURIComponent(customerRef)}/credit`);
  const { reload } = credit;
  // A payment, promise or write-off on the page changes the exposure: read it again.
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
  const c = credit.data;
  return (
    <section className="card" aria-labelledby="credit-title" data-testid="credit-card">
      <h2 id="credit-title">Credit</h2>
      <ErrorMessage error={credit.error} />
      {credit.loading && !c && <Loading what="the credit position" />}
      {c && (
        <>
          <p className={c.newCreditAllowed ? 'saved' : 'error-text'}><strong>{c.newCreditAllowed ? 'New credit sales allowed' : 'On hold: no new credit sales'}</strong></p>
          {c.why.length > 0 && <ul className="plain">{c.why.map((w) => <li key={w}>{w}</li>)}</ul>}
          <dl className="facts">
            <dt>Credit limit</dt><dd>{c.creditLimit ? <Money amount={c.creditLimit} currency={c.currency} /> : 'none'}</dd>
            <dt>Exposure</dt><dd><Money amount={c.exposure} currency={c.currency} /></dd>
            <dt>Available</dt><dd>{c.available ? <Money amount={c.available} currency={c.currency} /> : '—'}</dd>
            <dt>Oldest past due</dt><dd>{c.oldestDaysPastDue === null ? '—' : `${c.oldestDaysPastDue} days`}</dd>
            {c.hold.manualSince && <><dt>Manual hold</dt><dd>since {formatDate(c.hold.manualSince)}{c.hold.manualBy && ` by ${c.hold.manualBy.replace(/^user:/, '')}`}</dd></>}
          </dl>
          {canChange && <HoldForm customerRef={customerRef} manual={c.hold.reasons.some((r) => r.code === 'manual')} onDone={() => { reload(); onChanged?.(); }} />}
        </>
      )}
    </section>
  );
}

/** A manual credit hold, or its release, with the reason (POST / DELETE /api/customers/{ref}/credit-hold). */
function HoldForm({ customerRef, manual, onDone }: { customerRef: string; manual: boolean; onDone: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const path = `/api/customers/${encodeURIComponent(customerRef)}/credit-hold`;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { reason: reason.trim() };
    const r = await submit.run(() => (manual ? request<CustomerCredit>('DELETE', path, body) : post<CustomerCredit>(path, body)));
    if (r) { setReason(''); onDone(); }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void send(e)} aria-label={manual ? 'Release the credit hold' : 'Put on credit hold'}>
      <label htmlFor={`${id}-reason`}>{manual ? 'Reason to release' : 'Reason for a hold'} <input id={`${id}-reason`} required value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} /></label>
      <button type="submit" disabled={submit.busy || !reason.trim()}>{manual ? 'Release hold' : 'Put on hold'}</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

export function RiskCard({ customerRef }: { customerRef: string }) {
  const risk = useApi<CustomerRisk>(`/api/customers/${encodeURIComponent(customerRef)}/risk`);
  const r = risk.data;
  return (
    <section className="card" aria-labelledby="risk-title" data-testid="risk-card">
      <h2 id="risk-title">Risk</h2>
      <ErrorMessage error={risk.error} />
      {risk.loading && !r && <Loading what="the risk grade" />}
      {r && (
        <>
          <p className="total"><Grade grade={r.grade} /> <span className="num">{r.score}</span> <span className="muted">of 100</span>
            {r.overLimit && <span className="badge failed">over limit</span>}</p>
          <dl className="facts">
            <dt>Recommended limit</dt><dd>{r.recommendedLimit ? <Money amount={r.recommendedLimit} currency={r.currency} /> : '—'}{r.currentLimit && <span className="muted"> (now <Money amount={r.currentLimit} currency={r.currency} />)</span>}</dd>
            <dt>Recommended terms</dt><dd>{r.recommendedTerms.text}</dd>
            <dt>Review due</dt><dd>{formatDate(r.reviewDue)}{r.reviewReasons.length > 0 && <span className="muted"> — {r.reviewReasons.join('; ')}</span>}</dd>
          </dl>
          <details>
            <summary>What the score is made of</summary>
            <table className="data compact">
              <caption className="sr-only">Risk score parts: points taken off 100</caption>
              <thead><tr><th scope="col">Part</th><th scope="col" className="num">Points off</th></tr></thead>
              <tbody>
                {Object.entries(r.parts).map(([name, p]) => (
                  <tr key={name}><td>{p.words}</td><td className="num">{p.maxPoints > 0 ? `${p.points} / ${p.maxPoints}` : '—'}</td></tr>
                ))}
              </tbody>
            </table>
            {r.caps.length > 0 && <p className="muted">{r.caps.join('; ')}</p>}
          </details>
          <details>
            <summary>Why this limit and these terms</summary>
            <ul className="plain">{r.adviceReasons.map((a) => <li key={a}>{a}</li>)}</ul>
          </details>
        </>
      )}
    </section>
  );
}
