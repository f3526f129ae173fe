// A tenant's collection agencies (issue #6: "name, contact e-mail, commission rate as an exact decimal percent,
// optionally different rates for first/second/third placement, and for legal"): create, list, read, change, delete.
import { parseRate, formatRate } from '../../domain/placements/commission.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import {
  type AgencyFields, agencyPlacementCount, agencyTotals, deleteAgency, findAgency, findAgencyByName, insertAgency, listAgencies, updateAgency,
} from '../../store/placements-agencies.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError, NotFoundError } from '../errors.js';
import { type AgencyJson, agencyId, agencyJson } from './agency-json.js';

export type AgencyInput = {
  name: string; email?: string | null | undefined; phone?: string | null | undefined; commissionRate: string; secondRate?: string | null | undefined;
  thirdRate?: string | null | undefined; legalRate?: string | null | undefined; isDefault?: boolean | undefined; active?: boolean | undefined;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function rateField(text: string | null | undefined, field: string): string | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  const parsed = parseRate(text);
  if (!parsed.ok) throw new InputError(field, parsed.reason);
  return formatRate(parsed.value);
}

function fields(input: AgencyInput): AgencyFields {
  const name = input.name.trim();
  if (name === '') throw new InputError('name', 'is required');
  if (name.length > 200) throw new InputError('name', 'is longer than 200 characters');
  const email = input.email?.trim() || null;
  if (email !== null && !EMAIL.test(email)) throw new InputError('email', `"${email}" is not an e-mail address`);
  const commission = rateField(input.commissionRate, 'commissionRate');
  if (commission === null) throw new InputError('commissionRate', 'is required: the percent of what it collects the agency keeps');
  const active = input.active ?? true;
  if (input.isDefault === true && !active) throw new InputError('isDefault', 'an inactive agency cannot be the default');
  return {
    name, email, phone: input.phone?.trim() || null, commission_rate: commission, second_rate: rateField(input.secondRate, 'secondRate'),
    third_rate: rateField(input.thirdRate, 'thirdRate'), legal_rate: rateField(input.legalRate, 'legalRate'), is_default: input.isDefault ?? false, active,
  };
}

async function read(db: Db, tenantId: number, id: bigint): Promise<AgencyJson> {
  return inTenant(db, tenantId, async (tx) => {
    const agency = await findAgency(tx, tenantId, id);
    if (!agency) throw new NotFoundError(`no agency ${id}`);
    return agencyJson(agency, await agencyTotals(tx, tenantId));
  });
}

export async function createAgency(db: Db, tenantId: number, input: AgencyInput, actor: string): Promise<AgencyJson> {
  const f = fields(input);
  const id = await inTenant(db, tenantId, async (tx) => {
    if (await findAgencyByName(tx, tenantId, f.name)) throw new InputError('name', `an agency named "${f.name}" exists already`);
    const made = await insertAgency(tx, tenantId, f, actor);
    await recordAudit(tx, tenantId, { actor, action: 'agency-create', entity: 'agency', entityKey: String(made), details: f });
    return made;
  });
  return read(db, tenantId, id);
}

export async function changeAgency(db: Db, tenantId: number, idText: string, input: AgencyInput, actor: string): Promise<AgencyJson> {
  const id = agencyId(idText);
  const f = fields(input);
  await inTenant(db, tenantId, async (tx) => {
    if (!(await findAgency(tx, tenantId, id))) throw new NotFoundError(`no agency ${idText}`);
    const same = await findAgencyByName(tx, tenantId, f.name);
    if (same && same.id !== id) throw new InputError('name', `an agency named "${f.name}" exists already`);
    // Placements keep the rate they were made at: a new rate applies to new placements only.
    await updateAgency(tx, tenantId, id, f, actor);
    await recordAudit(tx, tenantId, { actor, action: 'agency-update', entity: 'agency', entityKey: String(id), details: f });
  });
  return read(db, tenantId, id);
}

/** An agency that has had placements stays, for their history: make it inactive instead. */
export async function removeAgency(db: Db, tenantId: number, idText: string, actor: string): Promise<void> {
  const id = agencyId(idText);
  await inTenant(db, tenantId, async (tx) => {
    const agency = await findAgency(tx, tenantId, id);
    if (!agency) throw new NotFoundError(`no agency ${idText}`);
    const placed = await agencyPlacementCount(tx, tenantId, id);
    if (placed > 0) throw new InputError('id', `agency ${agency.name} has ${placed} placement(s): set it inactive instead of deleting it`);
    await deleteAgency(tx, tenantId, id);
    await recordAudit(tx, tenantId, { actor, action: 'agency-delete', entity: 'agency', entityKey: String(id), reason: agency.name });
  });
}

export async function getAgency(db: Db, tenantId: number, idText: string): Promise<AgencyJson> {
  return read(db, tenantId, agencyId(idText));
}

export async function allAgencies(db: Db, tenantId: number): Promise<{ agencies: AgencyJson[] }> {
  return inTenant(db, tenantId, async (tx) => {
    const totals = await agencyTotals(tx, tenantId);
    return { agencies: (await listAgencies(tx, tenantId)).map((a) => agencyJson(a, totals)) };
  });
}
