// Setting or removing a customer's credit limit (issue #6), with a reason, audited with the user.
import { formatAmount, parseAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { updateCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type CreditJson, creditJson, creditOf, loadCustomer } from './credit-status.js';

export async function setCreditLimit(db: Db, tenant: TenantRow, input: { customerRef: string; amount: string | null; reason: string; asOf: string; actor: string }): Promise<CreditJson> {
  const reason = input.reason.trim();
  if (reason === '') throw new InputError('reason', 'is required: say why the limit changes');
  const asOf = checkAsOf(input.asOf, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await loadCustomer(tx, tenant.id, input.customerRef);
    let limit: bigint | null = null;
    if (input.amount !== null) {
      const parsed = parseAmount(input.amount, customer.currency);
      if (!parsed.ok) throw new InputError('amount', parsed.reason);
      if (parsed.value < 0n) throw new InputError('amount', 'a credit limit cannot be negative (use 0.00 for cash only, null for no limit)');
      limit = parsed.value;
    }
    const show = (v: bigint | null) => (v === null ? null : formatAmount(v, customer.currency));
    await updateCustomer(tx, tenant.id, customer.id, { credit_limit: limit });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'credit-limit', entity: 'customer', entityKey: customer.customer_ref, reason,
      details: { before: show(customer.credit_limit), after: show(limit), currency: customer.currency } });
    return creditJson(await creditOf(tx, tenant.id, { ...customer, credit_limit: limit }, asOf));
  });
}
