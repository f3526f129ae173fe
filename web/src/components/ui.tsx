// Small pieces every page uses: amounts right-aligned with their currency, readable errors, a pager, loading.
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, get } from '../api';
import { formatMoney } from '../format';

export function Money({ amount, currency }: { amount: string; currency: string }) {
  return <span className="num">{formatMoney(amount, currency)}</span>;
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const raw = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  const message = `${raw.charAt(0).toUpperCase()}${raw.slice(1)}${/[.!?]$/.test(raw) ? '' : '.'}`;
  const refused = error instanceof ApiError && error.status < 500 && error.status !== 0;
  return <div className="error" role="alert">{!refused && <strong>Something went wrong. </strong>}{message}</div>;
}

export function Loading({ what }: { what: string }) {
  return <p className="muted" role="status" aria-live="polite">Loading {what}…</p>;
}

/** GETs `path` (none while it is null) and reloads when it changes; `reload` fetches again. */
export function useApi<T>(path: string | null): { data: T | undefined; error: unknown; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return undefined;
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    get<T>(path).then((data) => { if (live) setState({ data, loading: false }); }, (error: unknown) => { if (live) setState({ error, loading: false }); });
    return () => { live = false; };
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function Pager({ offset, limit, count, onChange, label }: { offset: number; limit: number; count: number; onChange: (offset: number) => void; label: string }) {
  const first = count === 0 ? 0 : offset + 1;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={() => onChange(Math.max(0, offset - limit))} disabled={offset === 0}>← Previous</button>
      <span aria-live="polite">{count === 0 ? 'none' : `${first}–${offset + count}`}</span>
      <button type="button" onClick={() => onChange(offset + limit)} disabled={count < limit}>Next →</button>
    </nav>
  );
}

export function PageTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  useEffect(() => { document.title = `${typeof children === 'string' ? children : 'Arrears'} · Arrears`; }, [children]);
  return <div className="page-title"><h1>{children}</h1>{actions}</div>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
