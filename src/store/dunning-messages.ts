// What composing dunning messages reads (src/app/dunning/compose-messages.ts): the recorded actions with their
// customer and contacts, the invoices' dates, and the tenant's own templates per template key and language.
import { sql } from 'kysely';
import type { Tx } from './db.js';

export type ActionRow = {
  id: bigint; customer_id: bigint; time_zone: string; customer_ref: string; name: string; language: string | null; email: string | null; phone: string | null; currency: string;
  level: number; channels: string[]; recipient_roles: string[]; registered_mail: boolean; template_key: string; deadline: string;
  invoices: { invoiceId: string; number: string; daysPastDue: number; dunned: string }[] | string; fees: bigint; interest: bigint; total: bigint;
  contacts: { role: string; name: string | null; email: string | null; phone: string | null; bad: boolean; badPhone?: boolean }[] | string | null;
};

export const parseJson = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) as T : value);

export async function loadActions(tx: Tx, tenantId: number, ids: readonly bigint[]): Promise<ActionRow[]> {
  const result = await sql<ActionRow>`
    select a.id, c.id as customer_id, coalesce(c.time_zone, t.time_zone) as time_zone, c.customer_ref, c.name, c.language, c.email, case when c.bad_phone_at is null then c.phone end as phone, a.currency, a.level, a.channels, a.recipient_roles, a.registered_mail,
      a.template_key, a.deadline, a.invoices, a.fees, a.interest, a.total,
      (select json_agg(json_build_object('role', k.role, 'name', k.name, 'email', k.email, 'phone', k.phone, 'bad', k.bad_address_at is not null, 'badPhone', k.bad_phone_at is not null))
         from contacts k where k.tenant_id = a.tenant_id and k.customer_id = a.customer_id) as contacts
    from dunning_actions a join customers c on c.tenant_id = a.tenant_id and c.id = a.customer_id
      join tenants t on t.id = a.tenant_id
    where a.tenant_id = ${tenantId} and a.id = any(${ids.map(String)}::bigint[]) order by a.id`.execute(tx);
  return result.rows;
}

export async function issueDates(tx: Tx, tenantId: number, invoiceIds: readonly string[]): Promise<Map<string, { issue: string; due: string }>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await tx.selectFrom('invoices').select(['id', 'issue_date', 'due_date']).where('tenant_id', '=', tenantId)
    .where('id', '=', sql<bigint>`any(${invoiceIds}::bigint[])`).execute();
  return new Map(rows.map((r) => [String(r.id), { issue: r.issue_date, due: r.due_date }]));
}

export async function templateOverrides(tx: Tx, tenantId: number): Promise<Map<string, Readonly<Record<string, object>>>> {
  const rows = await tx.selectFrom('dunning_templates').select(['template_key', 'language', 'template']).where('tenant_id', '=', tenantId).execute();
  const byKey = new Map<string, Record<string, object>>();
  for (const r of rows) byKey.set(r.template_key, { ...(byKey.get(r.template_key) ?? {}), [r.language]: parseJson(r.template as object) });
  return byKey;
}

