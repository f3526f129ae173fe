// Maps use-case errors to HTTP: bad input → 400 with the field and reason; unknown or another tenant's → 404.
import type { Context } from 'hono';
import { ForbiddenError, InputError, NotFoundError } from '../app/errors.js';
import { ImportFailed } from '../app/import/import-types.js';
import { CsvFormatError } from '../formats/csv/read-csv.js';

export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof InputError) return c.json({ error: 'invalid', field: error.field, reason: error.reason }, 400);
  if (error instanceof ForbiddenError) return c.json({ error: 'forbidden', reason: error.message }, 403);
  if (error instanceof NotFoundError) return c.json({ error: 'not found', reason: error.message }, 404);
  if (error instanceof ImportFailed) return c.json({ ...error.summary, imported: 0, updated: 0, unchanged: 0, error: error.message }, 400);
  if (error instanceof CsvFormatError) return c.json({ error: 'invalid', field: 'file', line: error.line, reason: error.reason }, 400);
  console.error(error);
  return c.json({ error: 'internal error' }, 500);
}
