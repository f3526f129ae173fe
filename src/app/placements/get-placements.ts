// Reading placements: a page of them (by status, kind, agency, customer), or one with its invoices and recoveries.
import type { Db, Tx } from '../../store/db.js';
import { type PlacementRow, findPlacement, listPlacements, placedInvoices } from '../../store/placements.js';
import { listRecoveries } from '../../store/placements-recoveries.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError, NotFoundError } from '../errors.js';
import { type PlacementDetail, type PlacementJson, placedInvoiceJson, placementId, placementJson, recoveryJson } from './placement-json.js';

export type PlacementQuery = { status?: string | undefined; kind?: string | undefined; agencyId?: string | undefined; customerRef?: string | undefined; limit: number; offset: number };

export async function pagePlacements(db: Db, tenantId: number, q: PlacementQuery): Promise<{ placements: PlacementJson[]; limit: number; offset: number }> {
  if (q.agencyId !== undefined && !/^\d{1,18}$/.test(q.agencyId)) throw new InputError('agencyId', 'is an agency id (digits)');
  const rows = await inTenant(db, tenantId, (tx) => listPlacements(tx, tenantId, { ...q, agencyId: q.agencyId === undefined ? undefined : BigInt(q.agencyId) }));
  return { placements: rows.map(placementJson), limit: q.limit, offset: q.offset };
}

/** The placement or 404 (another tenant's id is simply not found). */
export async function placementOr404(tx: Tx, tenantId: number, idText: string): Promise<PlacementRow> {
  const placement = await findPlacement(tx, tenantId, placementId(idText));
  if (!placement) throw new NotFoundError(`no placement ${idText}`);
  return placement;
}

export async function placementDetailIn(tx: Tx, tenantId: number, idText: string): Promise<PlacementDetail> {
  const placement = await placementOr404(tx, tenantId, idText);
  const invoices = await placedInvoices(tx, tenantId, placement.id);
  const recoveries = await listRecoveries(tx, tenantId, placement.id);
  return { ...placementJson(placement), invoices: invoices.map(placedInvoiceJson), recoveryList: recoveries.map((r) => recoveryJson(r, placement.currency)) };
}

export async function getPlacement(db: Db, tenantId: number, idText: string): Promise<PlacementDetail> {
  return inTenant(db, tenantId, (tx) => placementDetailIn(tx, tenantId, idText));
}
