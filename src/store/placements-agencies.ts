// A tenant's collection agencies (and law firms) with their commission rates, and what was placed with each.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type AgencyRow = {
  id: bigint; name: string; email: string | null; phone: string | null; commission_rate: string; second_rate: string | null;
  third_rate: string | null; legal_rate: string | null; is_default: boolean; active: boolean; created_at: Date; created_by: string;
  updated_at: Date; updated_by: string;
};

export type AgencyFields = {
  name: string; email: string | null; phone: string | null; commission_rate: string; second_rate: string | null; third_rate: string | null;
  legal_rate: string | null; is_default: boolean; active: boolean;
};

const COLUMNS = ['id', 'name', 'email', 'phone', 'commission_rate', 'second_rate', 'third_rate', 'legal_rate', 'is_default', 'active',
  'created_at', 'created_by', 'updated_at', 'updated_by'] as const;

export async function listAgencies(db: Executor, tenantId: number): Promise<AgencyRow[]> {
  return db.selectFrom('collection_agencies').select(COLUMNS).where('tenant_id', '=', tenantId).orderBy('name').orderBy('id').execute();
}

export async function findAgency(db: Executor, tenantId: number, id: bigint): Promise<AgencyRow | undefined> {
  return db.selectFrom('collection_agencies').select(COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findAgencyByName(db: Executor, tenantId: number, name: string): Promise<AgencyRow | undefined> {
  return db.selectFrom('collection_agencies').select(COLUMNS).where('tenant_id', '=', tenantId)
    .where(sql<string>`lower(name)`, '=', name.trim().toLowerCase()).executeTakeFirst();
}

export async function defaultAgency(db: Executor, tenantId: number): Promise<AgencyRow | undefined> {
  return db.selectFrom('collection_agencies').select(COLUMNS).where('tenant_id', '=', tenantId).where('is_default', '=', true).where('active', '=', true).executeTakeFirst();
}

/** Only one default per tenant (a partial unique index): clear the others before making one the default. */
async function clearDefault(tx: Tx, tenantId: number, except: bigint | null): Promise<void> {
  await tx.updateTable('collection_agencies').set({ is_default: false }).where('tenant_id', '=', tenantId).where('is_default', '=', true)
    .$if(except !== null, (q) => q.where('id', '<>', except ?? 0n)).execute();
}

export async function insertAgency(tx: Tx, tenantId: number, fields: AgencyFields, actor: string): Promise<bigint> {
  if (fields.is_default) await clearDefault(tx, tenantId, null);
  const row = await tx.insertInto('collection_agencies').values({ tenant_id: tenantId, ...fields, created_by: actor, updated_by: actor })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgency(tx: Tx, tenantId: number, id: bigint, fields: AgencyFields, actor: string): Promise<void> {
  if (fields.is_default) await clearDefault(tx, tenantId, id);
  await tx.updateTable('collection_agencies').set({ ...fields, updated_at: new Date(), updated_by: actor })
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteAgency(tx: Tx, tenantId: number, id: bigint): Promise<void> {
  await tx.deleteFrom('collection_agencies').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function agencyPlacementCount(db: Executor, tenantId: number, id: bigint): Promise<number> {
  const row = await sql<{ n: bigint }>`select count(*) as n from placements where tenant_id = ${tenantId} and agency_id = ${id}`.execute(db);
  return Number(row.rows[0]?.n ?? 0n);
}

export type AgencyTotalsRow = { agency_id: bigint; currency: string; placements: bigint; placed: bigint; recovered: bigint; commission: bigint };

/** Per agency and currency: placements made, amount placed, gross recovered and commission kept. */
export async function agencyTotals(db: Executor, tenantId: number): Promise<AgencyTotalsRow[]> {
  const result = await sql<AgencyTotalsRow>`
    select p.agency_id, trim(p.currency) as currency, count(*)::bigint as placements, sum(p.amount)::bigint as placed,
      coalesce(sum(r.gross), 0)::bigint as recovered, coalesce(sum(r.commission), 0)::bigint as commission
    from placements p
    left join lateral (select sum(gross) as gross, sum(commission) as commission from placement_recoveries r
                        where r.tenant_id = p.tenant_id and r.placement_id = p.id) r on true
    where p.tenant_id = ${tenantId} and p.agency_id is not null
    group by p.agency_id, p.currency order by p.agency_id, p.currency`.execute(db);
  return result.rows;
}
