// Pieces of the placement work (issue #6 "Placement, write-off, legal") the placements page and the customer page
// share: the agency's files, placing an account by hand, recalling it, and recording a recovery with its commission.
import { type FormEvent, useId, useState } from 'react';
import { post } from '../api';
import type { Agency, Placement, RecoveryResult } from '../types';
import { AMOUNT_PATTERN, ErrorMessage, FileLink, Money, useSubmit } from './ui';

export function PlacementFiles({ p }: { p: Pick<Placement, 'id' | 'customerRef' | 'number'> }) {
  const base = `/api/placements/${encodeURIComponent(p.id)}`;
  const what = `placement ${p.number} of ${p.customerRef}`;
  return (
    <span className="files">
      <FileLink href={`${base}/export.csv`} label={`Export CSV of ${what}`}>CSV</FileLink>{' · '}
      <FileLink href={`${base}/case-file.pdf`} label={`Case file PDF of ${what}`}>Case file</FileLink>{' · '}
      <FileLink href={`${base}/small-claims.pdf`} label={`Small-claims PDF of ${what}`}>Small claims</FileLink>
    </span>
  );
}

const KINDS = [['agency', 'Collection agency'], ['in-house', 'In-house team'], ['legal', 'Legal']] as const;

export function PlaceForm({ customerRef, agencies, onPlaced }: { customerRef?: string; agencies: Agency[]; onPlaced: (p: Placement) => void }) {
  const id = useId();
  const [ref, setRef] = useState(customerRef ?? '');
  const [currency, setCurrency] = useState('');
  const [kind, setKind] = useState<string>('agency');
  const active = agencies.filter((a) => a.active);
  const [agencyId, setAgencyId] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const chosenAgency = agencyId || active.find((a) => a.isDefault)?.id || active[0]?.id || '';
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { customerRef: ref.trim(), kind, ...(currency.trim() ? { currency: currency.trim().toUpperCase() } : {}), ...(kind !== 'in-house' && chosenAgency ? { agencyId: chosenAgency } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    const placed = await submit.run(() => post<Placement>('/api/placements', body));
    if (placed) { if (!customerRef) setRef(''); setNote(''); onPlaced(placed); }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void send(e)} aria-label={customerRef ? `Place ${customerRef}` : 'Place an account'}>
      {!customerRef && <label htmlFor={`${id}-ref`}>Customer ref <input id={`${id}-ref`} required value={ref} onChange={(e) => setRef(e.target.value)} /></label>}
      <label htmlFor={`${id}-kind`}>With <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>{KINDS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
      {kind !== 'in-house' && (
        <label htmlFor={`${id}-agency`}>Agency <select id={`${id}-agency`} value={chosenAgency} onChange={(e) => setAgencyId(e.target.value)}>
          {active.length === 0 && <option value="">(the default)</option>}
          {active.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.commissionRate} %)</option>)}
        </select></label>
      )}
      <label htmlFor={`${id}-currency`}>Currency <input id={`${id}-currency`} value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} placeholder="the customer's" className="code" /></label>
      <label htmlFor={`${id}-note`}>Note <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></label>
      <button type="submit" className="primary" disabled={submit.busy}>Place</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

export function RecallForm({ p, onDone }: { p: Placement; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.run(() => post(`/api/placements/${encodeURIComponent(p.id)}/recall`, { reason: reason.trim() })) !== undefined) onDone();
  };
  return (
    <form className="resolve" onSubmit={(e) => void send(e)}>
      <input value={reason} onChange={(e) => setReason(e.target.value)} required placeholder="Reason for the recall" aria-label={`Reason to recall placement ${p.id}`} />
      <button type="submit" disabled={submit.busy || !reason.trim()}>Recall</button>
      <ErrorMessage error={submit.error} />
    </form>
  );
}

export function RecoveryForm({ p, onDone }: { p: Placement; onDone: (r: RecoveryResult) => void }) {
  const [gross, setGross] = useState('');
  const [commission, setCommission] = useState('');
  const [reference, setReference] = useState('');
  const [result, setResult] = useState<RecoveryResult>();
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setResult(undefined);
    const body = { gross: gross.trim(), ...(commission.trim() ? { commission: commission.trim() } : {}), ...(reference.trim() ? { reference: reference.trim() } : {}) };
    const r = await submit.run(() => post<RecoveryResult>(`/api/placements/${encodeURIComponent(p.id)}/recoveries`, body));
    if (r) { setResult(r); setGross(''); setCommission(''); setReference(''); onDone(r); }
  };
  return (
    <form className="resolve" onSubmit={(e) => void send(e)}>
      <input inputMode="decimal" pattern={AMOUNT_PATTERN} required value={gross} onChange={(e) => setGross(e.target.value)} placeholder={`Collected (${p.currency})`} aria-label={`Amount recovered on placement ${p.id}`} className="amount" />
      <input inputMode="decimal" pattern={AMOUNT_PATTERN} value={commission} onChange={(e) => setCommission(e.target.value)} placeholder={p.commissionRate ? `Commission (${p.commissionRate} %)` : 'Commission'} aria-label={`Commission on placement ${p.id}`} className="amount" />
      <input value={reference} onChange={(e) => setReference(e.target.value)} placeholder="Reference" aria-label={`Reference of the recovery on placement ${p.id}`} maxLength={200} />
      <button type="submit" disabled={submit.busy || !gross.trim()}>Record recovery</button>
      <ErrorMessage error={submit.error} />
      {result && (
        <p className="saved" role="status">Recovered <Money amount={result.recovery.gross} currency={p.currency} />: commission <Money amount={result.recovery.commission} currency={p.currency} />,
          net <Money amount={result.recovery.net} currency={p.currency} /> posted as {result.recovery.paymentRef}.</p>
      )}
    </form>
  );
}
