// Issue #6 agency mode: "each with its own letterhead (a law firm's letterhead is one more template)". Named
// letterheads over HTTP (admin only to change; another tenant's are 404; 400 with the field), the default one and
// the one a template names printed on the dunning letters, and the letter PDF with and without one. Both engines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
import { renderDunningLetterPdf } from '../src/channels/letters/letter-pdf.js';
import { sampleDunningInput } from '../src/channels/letters/sample-input.js';
import type { DbHandle } from '../src/store/db.js';
import { insertContacts } from '../src/store/contacts.js';
import { inTenant } from '../src/store/tenant-scope.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
let manager: { cookie: string; csrf: string };
const PASSWORD = 'correct horse battery';
const work = mkdtempSync(join(tmpdir(), 'letterhead-'));

function pdfText(pdf: Uint8Array, name: string): string {
  const file = join(work, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
}

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'agency-client');
  const other = await makeTenant(handle.db, 'agency-other');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email', 'C1,Fjord Fisk AS,NO,en,NOK,ap@fjordfisk.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'INV-1,C1,2026-01-01,2026-01-31,NOK,1000.00']);
  await inTenant(handle.db, tenant.id, (tx) => insertContacts(tx, tenant.id, [{ customer_ref: 'C1', role: 'billing', name: 'Berit', email: 'berit@fjordfisk.example', phone: null }]));
  key = await createApiKey(handle.db, tenant, 'admin-key');
  otherKey = await createApiKey(handle.db, other, 'other');
  await createUser(handle.db, { email: 'mona@example.com', name: 'Mona Manager', password: PASSWORD, tenant, role: 'manager' });
  server = await serveApi(handle.db);
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'mona@example.com', password: PASSWORD }) });
  manager = { cookie: /^(arrears_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '', csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}, 120_000);
afterAll(async () => { await server?.close(); await handle?.close(); rmSync(work, { recursive: true, force: true }); });

