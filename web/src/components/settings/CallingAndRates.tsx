// The calling day (issue #6: business hours and peak windows reserved for calls, in the customer's local time) and
// the exchange rates the worklist scores foreign-currency accounts by (a manager changes them).
import { type FormEvent, useEffect, useState } from 'react';
import { put } from '../../api';
import { formatInstant } from '../../format';
import type { CallSettings, ExchangeRates } from '../../types';
import { ErrorMessage, Loading, useApi, useSubmit } from '../ui';

export function CallSettingsCard({ canChange }: { canChange: boolean }) {
  const current = useApi<CallSettings>('/api/call-settings');
  const [f, setF] = useState({ businessOpen: '', businessClose: '', peakWindows: '' });
  const [saved, setSaved] = useState<CallSettings>();
  const submit = useSubmit();
  const shown = saved ?? current.data;
  useEffect(() => {
    if (current.data) setF({ businessOpen: current.data.businessOpen, businessClose: current.data.businessClose, peakWindows: current.data.peakWindows.join(', ') });
  }, [current.data]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { businessOpen: f.businessOpen, businessClose: f.businessClose, peakWindows: f.peakWindows.split(',').map((w) => w.trim().replace(/\s*[–-]\s*/, '-')).filter(Boolean) };
    const r = await submit.run(() => put<CallSettings>('/api/call-settings', body));
    if (r) setSaved(r);
  };
  return (
    <section className="card" aria-labelledby="call-settings-title" data-testid="call-settings">
      <h2 id="call-settings-title">Calling hours</h2>
      <p className="muted">In each customer's own local time. Peak windows are kept for calls: SMS wait until they are over.</p>
      <ErrorMessage error={current.error} />
      {current.loading && !current.data && <Loading what="the calling hours" />}
      {shown && (
        <form onSubmit={(e) => void send(e)} aria-label="Calling hours">
          <div className="inline-form">
            <label htmlFor="call-open">Calls from <input id="call-open" type="time" required value={f.businessOpen} onChange={(e) => setF({ ...f, businessOpen: e.target.value })} disabled={!canChange} /></label>
            <label htmlFor="call-close">until <input id="call-close" type="time" required value={f.businessClose} onChange={(e) => setF({ ...f, businessClose: e.target.value })} disabled={!canChange} /></label>
            <label htmlFor="call-peak">Peak windows <input id="call-peak" value={f.peakWindows} onChange={(e) => setF({ ...f, peakWindows: e.target.value })} placeholder="10:00-12:00, 14:00-16:00" disabled={!canChange} /></label>
            {canChange && <button type="submit" className="primary" disabled={submit.busy}>Save calling hours</button>}
          </div>
          <ErrorMessage error={submit.error} />
          {shown.warnings.length > 0 && <ul className="plain warn">{shown.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
          <p className="muted small">{shown.smsHeldDuringPeak ? 'SMS are held during peak windows.' : 'No peak window: SMS go out in business hours.'}{shown.updatedAt && ` Changed ${formatInstant(shown.updatedAt)} by ${shown.updatedBy?.replace(/^user:/, '') ?? ''}.`}</p>
          {saved && <p className="saved" role="status">Saved: tasks scheduled from now on use these hours.</p>}
        </form>
      )}
    </section>
  );
}

export function ExchangeRatesCard({ canChange }: { canChange: boolean }) {
  const current = useApi<ExchangeRates>('/api/exchange-rates');
  const [rates, setRates] = useState<ExchangeRates>();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const shown = rates ?? current.data;
  const known = new Map((shown?.rates ?? []).map((r) => [r.currency, r]));
  const currencies = [...(shown?.rates.map((r) => r.currency) ?? []), ...(shown?.missing ?? [])];
  const changed = Object.entries(edits).filter(([c, v]) => v.trim() !== (known.get(c)?.rate ?? ''));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const body = { rates: changed.map(([currency, v]) => ({ currency, rate: v.trim() ? v.trim() : null })), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const r = await submit.run(() => put<ExchangeRates>('/api/exchange-rates', body));
    if (r) { setRates(r); setEdits({}); setReason(''); setDone(true); }
  };
  return (
    <section className="card" aria-labelledby="rates-title" data-testid="exchange-rates">
      <h2 id="rates-title">Exchange rates</h2>
      <p className="muted">The worklist ranks accounts in {shown?.baseCurrency ?? 'the base currency'}: units of it per unit of each currency. Without a rate an account counts at 1.</p>
      <ErrorMessage error={current.error} />
      {current.loading && !current.data && <Loading what="exchange rates" />}
      {shown && currencies.length === 0 && <p className="muted">Every amount is in {shown.baseCurrency}: no rate is needed.</p>}
      {shown && currencies.length > 0 && (
        <form onSubmit={(e) => void send(e)} aria-label="Exchange rates">
          <table className="data compact rates">
            <caption className="sr-only">Exchange rates to {shown.baseCurrency}</caption>
            <thead><tr><th scope="col">Currency</th><th scope="col" className="num">{shown.baseCurrency} per unit</th><th scope="col">Changed</th></tr></thead>
            <tbody>
              {currencies.map((c) => {
                const r = known.get(c);
                return (
                  <tr key={c}>
                    <th scope="row">{c}{!r && <span className="badge queued">missing</span>}</th>
                    <td className="num"><input aria-label={`Rate of ${c} in ${shown.baseCurrency}`} inputMode="decimal" pattern="\d{1,12}(\.\d{1,10})?" value={edits[c] ?? r?.rate ?? ''} onChange={(e) => setEdits({ ...edits, [c]: e.target.value })} disabled={!canChange} className="amount" placeholder="none" /></td>
                    <td className="small">{r ? <>{formatInstant(r.updatedAt)} <span className="muted">{r.updatedBy.replace(/^user:/, '')}</span></> : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {canChange && (
            <div className="inline-form">
              <label htmlFor="rates-reason">Reason <input id="rates-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. Norges Bank, month end" maxLength={2000} /></label>
              <button type="submit" className="primary" disabled={submit.busy || changed.length === 0}>Save {changed.length || ''} rate{changed.length === 1 ? '' : 's'}</button>
            </div>
          )}
          <ErrorMessage error={submit.error} />
          {done && <p className="saved" role="status">Saved: the worklist scores by the new rates.</p>}
        </form>
      )}
    </section>
  );
}
