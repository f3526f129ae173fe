// Uploading a file with its progress (issue #7: "see progress on large files"): the bytes sent of the total while
// the file goes up, then "importing…" until the server answers. The bank file upload lives here too, so the bank
// queue and the imports page share it.
import { type FormEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { type UploadProgress, query, upload } from '../api';
import { formatNumber, formatPercent } from '../format';
import type { BankImportSummary } from '../types';
import { ErrorMessage } from './ui';

export type UploadState = { phase: 'idle' } | { phase: 'uploading'; progress: UploadProgress } | { phase: 'importing'; total: number };

/** `send` uploads one file and keeps the phase and progress for <UploadStatus>. */
export function useUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const send = useCallback(async <T,>(path: string, file: File, contentType: string): Promise<T> => {
    setState({ phase: 'uploading', progress: { sent: 0, total: file.size } });
    try {
      return await upload<T>(path, file, contentType, (progress) => {
        setState(progress.sent >= progress.total ? { phase: 'importing', total: progress.total } : { phase: 'uploading', progress });
      });
    } finally {
      setState({ phase: 'idle' });
    }
  }, []);
  return { state, send, busy: state.phase !== 'idle' };
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024))} MB` : `${formatNumber(Math.ceil(bytes / 1024))} KB`);

export function UploadStatus({ state, what }: { state: UploadState; what: string }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'importing') {
    return <p className="progress-line muted" role="status" data-testid="upload-status">Uploaded {size(state.total)}; importing {what}… a large file is written all at once at the end.</p>;
  }
  const { sent, total } = state.progress;
  const share = total > 0 ? sent / total : 0;
  return (
    <div className="progress-line" data-testid="upload-status">
      <progress className="upload-progress" max={total || 1} value={sent} aria-label={`Uploading ${what}`} />
      <span role="status" aria-live="polite">Uploading: {size(sent)} of {size(total)} ({formatPercent(share)})</span>
    </div>
  );
}

/** A bank file (camt.05x, MT940, BAI2, CSV with a saved mapping) through POST /api/bank/imports, with its progress. */
export function BankUpload({ onImported, footer, button = 'Import' }: { onImported: () => void; footer?: ReactNode; button?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<BankImportSummary>();
  const [error, setError] = useState<unknown>();
  const uploader = useUpload();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) { setError(new Error('Choose a bank file first.')); return; }
    setError(undefined); setResult(undefined);
    try {
      setResult(await uploader.send<BankImportSummary>(`/api/bank/imports${query({ fileName: file.name })}`, file, 'application/octet-stream'));
      onImported();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card upload" onSubmit={(e) => void submit(e)} aria-labelledby="upload-title">
      <h2 id="upload-title">Import a bank file</h2>
      <p className="muted">camt.052/053/054, MT940, BAI2, or a CSV export of an account with a saved column mapping.</p>
      <label htmlFor="bank-file">Bank file</label>{' '}
      <input id="bank-file" ref={input} type="file" accept=".xml,.txt,.sta,.mt940,.bai,.bai2,.csv" />{' '}
      <button type="submit" className="primary" disabled={uploader.busy}>{uploader.busy ? 'Importing…' : button}</button>
      <UploadStatus state={uploader.state} what="the bank file" />
      <ErrorMessage error={error} />
      {result && (
        <div className="result" role="status" data-testid="import-result">
          <strong>Imported.</strong>{' '}
          <span>{result.entries} entries</span> · <span>{result.matched} matched and posted</span> · <span>{result.suggested} suggested</span> · <span>{result.unmatched} unmatched</span> · <span>{result.duplicates} duplicates</span>
          {result.warnings.map((w) => <p key={w} className="muted">{w}</p>)}
          {footer}
        </div>
      )}
    </form>
  );
}