async function call(method: string, path: string, body?: unknown, as: 'key' | 'other' | 'manager' = 'key') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as === 'manager') { headers.cookie = manager.cookie; headers['x-csrf-token'] = manager.csrf; } else headers.authorization = `Bearer ${as === 'other' ? otherKey : key}`;
  const res = await fetch(`${server.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const CLIENT = {
  senderLines: ['Nordlys Grossist AS'], address: 'Havnegata 5, 9008 Tromsø', phone: '+47 77 00 00 00', email: 'regnskap@nordlys.example',
  registrationNumber: 'Org.nr. 923 456 789 MVA', accentColour: '#1F4E79', isDefault: true,
};
const LAW_FIRM = {
  senderLines: ['Advokatfirma Lov & Rett AS', 'on behalf of Nordlys Grossist AS'], address: 'Karl Johans gate 1, 0154 Oslo', phone: '+47 22 99 99 99',
  email: 'inkasso@lovogrett.example', registrationNumber: 'Org.nr. 987 654 321', footer: 'Advokatfirma Lov & Rett AS · Member of the Norwegian Bar Association',
  templateKeys: ['second-notice'],
};

describe(`letterheads over HTTP (${engineName})`, () => {
  it('lets only an admin change them, and checks every field', async () => {
    expect((await call('PUT', '/letterheads/client', CLIENT, 'manager')).status).toBe(403);
    expect((await call('PUT', '/letterheads/Law Firm', LAW_FIRM)).body).toMatchObject({ field: 'name' });
    expect((await call('PUT', '/letterheads/client', { ...CLIENT, accentColour: 'blue' })).body).toMatchObject({ field: 'accentColour' });
    expect((await call('PUT', '/letterheads/client', { ...CLIENT, senderLines: [] })).body).toMatchObject({ field: 'senderLines' });
    expect((await call('PUT', '/letterheads/client', { ...CLIENT, senderLines: ['  '] })).body).toMatchObject({ field: 'senderLines.0' });
    expect((await call('PUT', '/letterheads/client', { ...CLIENT, email: 'not-an-address' })).body).toMatchObject({ field: 'email' });
    expect((await call('PUT', '/letterheads/law-firm', { ...LAW_FIRM, templateKeys: ['Legal Level'] })).body).toMatchObject({ field: 'templateKeys.0' });
    expect((await call('GET', '/letterheads')).body).toEqual({ letterheads: [] });
  });

  it('keeps named letterheads with one default, each recording who changed it', async () => {
    const created = await call('PUT', '/letterheads/client', CLIENT);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'client', isDefault: true, accentColour: '#1f4e79', templateKeys: [], updatedBy: 'apikey:admin-key' });
    expect((await call('PUT', '/letterheads/law-firm', LAW_FIRM)).status).toBe(201);
    const replaced = await call('PUT', '/letterheads/law-firm', { ...LAW_FIRM, isDefault: true });
    expect(replaced.status).toBe(200);
    expect((await call('GET', '/letterheads')).body.letterheads.map((l: { name: string; isDefault: boolean }) => [l.name, l.isDefault])).toEqual([['client', false], ['law-firm', true]]);
    expect((await call('PUT', '/letterheads/client', CLIENT)).status).toBe(200);
    const list = (await call('GET', '/letterheads', undefined, 'manager')).body.letterheads;
    expect(list.map((l: { name: string; isDefault: boolean; templateKeys: string[] }) => [l.name, l.isDefault, l.templateKeys])).toEqual([['client', true, []], ['law-firm', false, ['second-notice']]]);
    const audit = await call('GET', '/audit?entity=letterhead');
    expect(audit.body.entries.map((e: { action: string; actor: string }) => `${e.action} ${e.actor}`)).toContain('letterhead-create apikey:admin-key');
  });

  it('answers 404 for another tenant\'s letterhead', async () => {
    expect((await call('GET', '/letterheads/law-firm', undefined, 'other')).status).toBe(404);
    expect((await call('DELETE', '/letterheads/law-firm', undefined, 'other')).status).toBe(404);
    expect((await call('GET', '/letterheads', undefined, 'other')).body).toEqual({ letterheads: [] });
    expect((await call('GET', '/letterheads/nothing')).status).toBe(404);
  });

  it('prints the default letterhead, and the law firm\'s on the level whose template names it', async () => {
    expect((await call('POST', '/dunning/runs', { asOf: '2026-02-05' })).status).toBe(200);
    expect((await call('POST', '/dunning/runs', { asOf: '2026-03-10' })).status).toBe(200);
    const rows = await inTenant(handle.db, tenant.id, (tx) => tx.selectFrom('outbox').innerJoin('dunning_actions as a', (j) => j.onRef('a.id', '=', 'outbox.action_id').onRef('a.tenant_id', '=', 'outbox.tenant_id'))
      .select(['outbox.channel', 'outbox.attachment', 'a.level']).where('outbox.tenant_id', '=', tenant.id).orderBy('outbox.id').execute());
    const first = rows.find((r) => r.level === 1);
    const second = rows.find((r) => r.level === 2 && r.channel === 'letter');
    expect(first?.attachment).toBeTruthy();
    expect(second?.attachment).toBeTruthy();
    const one = pdfText(first?.attachment as Uint8Array, 'level-1.pdf');
    expect(one).toContain('Nordlys Grossist AS');
    expect(one).toContain('Org.nr. 923 456 789 MVA');
    expect(one).toContain('+47 77 00 00 00');
    const two = pdfText(second?.attachment as Uint8Array, 'level-2.pdf');
    expect(two).toContain('Advokatfirma Lov & Rett AS');
    expect(two).toContain('on behalf of Nordlys Grossist AS');
    expect(two).toContain('Karl Johans gate 1');
    expect(two).toContain('Member of the Norwegian Bar Association');
    expect(two).toContain('+47 22 99 99 99');
    expect(two).not.toContain('Havnegata 5');
  });

  it('deletes a letterhead: its template prints on the default again', async () => {
    const r = await call('DELETE', '/letterheads/law-firm');
    expect(r).toEqual({ status: 200, body: { deleted: 'law-firm' } });
    expect((await call('GET', '/letterheads/law-firm')).status).toBe(404);
    expect((await call('GET', '/letterheads')).body.letterheads.map((l: { name: string }) => l.name)).toEqual(['client']);
  });
});

describe('the letter PDF with a letterhead', () => {
  it('prints the tenant\'s own lines without one, and the letterhead\'s lines with one', async () => {
    const input = sampleDunningInput('en', 4);
    const plain = pdfText(await renderDunningLetterPdf(input), 'plain.pdf');
    expect(plain).toContain(input.tenant.name);
    const withHead = pdfText(await renderDunningLetterPdf({
      ...input, letterhead: { name: 'Advokatfirma Lov & Rett AS', subtitle: ['on behalf of the creditor'], address: 'Karl Johans gate 1, 0154 Oslo', phone: '+47 22 99 99 99', email: 'inkasso@lovogrett.example', registration: 'Org.nr. 987 654 321', footer: 'Lov & Rett footer', accent: '#1f4e79' },
    }), 'head.pdf');
    for (const line of ['Advokatfirma Lov & Rett AS', 'on behalf of the creditor', 'Karl Johans gate 1', '0154 Oslo', '+47 22 99 99 99', 'inkasso@lovogrett.example', 'Org.nr. 987 654 321', 'Lov & Rett footer']) {
      expect(withHead).toContain(line);
    }
  });
});
