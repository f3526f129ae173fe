// GET /api/cash-collected (issue #7 dashboard): the payments received from `from` through `to`, per currency.
import { formatAmount } from '../domain/money.js';
import { cashCollected } from '../store/cash-collected.js';
import type { Db } from '../store/db.js';
import { inTenant } from '../store/tenant-scope.js';
import type { TenantRow } from '../store/tenants.js';
import { InputError } from './errors.js';
import { checkAsOf } from './get-aging.js';

export async function getCashCollected(db: Db, tenant: TenantRow, input: { from: string; to: string }) {
  const from = checkAsOf(input.from, 'from');
  const to = checkAsOf(input.to, 'to');
  if (from > to) throw new InputError('from', `must not be after to (${to})`);
  const rows = await inTenant(db, tenant.id, (tx) => cashCollected(tx, tenant.id, from, to));
  return { from, to, currencies: rows.map((r) => ({ currency: r.currency, amount: formatAmount(r.amount, r.currency), payments: r.payments })) };
}
