// Issue #6, "Placement, write-off, legal" over HTTP as a user calls it: agencies, placing (first, second placement),
// recall and close, recoveries posted to the ledger with the commission, a recovery of written-off debt, the
// agency's CSV and case file, the small-claims pack; every input validated (400 with field) and another tenant's ids
// answering 404.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { carryOutSideEffects } from '../src/app/dunning/side-effects.js';
import { insertCallTasks } from '../src/store/call-tasks.js';
import { insertContacts } from '../src/store/contacts.js';
import { findCustomer } from '../src/store/customers.js';
import { inTenant } from '../src/store/tenant-scope.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
let otherPlacement: string;

const PDFTOTEXT = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const work = mkdtempSync(join(tmpdir(), 'placements-pdf-'));
// Set PLACEMENTS_PDF_OUT=/tmp/placements to keep the PDFs for a look (pdftoppm -png -r 60 FILE OUT).
const pdfText = (pdf: Buffer, name: string) => {
  const file = join(process.env.PLACEMENTS_PDF_OUT ?? work, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
};

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'placing');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'K1,Fjord Fisk AS,NO,nb,NOK,ap@fjordfisk.example,+47 22 33 44 55', 'K2,Sri Lakshmi Traders,NO,te,NOK,,', 'K3,Kaufhaus Berg GmbH,DE,de,NOK,,', 'K4,Nothing Open AS,NO,nb,NOK,,', 'K5,Dunned AS,NO,nb,NOK,,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'I-1,K1,2026-01-01,2026-01-31,NOK,1000.00', 'I-2,K1,2026-02-01,2026-03-03,NOK,500.00', 'I-3,K1,2026-03-01,2026-03-31,NOK,250.00',
    'T-1,K2,2026-01-01,2026-01-31,NOK,800.00', 'D-1,K3,2026-01-01,2026-01-31,NOK,400.00',
    'E-1,K5,2026-01-01,2026-01-31,NOK,640.00', 'E-2,K5,2026-02-01,2026-03-03,NOK,60.00']);
  await inTenant(handle.db, tenant.id, (tx) => insertContacts(tx, tenant.id, [{ customer_ref: 'K1', role: 'accounts-payable', name: 'Ola Nordmann', email: 'ola@fjordfisk.example', phone: '+47 900 00 000' }]));
  // A first reminder for K1 (the default ladder, approved at once): the small-claims pack lists it.
  await runDunning(handle.db, tenant, { asOf: '2026-02-05', dryRun: false, actor: 'test' });
  key = await createApiKey(handle.db, tenant, 'erp');
  const other = await makeTenant(handle.db, 'placing-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'X,Xeno AS,NO,nb,NOK']);
  await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'X-1,X,2026-01-01,2026-01-31,NOK,100.00']);
  otherKey = await createApiKey(handle.db, other, 'erp');
  server = await serveApi(handle.db);
  // What the case file must carry besides the reminder: a promise, a dispute and a logged call.
  expect((await call('POST', '/promises', { customerRef: 'K1', amount: '200.00', promisedDate: '2026-02-20', invoiceNumbers: ['I-1'], asOf: '2026-02-10' })).status).toBe(201);
  expect((await call('POST', '/disputes', { customerRef: 'K1', reason: 'damaged-goods', invoices: [{ invoiceNumber: 'I-3', amount: '50.00' }], openedOn: '2026-04-02', note: 'two crates crushed' })).status).toBe(201);
  await inTenant(handle.db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, 'K1');
    await insertCallTasks(tx, tenant.id, [{ customerId: customer?.id ?? 0n, source: 'manual', actionId: null, promiseId: null, phone: '+47 900 00 000', contactName: 'Ola Nordmann', reason: 'final reminder call', dueAt: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/Oslo' }]);
    await sql`update call_tasks set status = 'done', outcome = 'refused', note = 'says the fish was late', completed_at = '2026-03-10T09:12:00Z', completed_by = 'user:kari' where tenant_id = ${tenant.id}`.execute(tx);
  });
  const placed = await call('POST', '/placements', { customerRef: 'X', kind: 'in-house', placedOn: '2026-05-01' }, otherKey);
  otherPlacement = String(placed.body.id);
}, 180_000);
afterAll(async () => { await server.close(); await handle.close(); rmSync(work, { recursive: true, force: true }); });

