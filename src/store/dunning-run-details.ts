// What the run preview shows per action (issue #7: "the run preview with approve or hold per action"): the
// customer, level, channels, invoices, fees, interest and total as recorded, and the letter once it is composed.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type RecordedInvoice = { number: string; daysPastDue: number; dunned: string };

export type ActionDetail = {
  id: bigint; customerRef: string; customerName: string; currency: string; level: number; channels: string[]; templateKey: string;
  deadline: string; invoices: RecordedInvoice[]; fees: bigint; interest: bigint; total: bigint; status: string;
  decidedBy: string | null; sideEffects: string[]; letterId: bigint | null;
};

/** The actions of the tenant's run of `asOf`, in the order they were planned; none when there is no such run. */
export async function listRunActionDetails(tx: Tx, tenantId: number, asOf: string): Promise<ActionDetail[]> {
  // The letter is the action's first outbox message with a PDF, a printed letter before an e-mail's attachment.
  const rows = await sql<{
    id: bigint; customer_ref: string; name: string; currency: string; level: number; channels: string[]; template_key: string; deadline: string;
    invoices: RecordedInvoice[] | string; fees: bigint; interest: bigint; total: bigint; status: string; decided_by: string | null; side_effects: string[]; letter_id: bigint | null;
  }>`
    select a.id, c.customer_ref, c.name, a.currency, a.level, a.channels, a.template_key, a.deadline, a.invoices, a.fees, a.interest, a.total,
           a.status, a.decided_by, a.side_effects,
           (select o.id from outbox o where o.tenant_id = a.tenant_id and o.action_id = a.id and o.attachment is not null
             order by (o.channel = 'letter') desc, o.id limit 1) as letter_id
      from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
      join customers c on c.tenant_id = a.tenant_id and c.id = a.customer_id
     where a.tenant_id = ${tenantId} and r.as_of = ${asOf} order by a.id`.execute(tx);
  return rows.rows.map((r) => ({
    id: r.id, customerRef: r.customer_ref, customerName: r.name, currency: r.currency.trim(), level: r.level, channels: r.channels, templateKey: r.template_key,
    deadline: r.deadline, invoices: typeof r.invoices === 'string' ? JSON.parse(r.invoices) as RecordedInvoice[] : r.invoices,
    fees: r.fees, interest: r.interest, total: r.total, status: r.status, decidedBy: r.decided_by, sideEffects: r.side_effects, letterId: r.letter_id,
  }));
}
