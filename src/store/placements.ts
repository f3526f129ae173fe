// Placements (issue #6): an account — a customer's open invoices in one currency — handed to the in-house team, an
// agency or legal, numbered per customer and currency, with the invoices placed and what was open on each.
import { type ColumnType, type Generated, sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type PlacementKind = 'in-house' | 'agency' | 'legal';
export type PlacementStatus = 'active' | 'recalled' | 'closed';

export interface CollectionAgenciesTable {
  tenant_id: number; id: Generated<bigint>; name: string; email: string | null; phone: string | null; commission_rate: string;
  second_rate: string | null; third_rate: string | null; legal_rate: string | null; is_default: Generated<boolean>; active: Generated<boolean>;
  created_at: ColumnType<Date, never, never>; created_by: string; updated_at: Generated<Date>; updated_by: string;
}
export interface PlacementInvoicesTable { tenant_id: number; placement_id: bigint; invoice_id: bigint; open_at_placement: bigint }
export interface PlacementRecoveriesTable {
  tenant_id: number; id: Generated<bigint>; placement_id: bigint; date: string; gross: bigint; commission: bigint; commission_given: boolean;
  payment_id: bigint; reference: string | null; note: string | null; created_at: ColumnType<Date, never, never>; created_by: string;
}
export interface WriteOffRequestsTable {
  tenant_id: number; id: Generated<bigint>; invoice_id: bigint; amount: bigint; date: string; reason: string; status: Generated<'pending' | 'approved' | 'rejected'>;
  requested_by: string; requested_at: Generated<Date>; decided_by: string | null; decided_at: Date | null; decision_reason: string | null;
}

// Migration 0017's tables and columns, merged into the shared types here so this feature stays in its own files.
declare module './schema.js' {
  interface Database {
    collection_agencies: CollectionAgenciesTable; placement_invoices: PlacementInvoicesTable;
    placement_recoveries: PlacementRecoveriesTable; write_off_requests: WriteOffRequestsTable;
  }
  interface PlacementsTable {
    number: number; agency_id: Generated<bigint | null>; commission_rate: Generated<string | null>; note: Generated<string | null>;
    ended_on: Generated<string | null>; end_reason: Generated<string | null>; ended_by: Generated<string | null>;
  }
  interface WriteOffsTable { request_id: Generated<bigint | null>; recovery_id: Generated<bigint | null> }
}

export type AccountKey = { customerId: bigint; currency: string };

export type AccountState = AccountKey & {
  activeId: bigint | null; placements: number; agencyPlacements: number;
  openInvoices: { id: bigint; open: bigint }[];
};

/**
 * For each account: its active placement, how many it has had (of which with agencies), and its open invoices now.
 * The customers are locked first, so two people placing the same account at once cannot both find it unplaced.
 */
export async function accountStates(tx: Tx, tenantId: number, keys: readonly AccountKey[]): Promise<AccountState[]> {
  if (keys.length === 0) return [];
  const customers = keys.map((k) => String(k.customerId));
  await sql`select id from customers where tenant_id = ${tenantId} and id = any(${customers}::bigint[]) order by id for update`.execute(tx);
  const currencies = keys.map((k) => k.currency);
  const result = await sql<{ customer_id: bigint; currency: string; active_id: bigint | null; placements: bigint; agency_placements: bigint; open_invoices: string | null }>`
    select k.customer_id, k.currency,
      (select max(p.id) from placements p where p.tenant_id = ${tenantId} and p.customer_id = k.customer_id and p.currency = k.currency and p.status = 'active') as active_id,
      (select count(*) from placements p where p.tenant_id = ${tenantId} and p.customer_id = k.customer_id and p.currency = k.currency) as placements,
      (select count(*) from placements p where p.tenant_id = ${tenantId} and p.customer_id = k.customer_id and p.currency = k.currency and p.kind = 'agency') as agency_placements,
      (select string_agg(o.id || ':' || o.open, ',' order by o.id) from (
         select i.id, (i.amount + coalesce((select sum(amount) from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id), 0)
           - coalesce((select sum(amount) from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id), 0)
           - coalesce((select sum(amount) from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id), 0)) as open
         from invoices i where i.tenant_id = ${tenantId} and i.customer_id = k.customer_id and i.currency = k.currency) o where o.open > 0) as open_invoices
    from unnest(${customers}::bigint[], ${currencies}::text[]) as k(customer_id, currency)`.execute(tx);
  return result.rows.map((r) => ({
    customerId: r.customer_id, currency: r.currency, activeId: r.active_id, placements: Number(r.placements), agencyPlacements: Number(r.agency_placements),
    openInvoices: (r.open_invoices ?? '').split(',').filter(Boolean).map((pair) => {
      const [id, open] = pair.split(':');
      return { id: BigInt(id ?? '0'), open: BigInt(open ?? '0') };
    }),
  }));
}

export type NewPlacement = AccountKey & {
  kind: PlacementKind; number: number; placedOn: string; amount: bigint; actionId: bigint | null; agencyId: bigint | null;
  commissionRate: string | null; note: string | null; actor: string; invoices: { id: bigint; open: bigint }[];
};

/** Inserts the placements and their invoices in two statements; returns their ids in order. */
export async function insertPlacementRows(tx: Tx, tenantId: number, rows: readonly NewPlacement[]): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const col = <T>(f: (r: NewPlacement) => T) => rows.map(f);
  const inserted = await sql<{ id: bigint; ord: bigint }>`
    with input as (
      select * from unnest(${col((r) => String(r.customerId))}::bigint[], ${col((r) => r.currency)}::text[], ${col((r) => r.kind)}::text[],
        ${col((r) => r.number)}::int[], ${col((r) => r.placedOn)}::date[], ${col((r) => String(r.amount))}::bigint[],
        ${col((r) => (r.actionId === null ? null : String(r.actionId)))}::bigint[], ${col((r) => (r.agencyId === null ? null : String(r.agencyId)))}::bigint[],
        ${col((r) => r.commissionRate)}::numeric[], ${col((r) => r.note)}::text[], ${col((r) => r.actor)}::text[])
        with ordinality as x(customer_id, currency, kind, number, placed_on, amount, action_id, agency_id, commission_rate, note, created_by, ord)
    ), made as (
      insert into placements (tenant_id, customer_id, currency, kind, number, placed_on, amount, action_id, agency_id, commission_rate, note, created_by)
      select ${tenantId}, customer_id, currency, kind, number, placed_on, amount, action_id, agency_id, commission_rate, note, created_by from input order by ord
      returning id, customer_id, currency
    )
    select m.id, i.ord from made m join input i on i.customer_id = m.customer_id and i.currency = m.currency order by i.ord`.execute(tx);
  const ids = inserted.rows.map((r) => r.id);
  const lines = rows.flatMap((r, i) => r.invoices.map((inv) => ({ placement: ids[i] ?? 0n, invoice: inv.id, open: inv.open })));
  if (lines.length > 0) {
    await sql`insert into placement_invoices (tenant_id, placement_id, invoice_id, open_at_placement)
      select ${tenantId}, * from unnest(${lines.map((l) => String(l.placement))}::bigint[], ${lines.map((l) => String(l.invoice))}::bigint[], ${lines.map((l) => String(l.open))}::bigint[])`.execute(tx);
  }
  return ids;
}

