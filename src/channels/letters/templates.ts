// Default dunning templates per level and language, and the choice of language for a customer (issue #4: "The
// customer's language, then the tenant's, then English"). A tenant's overrides take part in that choice, so a
// tenant that writes German templates reaches German customers.
import { type DunningLevel, type TemplateSet } from './template-set.js';
import { bg } from './templates/bg.js';
import { en } from './templates/en.js';
import { fil } from './templates/fil.js';
import { nb } from './templates/nb.js';
import { sv } from './templates/sv.js';
import { te } from './templates/te.js';

export { type DunningLevel, type TemplateSet, DUNNING_LEVELS, TEMPLATE_VARIABLES, INVOICE_TABLE } from './template-set.js';

export type DefaultLanguage = 'en' | 'nb' | 'sv' | 'bg' | 'fil' | 'te';

export const DEFAULT_LANGUAGES: readonly DefaultLanguage[] = ['en', 'nb', 'sv', 'bg', 'fil', 'te'];

const BY_LANGUAGE: Readonly<Record<DefaultLanguage, Record<DunningLevel, TemplateSet>>> = { en, nb, sv, bg, fil, te };

function byLevel(level: DunningLevel): Record<DefaultLanguage, TemplateSet> {
  return {
    en: en[level], nb: nb[level], sv: sv[level], bg: bg[level], fil: fil[level], te: te[level],
  };
}

export const DEFAULT_TEMPLATES: Readonly<Record<DunningLevel, Readonly<Record<DefaultLanguage, TemplateSet>>>> = {
  1: byLevel(1), 2: byLevel(2), 3: byLevel(3), 4: byLevel(4),
};

/** A tenant's texts for one level, by language; fields left out come from that language's default. */
export type TemplateOverrides = Readonly<Record<string, Partial<TemplateSet>>>;

/** Customer records may carry the macrolanguage or an older code for the same written language. */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', tl: 'fil' };

/** The language a template set is kept under: the primary subtag of a BCP 47 tag ("nb-NO" → "nb", "tl" → "fil"). */
export function templateLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[primary] ?? primary;
}

function isDefaultLanguage(language: string): language is DefaultLanguage {
  return Object.hasOwn(BY_LANGUAGE, language);
}

function overrideFor(overrides: TemplateOverrides | undefined, language: string): Partial<TemplateSet> | undefined {
  if (!overrides) return undefined;
  for (const [tag, set] of Object.entries(overrides)) if (templateLanguage(tag) === language) return set;
  return undefined;
}

function complete(set: Partial<TemplateSet>): set is TemplateSet {
  return set.subject !== undefined && set.emailBody !== undefined && set.letterTitle !== undefined
    && set.letterBody !== undefined;
}

/** Fields an override leaves out, or sets to undefined, keep the default's text. */
function layer(base: Partial<TemplateSet>, override: Partial<TemplateSet> | undefined): Partial<TemplateSet> {
  const merged: Partial<TemplateSet> = { ...base };
  if (override?.subject !== undefined) merged.subject = override.subject;
  if (override?.emailBody !== undefined) merged.emailBody = override.emailBody;
  if (override?.letterTitle !== undefined) merged.letterTitle = override.letterTitle;
  if (override?.letterBody !== undefined) merged.letterBody = override.letterBody;
  return merged;
}

export type ResolvedTemplates = { language: string; templates: TemplateSet; overridden: boolean };

/**
 * Picks the first language of `preference` (customer's, then tenant's; English is always tried last) that has a
 * complete template set for the level, a tenant's override laid over the default of the same language.
 */
export function resolveTemplates(
  level: DunningLevel, preference: readonly (string | null | undefined)[], overrides?: TemplateOverrides,
): ResolvedTemplates {
  const candidates = [...preference, 'en'].filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
  for (const language of candidates.map(templateLanguage)) {
    const override = overrideFor(overrides, language);
    const base: Partial<TemplateSet> = isDefaultLanguage(language) ? DEFAULT_TEMPLATES[level][language] : {};
    const merged = layer(base, override);
    if (complete(merged)) return { language, templates: merged, overridden: override !== undefined };
  }
  // Unreachable: English always has a complete default.
  return { language: 'en', templates: DEFAULT_TEMPLATES[level].en, overridden: false };
}
