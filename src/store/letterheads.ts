// A tenant's named letterheads (issue #6 agency mode: "each with its own letterhead (a law firm's letterhead is one
// more template)"): at most one default, and the template keys that print on each.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type LetterheadRow = {
  id: bigint; name: string; sender_lines: string[]; address: string | null; phone: string | null; email: string | null;
  registration_number: string | null; vat_number: string | null; footer: string | null; accent_colour: string | null; is_default: boolean;
  updated_at: Date; updated_by: string; template_keys: string[];
};

export type LetterheadFields = Omit<LetterheadRow, 'id' | 'updated_at' | 'template_keys'>;

export async function listLetterheads(db: Executor, tenantId: number, name?: string): Promise<LetterheadRow[]> {
  const result = await sql<LetterheadRow>`
    select l.id, l.name, l.sender_lines, l.address, l.phone, l.email, l.registration_number, l.vat_number, l.footer, l.accent_colour, l.is_default,
      l.updated_at, l.updated_by,
      coalesce((select array_agg(t.template_key order by t.template_key) from letterhead_templates t where t.tenant_id = l.tenant_id and t.letterhead_id = l.id), '{}') as template_keys
    from letterheads l where l.tenant_id = ${tenantId} ${name === undefined ? sql`` : sql`and l.name = ${name}`}
    order by l.name`.execute(db);
  return result.rows;
}

/** Creates or replaces the letterhead; a new default takes the mark from the old one; its template keys move to it. */
export async function saveLetterhead(tx: Tx, tenantId: number, fields: LetterheadFields, templateKeys: readonly string[]): Promise<void> {
  if (fields.is_default) await tx.updateTable('letterheads').set({ is_default: false }).where('tenant_id', '=', tenantId).where('name', '<>', fields.name).where('is_default', '=', true).execute();
  const values = { ...fields, updated_at: new Date() };
  const { id } = await tx.insertInto('letterheads').values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'name']).doUpdateSet(values)).returning('id').executeTakeFirstOrThrow();
  await tx.deleteFrom('letterhead_templates').where('tenant_id', '=', tenantId).where('letterhead_id', '=', id).execute();
  if (templateKeys.length === 0) return;
  await tx.insertInto('letterhead_templates').values(templateKeys.map((key) => ({ tenant_id: tenantId, template_key: key, letterhead_id: id })))
    .onConflict((oc) => oc.columns(['tenant_id', 'template_key']).doUpdateSet({ letterhead_id: id })).execute();
}

export async function deleteLetterhead(tx: Tx, tenantId: number, name: string): Promise<boolean> {
  const result = await tx.deleteFrom('letterheads').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
