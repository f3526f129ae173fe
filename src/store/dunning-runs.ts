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
  /** credit-hold, placement-in-house, placement-agency, legal: carried out when the action is approved. */
  sideEffects: readonly string[];
};

/** Records the actions ('approved' when the tenant needs no approval, else 'planned'); returns their ids. */
export async function insertActions(tx: Tx, tenantId: number, runId: bigint, actions: readonly NewDunningAction[], status: 'planned' | 'approved'): Promise<bigint[]> {
  if (actions.length === 0) return [];
  const result = await sql<{ id: bigint }>`insert into dunning_actions (tenant_id, run_id, customer_id, currency, level, channels, recipient_roles, registered_mail, template_key, deadline, invoices, fees, interest, total, status, side_effects)
    select ${tenantId}, ${runId}, c.id, x.currency, x.level, string_to_array(x.channels, ','), string_to_array(x.roles, ','), x.registered, x.template_key, x.deadline,
           x.invoices::jsonb, x.fees, x.interest, x.total, ${status}, coalesce(string_to_array(nullif(x.effects, ''), ','), '{}')
      from unnest(${actions.map((a) => a.customerRef)}::text[], ${actions.map((a) => a.currency)}::text[], ${actions.map((a) => a.level)}::int[],
                  ${actions.map((a) => a.channels.join(','))}::text[], ${actions.map((a) => a.recipientRoles.join(','))}::text[], ${actions.map((a) => a.registeredMail)}::boolean[],
                  ${actions.map((a) => a.templateKey)}::text[], ${actions.map((a) => a.deadline)}::date[], ${actions.map((a) => JSON.stringify(a.invoices))}::text[],
                  ${actions.map((a) => String(a.fees))}::bigint[], ${actions.map((a) => String(a.interest))}::bigint[], ${actions.map((a) => String(a.total))}::bigint[],
                  ${actions.map((a) => a.sideEffects.join(','))}::text[])
        as x(customer_ref, currency, level, channels, roles, registered, template_key, deadline, invoices, fees, interest, total, effects)
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

export type ActionSummary = { id: bigint; customerRef: string; currency: string; level: number; channels: string[]; total: bigint; status: string; decidedBy: string | null };

export async function listRunActions(tx: Tx, tenantId: number, asOf: string): Promise<ActionSummary[]> {
  const rows = await sql<{ id: bigint; customer_ref: string; currency: string; level: number; channels: string[]; total: bigint; status: string; decided_by: string | null }>`
    select a.id, c.customer_ref, a.currency, a.level, a.channels, a.total, a.status, a.decided_by
      from dunning_actions a join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
      join customers c on c.tenant_id = a.tenant_id and c.id = a.customer_id
     where a.tenant_id = ${tenantId} and r.as_of = ${asOf} order by a.id`.execute(tx);
  return rows.rows.map((r) => ({ id: r.id, customerRef: r.customer_ref, currency: r.currency.trim(), level: r.level, channels: r.channels, total: r.total, status: r.status, decidedBy: r.decided_by }));
}

/** Decides planned actions; returns the ids that changed (already-decided actions are left as they are). */
export async function decideActions(tx: Tx, tenantId: number, ids: readonly bigint[], status: 'approved' | 'held', actor: string, at: Date): Promise<bigint[]> {
  if (ids.length === 0) return [];
  const rows = await tx.updateTable('dunning_actions').set({ status, decided_by: actor, decided_at: at })
    .where('tenant_id', '=', tenantId).where('status', '=', 'planned').where('id', '=', sql<bigint>`any(${ids.map(String)}::bigint[])`)
    .returning('id').execute();
  return rows.map((r) => r.id);
}

/** The invoices of some actions with the level each had before the action (to undo a held action's step). */
export async function previousLevels(tx: Tx, tenantId: number, ids: readonly bigint[]): Promise<{ invoiceId: string; level: number; on: string }[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('dunning_actions').select(['invoices', 'created_at']).where('tenant_id', '=', tenantId).where('id', '=', sql<bigint>`any(${ids.map(String)}::bigint[])`).execute();
  return rows.flatMap((r) => {
    const invoices = (typeof r.invoices === 'string' ? JSON.parse(r.invoices) : r.invoices) as { invoiceId: string; fromLevel: number; fromLevelOn: string | null }[];
    return invoices.map((i) => ({ invoiceId: i.invoiceId, level: i.fromLevel, on: i.fromLevelOn ?? '1970-01-01' }));
  });
}
