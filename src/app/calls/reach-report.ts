// "The hours with the best reach rate for the tenant" (issue #6 brief): from logged calls, per hour of the
// customer's local day, how many calls reached the customer (promise, dispute, refused, paid already).
import { reachByHour, type CallOutcome, type HourReach } from '../../domain/call-outcomes.js';
import { addDays } from '../../domain/dates.js';
import { startOfLocalDay } from '../../domain/law/notices/local-time.js';
import { loggedCalls } from '../../store/call-tasks.js';
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkDate } from '../promises/commitment-input.js';

export type ReachReport = { from: string; to: string; calls: number; hours: HourReach[]; best: HourReach[]; minimumCalls: number };

export async function reachReport(db: Db, tenant: TenantRow, query: { from: string; to: string; minimumCalls?: number | undefined }): Promise<ReachReport> {
  const from = checkDate(query.from, 'from');
  const to = checkDate(query.to, 'to');
  if (to < from) throw new InputError('to', `${to} is before ${from}`);
  const minimumCalls = query.minimumCalls ?? 5;
  // Days in the tenant's zone, `to` included.
  const rows = await inTenant(db, tenant.id, (tx) => loggedCalls(tx, tenant.id, new Date(startOfLocalDay(from, tenant.time_zone)), new Date(startOfLocalDay(addDays(to, 1), tenant.time_zone))));
  const report = reachByHour(rows.map((r) => ({ calledAtMs: r.called_at.getTime(), timeZone: r.time_zone, outcome: r.outcome as CallOutcome })), minimumCalls);
  return { from, to, calls: rows.length, minimumCalls, ...report };
}
