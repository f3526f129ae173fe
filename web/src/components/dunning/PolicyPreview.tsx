// The live preview (issue #7: "the policy editor ... with a live preview"): what a dry run as of a date would do
// with the policy as edited, unsaved (POST /api/dunning/runs with dryRun and the policy), re-asked shortly after
// each change. Nothing is recorded.
import { useEffect, useState } from 'react';
import { post } from '../../api';
import { formatDate } from '../../format';
import { Link } from '../../router';
import type { DunningLevelJson, DunningRunResult } from '../../types';
import { Empty, ErrorMessage, Money } from '../ui';

const DEBOUNCE_MS = 500;
const SHOWN = 50;

export function PolicyPreview({ name, isDefault, levels, asOf, onAsOf }: { name: string; isDefault: boolean; levels: DunningLevelJson[]; asOf: string; onAsOf: (d: string) => void }) {
  const [result, setResult] = useState<DunningRunResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const body = JSON.stringify({ asOf, dryRun: true, policy: { name, isDefault, levels } });
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      setBusy(true);
      post<DunningRunResult>('/api/dunning/runs', JSON.parse(body) as object)
        .then((r) => { if (live) { setResult(r); setError(undefined); } }, (e: unknown) => { if (live) setError(e); })
        .finally(() => { if (live) setBusy(false); });
    }, DEBOUNCE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [body, asOf]);
  const perLevel = new Map<number, number>();
  for (const a of result?.actions ?? []) perLevel.set(a.level, (perLevel.get(a.level) ?? 0) + 1);
  return (
    <section className="card preview" aria-labelledby="preview-title" aria-busy={busy}>
      <div className="page-title">
        <h2 id="preview-title">Preview: a dry run with this policy</h2>
        <label className="inline">As of <input type="date" value={asOf} onChange={(e) => onAsOf(e.target.value)} aria-label="Preview as of" /></label>
      </div>
      <p className="muted">{isDefault ? 'As the default policy, for every customer without a policy of their own.' : `For the customers on “${name}”; others keep their policy.`} Nothing is saved or sent.</p>
      <ErrorMessage error={error} />
      {busy && <p className="muted" role="status">Planning…</p>}
      {result && !error && (
        <div data-testid="policy-preview">
          <p className="total"><strong>{result.actions.length}</strong> action{result.actions.length === 1 ? '' : 's'} as of {formatDate(result.asOf)}
            {[...perLevel].sort(([a], [b]) => a - b).map(([level, n]) => <span key={level} className="chip">level {level}: {n}</span>)}
            <span className="muted"> · {result.skipped.length} skipped</span></p>
          {result.actions.length === 0 ? <Empty>This policy would send nothing on that day.</Empty> : (
            <div className="scroll">
              <table className="data compact">
                <caption className="sr-only">Planned actions in the preview; totals include fees and interest</caption>
                <thead><tr><th scope="col">Customer</th><th scope="col" className="num">Level</th><th scope="col">Channels</th><th scope="col" className="num">Invoices</th><th scope="col" className="num">Total</th></tr></thead>
                <tbody>
                  {result.actions.slice(0, SHOWN).map((a) => (
                    <tr key={`${a.customerRef}-${a.currency}`}>
                      <td><Link to={`/customers/${encodeURIComponent(a.customerRef)}`}>{a.customerRef}</Link></td>
                      <td className="num">{a.level}</td><td>{a.channels.join(', ')}</td><td className="num">{a.invoices.length}</td>
                      <td className="num" title={`fees ${a.fees}, interest ${a.interest}`}><Money amount={a.total} currency={a.currency} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.actions.length > SHOWN && <p className="muted">and {result.actions.length - SHOWN} more.</p>}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
