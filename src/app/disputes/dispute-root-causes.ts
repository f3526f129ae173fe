// The root-cause report (issue #6): the store reads one row per dispute opened in the period; the pure
// aggregation in src/domain/disputes groups them by reason, product or department and month.
import { type RootCauseDimension, rootCauses } from '../../domain/disputes/index.js';
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { disputeFacts } from '../../store/disputes.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';

export type RootCauseJson = {
  from: string; to: string; by: RootCauseDimension;
  groups: { key: string | null; month: string; count: number; resolved: number; disputed: Record<string, string>; resolvedCredit: Record<string, string>; medianDaysToResolve: number | null }[];
};

const amounts = (m: Map<string, bigint>): Record<string, string> => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, v]) => [c, formatAmount(v, c)]));

export async function disputeRootCauses(db: Db, tenant: TenantRow, query: { from: string; to: string; by: RootCauseDimension }): Promise<RootCauseJson> {
  const from = checkAsOf(query.from, 'from');
  const to = checkAsOf(query.to, 'to');
  if (to < from) throw new InputError('to', `${to} is before ${from}`);
  const facts = await inTenant(db, tenant.id, (tx) => disputeFacts(tx, tenant.id, from, to));
  return {
    from, to, by: query.by,
    groups: rootCauses(facts, query.by).map((g) => ({
      key: g.key, month: g.month, count: g.count, resolved: g.resolved, disputed: amounts(g.disputed), resolvedCredit: amounts(g.credited), medianDaysToResolve: g.medianDaysToResolve,
    })),
  };
}
