// Issue #3 over HTTP: POST /api/interest with the contract's JSON, and a tenant's own rate row changing the answer
// for that tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';
import { serveApi } from './support/http.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let keyA: string;
let keyB: string;

beforeAll(async () => {
  handle = await openTestDb();
  keyA = await createApiKey(handle.db, await makeTenant(handle.db, 'law-a'), 'test');
  keyB = await createApiKey(handle.db, await makeTenant(handle.db, 'law-b'), 'test');
  server = await serveApi(handle.db);
});
afterAll(async () => { await server.close(); await handle.close(); });

const call = (method: string, path: string, key: string, body?: unknown) => fetch(`${server.url}/api${path}`, {
  method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
});

describe(`POST /api/interest (${engineName})`, () => {
  it('answers the DE worked example in the contract shape', async () => {
    const response = await call('POST', '/interest', keyA, { jurisdiction: 'DE', principal: '10000.00', currency: 'EUR', due: '2026-01-31', until: '2026-03-02', debtor: 'business' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      jurisdiction: 'DE', principal: '10000.00', currency: 'EUR', interest: '84.41', fixedCompensation: '40.00', total: '10124.41',
      periods: [{ from: '2026-02-01', to: '2026-03-02', days: 30, ratePercent: '10.27', interest: '84.41' }], verified: true,
    });
  });

  it('answers 400 naming the field for bad input', async () => {
    const unknown = await call('POST', '/interest', keyA, { jurisdiction: 'XX', principal: '1.00', currency: 'EUR', due: '2026-01-01', until: '2026-02-01' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ field: 'jurisdiction' });
    const missingRate = await call('POST', '/interest', keyA, { jurisdiction: 'NO', principal: '1000.00', currency: 'NOK', due: '2027-01-10', until: '2027-02-09' });
    expect(await missingRate.json()).toMatchObject({ field: 'rates', reason: expect.stringMatching(/2027-01-01 to 2027-06-30/) });
    const badAmount = await call('POST', '/interest', keyA, { jurisdiction: 'DE', principal: '10.001', currency: 'EUR', due: '2026-01-01', until: '2026-02-01' });
    expect(await badAmount.json()).toMatchObject({ field: 'principal' });
  });

  it('lets a tenant add next half-year\'s rate, for itself only', async () => {
    const body = { jurisdiction: 'NO', principal: '1000.00', currency: 'NOK', due: '2027-01-10', until: '2027-02-09' };
    const set = await call('PUT', '/law/rates', keyA, { jurisdiction: 'NO', series: 'statutory', from: '2027-01-01', percent: '11.75', source: 'FOR-2026-12-xx (test)' });
    expect(set.status).toBe(200);
    const answer = await (await call('POST', '/interest', keyA, body)).json() as { interest: string; periods: { ratePercent: string }[] };
    expect(answer.periods[0]?.ratePercent).toBe('11.75');
    expect(answer.interest).toBe('9.66'); // 1000 × 11.75% × 30/365 = 9.657…
    expect((await call('POST', '/interest', keyB, body)).status).toBe(400);
    const tables = await (await call('GET', '/law?jurisdiction=NO', keyA)).json() as { rates: { from: string; origin: string }[] };
    expect(tables.rates.find((r) => r.from === '2027-01-01')?.origin).toBe('tenant');
    const audit = await (await call('GET', '/audit?entity=law-rate', keyA)).json() as { entries: { action: string }[] };
    expect(audit.entries[0]?.action).toBe('add');
  });

  it('refuses a rate row that does not start a half-year', async () => {
    const response = await call('PUT', '/law/rates', keyA, { jurisdiction: 'NO', series: 'statutory', from: '2027-02-01', percent: '11.75', source: 'x' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'from', reason: expect.stringMatching(/1 January or 1 July/) });
  });
});

describe(`GET /api/customers/{ref}/late-charges (${engineName})`, () => {
  it('charges interest on what is still open, under the pack for the customer\'s country', async () => {
    const { importLines } = await import('./support/fixtures.js');
    const { resolveTenant } = await import('../src/app/resolve-tenant.js');
    const tenant = await resolveTenant(handle.db, 'law-a');
    await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,debtor_type', 'DE1,Berlin GmbH,DE,de,NOK,business', 'US1,Acme Inc,US,en,NOK,business', 'DE2,Frau Muster,DE,de,NOK,consumer']);
    await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'D-1,DE1,2026-01-01,2026-01-31,NOK,10000.00', 'D-2,DE1,2026-01-01,2026-01-31,NOK,500.00', 'U-1,US1,2026-01-01,2026-01-31,NOK,100.00', 'C-1,DE2,2026-01-01,2026-01-31,NOK,100.00']);
    await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'PD-1,DE1,2026-02-10,NOK,500.00,D-2', 'PD-2,DE1,2026-02-15,NOK,5000.00,D-1']);
    const answer = await (await call('GET', '/customers/DE1/late-charges?asOf=2026-03-02', keyA)).json() as { jurisdiction: string; invoices: { number: string; open: string; interest: string; fixedCompensation: string }[]; notes: string[] };
    expect(answer.jurisdiction).toBe('DE');
    // D-2 is paid, so it is left out. D-1: 10,000 at 10.27% for 15 days, then 5,000 for 15 days.
    expect(answer.invoices.map((i) => i.number)).toEqual(['D-1']);
    expect(answer.invoices[0]).toMatchObject({ open: '5000.00', interest: '63.31' });
    expect(answer.invoices[0]?.fixedCompensation).toBe('0.00'); // €40 only for a debt in EUR: no exchange rate is invented
    const us = await (await call('GET', '/customers/US1/late-charges?asOf=2026-03-02', keyA)).json() as { jurisdiction: null; invoices: unknown[] };
    expect(us).toMatchObject({ jurisdiction: null, invoices: [] });
    const consumer = await (await call('GET', '/customers/DE2/late-charges?asOf=2026-03-02', keyA)).json() as { debtor: string; invoices: { interest: string }[] };
    expect(consumer).toMatchObject({ debtor: 'consumer', invoices: [{ interest: '0.52' }] }); // 100 × 6.27% × 30/365
    expect((await call('GET', '/customers/DE1/late-charges?asOf=2026-03-02', keyB)).status).toBe(404);
  });
});
