// Settings (issue #7: "users and roles, API keys ... letterhead"): for admins the people in this tenant and their
// roles, and the tenant's API keys (a new key's secret is shown once, here, and never again); for managers too the
// calling hours and exchange rates; letterheads and the tenant's details, which only an admin changes.
import { type FormEvent, useState } from 'react';
import { del, post, put } from '../api';
import { Empty, ErrorMessage, Loading, PageTitle, useApi } from '../components/ui';
import { formatInstant } from '../format';
import type { ApiKey, Session, TenantUser } from '../types';
import { CallSettingsCard, ExchangeRatesCard } from '../components/settings/CallingAndRates';
import { Letterheads } from '../components/settings/Letterheads';
import { TenantDetailsCard } from '../components/settings/TenantDetailsCard';

const ROLES = ['admin', 'manager', 'collector', 'viewer'];

export function Settings({ session }: { session: Session }) {
  const admin = session.tenant.role === 'admin';
  if (!admin && session.tenant.role !== 'manager') return <><PageTitle>Settings</PageTitle><Empty>Only a manager or an admin of {session.tenant.name} can change its settings.</Empty></>;
  return (
    <>
      <PageTitle>Settings</PageTitle>
      <TenantDetailsCard canChange={admin} />
      {admin && <Users me={session.user.email} />}
      {admin && <ApiKeys />}
      <Letterheads canChange={admin} />
      <CallSettingsCard canChange />
      <ExchangeRatesCard canChange />
    </>
  );
}

function useChange<T>(apply: (t: T) => void) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<T>): Promise<boolean> => {
    setBusy(true); setError(undefined);
    try { apply(await work()); return true; } catch (e) { setError(e); return false; } finally { setBusy(false); }
  };
  return { error, busy, run };
}

function Users({ me }: { me: string }) {
  const list = useApi<{ users: TenantUser[] }>('/api/settings/users');
  const [users, setUsers] = useState<TenantUser[]>();
  const change = useChange<{ users: TenantUser[] }>((r) => setUsers(r.users));
  const shown = users ?? list.data?.users ?? [];
  const path = (email: string) => `/api/settings/users/${encodeURIComponent(email)}`;
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <p className="muted">Admins manage settings; managers approve write-offs and dunning; collectors work customers; viewers only look.</p>
      <ErrorMessage error={list.error} />
      <ErrorMessage error={change.error} />
      {list.loading && !list.data && <Loading what="users" />}
      {shown.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Users of this tenant</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Since</th><th scope="col"><span className="sr-only">Remove</span></th></tr></thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.email}>
                  <td>{u.name}{u.email === me && <span className="muted"> (you)</span>}</td>
                  <td><a href={`mailto:${u.email}`}>{u.email}</a></td>
                  <td><select value={u.role} disabled={change.busy} aria-label={`Role of ${u.email}`} onChange={(e) => void change.run(() => put(path(u.email), { role: e.target.value }))}>
                    {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                  </select></td>
                  <td>{formatInstant(u.since)}</td>
                  <td><button type="button" disabled={change.busy} onClick={() => { if (window.confirm(`Remove ${u.email} from this tenant?`)) void change.run(() => del(path(u.email))); }} aria-label={`Remove ${u.email}`}>Remove</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddUser onAdded={(r) => setUsers(r.users)} />
    </section>
  );
}

function AddUser({ onAdded }: { onAdded: (r: { users: TenantUser[] }) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState('collector');
  const [done, setDone] = useState<string>();
  const change = useChange<{ users: TenantUser[] }>(onAdded);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const body = { email: email.trim(), role, ...(name.trim() ? { name: name.trim() } : {}), ...(password ? { password } : {}) };
    if (await change.run(() => post('/api/settings/users', body))) { setDone(email.trim()); setEmail(''); setName(''); setPassword(''); }
  };
  return (
    <form className="add-user" onSubmit={(e) => void submit(e)} aria-labelledby="add-user-title">
      <h3 id="add-user-title">Add a user</h3>
      <p className="muted">Someone who already has an account needs only their e-mail; a new person needs a name and a first password (at least 10 characters) to give them.</p>
      <div className="inline-form">
        <label htmlFor="new-user-email">E-mail <input id="new-user-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" /></label>
        <label htmlFor="new-user-name">Name <input id="new-user-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" /></label>
        <label htmlFor="new-user-password">Password <input id="new-user-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" /></label>
        <label htmlFor="new-user-role">Role <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value)}>{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select></label>
        <button type="submit" className="primary" disabled={change.busy}>Add user</button>
      </div>
      <ErrorMessage error={change.error} />
      {done && <p className="saved" role="status">Added {done}.</p>}
    </form>
  );
}

function ApiKeys() {
  const list = useApi<{ keys: ApiKey[] }>('/api/settings/api-keys');
  const [keys, setKeys] = useState<ApiKey[]>();
  const [secret, setSecret] = useState<{ name: string; key: string }>();
  const [name, setName] = useState('');
  const change = useChange<{ keys: ApiKey[]; key?: string }>((r) => setKeys(r.keys));
  const shown = keys ?? list.data?.keys ?? [];
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setSecret(undefined);
    const keyName = name.trim();
    await change.run(async () => {
      const r = await post<{ keys: ApiKey[]; key: string }>('/api/settings/api-keys', { name: keyName });
      setSecret({ name: keyName, key: r.key });
      setName('');
      return r;
    });
  };
  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <p className="muted">A key acts for this tenant as an admin (Authorization: Bearer …). Only its hash is stored.</p>
      <ErrorMessage error={list.error} />
      <ErrorMessage error={change.error} />
      {list.loading && !list.data && <Loading what="API keys" />}
      {list.data && shown.length === 0 && <Empty>No API keys yet.</Empty>}
      {shown.length > 0 && (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">API keys</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Revoked</th><th scope="col"><span className="sr-only">Revoke</span></th></tr></thead>
            <tbody>
              {shown.map((k) => (
                <tr key={k.id} className={k.revokedAt ? 'revoked' : undefined}>
                  <td>{k.name}</td><td>{formatInstant(k.createdAt)}</td><td>{k.revokedAt ? formatInstant(k.revokedAt) : <span className="badge sent">active</span>}</td>
                  <td>{!k.revokedAt && <button type="button" disabled={change.busy} aria-label={`Revoke ${k.name}`}
                    onClick={() => { if (window.confirm(`Revoke the key “${k.name}”? Anything using it stops working.`)) void change.run(() => post(`/api/settings/api-keys/${k.id}/revoke`)); }}>Revoke</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {secret && (
        <div className="secret" role="status" data-testid="new-api-key">
          <p><strong>The key “{secret.name}”:</strong> copy it now; it will not be shown again.</p>
          <code>{secret.key}</code>{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(secret.key).catch(() => undefined)}>Copy</button>
        </div>
      )}
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <label>New key's name <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. ERP export" maxLength={60} /></label>
        <button type="submit" className="primary" disabled={change.busy}>Create key</button>
      </form>
    </section>
  );
}
