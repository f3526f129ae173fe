// Letterheads (issue #6 agency mode: each client organisation's letterhead, a law firm's one more): list, edit,
// set the default, delete. Only an admin changes them (PUT/DELETE /api/letterheads/{name}).
import { type FormEvent, useId, useState } from 'react';
import { del, put } from '../../api';
import { formatInstant } from '../../format';
import type { Letterhead } from '../../types';
import { Empty, ErrorMessage, Loading, useApi, useSubmit } from '../ui';

export function Letterheads({ canChange }: { canChange: boolean }) {
  const list = useApi<{ letterheads: Letterhead[] }>('/api/letterheads');
  const [editing, setEditing] = useState<string>();
  const change = useSubmit();
  const letterheads = list.data?.letterheads ?? [];
  const path = (name: string) => `/api/letterheads/${encodeURIComponent(name)}`;
  const makeDefault = async (l: Letterhead) => {
    if (await change.run(() => put(path(l.name), { ...bodyOf(l), isDefault: true })) !== undefined) list.reload();
  };
  const remove = async (l: Letterhead) => {
    if (!window.confirm(`Delete the letterhead “${l.name}”? Its templates print on the default letterhead again.`)) return;
    if (await change.run(() => del(path(l.name))) !== undefined) list.reload();
  };
  return (
    <section className="card" aria-labelledby="letterheads-title" data-testid="letterheads">
      <div className="page-title">
        <h2 id="letterheads-title">Letterheads</h2>
        {canChange && <button type="button" onClick={() => setEditing(editing === '' ? undefined : '')} aria-expanded={editing === ''}>New letterhead…</button>}
      </div>
      <p className="muted">The sender printed on letters. A letterhead can be tied to dunning templates (a law firm's for the last level); the default prints on the rest.</p>
      <ErrorMessage error={list.error} />
      <ErrorMessage error={change.error} />
      {list.loading && !list.data && <Loading what="letterheads" />}
      {editing === '' && <LetterheadForm onSaved={() => { setEditing(undefined); list.reload(); }} onCancel={() => setEditing(undefined)} />}
      {list.data && letterheads.length === 0 && <Empty>No letterheads yet: letters carry the tenant's own name and address.</Empty>}
      {letterheads.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Letterheads</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Sender</th><th scope="col">Templates</th><th scope="col">Changed</th>{canChange && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
            <tbody>
              {letterheads.map((l) => [
                <tr key={l.name}>
                  <td><strong>{l.name}</strong> {l.isDefault && <span className="badge sent">default</span>}{l.accentColour && <span className="swatch" style={{ background: l.accentColour }} title={l.accentColour} />}</td>
                  <td>{l.senderLines.join(' · ')}{l.address && <><br /><span className="muted small">{l.address}</span></>}</td>
                  <td>{l.templateKeys.length ? l.templateKeys.join(', ') : <span className="muted">—</span>}</td>
                  <td className="small">{formatInstant(l.updatedAt)}<br /><span className="muted">{l.updatedBy.replace(/^user:/, '')}</span></td>
                  {canChange && <td className="actions">
                    <button type="button" onClick={() => setEditing(editing === l.name ? undefined : l.name)} aria-expanded={editing === l.name} aria-label={`Edit letterhead ${l.name}`}>Edit</button>
                    {!l.isDefault && <button type="button" disabled={change.busy} onClick={() => void makeDefault(l)} aria-label={`Make ${l.name} the default letterhead`}>Make default</button>}
                    <button type="button" disabled={change.busy} onClick={() => void remove(l)} aria-label={`Delete letterhead ${l.name}`}>Delete</button>
                  </td>}
                </tr>,
                editing === l.name && <tr key={`${l.name}-edit`} className="detail"><td colSpan={5}><LetterheadForm letterhead={l} onSaved={() => { setEditing(undefined); list.reload(); }} onCancel={() => setEditing(undefined)} /></td></tr>,
              ])}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function bodyOf(l: Letterhead) {
  return {
    senderLines: l.senderLines, address: l.address, phone: l.phone, email: l.email, registrationNumber: l.registrationNumber, vatNumber: l.vatNumber,
    footer: l.footer, accentColour: l.accentColour, isDefault: l.isDefault, templateKeys: l.templateKeys,
  };
}

function LetterheadForm({ letterhead, onSaved, onCancel }: { letterhead?: Letterhead; onSaved: () => void; onCancel: () => void }) {
  const id = useId();
  const [f, setF] = useState({
    name: letterhead?.name ?? '', senderLines: letterhead?.senderLines.join('\n') ?? '', address: letterhead?.address ?? '', phone: letterhead?.phone ?? '',
    email: letterhead?.email ?? '', registrationNumber: letterhead?.registrationNumber ?? '', vatNumber: letterhead?.vatNumber ?? '', footer: letterhead?.footer ?? '',
    accentColour: letterhead?.accentColour ?? '', templateKeys: letterhead?.templateKeys.join(', ') ?? '', isDefault: letterhead?.isDefault ?? false,
  });
  const submit = useSubmit();
  const set = (k: keyof typeof f) => (e: { target: { value: string; checked?: boolean; type?: string } }) => setF((v) => ({ ...v, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      senderLines: f.senderLines.split('\n').map((l) => l.trim()).filter(Boolean), address: orNull(f.address), phone: orNull(f.phone), email: orNull(f.email),
      registrationNumber: orNull(f.registrationNumber), vatNumber: orNull(f.vatNumber), footer: orNull(f.footer), accentColour: orNull(f.accentColour), isDefault: f.isDefault,
      templateKeys: f.templateKeys.split(',').map((k) => k.trim()).filter(Boolean),
    };
    if (await submit.run(() => put(`/api/letterheads/${encodeURIComponent(f.name.trim())}`, body)) !== undefined) onSaved();
  };
  const text = (k: 'phone' | 'email' | 'registrationNumber' | 'vatNumber' | 'footer', label: string, max: number) => (
    <><label htmlFor={`${id}-${k}`}>{label}</label><input id={`${id}-${k}`} value={f[k]} onChange={set(k)} maxLength={max} /></>
  );
  return (
    <form onSubmit={(e) => void send(e)} aria-label={letterhead ? `Edit letterhead ${letterhead.name}` : 'New letterhead'}>
      <div className="form-grid">
        <label htmlFor={`${id}-name`}>Name</label><input id={`${id}-name`} required value={f.name} onChange={set('name')} disabled={!!letterhead} maxLength={60} placeholder="e.g. law-firm" />
        <label htmlFor={`${id}-sender`}>Sender (1–4 lines)</label><textarea id={`${id}-sender`} required rows={3} value={f.senderLines} onChange={set('senderLines')} />
        <label htmlFor={`${id}-address`}>Address</label><textarea id={`${id}-address`} rows={2} value={f.address} onChange={set('address')} maxLength={500} />
        {text('phone', 'Phone', 50)}{text('email', 'E-mail', 200)}{text('registrationNumber', 'Registration no.', 80)}{text('vatNumber', 'VAT no.', 80)}{text('footer', 'Footer', 300)}
        <label htmlFor={`${id}-colour`}>Accent colour</label><input id={`${id}-colour`} value={f.accentColour} onChange={set('accentColour')} pattern="#[0-9a-fA-F]{6}" placeholder="#1f4e79" maxLength={7} className="code" />
        <label htmlFor={`${id}-keys`}>Dunning templates</label><input id={`${id}-keys`} value={f.templateKeys} onChange={set('templateKeys')} placeholder="e.g. in-collections (comma-separated)" />
        <span className="label">Default</span><label className="check"><input type="checkbox" checked={f.isDefault} onChange={set('isDefault')} /> the default letterhead</label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={submit.busy}>{letterhead ? `Save “${letterhead.name}”` : 'Add letterhead'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      <ErrorMessage error={submit.error} />
    </form>
  );
}
