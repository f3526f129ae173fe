// Tenant details (issue #7 settings): who the tenant is (GET /api/tenant/details), and for an admin what `arrears
// tenant update` changes (PUT /api/tenant): contact details and payment instructions printed on letters, when the
// daily dunning run goes and whether it waits for approval, the contact interval, the payment reference scheme
// and the confidence at which a bank match posts without a person.
import { type FormEvent, useEffect, useState } from 'react';
import { put } from '../../api';
import type { TenantDetails } from '../../types';
import { ErrorMessage, Loading, useApi, useSubmit } from '../ui';

const SCHEMES = [['rf', 'RF creditor reference (ISO 11649)'], ['kid-mod10', 'KID, MOD10 (Norway)'], ['kid-mod11', 'KID, MOD11 (Norway)'], ['ocr', 'OCR (Sweden)']] as const;

type Form = {
  email: string; phone: string; address: string; bankAccount: string; dunningRunTime: string; dunningRequiresApproval: boolean;
  contactIntervalDays: string; paymentReferenceScheme: string; autoPostConfidence: string;
};
const toForm = (t: TenantDetails): Form => ({
  email: t.email ?? '', phone: t.phone ?? '', address: t.address ?? '', bankAccount: t.bankAccount ?? '', dunningRunTime: t.dunningRunTime,
  dunningRequiresApproval: t.dunningRequiresApproval, contactIntervalDays: String(t.contactIntervalDays), paymentReferenceScheme: t.paymentReferenceScheme,
  autoPostConfidence: String(t.autoPostConfidence),
});

export function TenantDetailsCard({ canChange }: { canChange: boolean }) {
  const current = useApi<TenantDetails>('/api/tenant/details');
  const [saved, setSaved] = useState<TenantDetails>();
  const [f, setF] = useState<Form>();
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const shown = saved ?? current.data;
  useEffect(() => { if (current.data) setF(toForm(current.data)); }, [current.data]);
  const set = (patch: Partial<Form>) => { setDone(false); setF((x) => (x ? { ...x, ...patch } : x)); };
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!f || !shown) return;
    // Only what changed goes to the server, so an unchanged field is never rewritten.
    const before = toForm(shown);
    const body: Record<string, unknown> = {};
    for (const k of ['email', 'phone', 'address', 'bankAccount', 'dunningRunTime', 'paymentReferenceScheme'] as const) if (f[k] !== before[k]) body[k] = f[k].trim();
    if (f.dunningRequiresApproval !== before.dunningRequiresApproval) body.dunningRequiresApproval = f.dunningRequiresApproval;
    if (f.contactIntervalDays !== before.contactIntervalDays) body.contactIntervalDays = Number(f.contactIntervalDays);
    if (f.autoPostConfidence !== before.autoPostConfidence) body.autoPostConfidence = Number(f.autoPostConfidence);
    const r = await submit.run(() => put<TenantDetails>('/api/tenant', body));
    if (r) { setSaved(r); setF(toForm(r)); setDone(true); }
  };
  const off = !canChange;
  return (
    <section className="card" aria-labelledby="tenant-title" data-testid="tenant-details">
      <h2 id="tenant-title">Tenant details</h2>
      <ErrorMessage error={current.error} />
      {current.loading && !current.data && <Loading what="the tenant" />}
      {shown && (
        <dl className="facts">
          <dt>Name</dt><dd>{shown.name} <span className="muted">({shown.slug})</span></dd>
          <dt>Country</dt><dd>{shown.country}</dd>
          <dt>Base currency</dt><dd>{shown.currency}</dd>
          <dt>Time zone</dt><dd>{shown.timezone}</dd>
          <dt>Language</dt><dd>{shown.language}</dd>
        </dl>
      )}
      {shown && f && (
        <form onSubmit={(e) => void send(e)} aria-label="Tenant details">
          <div className="form-grid">
            <label htmlFor="tenant-email">E-mail</label><input id="tenant-email" type="email" value={f.email} onChange={(e) => set({ email: e.target.value })} disabled={off} maxLength={320} />
            <label htmlFor="tenant-phone">Phone</label><input id="tenant-phone" type="tel" value={f.phone} onChange={(e) => set({ phone: e.target.value })} disabled={off} maxLength={50} />
            <label htmlFor="tenant-address">Address</label><textarea id="tenant-address" rows={3} value={f.address} onChange={(e) => set({ address: e.target.value })} disabled={off} maxLength={1000} />
            <label htmlFor="tenant-bank">Bank account</label><input id="tenant-bank" value={f.bankAccount} onChange={(e) => set({ bankAccount: e.target.value })} disabled={off} maxLength={100} placeholder="IBAN or account number printed on letters" />
            <label htmlFor="tenant-run">Daily dunning run at</label><input id="tenant-run" type="time" required value={f.dunningRunTime} onChange={(e) => set({ dunningRunTime: e.target.value })} disabled={off} />
            <span className="label">Approval</span>
            <label className="check"><input type="checkbox" checked={f.dunningRequiresApproval} onChange={(e) => set({ dunningRequiresApproval: e.target.checked })} disabled={off} /> A manager approves each run before anything is sent</label>
            <label htmlFor="tenant-interval">Days between contacts</label><input id="tenant-interval" type="number" min={0} max={365} step={1} required value={f.contactIntervalDays} onChange={(e) => set({ contactIntervalDays: e.target.value })} disabled={off} className="short" />
            <label htmlFor="tenant-scheme">Payment reference</label>
            <select id="tenant-scheme" value={f.paymentReferenceScheme} onChange={(e) => set({ paymentReferenceScheme: e.target.value })} disabled={off}>{SCHEMES.map(([s, label]) => <option key={s} value={s}>{label}</option>)}</select>
            <label htmlFor="tenant-confidence">Post bank matches without a person from confidence</label>
            <span><input id="tenant-confidence" type="number" min={0} max={1.001} step={0.001} required value={f.autoPostConfidence} onChange={(e) => set({ autoPostConfidence: e.target.value })} disabled={off} className="short" /> <span className="muted small">0–1; 1.001: never</span></span>
          </div>
          {canChange ? <div className="actions"><button type="submit" className="primary" disabled={submit.busy}>Save tenant details</button></div> : <p className="muted small">Only an admin changes the tenant's details.</p>}
          <ErrorMessage error={submit.error} />
          {done && <p className="saved" role="status">Tenant details saved.</p>}
        </form>
      )}
    </section>
  );
}
