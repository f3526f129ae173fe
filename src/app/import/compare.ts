// Describes the first field in which an incoming row differs from the stored record, for the import's
// "already exists with …; use --update" error.
export function firstDifference(
  stored: object, changes: Record<string, unknown>, show: (key: string, value: unknown) => unknown = (_k, v) => v,
): { field: string; was: string; now: string } {
  const field = Object.keys(changes)[0] ?? '';
  const render = (v: unknown) => (v === null || v === undefined || v === '' ? '(empty)' : `"${String(show(field, v))}"`);
  return { field, was: render((stored as Record<string, unknown>)[field]), now: render(changes[field]) };
}
