// Writes rows as RFC 4180 CSV (rejects files, --format csv output).
import { stringify } from 'csv-stringify/sync';

export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | boolean | null | undefined>[]): string {
  return stringify(rows.map((row) => columns.map((c) => { const v = row[c]; return v === null || v === undefined ? '' : String(v); })), { header: true, columns: [...columns] });
}
