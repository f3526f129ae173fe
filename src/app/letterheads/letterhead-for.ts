// Which letterhead a dunning letter prints on: the one its template key names, else the tenant's default, else
// none (the tenant's own name and address, as before issue #6).
import type { PrintedLetterhead } from '../../channels/letters/letterhead.js';
import type { Tx } from '../../store/db.js';
import { listLetterheads } from '../../store/letterheads.js';
import type { TenantRow } from '../../store/tenants.js';
import { printedLetterhead } from './letterhead-json.js';

export async function letterheadChooser(tx: Tx, tenant: TenantRow): Promise<(templateKey: string) => PrintedLetterhead | undefined> {
  const rows = await listLetterheads(tx, tenant.id);
  const byKey = new Map(rows.flatMap((row) => row.template_keys.map((key) => [key, printedLetterhead(row, tenant)] as const)));
  const defaultRow = rows.find((row) => row.is_default);
  const fallback = defaultRow ? printedLetterhead(defaultRow, tenant) : undefined;
  return (templateKey) => byKey.get(templateKey) ?? fallback;
}
