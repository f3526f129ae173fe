// Logging a call (issue #6: outcome, note, next action date; a promise with amount, date and invoices, or a
// dispute with reason and invoices, recorded in the same transaction) through POST /api/customers/{ref}/calls, or
// POST /api/call-tasks/{id}/log for a scheduled task. Used on the customer page and inline in the worklist.
import { type FormEvent, useId, useState } from 'react';
import { post, query } from '../api';
import { addMonths } from '../format';
import type { OpenItemStatement } from '../types';
import { AMOUNT_PATTERN, ErrorMessage, Loading, Money, useApi, useSubmit } from './ui';

export const CALL_OUTCOMES: [string, string][] = [
  ['promise', 'Promise to pay'], ['dispute', 'Dispute'], ['no-answer', 'No answer'], ['left-message', 'Left a message'],
  ['wrong-number', 'Wrong number'], ['refused', 'Refused to pay'], ['paid-already', 'Says paid already'],
];
export const DISPUTE_REASONS = ['damaged-goods', 'wrong-item', 'not-received', 'pricing', 'quality', 'poor-service', 'duplicate-billing', 'other'];

type Item = { number: string; open: string; daysPastDue: number };

export function LogCall({ customerRef, today, taskId, phone, onLogged, onCancel }: {
  customerRef: string; today: string; taskId?: string; phone?: string | null; onLogged: () => void; onCancel?: () => void;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState('no-answer');
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const [amount, setAmount] = useState('');
  const [promisedDate, setPromisedDate] = useState('');
  const [reason, setReason] = useState('other');
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const submit = useSubmit();
  const needsItems = outcome === 'promise' || outcome === 'dispute';
  const ref = encodeURIComponent(customerRef);
  const items = useApi<OpenItemStatement>(needsItems ? `/api/customers/${ref}/statement${query({ from: addMonths(today, -12), to: today, type: 'open-item', format: 'json' })}` : null);
  const open: Item[] = (items.data?.items ?? []).filter((i) => !i.open.startsWith('-') && i.open !== '0.00');
  const toggle = (n: string) => setChosen((c) => (c.includes(n) ? c.filter((x) => x !== n) : [...c, n]));

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const body: Record<string, unknown> = { outcome, ...(note.trim() ? { note: note.trim() } : {}), ...(next ? { nextActionOn: next } : {}) };
    if (outcome === 'promise') body.promise = { amount: amount.trim(), promisedDate, ...(chosen.length ? { invoiceNumbers: chosen } : {}) };
    if (outcome === 'dispute') body.dispute = { reason, invoices: chosen.map((invoiceNumber) => ({ invoiceNumber })) };
    if (!taskId && phone) body.phone = phone;
    const path = taskId ? `/api/call-tasks/${encodeURIComponent(taskId)}/log` : `/api/customers/${ref}/calls`;
    const result = await submit.run(() => post(path, body));
    if (result === undefined) return;
    setDone(`Logged: ${CALL_OUTCOMES.find(([o]) => o === outcome)?.[1] ?? outcome}${next ? `, next action ${next}` : ''}.`);
    setNote(''); setNext(''); setAmount(''); setPromisedDate(''); setChosen([]);
    onLogged();
  };

  return (
    <form className="log-call" onSubmit={(e) => void send(e)} aria-label={`Log a call with ${customerRef}`}>
      <div className="inline-form">
        <label htmlFor={`${id}-outcome`}>Outcome
          <select id={`${id}-outcome`} value={outcome} onChange={(e) => { setOutcome(e.target.value); setChosen([]); }}>
            {CALL_OUTCOMES.map(([o, label]) => <option key={o} value={o}>{label}</option>)}
          </select>
        </label>
        <label htmlFor={`${id}-next`}>Next action on <input id={`${id}-next`} type="date" value={next} min={today} onChange={(e) => setNext(e.target.value)} /></label>
        {outcome === 'promise' && (
          <>
            <label htmlFor={`${id}-amount`}>Promised amount <input id={`${id}-amount`} inputMode="decimal" pattern={AMOUNT_PATTERN} required value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="e.g. 1250.00" className="amount" /></label>
            <label htmlFor={`${id}-date`}>Pay by <input id={`${id}-date`} type="date" required min={today} value={promisedDate} onChange={(e) => setPromisedDate(e.target.value)} /></label>
          </>
        )}
        {outcome === 'dispute' && (
          <label htmlFor={`${id}-reason`}>Reason
            <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>{DISPUTE_REASONS.map((r) => <option key={r} value={r}>{r}</option>)}</select>
          </label>
        )}
      </div>
      {needsItems && (
        <fieldset className="invoices">
          <legend>{outcome === 'promise' ? 'Invoices the promise covers (none: the oldest first)' : 'Invoices disputed (at least one)'}</legend>
          <ErrorMessage error={items.error} />
          {items.loading && !items.data && <Loading what="open invoices" />}
          {items.data && open.length === 0 && <span className="muted">No open invoices.</span>}
          <div className="checks">
            {open.map((i) => (
              <label key={i.number}><input type="checkbox" checked={chosen.includes(i.number)} onChange={() => toggle(i.number)} /> {i.number} <Money amount={i.open} currency={items.data?.currency ?? 'XXX'} />{i.daysPastDue > 0 && <span className="muted"> · {i.daysPastDue} d</span>}</label>
            ))}
          </div>
        </fieldset>
      )}
      <label htmlFor={`${id}-note`} className="block">Note <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} /></label>
      <div className="actions">
        <button type="submit" className="primary" disabled={submit.busy || (outcome === 'dispute' && chosen.length === 0)}>Log call</button>
        {onCancel && <button type="button" onClick={onCancel}>Close</button>}
      </div>
      <ErrorMessage error={submit.error} />
      {done && <p className="saved" role="status">{done}</p>}
    </form>
  );
}
