// A tenant's own dunning texts (issue #4: "templates ... stored per tenant and editable"), validated as ICU
// MessageFormat before they are stored, with a preview on sample data.
import { renderDunningMessage } from '../../channels/letters/render-message.js';
import { sampleDunningInput } from '../../channels/letters/sample-input.js';
import { DUNNING_LEVELS, type DunningLevel, type TemplateSet } from '../../channels/letters/templates.js';
import { validateTemplateSet } from '../../channels/letters/template-validate.js';
import { isLanguageTag } from '../../domain/locale-codes.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { templatesFor, upsertTemplate } from '../../store/dunning-templates.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';

export async function saveTemplate(db: Db, tenant: TenantRow, input: { key: string; language: string; template: Partial<TemplateSet>; actor: string }) {
  if (!/^[a-z0-9-]{1,60}$/.test(input.key)) throw new InputError('key', 'a template key is lower-case letters, digits and dashes (see the policy\'s templateKey)');
  if (!isLanguageTag(input.language)) throw new InputError('language', `not a language code: "${input.language}"`);
  const problems = validateTemplateSet(input.template, input.language);
  if (problems.length > 0) throw new InputError(problems[0]?.field ?? 'template', problems.map((p) => `${p.field}: ${p.reason}`).join('; '));
  await inTenant(db, tenant.id, async (tx) => {
    await upsertTemplate(tx, tenant.id, { key: input.key, language: input.language, template: input.template, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'edit', entity: 'dunning-template', entityKey: `${input.key} ${input.language}`, details: input.template });
  });
  return { key: input.key, language: input.language, template: input.template };
}

/** The message a level's template produces for sample data, in a language, with the tenant's edits applied. */
export async function previewTemplate(db: Db, tenant: TenantRow, input: { key: string; level: number; language: string }) {
  if (!(DUNNING_LEVELS as readonly number[]).includes(input.level)) throw new InputError('level', `must be one of ${DUNNING_LEVELS.join(', ')}`);
  const templates = await inTenant(db, tenant.id, (tx) => templatesFor(tx, tenant.id, input.key)) as Record<string, Partial<TemplateSet>>;
  const level = input.level as DunningLevel;
  return renderDunningMessage({ ...sampleDunningInput(input.language, level, 3), templates });
}

