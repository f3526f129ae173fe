// The run preview (issue #7): every action of a run with what it dunned, its charges, its status and its letter.
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { listRunActionDetails } from '../../store/dunning-run-details.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf } from '../get-aging.js';

export async function runDetails(db: Db, tenant: TenantRow, asOf: string) {
  const date = checkAsOf(asOf);
  const actions = await inTenant(db, tenant.id, (tx) => listRunActionDetails(tx, tenant.id, date));
  return {
    asOf: date, requiresApproval: tenant.dunning_requires_approval,
    actions: actions.map((a) => {
      const money = (v: bigint) => formatAmount(v, a.currency);
      return {
        id: String(a.id), customerRef: a.customerRef, customerName: a.customerName, currency: a.currency, level: a.level, channels: a.channels,
        templateKey: a.templateKey, deadline: a.deadline, sideEffects: a.sideEffects, status: a.status, decidedBy: a.decidedBy,
        invoices: a.invoices.map((i) => ({ number: i.number, daysPastDue: i.daysPastDue, open: money(BigInt(i.dunned)) })),
        fees: money(a.fees), interest: money(a.interest), total: money(a.total), letterId: a.letterId === null ? null : String(a.letterId),
      };
    }),
  };
}
