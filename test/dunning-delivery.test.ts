// Issue #4 end to end: a dunning run puts the letter in the customer's language into the outbox, and the worker
// hands it to a real SMTP server with the letter PDF attached — on both engines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { deliverOutbox } from '../src/app/outbox/deliver-outbox.js';
import { createEmailSender } from '../src/channels/delivery/email.js';
import type { DbHandle } from '../src/store/db.js';
import { listOutbox } from '../src/store/outbox.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant, tempDir } from './support/fixtures.js';
import { startTestSmtp } from './support/smtp.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'mail');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email',
    'NB1,Fjord Fisk AS,NO,nb,NOK,ap@fjordfisk.example', 'BG1,„Балкан Импорт“ ООД,BG,bg,NOK,office@balkan.example', 'TE1,శ్రీ లక్ష్మి ఫుడ్స్,IN,te,NOK,accounts@lakshmi.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'NB-1,NB1,2026-01-01,2026-01-31,NOK,12500.00', 'BG-1,BG1,2026-01-01,2026-01-31,NOK,800.00', 'TE-1,TE1,2026-01-01,2026-01-31,NOK,99.50']);
  smtp = await startTestSmtp();
}, 120_000);
afterAll(async () => { await smtp.close(); await handle.close(); });

describe(`dunning e-mails over SMTP (${engineName})`, () => {
  it('sends each customer its reminder in its own language with the letter attached', async () => {
    const run = await runDunning(handle.db, tenant, { asOf: '2026-02-01', dryRun: false, actor: 'test' });
    expect(run.actions).toHaveLength(3);
    const queued = await inTenant(handle.db, tenant.id, (tx) => listOutbox(tx, tenant.id, { limit: 50, offset: 0 }));
    expect(queued.filter((m) => m.channel === 'email').map((m) => m.recipient).sort()).toEqual(['accounts@lakshmi.example', 'ap@fjordfisk.example', 'office@balkan.example']);
    const sender = createEmailSender({ smtpUrl: smtp.url });
    const summary = await deliverOutbox(handle.db, tenant, { email: sender, from: (t) => `${t.name} <${t.email ?? 'x@example.no'}>` }, new Date(Date.now() + 1000));
    await sender.close();
    expect(summary).toEqual({ sent: 3, retried: 0, failed: 0 });
    const mails = await Promise.all(smtp.received.map(async (r) => ({ to: r.to, mail: await simpleParser(r.raw) })));
    const byRecipient = new Map(mails.map((m) => [m.to[0] ?? '', m.mail]));
    const nb = byRecipient.get('ap@fjordfisk.example');
    expect(nb?.text).toContain('NB-1');
    expect(nb?.text).toMatch(/12\s?500,00/);
    expect(byRecipient.get('office@balkan.example')?.text).toMatch(/[А-Яа-я]/);
    expect(byRecipient.get('accounts@lakshmi.example')?.text).toMatch(/[\u0C00-\u0C7F]/);
    for (const { mail } of mails) {
      expect(mail.attachments[0]?.contentType).toBe('application/pdf');
      expect(mail.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');
    }
    if (!hasPdftotext) return;
    const dir = tempDir();
    const file = path.join(dir, 'nb.pdf');
    fs.writeFileSync(file, nb?.attachments[0]?.content ?? Buffer.alloc(0));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('NB-1');
    expect(text).toContain('Fjord Fisk AS');
  });
});
