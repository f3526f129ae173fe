// A tenant's named letterheads (issue #6 agency mode): list, read, create or replace, delete. One may be the
// default (every letter prints on it unless its template names another); each names the template keys that print
// on it, so a dunning level picks its letterhead through its templateKey (the legal level's "in-collections" on
// the law firm's letterhead).
import { recordAudit } from '../../store/audit.js';
import type { Db } from '../../store/db.js';
import { deleteLetterhead as removeLetterhead, listLetterheads, saveLetterhead } from '../../store/letterheads.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { type LetterheadJson, letterheadJson } from './letterhead-json.js';

export type LetterheadInput = {
  senderLines: string[]; address?: string | null | undefined; phone?: string | null | undefined; email?: string | null | undefined;
  registrationNumber?: string | null | undefined; vatNumber?: string | null | undefined; footer?: string | null | undefined;
  accentColour?: string | null | undefined; isDefault?: boolean | undefined; templateKeys?: string[] | undefined;
};

const NAME = /^[a-z0-9][a-z0-9-]{0,59}$/;
const TEMPLATE_KEY = /^[a-z0-9-]{1,60}$/;

export function checkLetterheadName(name: string): string {
  if (!NAME.test(name)) throw new InputError('name', 'lower-case letters, digits and dashes, 1 to 60, starting with a letter or digit (e.g. "law-firm")');
  return name;
}

function optional(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new InputError(field, `at most ${max} characters`);
  return text === '' ? null : text;
}

function checkInput(input: LetterheadInput) {
  if (input.senderLines.length < 1 || input.senderLines.length > 4) throw new InputError('senderLines', 'one to four lines; the first is the sender\'s name');
  const senderLines = input.senderLines.map((line, i) => {
    const text = line.trim();
    if (text === '' || text.length > 120) throw new InputError(`senderLines.${i}`, 'a line of 1 to 120 characters');
    return text;
  });
  const email = optional(input.email, 'email', 200);
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new InputError('email', 'not an e-mail address');
  const accent = optional(input.accentColour, 'accentColour', 7)?.toLowerCase() ?? null;
  if (accent !== null && !/^#[0-9a-f]{6}$/.test(accent)) throw new InputError('accentColour', 'a colour as #rrggbb');
  const templateKeys = [...new Set((input.templateKeys ?? []).map((k) => k.trim()))].sort();
  if (templateKeys.length > 50) throw new InputError('templateKeys', 'at most 50');
  const badKey = templateKeys.findIndex((k) => !TEMPLATE_KEY.test(k));
  if (badKey >= 0) throw new InputError(`templateKeys.${badKey}`, 'a template key is lower-case letters, digits and dashes (a dunning level\'s templateKey)');
  return {
    fields: {
      sender_lines: senderLines, address: optional(input.address, 'address', 500), phone: optional(input.phone, 'phone', 50), email,
      registration_number: optional(input.registrationNumber, 'registrationNumber', 80), vat_number: optional(input.vatNumber, 'vatNumber', 80),
      footer: optional(input.footer, 'footer', 300), accent_colour: accent, is_default: input.isDefault ?? false,
    },
    templateKeys,
  };
}

export async function letterheads(db: Db, tenant: TenantRow): Promise<{ letterheads: LetterheadJson[] }> {
  const rows = await inTenant(db, tenant.id, (tx) => listLetterheads(tx, tenant.id));
  return { letterheads: rows.map(letterheadJson) };
}

export async function getLetterhead(db: Db, tenant: TenantRow, name: string): Promise<LetterheadJson> {
  const [row] = await inTenant(db, tenant.id, (tx) => listLetterheads(tx, tenant.id, name));
  if (!row) throw new NotFoundError(`no letterhead "${name}"`);
  return letterheadJson(row);
}

export async function putLetterhead(db: Db, tenant: TenantRow, name: string, input: LetterheadInput, actor: string): Promise<{ letterhead: LetterheadJson; created: boolean }> {
  checkLetterheadName(name);
  const { fields, templateKeys } = checkInput(input);
  return inTenant(db, tenant.id, async (tx) => {
    const [before] = await listLetterheads(tx, tenant.id, name);
    await saveLetterhead(tx, tenant.id, { ...fields, name, updated_by: actor }, templateKeys);
    await recordAudit(tx, tenant.id, { actor, action: before ? 'letterhead-update' : 'letterhead-create', entity: 'letterhead', entityKey: name, details: { ...fields, templateKeys } });
    const [row] = await listLetterheads(tx, tenant.id, name);
    if (!row) throw new Error(`letterhead ${name} vanished`);
    return { letterhead: letterheadJson(row), created: !before };
  });
}

export async function deleteLetterhead(db: Db, tenant: TenantRow, name: string, actor: string): Promise<void> {
  await inTenant(db, tenant.id, async (tx) => {
    if (!await removeLetterhead(tx, tenant.id, name)) throw new NotFoundError(`no letterhead "${name}"`);
    await recordAudit(tx, tenant.id, { actor, action: 'letterhead-delete', entity: 'letterhead', entityKey: name });
  });
}
