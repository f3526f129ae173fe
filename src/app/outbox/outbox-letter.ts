// GET /api/outbox/{id}/letter.pdf (issue #7): the letter of one outbox message, for the outbox and the run preview.
import type { Db } from '../../store/db.js';
import { findOutboxLetter } from '../../store/outbox-letters.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';

export async function outboxLetter(db: Db, tenant: TenantRow, id: string): Promise<{ pdf: Uint8Array; fileName: string }> {
  const found = await inTenant(db, tenant.id, (tx) => findOutboxLetter(tx, tenant.id, BigInt(id)));
  if (!found) throw new NotFoundError(`no outbox message ${id}`);
  if (!found.pdf) throw new NotFoundError(`outbox message ${id} (${found.channel}) has no letter`);
  return { pdf: found.pdf, fileName: found.fileName ?? `letter-${id}.pdf` };
}
