// A tenant's own dunning texts per template key and language (migration 0005).
import type { Tx } from './db.js';

export async function upsertTemplate(tx: Tx, tenantId: number, row: { key: string; language: string; template: object; actor: string }): Promise<void> {
  const template = JSON.stringify(row.template);
  await tx.insertInto('dunning_templates').values({ tenant_id: tenantId, template_key: row.key, language: row.language, template, updated_by: row.actor })
    .onConflict((oc) => oc.columns(['tenant_id', 'template_key', 'language']).doUpdateSet({ template, updated_by: row.actor, updated_at: new Date() })).execute();
}

/** The tenant's texts for one template key, by language. */
export async function templatesFor(tx: Tx, tenantId: number, key: string): Promise<Record<string, object>> {
  const rows = await tx.selectFrom('dunning_templates').select(['language', 'template']).where('tenant_id', '=', tenantId).where('template_key', '=', key).execute();
  return Object.fromEntries(rows.map((r) => [r.language, (typeof r.template === 'string' ? JSON.parse(r.template) : r.template) as object]));
}
