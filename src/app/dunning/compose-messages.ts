// Turns recorded dunning actions into outbox messages (issue #4): the message in the customer's language (then the
// tenant's, then English), the letter PDF attached to the e-mail, one message per recipient by contact role, a
// letter for the print batch, SMS to the contacts' mobile numbers and a call task for the collector.
import { sql } from 'kysely';
import { renderDunningLetterPdf } from '../../channels/letters/letter-pdf.js';
import { renderDunningMessage } from '../../channels/letters/render-message.js';
import type { DunningLevel, TemplateOverrides } from '../../channels/letters/templates.js';
import type { DunningMessageInput } from '../../channels/letters/dunning-input.js';
import { isE164, toE164 } from '../../channels/delivery/sms.js';
import { creditorReference } from '../../domain/payment-reference.js';
import type { Tx } from '../../store/db.js';
import { type NewOutboxMessage, enqueue } from '../../store/outbox.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';

type ActionRow = {
  id: bigint; customer_ref: string; name: string; language: string | null; email: string | null; phone: string | null; currency: string;
  level: number; channels: string[]; recipient_roles: string[]; registered_mail: boolean; template_key: string; deadline: string;
  invoices: { invoiceId: string; number: string; daysPastDue: number; dunned: string }[] | string; fees: bigint; interest: bigint; total: bigint;
  contacts: { role: string; email: string | null; phone: string | null; bad: boolean }[] | string | null;
};

const parse = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) as T : value);

async function loadActions(tx: Tx, tenantId: number, ids: readonly bigint[]): Promise<ActionRow[]> {
  const result = await sql<ActionRow>`
    select a.id, c.customer_ref, c.name, c.language, c.email, c.phone, a.currency, a.level, a.channels, a.recipient_roles, a.registered_mail,
      a.template_key, a.deadline, a.invoices, a.fees, a.interest, a.total,
      (select json_agg(json_build_object('role', k.role, 'email', k.email, 'phone', k.phone, 'bad', k.bad_address_at is not null))
         from contacts k where k.tenant_id = a.tenant_id and k.customer_id = a.customer_id) as contacts
    from dunning_actions a join customers c on c.tenant_id = a.tenant_id and c.id = a.customer_id
    where a.tenant_id = ${tenantId} and a.id = any(${ids.map(String)}::bigint[]) order by a.id`.execute(tx);
  return result.rows;
}

async function issueDates(tx: Tx, tenantId: number, invoiceIds: readonly string[]): Promise<Map<string, { issue: string; due: string }>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await tx.selectFrom('invoices').select(['id', 'issue_date', 'due_date']).where('tenant_id', '=', tenantId)
    .where('id', '=', sql<bigint>`any(${invoiceIds}::bigint[])`).execute();
  return new Map(rows.map((r) => [String(r.id), { issue: r.issue_date, due: r.due_date }]));
}

async function templateOverrides(tx: Tx, tenantId: number): Promise<Map<string, TemplateOverrides>> {
  const rows = await tx.selectFrom('dunning_templates').select(['template_key', 'language', 'template']).where('tenant_id', '=', tenantId).execute();
  const byKey = new Map<string, Record<string, object>>();
  for (const r of rows) byKey.set(r.template_key, { ...(byKey.get(r.template_key) ?? {}), [r.language]: parse(r.template as object) });
  return byKey as Map<string, TemplateOverrides>;
}

function recipients(row: ActionRow, field: 'email' | 'phone'): string[] {
  const contacts = parse(row.contacts ?? []) ?? [];
  const chosen = contacts.filter((c) => row.recipient_roles.includes(c.role) && !c.bad && c[field]).map((c) => c[field] as string);
  const fallback = row[field];
  return [...new Set(chosen.length > 0 ? chosen : fallback ? [fallback] : [])];
}

export async function composeMessages(tx: Tx, tenant: TenantRow, actionIds: readonly bigint[], date: string): Promise<void> {
  if (actionIds.length === 0) return;
  // Every default template tells the customer where to pay; a letter without it would be worse than no letter.
  if (!tenant.bank_account) throw new InputError('bank-account', `tenant ${tenant.slug} has no bank account for the payment instructions: set it with \`arrears tenant update --slug ${tenant.slug} --bank-account IBAN\``);
  const actions = await loadActions(tx, tenant.id, actionIds);
  const dates = await issueDates(tx, tenant.id, actions.flatMap((a) => parse(a.invoices).map((i) => i.invoiceId)));
  const overrides = await templateOverrides(tx, tenant.id);
  const messages: NewOutboxMessage[] = [];
  for (const action of actions) {
    const reference = creditorReference(action.customer_ref.replace(/[^A-Za-z0-9]/g, '').slice(-21));
    const input: DunningMessageInput = {
      tenant: { name: tenant.name, address: tenant.address ?? '', email: tenant.email ?? '', phone: tenant.phone ?? '', bankAccount: tenant.bank_account, language: tenant.default_language },
      customer: { name: action.name, language: action.language ?? tenant.default_language, customerRef: action.customer_ref },
      level: Math.min(Math.max(action.level, 1), 4) as DunningLevel, currency: action.currency.trim(), date,
      invoices: parse(action.invoices).map((i) => ({ number: i.number, issueDate: dates.get(i.invoiceId)?.issue ?? date, dueDate: dates.get(i.invoiceId)?.due ?? date, daysPastDue: i.daysPastDue, open: BigInt(i.dunned) })),
      fees: action.fees, interest: action.interest, total: action.total, deadline: action.deadline,
      paymentReference: reference.ok ? reference.value : action.customer_ref, registeredMail: action.registered_mail,
      ...(overrides.get(action.template_key) ? { templates: overrides.get(action.template_key) } : {}),
    };
    const message = renderDunningMessage(input);
    const pdf = new Uint8Array(await renderDunningLetterPdf(input));
    const attachmentName = `${action.customer_ref}-level-${action.level}-${date}.pdf`;
    const base = { actionId: action.id, subject: message.subject };
    if (action.channels.includes('email')) {
      for (const to of recipients(action, 'email')) messages.push({ ...base, channel: 'email', recipient: to, body: message.text, attachmentName, attachment: pdf });
    }
    if (action.channels.includes('letter')) messages.push({ ...base, channel: 'letter', recipient: action.name, body: null, attachmentName, attachment: pdf });
    if (action.channels.includes('sms')) {
      for (const raw of recipients(action, 'phone')) {
        const phone = toE164(raw);
        if (phone && isE164(phone)) messages.push({ ...base, channel: 'sms', recipient: phone, body: message.subject, attachmentName: null, attachment: null });
      }
    }
    if (action.channels.includes('call-task')) {
      messages.push({ ...base, channel: 'call-task', recipient: recipients(action, 'phone')[0] ?? action.customer_ref, body: message.text, attachmentName: null, attachment: null });
    }
  }
  await enqueue(tx, tenant.id, messages);
}