export type PlacementRow = {
  id: bigint; customer_id: bigint; customer_ref: string; customer_name: string; currency: string; kind: PlacementKind; number: number;
  placed_on: string; amount: bigint; action_id: bigint | null; agency_id: bigint | null; agency_name: string | null; commission_rate: string | null;
  status: PlacementStatus; note: string | null; ended_on: string | null; end_reason: string | null; ended_by: string | null;
  created_at: Date; created_by: string; recovered: bigint; commission: bigint; recoveries: bigint;
};

export type PlacementFilter = {
  ids?: readonly bigint[]; status?: string | undefined; kind?: string | undefined; agencyId?: bigint | undefined; customerRef?: string | undefined;
  limit: number; offset: number;
};

export async function listPlacements(db: Executor, tenantId: number, filter: PlacementFilter): Promise<PlacementRow[]> {
  const result = await sql<PlacementRow>`
    select p.id, p.customer_id, c.customer_ref, c.name as customer_name, trim(p.currency) as currency, p.kind, p.number, p.placed_on, p.amount,
      p.action_id, p.agency_id, a.name as agency_name, p.commission_rate, p.status, p.note, p.ended_on, p.end_reason, p.ended_by, p.created_at, p.created_by,
      coalesce(r.gross, 0)::bigint as recovered, coalesce(r.commission, 0)::bigint as commission, coalesce(r.n, 0)::bigint as recoveries
    from placements p
    join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
    left join collection_agencies a on a.tenant_id = p.tenant_id and a.id = p.agency_id
    left join lateral (select sum(gross) as gross, sum(commission) as commission, count(*) as n from placement_recoveries r
                        where r.tenant_id = p.tenant_id and r.placement_id = p.id) r on true
    where p.tenant_id = ${tenantId}
      ${filter.ids ? sql`and p.id = any(${filter.ids.map(String)}::bigint[])` : sql``}
      ${filter.status ? sql`and p.status = ${filter.status}` : sql``}
      ${filter.kind ? sql`and p.kind = ${filter.kind}` : sql``}
      ${filter.agencyId !== undefined ? sql`and p.agency_id = ${filter.agencyId}` : sql``}
      ${filter.customerRef ? sql`and c.customer_ref = ${filter.customerRef}` : sql``}
    order by p.placed_on desc, p.id desc limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows;
}

export async function findPlacement(db: Executor, tenantId: number, id: bigint): Promise<PlacementRow | undefined> {
  return (await listPlacements(db, tenantId, { ids: [id], limit: 1, offset: 0 }))[0];
}

/** Locks the placement for a change (a recovery numbers its payment from the recoveries so far). */
export async function lockPlacement(tx: Tx, tenantId: number, id: bigint): Promise<void> {
  await sql`select id from placements where tenant_id = ${tenantId} and id = ${id} for update`.execute(tx);
}

/** Recalled or closed: the end of the placement, kept with who ended it and why. */
export async function endPlacement(tx: Tx, tenantId: number, id: bigint, end: { status: 'recalled' | 'closed'; on: string; reason: string; by: string }): Promise<void> {
  await tx.updateTable('placements').set({ status: end.status, ended_on: end.on, end_reason: end.reason, ended_by: end.by })
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export type PlacedInvoiceRow = {
  id: bigint; number: string; issue_date: string; due_date: string; currency: string; amount: bigint; description: string | null; po_number: string | null;
  open_at_placement: bigint; open: bigint; written_off: bigint;
};

/**
 * The placed invoices with their effective amount, open amount and net written-off amount, oldest due first: now,
 * or counting only the entries dated on or before `asOf` (a claim as of a date).
 */
export async function placedInvoices(db: Executor, tenantId: number, placementId: bigint, asOf?: string): Promise<PlacedInvoiceRow[]> {
  const dated = asOf === undefined ? sql`` : sql`and date <= ${asOf}`;
  const result = await sql<PlacedInvoiceRow>`
    select i.id, i.number, i.issue_date, i.due_date, trim(i.currency) as currency, i.description, i.po_number, pi.open_at_placement,
      (i.amount + coalesce(adj.total, 0))::bigint as amount,
      (i.amount + coalesce(adj.total, 0) - coalesce(al.total, 0) - coalesce(wo.total, 0))::bigint as open,
      coalesce(wo.total, 0)::bigint as written_off
    from placement_invoices pi
    join invoices i on i.tenant_id = pi.tenant_id and i.id = pi.invoice_id
    left join lateral (select sum(amount) as total from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id ${dated}) adj on true
    left join lateral (select sum(amount) as total from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id ${dated}) al on true
    left join lateral (select sum(amount) as total from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id ${dated}) wo on true
    where pi.tenant_id = ${tenantId} and pi.placement_id = ${placementId}
    order by i.due_date, i.issue_date, i.number`.execute(db);
  return result.rows;
}
