// A note on a customer (issue #6: the timeline holds "letters, e-mails, calls, notes, …"; "every action records its
// user"). Notes are append-only: a correction is a new note.
import { recordAudit } from '../../store/audit.js';
import { insertNote } from '../../store/customer-notes.js';
import type { Db } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { customerOr404 } from '../promises/commitment-input.js';

export const NOTE_MAX_CHARACTERS = 10_000;

export type NoteJson = { id: string; customerRef: string; text: string; createdAt: string; createdBy: string };

export async function addNote(db: Db, tenant: TenantRow, input: { customerRef: string; text: string; actor: string }): Promise<NoteJson> {
  const text = input.text.trim();
  if (text === '') throw new InputError('text', 'must not be blank');
  if (text.length > NOTE_MAX_CHARACTERS) throw new InputError('text', `at most ${NOTE_MAX_CHARACTERS} characters`);
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await customerOr404(tx, tenant.id, input.customerRef);
    const row = await insertNote(tx, tenant.id, { customerId: customer.id, body: text, by: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'note-add', entity: 'customer', entityKey: customer.customer_ref, details: { noteId: String(row.id) } });
    return { id: String(row.id), customerRef: customer.customer_ref, text: row.body, createdAt: row.created_at.toISOString(), createdBy: row.created_by };
  });
}
