// The customer page's actions (issue #7: "actions: promise, dispute, plan, hold"): a promise to pay (POST
// /api/promises), a dispute (POST /api/disputes), a payment plan (POST /api/payment-plans) with the customer's plans,
// their instalments and a cancel, each without going through a call log. The hold lives on the credit card.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { post, query } from '../../api';
import { formatDate } from '../../format';
import type { Dispute, PaymentPlan, PaymentPlanDetail, PromiseToPay } from '../../types';
import { DISPUTE_REASONS } from '../LogCall';
import { AMOUNT_PATTERN, Empty, ErrorMessage, Loading, Money, useApi, useSubmit } from '../ui';

export type OpenInvoice = { number: string; open: string; daysPastDue: number };
type Props = { customerRef: string; currency: string; invoices: OpenInvoice[]; today: string; onChanged: () => void };

const TABS = [['promise', 'Promise'], ['dispute', 'Dispute'], ['plan', 'Payment plan']] as const;
type Tab = (typeof TABS)[number][0];

export function CustomerActions(props: Props) {
  const [tab, setTab] = useState<Tab>('promise');
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="customer-actions">
      <h2 id={`${id}-title`}>Record</h2>
      <div className="tabs" role="tablist" aria-label="What to record">
        {TABS.map(([t, label]) => (
          <button key={t} type="button" role="tab" id={`${id}-${t}`} aria-selected={tab === t} aria-controls={`${id}-panel`} onClick={() => setTab(t)}>{label}</button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'promise' && <PromiseForm {...props} />}
        {tab === 'dispute' && <DisputeForm {...props} />}
        {tab === 'plan' && <PlanForm {...props} />}
      </div>
    </section>
  );
}

function InvoicePicker({ invoices, currency, chosen, onChange, legend }: { invoices: OpenInvoice[]; currency: string; chosen: string[]; onChange: (c: string[]) => void; legend: string }) {
  const toggle = (n: string) => onChange(chosen.includes(n) ? chosen.filter((x) => x !== n) : [...chosen, n]);
  return (
    <fieldset className="invoices">
      <legend>{legend}</legend>
      {invoices.length === 0 && <span className="muted">No open invoices.</span>}
      <div className="checks">
        {invoices.map((i) => (
          <label key={i.number}><input type="checkbox" checked={chosen.includes(i.number)} onChange={() => toggle(i.number)} /> {i.number} <Money amount={i.open} currency={currency} />{i.daysPastDue > 0 && <span className="muted"> · {i.daysPastDue} d</span>}</label>
        ))}
      </div>
    </fieldset>
  );
}

function PromiseForm({ customerRef, currency, invoices, today, onChanged }: Props) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [made, setMade] = useState<PromiseToPay>();
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setMade(undefined);
    const r = await submit.run(() => post<PromiseToPay>('/api/promises', {
      customerRef, amount: amount.trim(), promisedDate: date, ...(chosen.length ? { invoiceNumbers: chosen } : {}), ...(note.trim() ? { note: note.trim() } : {}),
    }));
    if (r) { setMade(r); setAmount(''); setDate(''); setNote(''); setChosen([]); onChanged(); }
  };
  return (
    <form onSubmit={(e) => void send(e)} aria-label="Record a promise to pay">
      <div className="inline-form">
        <label htmlFor={`${id}-amount`}>Promised amount ({currency}) <input id={`${id}-amount`} inputMode="decimal" pattern={AMOUNT_PATTERN} required value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="e.g. 1250.00" className="amount" /></label>
        <label htmlFor={`${id}-date`}>Pay by <input id={`${id}-date`} type="date" required min={today} value={date} onChange={(e) => setDate(e.target.value)} /></label>
      </div>
      <InvoicePicker invoices={invoices} currency={currency} chosen={chosen} onChange={setChosen} legend="Invoices the promise covers (none: the oldest first)" />
      <label htmlFor={`${id}-note`} className="block">Note <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></label>
      <div className="actions"><button type="submit" className="primary" disabled={submit.busy}>Record promise</button></div>
      <ErrorMessage error={submit.error} />
      {made && <p className="saved" role="status">Promise recorded: <Money amount={made.amount} currency={made.currency} /> by {formatDate(made.promisedDate)}; dunning waits until {formatDate(made.until)}.</p>}
    </form>
  );
}

