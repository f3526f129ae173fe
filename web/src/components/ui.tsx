// Small pieces every page uses: amounts right-aligned with their currency, readable errors, a pager, loading.
import { type MouseEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
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

/** A change sent to the server: `run` keeps its error and busy state, and answers the result (undefined on error). */
export function useSubmit() {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true); setError(undefined);
    try { return await work(); } catch (e) { setError(e); return undefined; } finally { setBusy(false); }
  }, []);
  const clear = useCallback(() => setError(undefined), []);
  return { error, busy, run, clear };
}

/** A risk grade A–E as a coloured badge (A best). */
export function Grade({ grade }: { grade: string | null | undefined }) {
  if (!grade) return <span className="muted" title="not graded yet">—</span>;
  return <span className={`grade grade-${grade}`} title={`risk grade ${grade}`}>{grade}</span>;
}

/** A decimal amount typed by a person: digits with at most four decimals (sent to the server as the string). */
export const AMOUNT_PATTERN = '\\d{1,15}(\\.\\d{1,4})?';

/**
 * A file from the API (a CSV or PDF) as a link that downloads it, or says why the server refused it (a small-claims
 * pack needs a rule pack for the debtor's country, for one) instead of saving the error as the file.
 */
export function FileLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const open = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setBusy(true); setError(undefined);
    try {
      const res = await fetch(href, { credentials: 'same-origin' });
      if (!res.ok) {
        const body = await res.json().catch(() => ({})) as { field?: string; reason?: string; error?: string };
        throw new ApiError(res.status, [body.field, body.reason ?? body.error].filter(Boolean).join(': ') || `${res.status} ${res.statusText}`);
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? href.split('/').pop() ?? 'download';
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url; a.download = name;
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <a href={href} download onClick={(e) => void open(e)} aria-label={label} aria-busy={busy || undefined}>{children}</a>
      {error !== undefined && <span className="error-text small" role="alert"> {error instanceof Error ? error.message : String(error)}</span>}
    </>
  );
}
