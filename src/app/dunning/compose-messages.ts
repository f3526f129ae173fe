// Turns recorded dunning actions into outbox messages (issue #4): the message in the customer's language (then the
// tenant's, then English), the letter PDF attached to the e-mail, one message per recipient by contact role, a
// letter for the print batch, SMS to the contacts' mobile numbers, and a call task on the collectors' worklist.
import { renderDunningLetterPdf } from '../../channels/letters/letter-pdf.js';
import { renderDunningMessage } from '../../channels/letters/render-message.js';
import type { DunningLevel, TemplateOverrides } from '../../channels/letters/templates.js';
import type { DunningMessageInput } from '../../channels/letters/dunning-input.js';
import { isE164, toE164 } from '../../channels/delivery/sms.js';
import { documentReferences } from '../../domain/document-reference.js';
import type { Tx } from '../../store/db.js';
import { type NewOutboxMessage, enqueue } from '../../store/outbox.js';
import { type NewCallTask, insertCallTasks } from '../../store/call-tasks.js';
import { type CallHours, nextCallSlot } from '../../domain/call-schedule.js';
import { callHoursOf } from '../calls/call-settings.js';
import { letterheadChooser } from '../letterheads/letterhead-for.js';
import { isTimeZone } from '../../domain/dates.js';
import { formatAmount } from '../../domain/money.js';
import { startOfLocalDay } from '../../domain/law/notices/local-time.js';
import { type ActionRow, issueDates, loadActions, parseJson, templateOverrides } from '../../store/dunning-messages.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';

function recipients(row: ActionRow, field: 'email' | 'phone'): string[] {
  const contacts = parseJson(row.contacts ?? []) ?? [];
  // issue #6: a wrong number logged on a call marks the phone bad (badPhone), as a refused e-mail marks the contact.
  const chosen = contacts.filter((c) => row.recipient_roles.includes(c.role) && !c.bad && !(field === 'phone' && c.badPhone) && c[field]).map((c) => c[field] as string);
  const fallback = row[field];
  return [...new Set(chosen.length > 0 ? chosen : fallback ? [fallback] : [])];
}

/**
 * A call task goes to the collectors' worklist, not the outbox: due at the customer's next business-hours slot on
 * the run day (call-schedule.ts), with the first phone of the level's recipient roles.
 */
function callTaskFor(action: ActionRow, input: DunningMessageInput, date: string, hours: CallHours): NewCallTask {
  const contacts = parseJson(action.contacts ?? []) ?? [];
  const phone = recipients(action, 'phone')[0] ?? null;
  const contact = contacts.find((c) => c.phone === phone);
  const zone = isTimeZone(action.time_zone) ? action.time_zone : 'UTC';
  const money = (v: bigint) => `${formatAmount(v, input.currency)} ${input.currency}`;
  return {
    customerId: action.customer_id, source: 'dunning', actionId: action.id, promiseId: null, phone, contactName: contact?.name ?? null, timeZone: zone,
    dueAt: new Date(nextCallSlot(startOfLocalDay(date, zone), zone, hours)),
    reason: `dunning level ${action.level}: ${input.invoices.length} invoice(s), ${money(action.total)} with fees and interest; deadline ${action.deadline}`,
  };
}

export async function composeMessages(tx: Tx, tenant: TenantRow, actionIds: readonly bigint[], date: string): Promise<void> {
  if (actionIds.length === 0) return;
  // Every default template tells the customer where to pay; a letter without it would be worse than no letter.
  if (!tenant.bank_account) throw new InputError('bank-account', `tenant ${tenant.slug} has no bank account for the payment instructions: set it with \`arrears tenant update --slug ${tenant.slug} --bank-account IBAN\``);
  const actions = await loadActions(tx, tenant.id, actionIds);
  const dates = await issueDates(tx, tenant.id, actions.flatMap((a) => parseJson(a.invoices).map((i) => i.invoiceId)));
  const overrides = await templateOverrides(tx, tenant.id);
  const letterheadOf = await letterheadChooser(tx, tenant);
  const hours = await callHoursOf(tx, tenant.id);
  const messages: NewOutboxMessage[] = [];
  const calls: NewCallTask[] = [];
  for (const action of actions) {
    // issue #5: the letter's reference names this reminder, so a payment of its total matches exactly the invoices it
    // lists (src/app/bank/match-context.ts); the national KID or OCR when the tenant prints one in this currency.
    const references = documentReferences({ kind: 'dunning-action', id: action.id }, action.currency.trim(), tenant.payment_reference_scheme);
    // issue #6: the letterhead the level's template names (a law firm's), else the tenant's default letterhead.
    const letterhead = letterheadOf(action.template_key);
    const input: DunningMessageInput = {
      tenant: { name: tenant.name, address: tenant.address ?? '', email: tenant.email ?? '', phone: tenant.phone ?? '', bankAccount: tenant.bank_account, language: tenant.default_language },
      customer: { name: action.name, language: action.language ?? tenant.default_language, customerRef: action.customer_ref },
      level: Math.min(Math.max(action.level, 1), 4) as DunningLevel, currency: action.currency.trim(), date,
      invoices: parseJson(action.invoices).map((i) => ({ number: i.number, issueDate: dates.get(i.invoiceId)?.issue ?? date, dueDate: dates.get(i.invoiceId)?.due ?? date, daysPastDue: i.daysPastDue, open: BigInt(i.dunned) })),
      fees: action.fees, interest: action.interest, total: action.total, deadline: action.deadline,
      paymentReference: references.national ?? references.rf, registeredMail: action.registered_mail,
      ...(overrides.get(action.template_key) ? { templates: overrides.get(action.template_key) as TemplateOverrides } : {}),
      ...(letterhead ? { letterhead, servicePhone: letterhead.phone } : {}),
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
    if (action.channels.includes('call-task')) calls.push(callTaskFor(action, input, date, hours));
  }
  await enqueue(tx, tenant.id, messages);
  await insertCallTasks(tx, tenant.id, calls);
}