function DisputeForm({ customerRef, currency, invoices, onChanged }: Props) {
  const id = useId();
  const [reason, setReason] = useState<string>('other');
  const [department, setDepartment] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [made, setMade] = useState<Dispute>();
  const submit = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setMade(undefined);
    const r = await submit.run(() => post<Dispute>('/api/disputes', {
      customerRef, reason, invoices: chosen.map((invoiceNumber) => ({ invoiceNumber })),
      ...(department.trim() ? { department: department.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}),
    }));
    if (r) { setMade(r); setNote(''); setDepartment(''); setChosen([]); onChanged(); }
  };
  return (
    <form onSubmit={(e) => void send(e)} aria-label="Open a dispute">
      <div className="inline-form">
        <label htmlFor={`${id}-reason`}>Reason
          <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>{DISPUTE_REASONS.map((r) => <option key={r} value={r}>{r}</option>)}</select>
        </label>
        <label htmlFor={`${id}-dept`}>Department <input id={`${id}-dept`} value={department} onChange={(e) => setDepartment(e.target.value)} maxLength={100} placeholder="routed by reason if empty" /></label>
      </div>
      <InvoicePicker invoices={invoices} currency={currency} chosen={chosen} onChange={setChosen} legend="Invoices disputed (at least one; the whole open amount)" />
      <label htmlFor={`${id}-note`} className="block">Note <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} /></label>
      <div className="actions"><button type="submit" className="primary" disabled={submit.busy || chosen.length === 0}>Open dispute</button></div>
      <ErrorMessage error={submit.error} />
      {made && <p className="saved" role="status">Dispute opened for <Money amount={made.amount} currency={made.currency} /> ({made.reason}{made.department ? `, routed to ${made.department}` : ''}); dunning pauses for it.</p>}
    </form>
  );
}

const FREQUENCIES = [['monthly', 'Monthly'], ['biweekly', 'Every two weeks'], ['weekly', 'Weekly']] as const;

function PlanForm({ customerRef, currency, invoices, today, onChanged }: Props) {
  const id = useId();
  const [count, setCount] = useState('3');
  const [frequency, setFrequency] = useState<string>('monthly');
  const [firstDate, setFirstDate] = useState('');
  const [down, setDown] = useState('');
  const [downDate, setDownDate] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const submit = useSubmit();
  const picked = chosen.length ? chosen : invoices.map((i) => i.number);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const r = await submit.run(() => post<PaymentPlanDetail>('/api/payment-plans', {
      customerRef, invoiceNumbers: picked, instalments: Number(count), frequency, firstDate,
      ...(down.trim() ? { downPayment: down.trim(), ...(downDate ? { downPaymentDate: downDate } : {}) } : {}), ...(note.trim() ? { note: note.trim() } : {}),
    }));
    if (r) { setDown(''); setDownDate(''); setNote(''); setChosen([]); setVersion((v) => v + 1); onChanged(); }
  };
  return (
    <>
      <form onSubmit={(e) => void send(e)} aria-label="Agree a payment plan">
        <div className="inline-form">
          <label htmlFor={`${id}-count`}>Instalments <input id={`${id}-count`} type="number" min={1} max={120} step={1} required value={count} onChange={(e) => setCount(e.target.value)} className="short" /></label>
          <label htmlFor={`${id}-freq`}>Frequency
            <select id={`${id}-freq`} value={frequency} onChange={(e) => setFrequency(e.target.value)}>{FREQUENCIES.map(([f, label]) => <option key={f} value={f}>{label}</option>)}</select>
          </label>
          <label htmlFor={`${id}-first`}>First instalment on <input id={`${id}-first`} type="date" required min={today} value={firstDate} onChange={(e) => setFirstDate(e.target.value)} /></label>
          <label htmlFor={`${id}-down`}>Down payment ({currency}, optional) <input id={`${id}-down`} inputMode="decimal" pattern={AMOUNT_PATTERN} value={down} onChange={(e) => setDown(e.target.value)} placeholder="none" className="amount" /></label>
          {down.trim() && <label htmlFor={`${id}-downdate`}>Down payment on <input id={`${id}-downdate`} type="date" min={today} value={downDate} onChange={(e) => setDownDate(e.target.value)} /></label>}
        </div>
        <InvoicePicker invoices={invoices} currency={currency} chosen={chosen} onChange={setChosen} legend="Invoices in the plan (none ticked: every open invoice)" />
        <label htmlFor={`${id}-note`} className="block">Note <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></label>
        <div className="actions"><button type="submit" className="primary" disabled={submit.busy || picked.length === 0}>Agree plan</button></div>
        <ErrorMessage error={submit.error} />
      </form>
      <CustomerPlans customerRef={customerRef} version={version} onChanged={onChanged} />
    </>
  );
}