type Answer = { status: number; body: any; headers: Headers; bytes: Buffer };
async function call(method: string, path: string, body?: unknown, apiKey = key): Promise<Answer> {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, body: type.includes('json') && bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : null, headers: response.headers, bytes };
}

let first = ''; // agency ids
let second = '';
let placement = ''; // K1's first placement
let next = ''; // K1's second

describe(`collection agencies (${engineName})`, () => {
  it('adds agencies with exact percent rates and refuses bad input with the field', async () => {
    const a = await call('POST', '/agencies', { name: 'Nordic Collect AS', email: 'cases@nordic.example', commissionRate: '25', secondRate: '30', thirdRate: '35.5', legalRate: '15' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ name: 'Nordic Collect AS', commissionRate: '25', secondRate: '30', thirdRate: '35.5', legalRate: '15', isDefault: false, active: true, totals: [] });
    first = a.body.id;
    const b = await call('POST', '/agencies', { name: 'Second Chance Inkasso', commissionRate: '20', secondRate: '30.0000' });
    second = b.body.id;
    expect(b.body.secondRate).toBe('30');
    for (const [body, field] of [
      [{ name: 'X', commissionRate: '101' }, 'commissionRate'], [{ name: 'X', commissionRate: '12.34567' }, 'commissionRate'],
      [{ name: 'X', commissionRate: '10', legalRate: 'ten' }, 'legalRate'], [{ name: 'X', commissionRate: '10', email: 'nope' }, 'email'],
      [{ name: 'nordic collect as', commissionRate: '10' }, 'name'], [{ name: 'X' }, 'commissionRate'], [{ name: '', commissionRate: '10' }, 'name'],
    ] as const) {
      const r = await call('POST', '/agencies', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
  });

  it('reads, changes and deletes an agency; another tenant\'s id is not found', async () => {
    expect((await call('GET', `/agencies/${first}`)).body.name).toBe('Nordic Collect AS');
    expect((await call('GET', `/agencies/${first}`, undefined, otherKey)).status).toBe(404);
    expect((await call('PUT', `/agencies/${first}`, { name: 'Hacked', commissionRate: '1' }, otherKey)).status).toBe(404);
    expect((await call('DELETE', `/agencies/${first}`, undefined, otherKey)).status).toBe(404);
    expect((await call('GET', '/agencies/abc')).status).toBe(404);
    const changed = await call('PUT', `/agencies/${second}`, { name: 'Second Chance Inkasso', commissionRate: '20', secondRate: '30', isDefault: true });
    expect(changed.body).toMatchObject({ isDefault: true, secondRate: '30' });
    const spare = await call('POST', '/agencies', { name: 'Spare', commissionRate: '5' });
    expect((await call('DELETE', `/agencies/${spare.body.id}`)).status).toBe(204);
    expect((await call('GET', '/agencies')).body.agencies.map((a: { name: string }) => a.name)).toEqual(['Nordic Collect AS', 'Second Chance Inkasso']);
  });
});

describe(`placing accounts (${engineName})`, () => {
  it('places K1 with an agency: the open amount in the currency, first placement, the agency\'s first rate', async () => {
    const r = await call('POST', '/placements', { customerRef: 'K1', kind: 'agency', agencyId: first, placedOn: '2026-05-01', note: '90 days' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ number: 1, customerRef: 'K1', currency: 'NOK', kind: 'agency', agency: { id: first, name: 'Nordic Collect AS' }, commissionRate: '25', placedOn: '2026-05-01', amount: '1750.00', status: 'active' });
    expect(r.body.invoices.map((i: { number: string; openAtPlacement: string }) => [i.number, i.openAtPlacement])).toEqual([['I-1', '1000.00'], ['I-2', '500.00'], ['I-3', '250.00']]);
    placement = r.body.id;
  });

  it.each([
    [{ customerRef: 'K1', kind: 'agency', agencyId: '1' }, 'customerRef'], // already placed
    [{ customerRef: 'K2', kind: 'agency' }, 'agencyId'], [{ customerRef: 'K2', kind: 'in-house', agencyId: '1' }, 'agencyId'],
    [{ customerRef: 'K2', kind: 'agency', agencyId: '999' }, 'agencyId'], [{ customerRef: 'K2', kind: 'agency', agencyId: 'x' }, 'agencyId'],
    [{ customerRef: 'K2', kind: 'bailiff' }, 'kind'], [{ customerRef: 'K2', kind: 'legal', placedOn: '2026-02-30' }, 'placedOn'],
    [{ customerRef: 'K2', kind: 'legal', currency: 'EUR' }, 'customerRef'], [{ customerRef: 'K4', kind: 'in-house' }, 'customerRef'],
  ])('refuses %j with 400 on %s', async (body, field) => {
    const r = await call('POST', '/placements', body);
    expect(r.status).toBe(400);
    expect(r.body.field).toBe(field);
  });

  it('places at the dunning level\'s side effect: with the default agency, the open amount, once', async () => {
    const effects = async () => inTenant(handle.db, tenant.id, async (tx) => {
      const run = await sql<{ id: bigint }>`insert into dunning_runs (tenant_id, as_of, status, created_by) values (${tenant.id}, '2026-05-03', 'approved', 'test')
        on conflict (tenant_id, as_of) do update set status = 'approved' returning id`.execute(tx);
      const action = await sql<{ id: bigint }>`insert into dunning_actions (tenant_id, run_id, customer_id, currency, level, channels, recipient_roles, template_key, deadline, invoices, total, status, side_effects)
        select ${tenant.id}, ${run.rows[0]?.id}, id, 'NOK', 4, '{letter}', '{billing}', 'level-4', '2026-05-17', '[]', 0, 'approved', '{placement-agency}' from customers where customer_ref = 'K5'
        returning id`.execute(tx);
      await carryOutSideEffects(tx, tenant, action.rows.map((r) => r.id), '2026-05-03', 'dunning');
    });
    await effects();
    await effects(); // a second level-4 action finds the account placed and leaves it so
    const placed = (await call('GET', '/placements?customerRef=K5')).body.placements;
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ number: 1, kind: 'agency', agency: { name: 'Second Chance Inkasso' }, commissionRate: '20', amount: '700.00', placedOn: '2026-05-03', createdBy: 'dunning', note: 'dunning level 4' });
    expect(placed[0].dunningActionId).not.toBeNull();
  });

  it('answers 404 for an unknown customer and for another tenant\'s placement, on every route', async () => {
    expect((await call('POST', '/placements', { customerRef: 'X', kind: 'in-house' })).status).toBe(404);
    for (const [method, path, body] of [
      ['GET', `/placements/${otherPlacement}`], ['GET', `/placements/${otherPlacement}/export.csv`], ['GET', `/placements/${otherPlacement}/case-file.pdf`],
      ['GET', `/placements/${otherPlacement}/small-claims.pdf`], ['POST', `/placements/${otherPlacement}/recall`, { reason: 'x' }],
      ['POST', `/placements/${otherPlacement}/close`, { reason: 'x' }], ['POST', `/placements/${otherPlacement}/recoveries`, { gross: '10.00' }],
      ['GET', '/placements/1x'],
    ] as const) {
      const r = await call(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(r.body)).not.toContain('Xeno');
    }
    expect((await call('GET', '/placements')).body.placements.map((p: { customerRef: string }) => p.customerRef).sort()).toEqual(['K1', 'K5']);
  });

  it('recalls from the first agency and places with the next: second placement, that agency\'s second rate', async () => {
    const bad = await call('POST', `/placements/${placement}/recall`, { date: '2026-05-20', reason: 'no progress', next: { kind: 'agency', agencyId: '999' } });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('next.agencyId');
    expect((await call('GET', `/placements/${placement}`)).body.status).toBe('active'); // nothing half-done
    expect((await call('POST', `/placements/${placement}/recall`, { date: '2026-04-01', reason: 'x' })).body.field).toBe('date');
    const r = await call('POST', `/placements/${placement}/recall`, { date: '2026-05-20', reason: 'no progress in 3 weeks', next: { kind: 'agency', agencyId: second } });
    expect(r.status).toBe(200);
    expect(r.body.placement).toMatchObject({ status: 'recalled', endedOn: '2026-05-20', endReason: 'no progress in 3 weeks', endedBy: 'apikey:erp' });
    expect(r.body.next).toMatchObject({ number: 2, agency: { name: 'Second Chance Inkasso' }, commissionRate: '30', amount: '1750.00', placedOn: '2026-05-20' });
    next = r.body.next.id;
    expect((await call('POST', `/placements/${placement}/recall`, { reason: 'again' })).body.field).toBe('id');
    const list = await call('GET', `/placements?status=active&agencyId=${second}&customerRef=K1`);
    expect(list.body.placements.map((p: { id: string }) => p.id)).toEqual([next]);
    expect((await call('GET', '/placements?agencyId=abc')).body.field).toBe('agencyId');
  });
});

