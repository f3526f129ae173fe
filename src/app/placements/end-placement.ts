// Ending a placement (issue #6: "recall from one agency and place with the next … recall; close"). A recall may name
// the next placement, made in the same transaction so the account is never unplaced in between.
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { endPlacement, lockPlacement } from '../../store/placements.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type PlaceWith, checkPlaceWith, placeIn } from './create-placement.js';
import { placementDetailIn, placementOr404 } from './get-placements.js';
import { type PlacementDetail, placementId } from './placement-json.js';

export type EndPlacementInput = { id: string; status: 'recalled' | 'closed'; on: string; reason: string; next?: PlaceWith | undefined; actor: string };

export async function endPlacementCase(db: Db, tenantId: number, input: EndPlacementInput): Promise<{ placement: PlacementDetail; next: PlacementDetail | null }> {
  const on = checkAsOf(input.on, 'date');
  const reason = input.reason.trim();
  if (reason === '') throw new InputError('reason', `is required: say why the placement is ${input.status}`);
  if (input.next && input.status !== 'recalled') throw new InputError('next', 'only a recall hands the account on');
  if (input.next) checkPlaceWith(input.next, 'next.');
  return inTenant(db, tenantId, async (tx) => {
    await lockPlacement(tx, tenantId, placementId(input.id));
    const placement = await placementOr404(tx, tenantId, input.id);
    if (placement.status !== 'active') throw new InputError('id', `placement ${placement.id} is already ${placement.status}`);
    if (on < placement.placed_on) throw new InputError('date', `${on} is before the placement (${placement.placed_on})`);
    await endPlacement(tx, tenantId, placement.id, { status: input.status, on, reason, by: input.actor });
    await recordAudit(tx, tenantId, { actor: input.actor, action: `placement-${input.status === 'recalled' ? 'recall' : 'close'}`, entity: 'placement', entityKey: String(placement.id), reason, details: { on } });
    const next = input.next
      ? await placeIn(tx, tenantId, { ...input.next, customerRef: placement.customer_ref, currency: placement.currency, placedOn: on, actor: input.actor }, 'next.')
      : null;
    return { placement: await placementDetailIn(tx, tenantId, String(placement.id)), next };
  });
}