/** The customer's payment plans, newest first, each with its instalments on demand and a cancel while active. */
export function CustomerPlans({ customerRef, version, onChanged }: { customerRef: string; version: number; onChanged: () => void }) {
  const list = useApi<{ plans: PaymentPlan[] }>(`/api/payment-plans${query({ customerRef, limit: 50 })}`);
  const { reload } = list;
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
  const plans = [...(list.data?.plans ?? [])].reverse();
  return (
    <div data-testid="customer-plans">
      <h3>Payment plans</h3>
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading what="payment plans" />}
      {list.data && plans.length === 0 && <Empty>No payment plans.</Empty>}
      {plans.map((p) => <PlanRow key={p.id} plan={p} onCancelled={() => { list.reload(); onChanged(); }} />)}
    </div>
  );
}

function PlanRow({ plan: p, onCancelled }: { plan: PaymentPlan; onCancelled: () => void }) {
  const [open, setOpen] = useState(p.status === 'active');
  const [reason, setReason] = useState('');
  const id = useId();
  const detail = useApi<PaymentPlanDetail>(open ? `/api/payment-plans/${encodeURIComponent(p.id)}` : null);
  const submit = useSubmit();
  const cancel = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.run(() => post<PaymentPlanDetail>(`/api/payment-plans/${encodeURIComponent(p.id)}/cancel`, { reason: reason.trim() }))) onCancelled();
  };
  const d = detail.data;
  return (
    <details className="plan" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className={`badge ${p.status === 'active' ? 'queued' : p.status === 'completed' ? 'sent' : p.status === 'broken' ? 'failed' : ''}`}>{p.status}</span>{' '}
        <Money amount={p.total} currency={p.currency} /> {p.frequency}, agreed {formatDate(p.madeOn)} <span className="muted small">({p.invoiceNumbers.join(', ')})</span>
      </summary>
      <ErrorMessage error={detail.error} />
      {detail.loading && !d && <Loading what="the instalments" />}
      {d && (
        <>
          <p className="small">Paid <Money amount={d.paid} currency={d.currency} /> · remaining <Money amount={d.remaining} currency={d.currency} /> · due by now <Money amount={d.dueByNow} currency={d.currency} /></p>
          <div className="scroll">
            <table className="data compact">
              <caption className="sr-only">Instalments of plan {p.id}</caption>
              <thead><tr><th scope="col" className="num">#</th><th scope="col">Due</th><th scope="col" className="num">Amount</th><th scope="col" className="num">Paid</th><th scope="col">State</th></tr></thead>
              <tbody>
                {d.instalments.map((i) => (
                  <tr key={i.seq}>
                    <td className="num">{i.kind === 'down-payment' ? 'down' : i.seq}</td><td>{formatDate(i.dueDate)}</td>
                    <td className="num"><Money amount={i.amount} currency={d.currency} /></td><td className="num"><Money amount={i.paid} currency={d.currency} /></td>
                    <td>{i.state}{i.late && <span className="muted"> (late)</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {p.cancelReason && <p className="muted small">Cancelled: {p.cancelReason}</p>}
      {p.status === 'active' && (
        <form className="inline-form" onSubmit={(e) => void cancel(e)} aria-label={`Cancel plan ${p.id}`}>
          <label htmlFor={`${id}-reason`}>Reason to cancel <input id={`${id}-reason`} required value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} /></label>
          <button type="submit" disabled={submit.busy || !reason.trim()}>Cancel plan</button>
        </form>
      )}
      <ErrorMessage error={submit.error} />
    </details>
  );
}
