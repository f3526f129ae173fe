// Issue #6: "GET /api/worklist?collector=… returns the accounts to work, in order of a transparent priority score
// … Nothing already paid is ever on the worklist: cash posted a moment ago is reflected at once." Over real HTTP on
// both engines, with exchange rates, segments, sales representatives, held amounts and another tenant's keys.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { putSegment } from '../src/app/segments.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const AS_OF = '2026-11-23';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'worklist');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email,phone',
    'BIG,Big Buyer AS,NO,nb,NOK,ap@big.example,+47 22 11 11 11', 'MID,Mid Trading AS,NO,nb,NOK,,', 'SMALL,Small Shop AS,NO,nb,NOK,,',
    'SVEA,Svea Trä AB,SE,sv,SEK,,+46 8 123 456', 'USA,Hudson Supply Inc,US,en,USD,,', 'PAID,Paid Up AS,NO,nb,NOK,,',
    'LATER,Not Yet Due AS,NO,nb,NOK,,', 'DNC,Do Not Call AS,NO,nb,NOK,,', 'DISP,Disputer AS,NO,nb,NOK,,', 'PART,Partly Disputed AS,NO,nb,NOK,,',
    'PROM,Promiser AS,NO,nb,NOK,,', 'TINY,Tiny AS,NO,nb,NOK,,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'BIG-1,BIG,2026-09-01,2026-10-01,NOK,90000.00', 'BIG-2,BIG,2026-10-01,2026-11-01,NOK,10000.00',
    'MID-1,MID,2026-05-01,2026-06-01,NOK,20000.00', 'SMALL-1,SMALL,2026-10-14,2026-11-13,NOK,500.00',
    'SVEA-1,SVEA,2026-09-24,2026-10-24,SEK,30000.00', 'USA-1,USA,2026-09-24,2026-10-24,USD,1000.00',
    'PAID-1,PAID,2026-09-01,2026-10-01,NOK,5000.00', 'LATER-1,LATER,2026-11-01,2026-12-31,NOK,99000.00',
    'DNC-1,DNC,2026-09-01,2026-10-01,NOK,50000.00', 'DISP-1,DISP,2026-09-01,2026-10-01,NOK,8000.00',
    'PART-1,PART,2026-09-01,2026-10-01,NOK,8000.00', 'PROM-1,PROM,2026-09-01,2026-10-01,NOK,4000.00', 'TINY-1,TINY,2026-10-14,2026-11-13,NOK,100.00']);
  await sql`update customers set do_not_contact = true where tenant_id = ${tenant.id} and customer_ref = 'DNC'`.execute(handle.db);
  await sql`insert into customer_risk (tenant_id, customer_id, grade, score, parts, as_of)
    select tenant_id, id, 'E', 15, '{}'::jsonb, '2026-11-20' from customers where tenant_id = ${tenant.id} and customer_ref = 'MID'`.execute(handle.db);
  await putSegment(handle.db, tenant, { name: 'nordic', rule: { currencies: ['NOK'] }, collector: 'kari', actor: 'test' });
  await putSegment(handle.db, tenant, { name: 'rest', rule: {}, collector: 'ola', actor: 'test' });
  key = await createApiKey(handle.db, tenant, 'test');
  const other = await makeTenant(handle.db, 'worklist-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'BIG,Other Big AS,NO,nb,NOK']);
  await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'O-1,BIG,2026-01-01,2026-01-31,NOK,777.00']);
  otherKey = await createApiKey(handle.db, other, 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, {
    method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': typeof body === 'string' ? 'text/csv' : 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
type Part = { value: number | string; how: string; missing?: boolean; grade?: string | null };
type Row = {
  rank: number; customerRef: string; score: number; parts: Record<'overdue' | 'exchangeRate' | 'age' | 'risk', Part>; currency: string; overdue: string;
  overdueInBase: string; oldestDaysPastDue: number; held: Record<string, string>; collector: string | null; salesRep: string | null;
  salesRepAssigned: boolean; assignedTo: string[]; phone: string | null; telUri: string | null; openDispute: boolean; openPromise: boolean;
};
const worklist = async (query = '', apiKey = key) => {
  const { status, body } = await call('GET', `/worklist?asOf=${AS_OF}${query}`, undefined, apiKey);
  expect(status).toBe(200);
  return body as { rows: Row[]; total: number; leftOut: Record<string, number>; baseCurrency: string; cached: boolean };
};
const refs = (rows: Row[]) => rows.map((r) => r.customerRef);

describe(`the prioritised worklist over HTTP (${engineName})`, () => {
  it('ranks the largest overdue accounts first, each score with its parts', async () => {
    const list = await worklist();
    expect(list.baseCurrency).toBe('NOK');
    // SVEA and USA have no rate yet: counted at 1, and their rows say so.
    // DISP and PART tie (8,000 at 53 days): the customer reference decides.
    expect(refs(list.rows)).toEqual(['BIG', 'MID', 'SVEA', 'DISP', 'PART', 'PAID', 'PROM', 'USA', 'SMALL', 'TINY']);
    expect(list.rows.map((r) => r.score)).toEqual([...list.rows.map((r) => r.score)].sort((a, b) => b - a));
    const big = list.rows[0] as Row;
    expect(big).toMatchObject({ rank: 1, overdue: '100000.00', currency: 'NOK', oldestDaysPastDue: 53, collector: 'kari', phone: '+47 22 11 11 11', telUri: 'tel:+4722111111' });
    // 90,000 is 53 days past due (×1.25), 10,000 is 22 days (×1.00): 122,500 × risk 1.00 (not graded yet).
    expect(big.score).toBe(122500);
    expect(big.parts.overdue.value).toBe('100000.00');
    expect(big.parts.age.value).toBe(1.225);
    expect(big.parts.risk).toMatchObject({ value: 1, grade: null });
    expect(big.parts.risk.how).toMatch(/not graded yet/);
    expect(big.parts.exchangeRate.how).toMatch(/base currency/);
    const mid = list.rows[1] as Row;
    // 20,000 at 175 days (×2.00) and risk grade E (×1.50).
    expect(mid.score).toBe(60000);
    expect(mid.parts.risk).toMatchObject({ value: 1.5, grade: 'E' });
    const svea = list.rows.find((r) => r.customerRef === 'SVEA') as Row;
    expect(svea.parts.exchangeRate).toMatchObject({ value: '1', missing: true });
    expect(svea.parts.exchangeRate.how).toMatch(/no exchange rate for SEK/);
    expect(list.total).toBe(10);
  });

  it('leaves out what is not to work: disputed, promised, do-not-contact and not yet due', async () => {
    expect((await call('POST', '/disputes', { customerRef: 'DISP', reason: 'pricing', invoices: [{ invoiceNumber: 'DISP-1' }] })).status).toBe(201);
    expect((await call('POST', '/disputes', { customerRef: 'PART', reason: 'damaged-goods', invoices: [{ invoiceNumber: 'PART-1', amount: '3000.00' }] })).status).toBe(201);
    expect((await call('POST', '/promises', { customerRef: 'PROM', amount: '4000.00', promisedDate: '2026-12-10', invoiceNumbers: ['PROM-1'], asOf: AS_OF })).status).toBe(201);
    const list = await worklist();
    expect(refs(list.rows)).not.toContain('DISP');
    expect(refs(list.rows)).not.toContain('PROM');
    expect(refs(list.rows)).not.toContain('DNC');
    expect(refs(list.rows)).not.toContain('LATER');
    const part = list.rows.find((r) => r.customerRef === 'PART') as Row;
    expect(part).toMatchObject({ overdue: '5000.00', openDispute: true, held: { disputed: '3000.00', promised: '0.00', planned: '0.00', unappliedCash: '0.00' } });
    expect(part.parts.overdue.how).toMatch(/3000.00 disputed/);
    expect(list.leftOut).toMatchObject({ doNotContact: 1 });
  });

  it('reflects a payment posted a moment ago at once', async () => {
    expect(refs((await worklist()).rows)).toContain('PAID');
    expect((await worklist()).cached).toBe(true);
    const posted = await call('POST', '/imports/payments', 'payment_ref,customer_ref,date,currency,amount,invoice_numbers\nPAY-1,PAID,2026-11-23,NOK,5000.00,PAID-1\nPAY-2,BIG,2026-11-23,NOK,60000.00,BIG-1\n');
    expect(posted.status).toBe(200);
    const after = await worklist();
    expect(after.cached).toBe(false);
    expect(refs(after.rows)).not.toContain('PAID');
    expect(after.rows.find((r) => r.customerRef === 'BIG')?.overdue).toBe('40000.00');
    // Cash on account not yet applied to an invoice is not to work either.
    expect((await call('POST', '/imports/payments', 'payment_ref,customer_ref,date,currency,amount,invoice_numbers\nPAY-3,SMALL,2026-11-23,NOK,500.00,\n')).status).toBe(200);
    expect(refs((await worklist()).rows)).not.toContain('SMALL');
  });

  it('ranks other currencies in the base currency at the tenant\'s rates', async () => {
    const before = await call('GET', '/exchange-rates');
    expect(before.body).toMatchObject({ baseCurrency: 'NOK', rates: [], missing: ['SEK', 'USD'] });
    const put = await call('PUT', '/exchange-rates', { rates: [{ currency: 'SEK', rate: '0.95' }, { currency: 'USD', rate: '10.8765' }] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ missing: [], rates: [{ currency: 'SEK', rate: '0.95' }, { currency: 'USD', rate: '10.8765' }] });
    const list = await worklist();
    const svea = list.rows.find((r) => r.customerRef === 'SVEA') as Row;
    expect(svea).toMatchObject({ overdue: '30000.00', currency: 'SEK', overdueInBase: '28500.00' });
    expect(svea.parts.exchangeRate).toMatchObject({ value: '0.95', missing: false });
    expect((list.rows.find((r) => r.customerRef === 'USA') as Row).overdueInBase).toBe('10876.50');
    for (const [body, field] of [
      [{ rates: [{ currency: 'SEK', rate: '-1' }] }, 'rates.0.rate'], [{ rates: [{ currency: 'NOK', rate: '1' }] }, 'rates.0.currency'],
      [{ rates: [{ currency: 'XXX', rate: '1' }] }, 'rates.0.currency'], [{ rates: [{ currency: 'SEK', rate: '1e3' }] }, 'rates.0.rate'], [{ rates: [] }, 'rates'],
    ] as const) {
      const r = await call('PUT', '/exchange-rates', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
  });

  it('filters by collector: the segment\'s collector, and the sales representative for large or difficult accounts', async () => {
    expect((await call('PUT', '/customers/BIG/sales-rep', { salesRep: 'rita' })).body).toEqual({ customerRef: 'BIG', salesRep: 'rita' });
    await call('PUT', '/customers/PART/sales-rep', { salesRep: 'rita' });
    await call('PUT', '/customers/MID/sales-rep', { salesRep: 'sam' });
    await call('PUT', '/customers/SVEA/sales-rep', { salesRep: 'rita' });
    await call('PUT', '/customers/TINY/sales-rep', { salesRep: 'rita' });
    const all = await worklist();
    expect(all.rows.find((r) => r.customerRef === 'BIG')).toMatchObject({ salesRep: 'rita', salesRepAssigned: true, assignedTo: ['kari', 'rita'] });
    expect(all.rows.find((r) => r.customerRef === 'TINY')).toMatchObject({ salesRep: 'rita', salesRepAssigned: false, assignedTo: ['kari'] });
    // By default an account holding at least 5 % of the overdue money to work is large. rita: BIG (38 %) and SVEA
    // (27 %), PART (an open dispute), not TINY (0.1 %). sam: MID (risk grade E).
    expect(refs((await worklist('&collector=rita')).rows)).toEqual(['BIG', 'SVEA', 'PART']);
    expect(refs((await worklist('&collector=sam')).rows)).toEqual(['MID']);
    expect(refs((await worklist('&collector=ola')).rows)).toEqual(['SVEA', 'USA']);
    expect(refs((await worklist('&collector=kari')).rows)).toEqual(['MID', 'BIG', 'PART', 'TINY']);
    expect((await worklist('&collector=nobody')).rows).toEqual([]);
  });

  it('pages through the list in the same order', async () => {
    const all = await worklist();
    const page = await worklist('&limit=2&offset=1');
    expect(refs(page.rows)).toEqual(refs(all.rows).slice(1, 3));
    expect(page.total).toBe(all.total);
    expect((await worklist('&limit=2&offset=100')).rows).toEqual([]);
  });

  it('answers today\'s list without asOf', async () => {
    const { status, body } = await call('GET', '/worklist');
    expect(status).toBe(200);
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses invalid query parameters with the field', async () => {
    for (const [query, field] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['offset=-1', 'offset'], ['limit=abc', 'limit'], ['asOf=2026-13-01', 'asOf'], ['asOf=yesterday', 'asOf'], ['collector=', 'collector']]) {
      const r = await call('GET', `/worklist?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.field, query).toBe(field);
    }
    expect((await call('PUT', '/customers/BIG/sales-rep', { salesRep: '  ' })).body.field).toBe('salesRep');
    expect((await call('PUT', '/worklist/settings', { largeAccountAmount: '12.345', largeAccountSharePercent: null })).body.field).toBe('largeAccountAmount');
    expect((await call('PUT', '/worklist/settings', { largeAccountAmount: null, largeAccountSharePercent: '150' })).body.field).toBe('largeAccountSharePercent');
  });

  it('shows another tenant none of this tenant\'s accounts, and 404 for its customers', async () => {
    const other = await worklist('', otherKey);
    expect(refs(other.rows)).toEqual(['BIG']);
    expect(other.rows[0]).toMatchObject({ customerName: 'Other Big AS', overdue: '777.00', salesRep: null });
    expect((await call('GET', '/customers/PART/sales-rep', undefined, otherKey)).status).toBe(404);
    expect((await call('PUT', '/customers/PART/sales-rep', { salesRep: 'x' }, otherKey)).status).toBe(404);
    expect((await call('GET', '/exchange-rates', undefined, otherKey)).body).toMatchObject({ rates: [] });
    expect(refs((await worklist('&collector=rita', otherKey)).rows)).toEqual([]);
  });

  it('uses the tenant\'s large-account amount when set', async () => {
    const put = await call('PUT', '/worklist/settings', { largeAccountAmount: '30000.00', largeAccountSharePercent: null });
    expect(put.body).toMatchObject({ largeAccountAmount: '30000.00', largeAccountSharePercent: null });
    // BIG (40,000 NOK) is large; SVEA (28,500 NOK at the rate) no longer is.
    expect(refs((await worklist('&collector=rita')).rows)).toEqual(['BIG', 'PART']);
  });
});
