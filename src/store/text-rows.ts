// Bulk reads as one text value (docs/decisions/0008): a million rows through PGlite's row protocol took 11–13 s,
// one delimited text value 2.5 s. Each row is a line of comma-separated fields; free text is escaped (backslash →
// \\, newline → \n, comma → \c) so any field may hold anything and is read back exactly.
import { sql, type RawBuilder } from 'kysely';

export const escapedText = (column: RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`replace(replace(replace(${column}, '\\', '\\\\'), E'\n', '\\n'), ',', '\\c')`;

export function unescapeText(text: string): string {
  return text.indexOf('\\') < 0 ? text : text.replace(/\\(\\|n|c)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'c' ? ',' : '\\'));
}

export function textLines(text: string | null | undefined): string[] {
  return text ? text.split('\n') : [];
}

/** Splits `line` into exactly `count` fields, each unescaped. */
export function lineFields(line: string, count: number): string[] {
  const fields = line.split(',');
  if (fields.length !== count) throw new Error(`malformed bulk row: ${fields.length} fields, expected ${count}: "${line.slice(0, 80)}"`);
  for (let i = 0; i < fields.length; i++) if ((fields[i] as string).indexOf('\\') >= 0) fields[i] = unescapeText(fields[i] as string);
  return fields;
}
