// Issue #6, payment plans over HTTP: agreeing one with every input validated (400 with field and reason), the
// instalments adding up exactly, listing, reading with instalment states, cancelling, each action audited with its
// user, and another tenant's ids answering 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;
let tenant: TenantRow;
const AS_OF = '2026-03-02';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'plans');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'A,Alfa AS,NO,nb,NOK', 'B,Beta AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,A,2026-01-01,2026-01-31,NOK,1000.00', 'A-2,A,2026-01-05,2026-02-04,NOK,500.00', 'A-3,A,2026-01-05,2026-02-04,NOK,80.00', 'A-PAID,A,2026-01-01,2026-01-31,NOK,100.00',
    'B-1,B,2026-01-01,2026-01-31,NOK,300.00']);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-0,A,2026-02-01,NOK,100.00,A-PAID']);
  const other = await makeTenant(handle.db, 'plans-other');
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
const VALID = { customerRef: 'A', invoiceNumbers: ['A-1', 'A-2'], instalments: 3, frequency: 'monthly', firstDate: '2026-04-01', asOf: AS_OF };

describe(`payment plans over HTTP (${engineName})`, () => {
  it.each([
    ['no instalments', { instalments: 0 }, 'instalments'],
    ['a fraction of an instalment', { instalments: 2.5 }, 'instalments'],
    ['too many instalments', { instalments: 121 }, 'instalments'],
    ['an unknown frequency', { frequency: 'daily' }, 'frequency'],
    ['a first date before today', { firstDate: '2026-03-01' }, 'firstDate'],
    ['an impossible first date', { firstDate: '2026-04-31' }, 'firstDate'],
    ['no invoices', { invoiceNumbers: [] }, 'invoiceNumbers'],
    ['an unknown invoice', { invoiceNumbers: ['A-1', 'NOPE'] }, 'invoiceNumbers.1'],
    ['another customer\'s invoice', { invoiceNumbers: ['B-1'] }, 'invoiceNumbers.0'],
    ['another tenant\'s invoice', { invoiceNumbers: ['X-1'] }, 'invoiceNumbers.0'],
    ['a paid invoice', { invoiceNumbers: ['A-PAID'] }, 'invoiceNumbers.0'],
    ['an invoice twice', { invoiceNumbers: ['A-2', 'A-2'] }, 'invoiceNumbers.1'],
    ['a zero down payment', { downPayment: '0.00' }, 'downPayment'],
    ['a negative down payment', { downPayment: '-1.00' }, 'downPayment'],
    ['a down payment of everything', { downPayment: '1500.00' }, 'downPayment'],
    ['a down-payment date without a down payment', { downPaymentDate: '2026-03-05' }, 'downPaymentDate'],
    ['a down payment after the first instalment', { downPayment: '10.00', downPaymentDate: '2026-04-02' }, 'downPaymentDate'],
    ['a down payment before today', { downPayment: '10.00', downPaymentDate: '2026-03-01' }, 'downPaymentDate'],
    ['negative fees', { fees: '-1.00' }, 'fees'],
    ['fees with too many decimals', { fees: '1.001' }, 'fees'],
    ['interest that is not a number', { interest: 'some' }, 'interest'],
    ['negative grace', { graceDays: -1 }, 'graceDays'],
    ['more instalments than øre', { invoiceNumbers: ['A-3'], instalments: 120, downPayment: '79.00' }, 'instalments'],
  ])('refuses %s', async (_name, change, field) => {
    const { status, body } = await call('POST', '/payment-plans', { ...VALID, ...change });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid', field });
    expect(typeof body.reason).toBe('string');
  });

  it('answers 404 for a customer that is not in the tenant', async () => {
    expect((await call('POST', '/payment-plans', { ...VALID, customerRef: 'X', invoiceNumbers: ['X-1'] })).status).toBe(404);
    expect((await call('POST', '/payment-plans', VALID, otherKey)).status).toBe(404);
  });

  let id = '';
  it('agrees a plan whose instalments add up exactly to the open amount, fees and interest', async () => {
    const { status, body } = await call('POST', '/payment-plans', { ...VALID, downPayment: '100.00', downPaymentDate: '2026-03-05', fees: '70.00', interest: '12.34', note: 'agreed by phone' });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      customerRef: 'A', currency: 'NOK', status: 'active', frequency: 'monthly', madeOn: AS_OF, graceDays: 5, invoiceNumbers: ['A-1', 'A-2'],
      principal: '1500.00', fees: '70.00', interest: '12.34', total: '1582.34', note: 'agreed by phone', createdBy: 'apikey:kari',
      asOf: AS_OF, paid: '0.00', remaining: '1582.34', dueByNow: '0.00',
    });
    expect((body.instalments as { seq: number; kind: string; dueDate: string; amount: string; state: string }[]).map((i) => [i.seq, i.kind, i.dueDate, i.amount, i.state])).toEqual([
      [0, 'down-payment', '2026-03-05', '100.00', 'upcoming'], [1, 'instalment', '2026-04-01', '494.12', 'upcoming'],
      [2, 'instalment', '2026-05-01', '494.11', 'upcoming'], [3, 'instalment', '2026-06-01', '494.11', 'upcoming'],
    ]);
    id = body.id as string;
    const audit = (await call('GET', `/audit?entity=payment-plan&key=${id}`)).body.entries as { actor: string; action: string }[];
    expect(audit).toEqual([expect.objectContaining({ actor: 'apikey:kari', action: 'payment-plan-create' })]);
  });

  it('refuses a second plan or a promise on an invoice in an active plan', async () => {
    expect((await call('POST', '/payment-plans', { ...VALID, invoiceNumbers: ['A-3', 'A-2'] })).body).toMatchObject({ field: 'invoiceNumbers.1', reason: expect.stringContaining(`active payment plan ${id}`) });
    expect((await call('POST', '/promises', { customerRef: 'A', amount: '10.00', promisedDate: '2026-03-10', invoiceNumbers: ['A-1'], asOf: AS_OF })).body).toMatchObject({ field: 'invoiceNumbers.0' });
  });

  it('shows each instalment\'s state against the payments made since', async () => {
    await importLines(handle.db, tenant, 'payments',
      ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-1,A,2026-03-04,NOK,300.00,A-1']);
    const { status, body } = await call('GET', `/payment-plans/${id}?asOf=2026-04-02`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ paid: '300.00', remaining: '1282.34', dueByNow: '594.12' });
    expect((body.instalments as { seq: number; paid: string; state: string; coveredOn: string | null }[]).map((i) => [i.seq, i.paid, i.state, i.coveredOn])).toEqual([
      [0, '100.00', 'paid', '2026-03-04'], [1, '200.00', 'partly-paid', null], [2, '0.00', 'upcoming', null], [3, '0.00', 'upcoming', null],
    ]);
    expect(((await call('GET', `/payment-plans/${id}?asOf=2026-04-07`)).body.instalments as { state: string }[])[1]?.state).toBe('missed');
  });

  it('lists with filters, and shows another tenant none of it', async () => {
    expect(((await call('GET', '/payment-plans')).body.plans as { id: string; total: string }[]).map((p) => [p.id, p.total])).toEqual([[id, '1582.34']]);
    expect(((await call('GET', '/payment-plans?status=active&customerRef=A')).body.plans as unknown[]).length).toBe(1);
    expect(((await call('GET', '/payment-plans?customerRef=B')).body.plans as unknown[]).length).toBe(0);
    expect((await call('GET', '/payment-plans?status=finished')).status).toBe(400);
    expect((await call('GET', '/payment-plans', undefined, otherKey)).body.plans).toEqual([]);
    expect((await call('GET', `/payment-plans/${id}`, undefined, otherKey)).status).toBe(404);
    expect((await call('POST', `/payment-plans/${id}/cancel`, { reason: 'mine now' }, otherKey)).status).toBe(404);
    expect((await call('GET', '/payment-plans/abc')).status).toBe(404);
    expect((await call('GET', `/payment-plans/${id}?asOf=2026-02-30`)).body).toMatchObject({ field: 'asOf' });
  });

  it('cancels with a reason, once, audited', async () => {
    expect((await call('POST', `/payment-plans/${id}/cancel`, { reason: ' ' })).body).toMatchObject({ field: 'reason' });
    const { status, body } = await call('POST', `/payment-plans/${id}/cancel`, { reason: 'customer asked for a new plan', asOf: '2026-03-06' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'cancelled', cancelReason: 'customer asked for a new plan', decidedOn: '2026-03-06', decidedBy: 'apikey:kari' });
    expect((await call('POST', `/payment-plans/${id}/cancel`, { reason: 'again' })).body).toMatchObject({ field: 'id' });
    const audit = (await call('GET', `/audit?entity=payment-plan&key=${id}`)).body.entries as { action: string }[];
    expect(audit[0]).toMatchObject({ action: 'payment-plan-cancel' });
    expect((await call('POST', '/payment-plans', { ...VALID, instalments: 1, asOf: '2026-03-06' })).status).toBe(201);
  });
});
