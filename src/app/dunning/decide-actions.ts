// Approval (issue #4: "a person reviews every action, approves all or some, and only approved actions are sent").
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { decideActions, listRunActions, previousLevels, saveInvoiceLevels } from '../../store/dunning-runs.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { composeMessages } from './compose-messages.js';
import { carryOutSideEffects } from './side-effects.js';

export async function runActions(db: Db, tenant: TenantRow, asOf: string) {
  const date = checkAsOf(asOf);
  const actions = await inTenant(db, tenant.id, (tx) => listRunActions(tx, tenant.id, date));
  return { asOf: date, actions: actions.map((a) => ({ id: String(a.id), customerRef: a.customerRef, currency: a.currency, level: a.level, channels: a.channels, total: formatAmount(a.total, a.currency), status: a.status, decidedBy: a.decidedBy })) };
}

export type Decision = { asOf: string; approve: 'all' | string[]; hold?: string[] | undefined; actor: string };

/** Approved actions get their messages composed into the outbox at once; held ones are never sent. */
export async function decideRun(db: Db, tenant: TenantRow, decision: Decision) {
  const asOf = checkAsOf(decision.asOf);
  const toIds = (list: string[], field: string) => list.map((id) => { if (!/^\d+$/.test(id)) throw new InputError(field, `not an action id: "${id}"`); return BigInt(id); });
  await inTenant(db, tenant.id, async (tx) => {
    const planned = (await listRunActions(tx, tenant.id, asOf)).filter((a) => a.status === 'planned');
    const hold = new Set(toIds(decision.hold ?? [], 'hold'));
    const approve = decision.approve === 'all' ? planned.map((a) => a.id).filter((id) => !hold.has(id)) : toIds(decision.approve, 'approve');
    const known = new Set(planned.map((a) => a.id));
    const unknown = [...approve, ...hold].find((id) => !known.has(id));
    if (unknown !== undefined) throw new InputError('actions', `action ${unknown} is not a planned action of the ${asOf} run`);
    const approved = await decideActions(tx, tenant.id, approve, 'approved', decision.actor, new Date());
    const held = await decideActions(tx, tenant.id, [...hold], 'held', decision.actor, new Date());
    await composeMessages(tx, tenant, approved, asOf);
    await carryOutSideEffects(tx, tenant, approved, asOf, decision.actor);
    // A held action is not sent, so its invoices go back to the level they had: the next run may propose it again.
    await saveInvoiceLevels(tx, tenant.id, await previousLevels(tx, tenant.id, held));
    await recordAudit(tx, tenant.id, { actor: decision.actor, action: 'dunning-decision', entity: 'dunning-run', entityKey: asOf, reason: 'approval', details: { approved: approved.map(String), held: held.map(String) } });
  });
  return runActions(db, tenant, asOf);
}
