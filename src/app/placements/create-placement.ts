// Placing an account by hand (issue #6: "or by hand (`POST /api/placements`)"): the customer's open invoices in one
// currency go to the in-house team, an agency or legal, as the n-th placement of that account.
import { isCurrency } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { findCustomer } from '../../store/customers.js';
import type { PlacementKind } from '../../store/placements.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { placementDetailIn } from './get-placements.js';
import type { PlacementDetail } from './placement-json.js';
import { placeAccounts } from './place-accounts.js';

export type PlaceWith = { kind: string; agencyId?: string | undefined; note?: string | undefined };
export type NewPlacementInput = PlaceWith & { customerRef: string; currency?: string | undefined; placedOn: string; actor: string };

const KINDS: readonly PlacementKind[] = ['in-house', 'agency', 'legal'];

/** Checks who to place with; field names are prefixed (`next.agencyId`) when the choice is nested in a recall. */
export function checkPlaceWith(input: PlaceWith, prefix = ''): { kind: PlacementKind; agencyId: bigint | null; note: string | null } {
  if (!KINDS.includes(input.kind as PlacementKind)) throw new InputError(`${prefix}kind`, `must be one of ${KINDS.join(', ')}`);
  const kind = input.kind as PlacementKind;
  const text = input.agencyId?.trim() ?? '';
  if (text !== '' && !/^\d{1,18}$/.test(text)) throw new InputError(`${prefix}agencyId`, 'is an agency id (digits)');
  if (kind === 'agency' && text === '') throw new InputError(`${prefix}agencyId`, 'is required to place with an agency');
  if (kind === 'in-house' && text !== '') throw new InputError(`${prefix}agencyId`, 'an in-house placement has no agency');
  return { kind, agencyId: text === '' ? null : BigInt(text), note: input.note?.trim() || null };
}

/** Inside the caller's transaction, so a recall and the next placement land together. */
export async function placeIn(tx: Tx, tenantId: number, input: NewPlacementInput, prefix = ''): Promise<PlacementDetail> {
  const placedOn = checkAsOf(input.placedOn, 'placedOn');
  const choice = checkPlaceWith(input, prefix);
  const customer = await findCustomer(tx, tenantId, input.customerRef);
  if (!customer) throw new NotFoundError(`no customer "${input.customerRef}"`);
  const currency = (input.currency ?? customer.currency).trim().toUpperCase();
  if (!isCurrency(currency)) throw new InputError('currency', `"${currency}" is not an ISO 4217 currency code`);
  const [outcome] = await placeAccounts(tx, tenantId, [{
    customerId: customer.id, customerRef: customer.customer_ref, currency, kind: choice.kind, placedOn, actionId: null, agencyId: choice.agencyId,
    note: choice.note, actor: input.actor,
  }]);
  if (!outcome) throw new Error('placing returned nothing');
  if (!outcome.placed) throw new InputError(outcome.field === 'agencyId' ? `${prefix}agencyId` : outcome.field, outcome.reason);
  const detail = await placementDetailIn(tx, tenantId, String(outcome.id));
  await recordAudit(tx, tenantId, {
    actor: input.actor, action: 'placement-create', entity: 'placement', entityKey: detail.id, reason: choice.note ?? undefined,
    details: { customerRef: detail.customerRef, currency, kind: detail.kind, number: detail.number, agency: detail.agency?.name ?? null, amount: detail.amount, commissionRate: detail.commissionRate },
  });
  return detail;
}

export async function createPlacement(db: Db, tenantId: number, input: NewPlacementInput): Promise<PlacementDetail> {
  checkAsOf(input.placedOn, 'placedOn');
  checkPlaceWith(input);
  return inTenant(db, tenantId, (tx) => placeIn(tx, tenantId, input));
}
