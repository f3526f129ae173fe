// Shared shapes of the CSV imports (issue #2): customers, invoices, payments, credit notes.
import type { Tx } from '../../store/db.js';

export type RowError = { line: number; field: string; message: string };

export type ImportSummary = { imported: number; unchanged: number; updated: number; rejected: number; errors: RowError[] };

export type ImportOptions = { tenantId: number; actor: string; update: boolean; skipInvalid: boolean };

export type FieldError = { field: string; message: string };

/** What a row turned out to be once compared with the store. */
export type RowOutcome = 'insert' | 'unchanged' | 'update';

export type Classified<T> = { line: number; outcome: RowOutcome; value: T } | { line: number; errors: FieldError[] };

/**
 * One importable kind. `parse` is pure (syntax: dates, amounts, required fields); `classify` compares a batch
 * with the store and decides insert / unchanged / update / error; `write` persists the batch's good rows.
 */
export interface ImportKind<Parsed, Resolved> {
  readonly name: string;
  /** Tables a write touches: analysed after a bulk import so the planner knows their new size. */
  readonly tables: readonly string[];
  readonly required: readonly string[];
  readonly optional: readonly string[];
  key(parsed: Parsed): string;
  keyField: string;
  parse(values: Record<string, string>): { value: Parsed } | { errors: FieldError[] };
  classify(tx: Tx, batch: readonly { line: number; value: Parsed }[], options: ImportOptions): Promise<Classified<Resolved>[]>;
  write(tx: Tx, rows: readonly { line: number; outcome: RowOutcome; value: Resolved }[], options: ImportOptions): Promise<void>;
}

export class ImportFailed extends Error {
  constructor(readonly summary: ImportSummary, readonly file: string) {
    super(`import of ${file} failed: ${summary.errors.length} invalid row(s); nothing was written`);
  }
}
