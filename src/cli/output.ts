// --format json|csv|table: json prints one document on stdout and nothing else (DESIGN.md, CLI rules).
import { toCsv } from '../formats/csv/write-csv.js';

export type Format = 'json' | 'csv' | 'table';

export function checkFormat(value: string, allowed: readonly string[] = ['json', 'csv', 'table']): string {
  if (!allowed.includes(value)) throw new CliUsageError(`--format must be one of ${allowed.join(', ')}, not "${value}"`);
  return value;
}

export class CliUsageError extends Error {}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export type Table = { columns: string[]; rows: Record<string, string | number | boolean | null | undefined>[] };

export function printTable(format: string, table: Table, json: unknown): void {
  if (format === 'json') return printJson(json);
  if (format === 'csv') { process.stdout.write(toCsv(table.columns, table.rows)); return; }
  const widths = table.columns.map((c) => Math.max(c.length, ...table.rows.map((r) => String(r[c] ?? '').length)));
  const numeric = table.columns.map((c) => table.rows.length > 0 && table.rows.every((r) => /^-?[\d.]*$/.test(String(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [line(table.columns), line(widths.map((w) => '-'.repeat(w))), ...table.rows.map((r) => line(table.columns.map((c) => String(r[c] ?? ''))))];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Commander's parsed options; `str` reads one as a string (absent or a flag → undefined). */
export type Opts = Record<string, string | boolean | string[] | undefined>;
export const str = (o: Opts, k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
