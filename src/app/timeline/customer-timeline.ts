// A customer's timeline (issue #6): letters, e-mails, SMS, calls, notes, promises, disputes, plans, payments,
// credit notes, holds, placements, dunning actions and write-offs, newest first, paged, filtered by kind.
import { isTimeZone } from '../../domain/dates.js';
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { TIMELINE_KINDS, type TimelineKind, timelinePage } from '../../store/timeline.js';
import { InputError } from '../errors.js';
import { customerOr404 } from '../promises/commitment-input.js';
import { type TimelineEntry, timelineEntry } from './timeline-entry.js';

export type TimelinePage = { customerRef: string; customerName: string; entries: TimelineEntry[]; limit: number; offset: number; more: boolean };

/** "call,note" → the kinds; empty or absent → every kind. */
export function parseKinds(text: string | undefined): TimelineKind[] {
  if (text === undefined || text.trim() === '') return [...TIMELINE_KINDS];
  const kinds = text.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = kinds.find((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new InputError('kinds', `"${unknown}" is not one of ${TIMELINE_KINDS.join(', ')}`);
  return [...new Set(kinds)] as TimelineKind[];
}

export async function customerTimeline(
  db: Db, tenant: TenantRow, query: { customerRef: string; kinds?: string | undefined; limit: number; offset: number },
): Promise<TimelinePage> {
  const kinds = parseKinds(query.kinds);
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 500) throw new InputError('limit', 'a whole number from 1 to 500');
  if (!Number.isInteger(query.offset) || query.offset < 0 || query.offset > 1_000_000) throw new InputError('offset', 'a whole number from 0');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await customerOr404(tx, tenant.id, query.customerRef);
    const timeZone = isTimeZone(tenant.time_zone) ? tenant.time_zone : 'UTC';
    const rows = await timelinePage(tx, tenant.id, { customerId: customer.id, kinds, limit: query.limit, offset: query.offset, timeZone });
    return {
      customerRef: customer.customer_ref, customerName: customer.name, entries: rows.slice(0, query.limit).map(timelineEntry),
      limit: query.limit, offset: query.offset, more: rows.length > query.limit,
    };
  });
}
