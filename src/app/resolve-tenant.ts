import type { Db } from '../store/db.js';
import { type TenantRow, findTenantBySlug } from '../store/tenants.js';
import { NotFoundError } from './errors.js';

export async function resolveTenant(db: Db, slug: string): Promise<TenantRow> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new NotFoundError(`no tenant with slug "${slug}"`);
  return tenant;
}
