// Credit applications of a tenant, newest first, and one by id (issue #8).
import type { Db } from '../../store/db.js';
import { type ApplicationStatus, listApplications } from '../../store/credit-decisions.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { type ApplicationJson, applicationJson } from './application-json.js';

const STATUSES: readonly ApplicationStatus[] = ['pending', 'approved', 'declined'];

export async function creditApplications(db: Db, tenant: TenantRow, filter: { status?: string | undefined; customerRef?: string | undefined; limit?: number; offset?: number }): Promise<{ applications: ApplicationJson[]; limit: number; offset: number }> {
  if (filter.status !== undefined && !STATUSES.includes(filter.status as ApplicationStatus)) throw new InputError('status', `one of ${STATUSES.join(', ')}`);
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const rows = await inTenant(db, tenant.id, async (tx) => listApplications(tx, tenant.id, { status: filter.status as ApplicationStatus | undefined, customerRef: filter.customerRef, limit, offset }));
  return { applications: rows.map(applicationJson), limit, offset };
}

export async function creditApplication(db: Db, tenant: TenantRow, id: string): Promise<ApplicationJson> {
  if (!/^\d{1,18}$/.test(id)) throw new NotFoundError(`no credit application ${id}`);
  const row = await inTenant(db, tenant.id, async (tx) => (await listApplications(tx, tenant.id, { id: BigInt(id), limit: 1, offset: 0 }))[0]);
  if (!row) throw new NotFoundError(`no credit application ${id}`);
  return applicationJson(row);
}
