// The outbox worker against a real SMTP server (issue #4): sent, retried with back-off, or failed with the
// refused address marked bad on the customer's contact — on both engines.
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSender } from '../src/channels/delivery/email.js';
import { deliverOutbox } from '../src/app/outbox/deliver-outbox.js';
import type { DbHandle } from '../src/store/db.js';
import { insertContacts } from '../src/store/contacts.js';
import { enqueue, listOutbox } from '../src/store/outbox.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { startTestSmtp } from './support/smtp.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'outbox');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language', 'C1,Kunde AS,NO,nb']);
  await inTenant(handle.db, tenant.id, (tx) => insertContacts(tx, tenant.id, [{ customer_ref: 'C1', role: 'billing', name: 'Ola', email: 'gone@kunde.example', phone: null }]));
  smtp = await startTestSmtp({
    rcpt: (address) => (address.startsWith('gone@') ? { code: 550, message: '5.1.1 No such user' } : address.startsWith('busy@') ? { code: 451, message: '4.3.0 Try later' } : undefined),
  });
});
afterAll(async () => { await smtp.close(); await handle.close(); });

describe(`outbox delivery (${engineName})`, () => {
  it('sends, retries later, or fails and marks the address bad', async () => {
    const pdf = Buffer.from('%PDF-1.4 test');
    await inTenant(handle.db, tenant.id, (tx) => enqueue(tx, tenant.id, [
      { actionId: null, channel: 'email', recipient: 'ok@kunde.example', subject: 'Påminnelse: faktura 2026-0042', body: 'Hei', attachmentName: 'brev.pdf', attachment: pdf },
      { actionId: null, channel: 'email', recipient: 'busy@kunde.example', subject: 'Purring', body: 'Hei', attachmentName: null, attachment: null },
      { actionId: null, channel: 'email', recipient: 'gone@kunde.example', subject: 'Purring', body: 'Hei', attachmentName: null, attachment: null },
      { actionId: null, channel: 'letter', recipient: 'Kunde AS', subject: 'Purring', body: null, attachmentName: 'brev.pdf', attachment: pdf },
    ]));
    const sender = createEmailSender({ smtpUrl: smtp.url });
    const now = new Date(Date.now() + 1000);
    const summary = await deliverOutbox(handle.db, tenant, { email: sender, from: (t) => `${t.name} <reskontro@arrears.example>` }, now);
    await sender.close();
    expect(summary).toEqual({ sent: 1, retried: 1, failed: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe('Påminnelse: faktura 2026-0042');
    expect(mail.attachments[0]?.filename).toBe('brev.pdf');
    expect(mail.attachments[0]?.content.equals(pdf)).toBe(true);
    const rows = await inTenant(handle.db, tenant.id, (tx) => listOutbox(tx, tenant.id, { limit: 10, offset: 0 }));
    const byRecipient = new Map(rows.map((r) => [r.recipient, r]));
    expect(byRecipient.get('ok@kunde.example')?.status).toBe('sent');
    expect(byRecipient.get('busy@kunde.example')).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringMatching(/451|Try later/) });
    expect(byRecipient.get('gone@kunde.example')).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/No such user/) });
    expect(byRecipient.get('Kunde AS')?.status).toBe('queued'); // letters leave in the print batch, not by e-mail
    const contact = await inTenant(handle.db, tenant.id, (tx) => tx.selectFrom('contacts').select(['bad_address_at', 'bad_address_reason']).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow());
    expect(contact.bad_address_at).not.toBeNull();
    // Nothing is due again until the back-off has passed.
    const again = await deliverOutbox(handle.db, tenant, { email: createEmailSender({ smtpUrl: smtp.url }), from: () => 'x@arrears.example' }, new Date(now.getTime() + 30_000));
    expect(again).toEqual({ sent: 0, retried: 0, failed: 0 });
  });
});
