// The import runner: streams the file in batches inside ONE transaction, so an import lands whole or not at all
// (DESIGN.md: "nothing is half-written"); a crash mid-import leaves the database as it was before.
import fs from 'node:fs';
import type { Db, Tx } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import { recordAudit } from '../../store/audit.js';
import { analyzeTables } from '../../store/maintenance.js';
import { CsvFormatError, readCsvBatches } from '../../formats/csv/read-csv.js';
import { toCsv } from '../../formats/csv/write-csv.js';
import { type ImportKind, type ImportOptions, type ImportSummary, type RowError, ImportFailed } from './import-types.js';

const BATCH = 10_000;

export type ImportRequest = ImportOptions & { file: string; rejectsFile?: string | undefined };

export async function runImport<P, R>(db: Db, kind: ImportKind<P, R>, request: ImportRequest): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, unchanged: 0, updated: 0, rejected: 0, errors: [] };
  const rejects: Record<string, string>[] = [];
  let header: string[] = [];
  const checkHeader = (names: string[]) => {
    header = names;
    const missing = kind.required.filter((c) => !names.includes(c));
    if (missing.length > 0) throw new CsvFormatError(request.file, 1, `missing required column(s): ${missing.join(', ')}`);
  };
  const reject = (line: number, values: Record<string, string>, field: string, message: string) => {
    summary.errors.push({ line, field, message });
    if (request.skipInvalid) rejects.push({ ...values, reason: `${field}: ${message}` });
  };

  await inTenant(db, request.tenantId, async (tx) => {
    const seen = new Set<string>();
    for await (const records of readCsvBatches(request.file, BATCH, checkHeader)) {
      const parsed: { line: number; value: P }[] = [];
      const byLine = new Map(records.map((r) => [r.line, r.values]));
      for (const record of records) {
        const result = kind.parse(record.values);
        if ('errors' in result) { for (const e of result.errors) reject(record.line, record.values, e.field, e.message); continue; }
        const key = kind.key(result.value);
        if (seen.has(key)) { reject(record.line, record.values, kind.keyField, `duplicate ${kind.keyField} "${key}" in the file`); continue; }
        seen.add(key);
        parsed.push({ line: record.line, value: result.value });
      }
      await importBatch(tx, kind, parsed, request, summary, (line, field, message) => reject(line, byLine.get(line) ?? {}, field, message));
    }
    summary.errors.sort((a, b) => a.line - b.line);
    summary.rejected = new Set(summary.errors.map((e) => e.line)).size;
    if (summary.errors.length > 0 && !request.skipInvalid) throw new ImportFailed(summary, request.file);
    await recordAudit(tx, request.tenantId, {
      actor: request.actor, action: 'import', entity: kind.name, entityKey: request.file,
      reason: request.update ? 'CSV import with --update' : 'CSV import',
      details: { imported: summary.imported, unchanged: summary.unchanged, updated: summary.updated, rejected: summary.rejected },
    });
  });
  // Bulk-loaded tables have no statistics until autovacuum gets to them, and a planner that thinks a table holds a
  // handful of rows picks nested loops that make aging quadratic. ANALYZE needs the owning role, so it runs after commit.
  if (summary.imported + summary.updated > 0) await analyzeTables(db, kind.tables);
  if (request.skipInvalid && request.rejectsFile) {
    fs.writeFileSync(request.rejectsFile, toCsv([...header, 'reason'], rejects));
  }
  return summary;
}

async function importBatch<P, R>(
  tx: Tx, kind: ImportKind<P, R>, parsed: { line: number; value: P }[], request: ImportRequest,
  summary: ImportSummary, reject: (line: number, field: string, message: string) => void,
): Promise<void> {
  const classified = await kind.classify(tx, parsed, request);
  const good: { line: number; outcome: 'insert' | 'unchanged' | 'update'; value: R }[] = [];
  for (const row of classified) {
    if ('errors' in row) { for (const e of row.errors) reject(row.line, e.field, e.message); continue; }
    good.push(row);
  }
  for (const row of good) {
    if (row.outcome === 'insert') summary.imported += 1;
    else if (row.outcome === 'update') summary.updated += 1;
    else summary.unchanged += 1;
  }
  // Once a row has failed without --skip-invalid the transaction will be rolled back: keep validating, stop writing.
  if (summary.errors.length > 0 && !request.skipInvalid) return;
  const changes = good.filter((r) => r.outcome !== 'unchanged');
  if (changes.length > 0) await kind.write(tx, changes, request);
}

export function formatRowErrors(file: string, errors: readonly RowError[]): string {
  return errors.map((e) => `${file}:${e.line}: ${e.field}: ${e.message}`).join('\n');
}