describe(`recoveries (${engineName})`, () => {
  it('posts the gross as the debtor\'s payment, oldest invoice first; commission at the placement\'s rate, half-up', async () => {
    const r = await call('POST', `/placements/${next}/recoveries`, { date: '2026-06-10', gross: '1000.05', reference: 'REM-77' });
    expect(r.status).toBe(201);
    // 30 % of 1000.05 = 300.015 → 300.02
    expect(r.body.recovery).toMatchObject({ gross: '1000.05', commission: '300.02', net: '700.03', commissionGiven: false, paymentRef: `PLC${next}-R1`, reversedWriteOff: '0.00', reference: 'REM-77' });
    expect(r.body.allocations).toEqual([{ invoiceNumber: 'I-1', amount: '1000.00', reversedWriteOff: '0.00' }, { invoiceNumber: 'I-2', amount: '0.05', reversedWriteOff: '0.00' }]);
    expect((await call('GET', '/invoices/I-1')).body.open).toBe('0.00');
    expect((await call('GET', '/invoices/I-2')).body.open).toBe('499.95');
  });

  it('takes a commission given by the agency, and refuses bad input with the field', async () => {
    for (const [body, field] of [
      [{ gross: '0' }, 'gross'], [{ gross: '10.001' }, 'gross'], [{ gross: '10.00', commission: '10.01' }, 'commission'], [{ gross: '10.00', commission: '-1' }, 'commission'],
      [{ gross: '10.00', date: '2026-05-01' }, 'date'], [{ gross: '10.00', date: 'soon' }, 'date'],
    ] as const) {
      const r = await call('POST', `/placements/${next}/recoveries`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
    const r = await call('POST', `/placements/${next}/recoveries`, { date: '2026-06-20', gross: '99.95', commission: '20.00' });
    expect(r.body.recovery).toMatchObject({ commission: '20.00', net: '79.95', commissionGiven: true });
    expect((await call('GET', '/invoices/I-2')).body.open).toBe('400.00');
  });

  it('after a charge-off the placement stays: a later recovery reverses the write-off by what it recovers, then pays', async () => {
    const wo = await call('POST', '/invoices/I-2/write-offs', { reason: 'charge-off: 120 days, agency recovering', date: '2026-06-30' });
    expect(wo.status).toBe(200); // an API key writes off at once (backward compatible)
    expect(wo.body).toEqual({ invoice: 'I-2', writtenOff: '400.00', open: '0.00' });
    expect((await call('GET', `/placements/${next}`)).body.status).toBe('active');
    const r = await call('POST', `/placements/${next}/recoveries`, { date: '2026-07-15', gross: '500.00', commission: '150.00' });
    expect(r.status).toBe(201);
    expect(r.body.allocations).toEqual([{ invoiceNumber: 'I-2', amount: '400.00', reversedWriteOff: '400.00' }, { invoiceNumber: 'I-3', amount: '100.00', reversedWriteOff: '0.00' }]);
    expect(r.body.recovery.reversedWriteOff).toBe('400.00');
    expect((await call('GET', '/invoices/I-2')).body.open).toBe('0.00');
    const ledger = await inTenant(handle.db, tenant.id, (tx) => sql<{ amount: bigint; reason: string }>`
      select w.amount, w.reason from write_offs w join invoices i on i.tenant_id = w.tenant_id and i.id = w.invoice_id where i.number = 'I-2' order by w.id`.execute(tx));
    expect(ledger.rows.map((r) => r.amount)).toEqual([40_000n, -40_000n]);
    expect(ledger.rows[1]?.reason).toMatch(new RegExp(`^bad debt recovered: placement ${next}, payment PLC${next}-R3$`));
  });

  it('keeps what is beyond the placed invoices unapplied on the account, and totals the placement and the agency', async () => {
    const r = await call('POST', `/placements/${next}/recoveries`, { date: '2026-07-20', gross: '200.00' });
    expect(r.body.allocations).toEqual([{ invoiceNumber: 'I-3', amount: '150.00', reversedWriteOff: '0.00' }]);
    expect(r.body.unapplied).toBe('50.00');
    const detail = (await call('GET', `/placements/${next}`)).body;
    // 1000.05 + 99.95 + 500 + 200 = 1800.00 recovered of 1750.00 placed; commission 300.02 + 20 + 150 + 60
    expect(detail.totals).toEqual({ currency: 'NOK', placed: '1750.00', recovered: '1800.00', commission: '530.02', net: '1269.98', recoveryRate: '102.86' });
    expect(detail.recoveryList).toHaveLength(4);
    const agencies = (await call('GET', '/agencies')).body.agencies;
    // K1's second placement and K5's dunning placement: 1800.00 recovered of 2450.00 placed
    expect(agencies.find((a: { id: string }) => a.id === second).totals).toEqual([{ currency: 'NOK', placements: 2, placed: '2450.00', recovered: '1800.00', commission: '530.02', net: '1269.98', recoveryRate: '73.47' }]);
    expect(agencies.find((a: { id: string }) => a.id === first).totals[0]).toMatchObject({ placements: 1, recovered: '0.00', recoveryRate: '0.00' });
  });

  it('closes the placement; a closed one takes no recovery; an agency with placements cannot be deleted', async () => {
    const r = await call('POST', `/placements/${next}/close`, { date: '2026-07-31', reason: 'paid in full' });
    expect(r.body.placement.status).toBe('closed');
    expect(r.body.next).toBeNull();
    expect((await call('POST', `/placements/${next}/recoveries`, { gross: '1.00' })).body.field).toBe('id');
    expect((await call('POST', `/placements/${next}/close`, { reason: '' })).status).toBe(400);
    expect((await call('DELETE', `/agencies/${first}`)).body.field).toBe('id');
  });
});

describe(`the agency's export and the small-claims pack (${engineName})`, () => {
  it('exports one CSV row per placed invoice with the debtor\'s contact details', async () => {
    const r = await call('GET', `/placements/${placement}/export.csv?asOf=2026-05-01`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = r.bytes.toString('utf8').trim().split('\n');
    expect(header).toBe('placement_id,placement_number,placed_on,kind,agency,customer_ref,debtor_name,debtor_type,debtor_country,debtor_language,debtor_email,debtor_phone,contact_name,contact_role,contact_email,contact_phone,invoice_number,issue_date,due_date,currency,amount,open_at_placement,open,days_past_due,po_number,description');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(`${placement},1,2026-05-01,agency,Nordic Collect AS,K1,Fjord Fisk AS,business,NO,nb,ap@fjordfisk.example,+47 22 33 44 55,Ola Nordmann,accounts-payable,ola@fjordfisk.example,+47 900 00 000,I-1,2026-01-01,2026-01-31,NOK,1000.00,1000.00,0.00,90,,`);
    expect(rows[2]).toContain(',I-3,2026-03-01,2026-03-31,NOK,250.00,250.00,0.00,31,,');
  });

  it.skipIf(!PDFTOTEXT)('makes the case file: debtor, contacts, invoices, contacts made, recoveries', async () => {
    const r = await call('GET', `/placements/${next}/case-file.pdf?asOf=2026-08-01`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(r.bytes, 'case-file.pdf');
    for (const word of ['Collection case file', 'Fjord Fisk AS', 'Ola Nordmann', 'ola@fjordfisk.example', 'I-1', 'I-2', 'I-3', 'Second Chance Inkasso', '1000.05', '300.02', `PLC${next}-R1`,
      // every contact made: the reminder the dunning run queued, the call and its outcome
      'Contacts made', '2026-02-05 (queued)', 'Betalingspåminnelse', '2026-03-10 10:12', 'refused: says the fish was late',
      'Promises to pay', '2026-02-20', '200.00', 'Disputes', 'damaged-goods', '50.00', 'Payment plans', 'No payment plans.']) {
      expect(text).toContain(word);
    }
  });

  it.skipIf(!PDFTOTEXT)('makes the small-claims pack in the customer\'s language: the claim, the invoices, the reminders', async () => {
    const placed = await call('POST', '/placements', { customerRef: 'K2', kind: 'legal', placedOn: '2026-05-01' });
    expect(placed.body.commissionRate).toBeNull();
    const te = await call('GET', `/placements/${placed.body.id}/small-claims.pdf?asOf=2026-05-01`);
    expect(te.status, JSON.stringify(te.body)).toBe(200);
    expect(te.headers.get('content-language')).toBe('te');
    const teText = pdfText(te.bytes, 'te.pdf');
    for (const word of ['చిన్న దావా', 'ప్రతివాది', 'Sri Lakshmi Traders', 'T-1']) expect(teText).toContain(word);

    const nb = await call('GET', `/placements/${placement}/small-claims.pdf?asOf=2026-05-01`);
    expect(nb.headers.get('content-language')).toBe('nb');
    const text = pdfText(nb.bytes, 'nb.pdf');
    for (const word of ['Forliksklage', 'Klager (kreditor)', 'Innklagede (skyldner)', 'Fjord Fisk AS', 'placing AS', 'Samlet krav', 'Forsinkelsesrente', 'Purringer og varsler sendt']) expect(text).toContain(word);
    // What is still open on the placed invoices as of the claim (I-1 is paid): I-2 and I-3 were open on 2026-05-01.
    expect(text).toContain('I-1');
    expect(text).toMatch(/05\.02\.2026/); // the first reminder's date, in Norwegian date format
  });

  it.skipIf(!PDFTOTEXT)('falls back to the tenant\'s language for a customer language the letters do not have', async () => {
    const placed = await call('POST', '/placements', { customerRef: 'K3', kind: 'in-house', placedOn: '2026-05-01' });
    const r = await call('GET', `/placements/${placed.body.id}/small-claims.pdf?asOf=2026-05-01`);
    expect(r.headers.get('content-language')).toBe('nb');
    expect(pdfText(r.bytes, 'de.pdf')).toContain('Forliksklage');
  });

  it('refuses a bad date with the field', async () => {
    const r = await call('GET', `/placements/${placement}/small-claims.pdf?asOf=2026-13-01`);
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('asOf');
  });
});
