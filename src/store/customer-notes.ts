// Notes on a customer's timeline (issue #6: "every customer has one timeline: letters, e-mails, calls, notes, …").
import type { Tx } from './db.js';

export type NoteRow = { id: bigint; body: string; created_at: Date; created_by: string };

export async function insertNote(tx: Tx, tenantId: number, note: { customerId: bigint; body: string; by: string }): Promise<NoteRow> {
  return tx.insertInto('customer_notes').values({ tenant_id: tenantId, customer_id: note.customerId, body: note.body, created_by: note.by })
    .returning(['id', 'body', 'created_at', 'created_by']).executeTakeFirstOrThrow();
}
