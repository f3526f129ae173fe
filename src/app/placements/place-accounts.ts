// Placing accounts (issue #6: "an account is placed with the in-house collection team or an external agency (first,
// second, third placement)"), inside the caller's transaction: by hand (create-placement.ts) and by the dunning
// level's side effect (src/app/dunning/side-effects.ts). The amount placed is what is open on the customer's invoices
// in that currency at placement; the commission rate is fixed at placement, as agency contracts are.
import { formatRate, parseRate, placementRate } from '../../domain/placements/commission.js';
import { sum } from '../../domain/money.js';
import type { Tx } from '../../store/db.js';
import { type AgencyRow, defaultAgency, findAgency } from '../../store/placements-agencies.js';
import { type NewPlacement, type PlacementKind, accountStates, insertPlacementRows } from '../../store/placements.js';

export type PlacementRequest = {
  customerId: bigint; customerRef: string; currency: string; kind: PlacementKind; placedOn: string; actionId: bigint | null;
  /** null: the tenant's default agency for an agency placement (dunning), none for in-house. */
  agencyId: bigint | null; note: string | null; actor: string;
};

export type PlacementOutcome = { placed: true; id: bigint } | { placed: false; field: string; reason: string };

export const rateOf = (text: string | null): bigint | null => {
  if (text === null) return null;
  const parsed = parseRate(text);
  return parsed.ok ? parsed.value : null;
};

function agencyRates(agency: AgencyRow) {
  return { first: rateOf(agency.commission_rate) ?? 0n, second: rateOf(agency.second_rate), third: rateOf(agency.third_rate), legal: rateOf(agency.legal_rate) };
}

async function agencyFor(tx: Tx, tenantId: number, request: PlacementRequest): Promise<AgencyRow | { field: string; reason: string } | null> {
  if (request.kind === 'in-house') return request.agencyId === null ? null : { field: 'agencyId', reason: 'an in-house placement has no agency' };
  if (request.agencyId === null) return request.kind === 'agency' ? (await defaultAgency(tx, tenantId)) ?? null : null;
  const agency = await findAgency(tx, tenantId, request.agencyId);
  if (!agency) return { field: 'agencyId', reason: `no agency ${request.agencyId}` };
  if (!agency.active) return { field: 'agencyId', reason: `agency ${agency.name} is inactive` };
  return agency;
}

/**
 * Places each account that has something open and no active placement; returns, per request, the placement made
 * or why not (the dunning side effect skips those, a person's request answers 400 with the field).
 */
export async function placeAccounts(tx: Tx, tenantId: number, requests: readonly PlacementRequest[]): Promise<PlacementOutcome[]> {
  const states = await accountStates(tx, tenantId, requests.map((r) => ({ customerId: r.customerId, currency: r.currency })));
  const taken = new Set<string>();
  const outcomes: PlacementOutcome[] = [];
  const rows: { index: number; row: NewPlacement }[] = [];
  for (const [index, request] of requests.entries()) {
    const state = states[index];
    const key = `${request.customerId}:${request.currency}`;
    if (!state || state.activeId !== null || taken.has(key)) {
      outcomes.push({ placed: false, field: 'customerRef', reason: `${request.customerRef}'s ${request.currency} account is already placed (placement ${state?.activeId ?? ''}): recall it first` });
      continue;
    }
    if (state.openInvoices.length === 0) {
      outcomes.push({ placed: false, field: 'customerRef', reason: `${request.customerRef} has nothing open in ${request.currency} to place` });
      continue;
    }
    const agency = await agencyFor(tx, tenantId, request);
    if (agency !== null && 'field' in agency) {
      outcomes.push({ placed: false, field: agency.field, reason: agency.reason });
      continue;
    }
    taken.add(key);
    const tier = state.agencyPlacements + (request.kind === 'agency' ? 1 : 0);
    const rate = agency === null || request.kind === 'in-house' ? null : placementRate(agencyRates(agency), request.kind, tier);
    outcomes.push({ placed: true, id: 0n });
    rows.push({ index, row: {
      customerId: request.customerId, currency: request.currency, kind: request.kind, number: state.placements + 1, placedOn: request.placedOn,
      amount: sum(state.openInvoices.map((i) => i.open)), actionId: request.actionId, agencyId: agency?.id ?? null,
      commissionRate: rate === null ? null : formatRate(rate), note: request.note, actor: request.actor, invoices: state.openInvoices,
    } });
  }
  const ids = await insertPlacementRows(tx, tenantId, rows.map((r) => r.row));
  rows.forEach((r, i) => { outcomes[r.index] = { placed: true, id: ids[i] ?? 0n }; });
  return outcomes;
}
