// Side effects of approved dunning actions (issue #4: "side effects: credit hold, placement with the in-house
// collection team or an agency, legal"; the default ladder's fourth level holds credit and places the account).
// A credit hold is a manual hold with the level as its reason (src/app/credit), lifted by a person; a placement is a
// `placements` row for the collection team, the agency or legal (issue #6 works them).
import type { Tx } from '../../store/db.js';
import { insertCreditHold } from '../../store/credit.js';
import { actionEffects } from '../../store/dunning-side-effects.js';
import { type PlacementRequest, placeAccounts } from '../placements/place-accounts.js';
import { recordAudit } from '../../store/audit.js';
import type { TenantRow } from '../../store/tenants.js';

const PLACEMENT_KIND = { 'placement-in-house': 'in-house', 'placement-agency': 'agency', legal: 'legal' } as const;

export async function carryOutSideEffects(tx: Tx, tenant: TenantRow, actionIds: readonly bigint[], asOf: string, actor: string): Promise<void> {
  const actions = await actionEffects(tx, tenant.id, actionIds);
  const placements: PlacementRequest[] = [];
  for (const action of actions) {
    for (const effect of action.sideEffects) {
      if (effect === 'credit-hold') {
        await insertCreditHold(tx, tenant.id, { customerId: action.customerId, action: 'hold', reason: `dunning level ${action.level} on ${asOf}: no new credit until the account is settled`, actor });
      } else if (effect in PLACEMENT_KIND) {
        // Issue #6: the amount placed is what is open in the currency at placement; an account already placed stays so.
        placements.push({ customerId: action.customerId, customerRef: String(action.customerId), currency: action.currency, kind: PLACEMENT_KIND[effect as keyof typeof PLACEMENT_KIND], placedOn: asOf, actionId: action.id, agencyId: null, note: `dunning level ${action.level}`, actor });
      }
    }
    await recordAudit(tx, tenant.id, { actor, action: 'dunning-side-effects', entity: 'dunning-action', entityKey: String(action.id), reason: action.sideEffects.join(', ') });
  }
  await placeAccounts(tx, tenant.id, placements);
}
