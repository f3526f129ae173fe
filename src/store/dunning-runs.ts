// A dunning run per (tenant, as-of), its actions, and the per-invoice state they move (issue #4).
import { sql } from 'kysely';
import type { Tx } from './db.js';

export async function latestRunDate(tx: Tx, tenantId: number): Promise<string | undefined> {
  const row = await tx.selectFrom('dunning_runs').select((eb) => eb.fn.max('as_of').as('as_of')).where('tenant_id', '=', tenantId).executeTakeFirst();
  return (row?.as_of as string | null | undefined) ?? undefined;
}

/** The run for this as-of, created if needed: a second run on the same day adds its (normally no) actions to it. */
export async function runFor(tx: Tx, tenantId: number, asOf: string, actor: string): Promise<bigint> {
  await sql`insert into dunning_runs (tenant_id, as_of, status, created_by) values (${tenantId}, ${asOf}, 'planned', ${actor})
    on conflict (tenant_id, as_of) do nothing`.execute(tx);
  const row = await tx.selectFrom('dunning_runs').select('id').where('tenant_id', '=', tenantId).where('as_of', '=', asOf).executeTakeFirstOrThrow();
  return row.id;
}

export type NewDunningAction = {
  customerRef: string; currency: string; level: number; channels: string[]; recipientRoles: string[]; registeredMail: boolean;
  templateKey: string; deadline: string; invoices: unknown; fees: bigint; interest: bigint; total: bigint;
};

/** Records the actions ('approved' when the tenant needs no approval, else 'planned'); returns their ids. */
export async function insertActions(tx: Tx, tenantId: number, runId: bigint, actions: readonly NewDunningAction[], status: 'planned' | 'approved'): Promise<bigint[]> {
  if (actions.length === 0) return [];
  const result = await sql<{ id: bigint }>`insert into dunning_actions (tenant_id, run_id, customer_id, currency, level, channels, recipient_roles, registered_mail, template_key, deadline, invoices, fees, interest, total, status)
    select ${tenantId}, ${runId}, c.id, x.currency, x.level, string_to_array(x.channels, ','), string_to_array(x.roles, ','), x.registered, x.template_key, x.deadline,
           x.invoices::jsonb, x.fees, x.interest, x.total, ${status}
      from unnest(${actions.map((a) => a.customerRef)}::text[], ${actions.map((a) => a.currency)}::text[], ${actions.map((a) => a.level)}::int[],
                  ${actions.map((a) => a.channels.join(','))}::text[], ${actions.map((a) => a.recipientRoles.join(','))}::text[], ${actions.map((a) => a.registeredMail)}::boolean[],
                  ${actions.map((a) => a.templateKey)}::text[], ${actions.map((a) => a.deadline)}::date[], ${actions.map((a) => JSON.stringify(a.invoices))}::text[],
                  ${actions.map((a) => String(a.fees))}::bigint[], ${actions.map((a) => String(a.interest))}::bigint[], ${actions.map((a) => String(a.total))}::bigint[])
        as x(customer_ref, currency, level, channels, roles, registered, template_key, deadline, invoices, fees, interest, total)
      join customers c on c.tenant_id = ${tenantId} and c.customer_ref = x.customer_ref
    returning id`.execute(tx);
  return result.rows.map((r) => r.id);
}

/** Moves each listed invoice to the level it reaches. */
export async function saveInvoiceLevels(tx: Tx, tenantId: number, levels: readonly { invoiceId: string; level: number; on: string }[]): Promise<void> {
  if (levels.length === 0) return;
  await sql`insert into invoice_dunning (tenant_id, invoice_id, level, level_on)
    select ${tenantId}, * from unnest(${levels.map((l) => l.invoiceId)}::bigint[], ${levels.map((l) => l.level)}::int[], ${levels.map((l) => l.on)}::date[])
    on conflict (tenant_id, invoice_id) do update set level = excluded.level, level_on = excluded.level_on`.execute(tx);
}
