// Manual credit holds and releases (issue #6), kept as history and audited with the user. A manual hold holds
// until released by hand; an automatic reason (over the limit, too long past due) lifts only when its cause does.
import { creditHoldHistory, activeManualHold, insertCreditHold } from '../../store/credit.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type CreditJson, creditJson, creditOf, loadCustomer } from './credit-status.js';

type HoldInput = { customerRef: string; reason: string; asOf: string; actor: string };

function checkReason(reason: string, what: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new InputError('reason', `is required: say why the ${what}`);
  return trimmed;
}

export async function placeCreditHold(db: Db, tenant: TenantRow, input: HoldInput): Promise<CreditJson> {
  const reason = checkReason(input.reason, 'customer is put on hold');
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, input.customerRef);
    const held = await activeManualHold(tx, tenant.id, customer.id);
    if (held) throw new InputError('hold', `customer ${customer.customer_ref} is already on manual hold since ${held.createdAt.toISOString()} (${held.reason})`);
    await insertCreditHold(tx, tenant.id, { customerId: customer.id, action: 'hold', reason, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'credit-hold', entity: 'customer', entityKey: customer.customer_ref, reason });
    return creditJson(await creditOf(tx, tenant.id, customer, asOf));
  });
}

export async function releaseCreditHold(db: Db, tenant: TenantRow, input: HoldInput): Promise<CreditJson> {
  const reason = checkReason(input.reason, 'hold is released');
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, input.customerRef);
    const before = await creditOf(tx, tenant.id, customer, asOf);
    const manual = before.hold.reasons.some((r) => r.code === 'manual');
    if (!manual) {
      const automatic = before.hold.reasons.filter((r) => r.automatic).map((r) => r.text);
      throw new InputError('hold', automatic.length > 0
        ? `the hold on ${customer.customer_ref} is automatic and cannot be released by hand: ${automatic.join('; ')}; it lifts when its cause does`
        : `customer ${customer.customer_ref} is not on hold`);
    }
    await insertCreditHold(tx, tenant.id, { customerId: customer.id, action: 'release', reason, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'credit-release', entity: 'customer', entityKey: customer.customer_ref, reason });
    return creditJson(await creditOf(tx, tenant.id, customer, asOf));
  });
}

export async function creditHolds(db: Db, tenant: TenantRow, customerRef: string): Promise<{ customerRef: string; holds: { action: 'hold' | 'release'; reason: string; at: string; by: string }[] }> {
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, customerRef);
    const rows = await creditHoldHistory(tx, tenant.id, customer.id, 500);
    return { customerRef: customer.customer_ref, holds: rows.map((r) => ({ action: r.action, reason: r.reason, at: r.createdAt.toISOString(), by: r.createdBy })) };
  });
}
