// The shell: who is signed in (GET /api/session), the header with navigation, tenant switcher and sign-out, and the
// page for the current path. Pages are keyed by tenant, so switching reloads everything for the new tenant.
import { Component, type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, get, post, request, setCsrfToken, whenSignedOut } from './api';
import { ErrorMessage, Loading, useApi } from './components/ui';
import { Link, navigate, useLocation } from './router';
import type { Session, Tenant } from './types';
import { SignIn } from './pages/SignIn';
import { Dashboard } from './pages/Dashboard';
import { Customers } from './pages/Customers';
import { CustomerPage } from './pages/CustomerPage';
import { BankQueue } from './pages/BankQueue';
import { Outbox } from './pages/Outbox';
import { CallTasks } from './pages/CallTasks';
import { DunningPolicies } from './pages/DunningPolicies';
import { DunningRun } from './pages/DunningRun';
import { Disputes } from './pages/Disputes';
import { Imports } from './pages/Imports';
import { Settings } from './pages/Settings';
import { Worklist } from './pages/Worklist';
import { Placements } from './pages/Placements';
import { Credit } from './pages/Credit';
import { Discount } from './pages/Discount';

const NAV = [
  { to: '/', label: 'Dashboard' },
  { to: '/worklist', label: 'Worklist' },
  { to: '/customers', label: 'Customers' },
  { to: '/bank', label: 'Bank queue' },
  { to: '/call-tasks', label: 'Call tasks' },
  { to: '/dunning', label: 'Dunning' },
  { to: '/outbox', label: 'Outbox' },
  { to: '/disputes', label: 'Disputes' },
  { to: '/placements', label: 'Placements' },
  { to: '/credit', label: 'Credit' },
  { to: '/imports', label: 'Imports' },
];

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [error, setError] = useState<unknown>();
  const adopt = useCallback((s: Session | null) => { setCsrfToken(s?.csrfToken ?? ''); setSession(s); }, []);
  useEffect(() => {
    whenSignedOut(() => adopt(null));
    get<Session | undefined>('/api/session').then((s) => adopt(s ?? null), (e: unknown) => (e instanceof ApiError && e.status === 401 ? adopt(null) : setError(e)));
  }, [adopt]);
  if (error) return <main className="center"><ErrorMessage error={error} /></main>;
  if (session === undefined) return <main className="center"><Loading what="your session" /></main>;
  if (session === null) return <SignIn onSignedIn={adopt} />;
  return <Shell session={session} onSession={adopt} />;
}

function Shell({ session, onSession }: { session: Session; onSession: (s: Session | null) => void }) {
  const { path } = useLocation();
  const tenant = useApi<Tenant>(`/api/tenant?t=${encodeURIComponent(session.tenant.slug)}`);
  const [switchError, setSwitchError] = useState<unknown>();
  const switchTo = async (slug: string) => {
    setSwitchError(undefined);
    try {
      onSession(await post<Session>('/api/session/tenant', { slug }));
      navigate('/');
    } catch (e) {
      setSwitchError(e);
    }
  };
  const signOut = async () => {
    await request('DELETE', '/api/session').catch(() => undefined);
    onSession(null);
    navigate('/');
  };
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <span className="brand" aria-label="Arrears">Arrears</span>
        <nav aria-label="Main">
          {[...NAV, ...(['admin', 'manager'].includes(session.tenant.role) ? [{ to: '/settings', label: 'Settings' }] : [])].map((n) => <Link key={n.to} to={n.to} className="nav-link" aria-current={isActive(path, n.to) ? 'page' : undefined}>{n.label}</Link>)}
        </nav>
        <div className="who">
          {session.tenants.length > 1 ? (
            <label>
              <span className="sr-only">Tenant</span>
              <select value={session.tenant.slug} onChange={(e) => void switchTo(e.target.value)} aria-label="Tenant">
                {session.tenants.map((t) => <option key={t.slug} value={t.slug}>{t.name}</option>)}
              </select>
            </label>
          ) : <span className="tenant-name">{session.tenant.name}</span>}
          <span className="user" title={session.user.email}>{session.user.name} <span className="role">({session.tenant.role})</span></span>
          <button type="button" className="link-button" onClick={() => void signOut()}>Sign out</button>
        </div>
      </header>
      <main id="main" key={session.tenant.slug}>
        <ErrorMessage error={switchError} />
        <ErrorMessage error={tenant.error} />
        {tenant.data ? <ErrorBoundary key={path}><Page path={path} tenant={tenant.data} session={session} /></ErrorBoundary> : !tenant.error && <Loading what="the tenant" />}
      </main>
    </>
  );
}

const isActive = (path: string, to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));

function Page({ path, tenant, session }: { path: string; tenant: Tenant; session: Session }) {
  const canChange = session.tenant.role !== 'viewer';
  if (path === '/') return <Dashboard tenant={tenant} />;
  if (path === '/customers') return <Customers />;
  if (path === '/worklist') return <Worklist session={session} tenant={tenant} />;
  if (path === '/placements') return <Placements session={session} />;
  if (path === '/credit') return <Credit session={session} tenant={tenant} />;
  if (path === '/credit/discount') return <Discount />;
  const customer = /^\/customers\/(.+)$/.exec(path);
  if (customer?.[1]) return <CustomerPage customerRef={decodeURIComponent(customer[1])} tenant={tenant} session={session} />;
  if (path === '/bank') return <BankQueue canChange={canChange} />;
  if (path === '/outbox') return <Outbox />;
  if (path === '/call-tasks') return <CallTasks />;
  if (path === '/dunning') return <DunningPolicies tenant={tenant} canChange={canChange} />;
  if (path === '/dunning/run') return <DunningRun tenant={tenant} canChange={canChange} />;
  if (path === '/disputes') return <Disputes tenant={tenant} canChange={canChange} />;
  if (path === '/imports') return canChange ? <Imports /> : <p className="empty">A viewer cannot import files.</p>;
  if (path === '/settings') return <Settings session={session} />;
  return <div><h1>Page not found</h1><p>There is no page at {path}. <Link to="/">Go to the dashboard</Link>.</p></div>;
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error) return <ErrorMessage error={this.state.error} />;
    return this.props.children;
  }
}
