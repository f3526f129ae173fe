// CSV imports (issue #7: "upload CSV ... and every rejected row with its reason"): customers, invoices, payments or
// credit notes through POST /api/imports/{kind}. A file with any invalid row is rejected whole (nothing imported)
// unless the user chooses to skip invalid rows; either way every error is listed with its line, field and reason.
// A large file shows its upload progress, then "importing…"; bank files go to POST /api/bank/imports as on the
// bank queue (the same upload, components/Upload.tsx).
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, query } from '../api';
import { BankUpload, UploadStatus, useUpload } from '../components/Upload';
import { ErrorMessage, PageTitle } from '../components/ui';
import { Link } from '../router';
import type { ImportSummary } from '../types';

const KINDS = [
  { kind: 'customers', label: 'Customers', columns: 'customer_ref, name, country, language, currency; optional email, phone, credit_limit, payment_terms_days' },
  { kind: 'invoices', label: 'Invoices', columns: 'invoice_number, customer_ref, issue_date, due_date, currency, amount; optional description, po_number' },
  { kind: 'payments', label: 'Payments', columns: 'payment_ref, customer_ref, date, currency, amount; optional invoice_numbers (separated by ;)' },
  { kind: 'credit-notes', label: 'Credit notes', columns: 'credit_note_number, customer_ref, date, currency, amount; optional invoice_number' },
] as const;
const ERRORS_SHOWN = 200;

type Outcome = { file: string; kind: string; summary: ImportSummary; rejected: boolean };

export function Imports() {
  const [kind, setKind] = useState<string>('customers');
  const [update, setUpdate] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<unknown>();
  const uploader = useUpload();
  const busy = uploader.busy;
  const input = useRef<HTMLInputElement>(null);
  const chosen = KINDS.find((k) => k.kind === kind) ?? KINDS[0];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) { setError(new Error('Choose a CSV file first.')); return; }
    setError(undefined); setOutcome(undefined);
    const path = `/api/imports/${kind}${query({ update: update ? 'true' : undefined, skipInvalid: skipInvalid ? 'true' : undefined })}`;
    try {
      setOutcome({ file: file.name, kind, summary: await uploader.send<ImportSummary>(path, file, 'text/csv'), rejected: false });
    } catch (err) {
      const body = err instanceof ApiError ? err.body as Partial<ImportSummary> | undefined : undefined;
      if (body && Array.isArray(body.errors)) setOutcome({ file: file.name, kind, summary: { imported: 0, unchanged: 0, updated: 0, rejected: body.rejected ?? body.errors.length, errors: body.errors }, rejected: true });
      else setError(err);
    }
  };

  return (
    <>
      <PageTitle>Imports</PageTitle>
      <form className="card upload" onSubmit={(e) => void submit(e)} aria-labelledby="import-title">
        <h2 id="import-title">Import a CSV file</h2>
        <div className="form-grid">
          <label htmlFor="import-kind">What</label>
          <span><select id="import-kind" value={kind} onChange={(e) => setKind(e.target.value)}>{KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}</select></span>
          <span className="label">Columns</span>
          <span className="muted">{chosen.columns}. UTF-8 with a header row; dates YYYY-MM-DD; amounts like 1250.00.</span>
          <label htmlFor="import-file">CSV file</label>
          <span><input id="import-file" ref={input} type="file" accept=".csv,text/csv" /></span>
          <span className="label">Options</span>
          <span className="checks">
            <label><input type="checkbox" checked={update} onChange={(e) => setUpdate(e.target.checked)} /> Update rows that already exist</label>
            <label><input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} /> Import the valid rows and skip invalid ones</label>
          </span>
        </div>
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Importing…' : 'Import'}</button>
        <UploadStatus state={uploader.state} what={`the ${chosen.label.toLowerCase()}`} />
        <ErrorMessage error={error} />
      </form>
      {outcome && <Result outcome={outcome} />}
      <BankUpload onImported={() => undefined} button="Import bank file" footer={<p><Link to="/bank">Open the bank queue</Link> for the entries that need a person.</p>} />
    </>
  );
}

function Result({ outcome: { file, summary, rejected } }: { outcome: Outcome }) {
  return (
    <section className="card" aria-labelledby="result-title" data-testid="import-summary">
      <h2 id="result-title">{file}</h2>
      {rejected
        ? <div className="error" role="alert"><strong>Rejected: nothing was imported.</strong> {summary.errors.length} invalid row{summary.errors.length === 1 ? '' : 's'}; correct {summary.errors.length === 1 ? 'it' : 'them'} and import the file again, or choose to skip invalid rows.</div>
        : <p className="result" role="status"><strong>Imported.</strong> {summary.imported} new · {summary.updated} updated · {summary.unchanged} unchanged · {summary.rejected} skipped as invalid</p>}
      {summary.errors.length > 0 && (
        <div className="scroll">
          <table className="data compact">
            <caption>Rows with errors{summary.errors.length > ERRORS_SHOWN ? ` (the first ${ERRORS_SHOWN} of ${summary.errors.length})` : ''}</caption>
            <thead><tr><th scope="col" className="num">Line</th><th scope="col">Field</th><th scope="col">Reason</th></tr></thead>
            <tbody>{summary.errors.slice(0, ERRORS_SHOWN).map((e, i) => <tr key={i}><td className="num">{e.line}</td><td>{e.field}</td><td>{e.message}</td></tr>)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
