// Issue #6, promises-to-pay over HTTP: recording one with every input validated (400 with field and reason),
// listing, reading, cancelling, each action audited with its user, and another tenant's ids answering 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;
const AS_OF = '2026-03-02';

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await makeTenant(handle.db, 'promises');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,phone', 'A,Alfa AS,NO,nb,NOK,+47 22 00 00 01', 'B,Beta AS,NO,nb,NOK,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,A,2026-01-01,2026-01-31,NOK,1000.00', 'A-2,A,2026-01-05,2026-02-04,NOK,500.00', 'A-3,A,2026-01-05,2026-02-04,NOK,200.00', 'A-PAID,A,2026-01-01,2026-01-31,NOK,100.00', 'B-1,B,2026-01-01,2026-01-31,NOK,300.00']);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-0,A,2026-02-01,NOK,100.00,A-PAID']);
  const other = await makeTenant(handle.db, 'promises-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'X,Xeno AS,NO,nb,NOK']);
  await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'X-1,X,2026-01-01,2026-01-31,NOK,100.00']);
  key = await createApiKey(handle.db, tenant, 'kari');
  otherKey = await createApiKey(handle.db, other, 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
const VALID = { customerRef: 'A', amount: '600.00', promisedDate: '2026-03-10', invoiceNumbers: ['A-1'], asOf: AS_OF };

describe(`promises over HTTP (${engineName})`, () => {
  it.each([
    ['a zero amount', { amount: '0' }, 'amount'],
    ['a negative amount', { amount: '-5.00' }, 'amount'],
    ['too many decimals', { amount: '1.234' }, 'amount'],
    ['not a number', { amount: 'lots' }, 'amount'],
    ['more than is open on the invoices', { amount: '1000.01' }, 'amount'],
    ['an impossible date', { promisedDate: '2026-02-30' }, 'promisedDate'],
    ['a date before today', { promisedDate: '2026-03-01' }, 'promisedDate'],
    ['a malformed date', { promisedDate: '10.03.2026' }, 'promisedDate'],
    ['an unknown invoice', { invoiceNumbers: ['A-1', 'NOPE'] }, 'invoiceNumbers.1'],
    ['another customer\'s invoice', { invoiceNumbers: ['B-1'] }, 'invoiceNumbers.0'],
    ['another tenant\'s invoice', { invoiceNumbers: ['X-1'] }, 'invoiceNumbers.0'],
    ['a paid invoice', { invoiceNumbers: ['A-PAID'] }, 'invoiceNumbers.0'],
    ['an invoice twice', { invoiceNumbers: ['A-1', 'A-1'] }, 'invoiceNumbers.1'],
    ['an unknown currency', { currency: 'XYZ', invoiceNumbers: [] }, 'currency'],
    ['a currency not the invoices\'', { currency: 'SEK' }, 'currency'],
    ['negative grace', { graceDays: -1 }, 'graceDays'],
    ['fractional grace', { graceDays: 1.5 }, 'graceDays'],
    ['no customer', { customerRef: '' }, 'customerRef'],
    ['an impossible as-of', { asOf: '2026-13-01' }, 'asOf'],
  ])('refuses %s', async (_name, change, field) => {
    const { status, body } = await call('POST', '/promises', { ...VALID, ...change });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid', field });
    expect(typeof body.reason).toBe('string');
  });

  it('answers 404 for a customer that is not in the tenant', async () => {
    expect((await call('POST', '/promises', { ...VALID, customerRef: 'X' })).status).toBe(404);
    expect((await call('POST', '/promises', { ...VALID, customerRef: 'A', invoiceNumbers: [] }, otherKey)).status).toBe(404);
  });

  let id = '';
  it('records a promise, active, with the collector defaulting to the user, and audits it', async () => {
    const { status, body } = await call('POST', '/promises', { ...VALID, note: 'will pay after the board meeting' });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      customerRef: 'A', customerName: 'Alfa AS', currency: 'NOK', amount: '600.00', promisedDate: '2026-03-10', graceDays: 3, until: '2026-03-13',
      invoiceNumbers: ['A-1'], status: 'active', collector: 'apikey:kari', note: 'will pay after the board meeting', madeOn: AS_OF, createdBy: 'apikey:kari',
      decidedOn: null, received: null,
    });
    id = body.id as string;
    const audit = (await call('GET', `/audit?entity=promise&key=${id}`)).body.entries as { actor: string; action: string }[];
    expect(audit).toEqual([expect.objectContaining({ actor: 'apikey:kari', action: 'promise-create' })]);
  });

  it('refuses a second promise on an invoice already promised', async () => {
    const { status, body } = await call('POST', '/promises', { ...VALID, amount: '10.00', invoiceNumbers: ['A-2', 'A-1'] });
    expect(status).toBe(400);
    expect(body).toMatchObject({ field: 'invoiceNumbers.1', reason: expect.stringContaining(`active promise ${id}`) });
  });

  it('records a promise on the whole account, in the customer\'s currency, for a named collector', async () => {
    const { status, body } = await call('POST', '/promises', { customerRef: 'B', amount: '50', promisedDate: '2026-03-20', graceDays: 0, collector: 'ola', asOf: AS_OF });
    expect(status).toBe(201);
    expect(body).toMatchObject({ customerRef: 'B', amount: '50.00', currency: 'NOK', invoiceNumbers: [], until: '2026-03-20', collector: 'ola' });
  });

  it('lists with filters, and shows one with what has been received toward it', async () => {
    const all = (await call('GET', '/promises')).body.promises as { customerRef: string }[];
    expect(all.map((p) => p.customerRef)).toEqual(['A', 'B']);
    expect(((await call('GET', '/promises?collector=ola')).body.promises as { customerRef: string }[]).map((p) => p.customerRef)).toEqual(['B']);
    expect(((await call('GET', '/promises?customerRef=A&status=active')).body.promises as unknown[]).length).toBe(1);
    expect(((await call('GET', '/promises?status=kept')).body.promises as unknown[]).length).toBe(0);
    expect((await call('GET', '/promises?status=maybe')).status).toBe(400);
    const one = await call('GET', `/promises/${id}?asOf=${AS_OF}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id, status: 'active', asOf: AS_OF, progress: { received: '0.00', remaining: '600.00' } });
  });

  it('shows another tenant none of it: 404 for its ids, an empty list', async () => {
    expect((await call('GET', `/promises/${id}`, undefined, otherKey)).status).toBe(404);
    expect((await call('POST', `/promises/${id}/cancel`, { reason: 'mine now' }, otherKey)).status).toBe(404);
    expect((await call('GET', '/promises', undefined, otherKey)).body.promises).toEqual([]);
    expect((await call('GET', '/promises/not-a-number')).status).toBe(404);
    expect((await call('GET', '/promises/999999')).status).toBe(404);
    expect((await call('GET', `/promises/${id}`)).body.status).toBe('active');
  });

  it('cancels with a reason, once, audited', async () => {
    expect((await call('POST', `/promises/${id}/cancel`, { reason: '' })).body).toMatchObject({ field: 'reason' });
    expect((await call('POST', `/promises/${id}/cancel`, { reason: '   ' })).body).toMatchObject({ field: 'reason' });
    const { status, body } = await call('POST', `/promises/${id}/cancel`, { reason: 'customer disputes the invoice', asOf: '2026-03-03' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'cancelled', cancelReason: 'customer disputes the invoice', decidedOn: '2026-03-03', decidedBy: 'apikey:kari' });
    const again = await call('POST', `/promises/${id}/cancel`, { reason: 'again' });
    expect(again).toMatchObject({ status: 400, body: { field: 'id' } });
    const audit = (await call('GET', `/audit?entity=promise&key=${id}`)).body.entries as { action: string; reason: string | null }[];
    expect(audit[0]).toMatchObject({ action: 'promise-cancel', reason: 'customer disputes the invoice' });
    // The invoice is free for a new promise once the old one is cancelled.
    expect((await call('POST', '/promises', { ...VALID, amount: '100.00' })).status).toBe(201);
  });

  it('validates the kept-rate period', async () => {
    expect((await call('GET', '/promises/kept-rate?from=2026-03-01')).status).toBe(400);
    expect((await call('GET', '/promises/kept-rate?from=2026-03-31&to=2026-03-01')).body).toMatchObject({ field: 'to' });
    expect((await call('GET', '/promises/kept-rate?from=2026-03-01&to=2026-03-31')).body).toMatchObject({ tenant: { decided: 0, rateByCount: null } });
  });
});
