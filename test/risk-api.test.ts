// Issue #8 over HTTP: risk grades with their parts in words and credit advice, the review schedule, credit
// applications decided by a person (a manager at least), reviews done, customer_risk kept filled (nightly and on
// request), and another tenant's refs and ids answering 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { createApiKey } from '../src/app/api-keys.js';
import { createUser } from '../src/app/users/manage-users.js';
import { tenantRisk } from '../src/app/risk/compute-risk.js';
import { runTenantDay } from '../src/jobs/daily-dunning.js';
import { storedCustomerRisk } from '../src/store/customer-risk.js';
import { inTenant } from '../src/store/tenant-scope.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const PASSWORD = 'correct horse battery';
const AS_OF = '2026-06-30';

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'risk');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,credit_limit,payment_terms_days',
    'GOOD,Good Payer AS,NO,nb,NOK,50000.00,30', 'LATE,Late Payer AS,NO,nb,NOK,1000.00,30', 'MIX,Mixed AS,NO,nb,NOK,,30']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'G-1,GOOD,2026-01-01,2026-01-31,NOK,1000.00', 'G-2,GOOD,2026-02-01,2026-03-03,NOK,1000.00', 'G-3,GOOD,2026-03-01,2026-03-31,NOK,1000.00',
    'G-4,GOOD,2026-04-01,2026-05-01,NOK,1000.00', 'G-5,GOOD,2026-05-01,2026-05-31,NOK,1000.00', 'G-6,GOOD,2026-06-01,2026-07-01,NOK,1000.00',
    'L-1,LATE,2026-01-01,2026-01-31,NOK,600.00', 'L-2,LATE,2026-02-01,2026-03-03,NOK,600.00', 'L-3,LATE,2026-03-16,2026-04-15,NOK,600.00',
    'L-4,LATE,2026-05-01,2026-05-31,NOK,600.00',
    'M-1,MIX,2026-03-01,2026-03-31,NOK,500.00']);
  // The import keeps a customer to its currency; a ledger fed otherwise (an ERP sync) may still hold another one.
  await sql`insert into invoices (tenant_id, number, customer_id, issue_date, due_date, currency, amount)
    select ${tenant.id}, 'M-2', id, '2026-04-01', '2026-05-01', 'EUR', 25000 from customers where tenant_id = ${tenant.id} and customer_ref = 'MIX'`.execute(handle.db);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers',
    'PG-1,GOOD,2026-01-31,NOK,1000.00,G-1', 'PG-2,GOOD,2026-03-03,NOK,1000.00,G-2', 'PG-3,GOOD,2026-03-31,NOK,1000.00,G-3',
    'PG-4,GOOD,2026-05-01,NOK,1000.00,G-4', 'PG-5,GOOD,2026-05-29,NOK,1000.00,G-5',
    'PL-1,LATE,2026-03-02,NOK,600.00,L-1', 'PL-2,LATE,2026-04-20,NOK,600.00,L-2', 'PM-1,MIX,2026-04-10,NOK,500.00,M-1']);
  key = await createApiKey(handle.db, tenant, 'ola');
  const other = await makeTenant(handle.db, 'risk-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'OTHER,Other AS,NO,nb,NOK']);
  otherKey = await createApiKey(handle.db, other, 'test');
  await createUser(handle.db, { email: 'collector@example.com', name: 'Cole Lector', password: PASSWORD, tenant, role: 'collector' });
  await createUser(handle.db, { email: 'manager@example.com', name: 'Mona Ager', password: PASSWORD, tenant, role: 'manager' });
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Auth = { apiKey?: string; cookie?: string; csrf?: string };
const call = async (method: string, path: string, body?: unknown, auth: Auth = { apiKey: key }): Promise<{ status: number; body: Json }> => {
  const headers: Record<string, string> = {};
  if (auth.apiKey) headers.authorization = `Bearer ${auth.apiKey}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}/api${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};
async function signIn(email: string): Promise<Auth> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  const cookie = /^(arrears_session=[^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}
const risk = async (ref: string, asOf = AS_OF) => (await call('GET', `/customers/${ref}/risk?asOf=${asOf}`)).body;

describe(`risk over HTTP (${engineName})`, () => {
  it('grades every customer with its parts in words, advice and review date', async () => {
    const answer = await call('GET', `/risk?asOf=${AS_OF}`);
    expect(answer.status).toBe(200);
    expect(answer.body.customers.map((c: Json) => c.customerRef)).toEqual(['GOOD', 'LATE', 'MIX']);
    const page = await call('GET', `/risk?asOf=${AS_OF}&limit=1&offset=1`);
    expect(page.body).toMatchObject({ total: 3, customers: [{ customerRef: 'LATE' }] });
    const good = answer.body.customers[0];
    expect(good).toMatchObject({
      customerRef: 'GOOD', grade: 'A', score: 100, currentLimit: '50000.00', exposure: '1000.00', reviewDue: '2027-01-01',
      // 6000.00 over 181 days × 30 days = 994.47; A: 150 % = 1491.70, rounded down to 1400.00.
      recommendedLimit: '1400.00', recommendedTerms: { days: 30, text: '30 days net' },
    });
    expect(good.parts.daysBeyondTerms).toEqual({ value: 0, points: 0, maxPoints: 35, words: 'pays on time (5 invoices due in the last year)' });
    expect(good.parts.exposure.words).toBe('exposure 1000.00 NOK is 2 % of the 50000.00 NOK limit');
    expect(good.adviceReasons.at(-1)).toBe('lower than the current limit of 50000.00 NOK; only a person changes it');
    // Advice never writes the limit.
    expect((await call('GET', `/customers/GOOD/credit?asOf=${AS_OF}`)).body.creditLimit).toBe('50000.00');
  });

  it('sees the late payer: days late, the 60-day item, the limit breach, and reviews due at once', async () => {
    expect((await call('POST', '/promises', { customerRef: 'LATE', amount: '600.00', promisedDate: '2026-05-10', invoiceNumbers: ['L-3'], asOf: '2026-05-05' })).status).toBe(201);
    expect((await call('POST', '/promises/review', { asOf: '2026-05-20' })).body.broken).toHaveLength(1);
    const late = await risk('LATE');
    expect(['D', 'E']).toContain(late.grade);
    expect(late.parts.daysBeyondTerms.words).toBe('pays on average 46 days late (46 weighted by amount) over 4 invoices');
    expect(late.parts.latePercent.value).toBe(100);
    expect(late.parts.longestDelay.words).toBe('longest delay 76 days (invoice L-3)');
    expect(late.parts.brokenPromises.words).toBe('1 broken promise in the last year (0 kept)');
    expect(late).toMatchObject({ exposure: '1200.00', overLimit: true });
    expect(late.reviewReasons).toEqual(expect.arrayContaining(['due at once: a promise to pay was broken on 2026-05-14',
      'due at once: an invoice reached 60 days past due on 2026-06-14', 'due at once: exposure is over the credit limit']));
    expect(late.reviewDue <= '2026-05-14').toBe(true);
    // As of before the promise broke, it is not seen (no look-ahead).
    expect((await risk('LATE', '2026-05-10')).parts.brokenPromises.value).toBe(0);
  });

  it('counts another currency in timing only and names it', async () => {
    const mix = await risk('MIX');
    expect(mix.otherCurrencies).toEqual([{ currency: 'EUR', open: '250.00' }]);
    expect(mix.exposure).toBe('0.00');
    expect(mix.parts.longestDelay.value).toBe(60);
  });

  it('validates, and answers 404 for another tenant\'s customer', async () => {
    expect((await call('GET', '/risk?asOf=2026-02-30')).body).toMatchObject({ error: 'invalid', field: 'asOf' });
    expect((await call('GET', '/risk?asOf=2026-06-30&customerRef=OTHER')).status).toBe(404);
    expect((await call('GET', '/customers/OTHER/risk?asOf=2026-06-30')).status).toBe(404);
    expect((await call('GET', '/customers/GOOD/risk?asOf=2026-06-30', undefined, { apiKey: otherKey })).status).toBe(404);
    const otherRisk = await call('GET', '/risk?asOf=2026-06-30', undefined, { apiKey: otherKey });
    expect(otherRisk.body.customers.map((c: Json) => c.customerRef)).toEqual(['OTHER']);
  });
});

describe(`credit applications (${engineName})`, () => {
  let newId = '';

  it('records a new customer\'s application, pending, and refuses bad input', async () => {
    const bad: [unknown, string][] = [
      [{ customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: 'lots' }, 'requestedLimit'],
      [{ customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '1.234' }, 'requestedLimit'],
      [{ customerRef: 'NEWCO', requestedLimit: '100.00' }, 'name'],
      [{ customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '100.00', currency: 'XXQ' }, 'currency'],
      [{ customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '100.00', requestedTermsDays: 400 }, 'requestedTermsDays'],
      [{ customerRef: 'GOOD', requestedLimit: '100.00', currency: 'EUR' }, 'currency'],
      [{ customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '100.00', decision: { outcome: 'maybe', reason: 'x' } }, 'decision.outcome'],
    ];
    for (const [body, field] of bad) {
      const r = await call('POST', '/credit-applications', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
    const created = await call('POST', '/credit-applications', { customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '5000.00', requestedTermsDays: 30, note: 'bank reference attached', asOf: AS_OF });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ customerRef: 'NEWCO', newCustomer: true, currency: 'NOK', requestedLimit: '5000.00', status: 'pending', submittedBy: 'apikey:ola', approvedLimit: null });
    newId = created.body.id;
    expect((await call('POST', '/credit-applications', { customerRef: 'NEWCO', name: 'New Co AS', requestedLimit: '1.00' })).body)
      .toMatchObject({ field: 'customerRef', reason: `application ${newId} for NEWCO is still waiting for a decision` });
  });

  it('needs a manager to decide; a collector may only submit', async () => {
    const collector = await signIn('collector@example.com');
    const submitted = await call('POST', '/credit-applications', { customerRef: 'MIX', requestedLimit: '2000.00', asOf: AS_OF }, collector);
    expect(submitted.status).toBe(201);
    expect(submitted.body.submittedBy).toBe('user:collector@example.com');
    const refused = await call('POST', `/credit-applications/${submitted.body.id}/decision`, { outcome: 'approved', reason: 'fine' }, collector);
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('deciding a credit application needs the manager role; you are collector');
    expect((await call('POST', '/credit-applications', { customerRef: 'X1', name: 'X', requestedLimit: '1.00', decision: { outcome: 'approved', reason: 'x' } }, collector)).status).toBe(403);
    const manager = await signIn('manager@example.com');
    const decided = await call('POST', `/credit-applications/${submitted.body.id}/decision`, { outcome: 'declined', reason: 'EUR invoice 60 days late', asOf: AS_OF }, manager);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'declined', decidedBy: 'user:manager@example.com', reason: 'EUR invoice 60 days late', approvedLimit: null });
    expect(decided.body.advice).toMatchObject({ grade: expect.any(String), score: expect.any(Number) });
    expect((await call('GET', `/customers/MIX/credit?asOf=${AS_OF}`)).body.creditLimit).toBeNull();
  });

  it('approval by a person opens the new customer\'s account with the limit and terms, audited; a decision is final', async () => {
    expect((await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'approved', reason: '', asOf: AS_OF })).body.field).toBe('reason');
    expect((await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'declined', limit: '5.00', reason: 'x', asOf: AS_OF })).body.field).toBe('limit');
    expect((await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'approved', reason: 'x', asOf: '2026-06-01' })).body.field).toBe('asOf');
    const approved = await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'approved', limit: '4000.00', termsDays: 14, reason: 'good references, start lower', asOf: AS_OF });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedLimit: '4000.00', termsDays: 14, decidedOn: AS_OF, decidedBy: 'apikey:ola', newCustomer: true });
    expect((await call('GET', `/customers/NEWCO/credit?asOf=${AS_OF}`)).body).toMatchObject({ creditLimit: '4000.00' });
    const again = await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'declined', reason: 'changed my mind', asOf: AS_OF });
    expect(again.body).toMatchObject({ field: 'status', reason: `application ${newId} was already approved on ${AS_OF} by apikey:ola` });
    const audit = await call('GET', '/audit?entity=customer&key=NEWCO');
    expect(audit.body.entries[0]).toMatchObject({ actor: 'apikey:ola', action: 'create', reason: `credit application ${newId}: good references, start lower` });
    // The new customer now has risk of its own: no history, so at best C, reviewed from the decision.
    expect(await risk('NEWCO')).toMatchObject({ grade: 'C', currentLimit: '4000.00', recommendedLimit: null });
  });

  it('an existing customer\'s approval sets its limit; the list filters; another tenant sees none of it', async () => {
    const app = await call('POST', '/credit-applications', { customerRef: 'GOOD', requestedLimit: '60000.00', asOf: AS_OF,
      decision: { outcome: 'approved', limit: '55000.00', reason: 'growing orders, pays on time' } });
    expect(app.status).toBe(201);
    expect(app.body).toMatchObject({ newCustomer: false, status: 'approved', approvedLimit: '55000.00', advice: { grade: 'A', recommendedLimit: '1400.00' } });
    expect((await call('GET', `/customers/GOOD/credit?asOf=${AS_OF}`)).body.creditLimit).toBe('55000.00');
    const list = await call('GET', '/credit-applications?status=approved');
    expect(list.body.applications.map((a: Json) => a.customerRef)).toEqual(['GOOD', 'NEWCO']);
    expect((await call('GET', '/credit-applications?status=maybe')).body.field).toBe('status');
    expect((await call('GET', `/credit-applications/${newId}`)).body.customerRef).toBe('NEWCO');
    expect((await call('GET', `/credit-applications/${newId}`, undefined, { apiKey: otherKey })).status).toBe(404);
    expect((await call('POST', `/credit-applications/${newId}/decision`, { outcome: 'declined', reason: 'x' }, { apiKey: otherKey })).status).toBe(404);
    expect((await call('GET', '/credit-applications', undefined, { apiKey: otherKey })).body.applications).toEqual([]);
    expect((await call('GET', '/credit-applications/abc')).status).toBe(400);
  });
});

describe(`credit reviews (${engineName})`, () => {
  it('lists reviews due, records one done (manager), and the schedule restarts from it', async () => {
    const due = await call('GET', `/credit-reviews?due=${AS_OF}&asOf=${AS_OF}`);
    expect(due.status).toBe(200);
    expect(due.body.reviews.map((r: Json) => r.customerRef)).toContain('LATE');
    expect(due.body.reviews.map((r: Json) => r.customerRef)).not.toContain('GOOD');
    const collector = await signIn('collector@example.com');
    expect((await call('POST', '/credit-reviews', { customerRef: 'LATE', outcome: 'confirmed', note: 'x' }, collector)).status).toBe(403);
    for (const [body, field] of [[{ customerRef: 'LATE', outcome: 'changed', note: 'x', reviewedOn: AS_OF }, 'outcome'],
      [{ customerRef: 'LATE', outcome: 'confirmed', note: 'x', limit: '5.00', reviewedOn: AS_OF }, 'outcome'],
      [{ customerRef: 'LATE', outcome: 'confirmed', note: '', reviewedOn: AS_OF }, 'note'],
      [{ customerRef: 'LATE', outcome: 'fine', note: 'x' }, 'outcome'],
      [{ customerRef: 'LATE', outcome: 'changed', note: 'x', limit: '-5.00', reviewedOn: AS_OF }, 'limit'],
      [{ customerRef: 'LATE', outcome: 'confirmed', note: 'x', nextReviewOn: '2026-06-01', reviewedOn: AS_OF }, 'nextReviewOn']] as const) {
      const r = await call('POST', '/credit-reviews', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field).toBe(field);
    }
    expect((await call('POST', '/credit-reviews', { customerRef: 'OTHER', outcome: 'confirmed', note: 'x' })).status).toBe(404);
    const done = await call('POST', '/credit-reviews', { customerRef: 'LATE', outcome: 'changed', limit: '500.00', termsDays: 14, note: 'broken promise and 76 days late: limit cut', reviewedOn: AS_OF });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ customerRef: 'LATE', outcome: 'changed', limitBefore: '1000.00', limitAfter: '500.00', termsBefore: 30, termsAfter: 14, reviewedBy: 'apikey:ola' });
    expect(done.body.reviewDue > AS_OF).toBe(true);
    expect((await call('GET', `/customers/LATE/credit?asOf=${AS_OF}`)).body.creditLimit).toBe('500.00');
    const after = await call('GET', `/credit-reviews?due=${AS_OF}&asOf=${AS_OF}`);
    expect(after.body.reviews.map((r: Json) => r.customerRef)).not.toContain('LATE');
    const history = await call('GET', '/customers/LATE/credit-reviews');
    expect(history.body.reviews).toHaveLength(1);
    expect((await call('GET', '/customers/LATE/credit-reviews', undefined, { apiKey: otherKey })).status).toBe(404);
    const audit = await call('GET', '/audit?entity=customer&key=LATE');
    expect(audit.body.entries[0]).toMatchObject({ action: 'credit-limit', reason: `credit review ${done.body.id}: broken promise and 76 days late: limit cut` });
  });
});

describe(`customer_risk is kept filled (${engineName})`, () => {
  const stored = () => inTenant(handle.db, tenant.id, (tx) => storedCustomerRisk(tx, tenant.id));

  it('the nightly run saves every customer\'s grade as of its day', async () => {
    const outcome = await runTenantDay(handle.db, { tenantId: tenant.id, slug: tenant.slug, asOf: AS_OF });
    expect(outcome.status).toBe('ran');
    const rows = await stored();
    expect(rows.map((r) => [r.customerRef, r.grade, r.asOf])).toEqual([['GOOD', 'A', AS_OF], ['LATE', expect.any(String), AS_OF], ['MIX', expect.any(String), AS_OF], ['NEWCO', 'C', AS_OF]]);
    expect(rows[0]).toMatchObject({ score: 100, recommendedLimit: 140_000n, reviewDue: '2027-06-30' });
    expect((rows[0]?.parts as Json).daysBeyondTerms.words).toBe('pays on time (5 invoices due in the last year)');
  });

  it('an earlier as-of never overwrites a later one', async () => {
    const result = await tenantRisk(handle.db, tenant, { asOf: '2026-03-31', save: true });
    expect(result.saved).toBe(0);
    expect((await stored()).every((r) => r.asOf === AS_OF)).toBe(true);
    expect((await tenantRisk(handle.db, tenant, { asOf: '2026-07-01', save: true })).saved).toBe(4);
    const count = await sql<{ n: number }>`select count(*)::int as n from customer_risk where tenant_id = ${tenant.id} and as_of = '2026-07-01'`.execute(handle.db);
    expect(count.rows[0]?.n).toBe(4);
  });
});
