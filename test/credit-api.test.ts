// Issue #6: credit limits and holds over HTTP — exposure with unapplied cash, automatic holds over the limit or
// past the tenant's days, manual holds and releases with history and audit, and another tenant's refs answering 404.
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

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await makeTenant(handle.db, 'credit');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,credit_limit',
    'CAP,Capped AS,NO,nb,NOK,1000.00', 'OLD,Old Debts AS,NO,nb,NOK,']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'C-1,CAP,2026-01-01,2026-01-31,NOK,600.00', 'C-2,CAP,2026-01-15,2026-03-31,NOK,300.00', 'O-1,OLD,2026-01-01,2026-01-31,NOK,100.00']);
  // Cash on account, not yet applied: it lowers the exposure all the same.
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-1,CAP,2026-02-01,NOK,200.00,']);
  key = await createApiKey(handle.db, tenant, 'ola');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'credit-other'), 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

type Json = Record<string, unknown>;
const call = async (method: string, path: string, body?: unknown, apiKey = key): Promise<{ status: number; body: Json }> => {
  const response = await fetch(`${server.url}/api${path}`, {
    method, headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as Json };
};
const credit = async (ref: string, asOf: string) => (await call('GET', `/customers/${ref}/credit?asOf=${asOf}`)).body;

describe(`credit limits and holds over HTTP (${engineName})`, () => {
  it('answers exposure (open items less unapplied cash), what is available, and that new credit is allowed', async () => {
    expect(await credit('CAP', '2026-02-10')).toEqual({
      customerRef: 'CAP', currency: 'NOK', asOf: '2026-02-10', creditLimit: '1000.00', exposure: '700.00', available: '300.00', oldestDaysPastDue: 10,
      hold: { active: false, automatic: false, reasons: [], manualSince: null, manualBy: null }, newCreditAllowed: true, why: [],
    });
    // Before anything was issued: nothing owed, nothing late.
    expect(await credit('CAP', '2025-12-31')).toMatchObject({ exposure: '0.00', available: '1000.00', oldestDaysPastDue: null, newCreditAllowed: true });
  });

  it('holds automatically when an item is more than 90 days past due, unless the amount is disputed', async () => {
    expect(await credit('CAP', '2026-05-01')).toMatchObject({ oldestDaysPastDue: 90, newCreditAllowed: true });
    expect(await credit('CAP', '2026-05-02')).toMatchObject({
      oldestDaysPastDue: 91, newCreditAllowed: false, hold: { active: true, automatic: true, reasons: [{ code: 'past-due', automatic: true, text: 'an item is 91 days past due, more than the 90 days allowed' }] },
      why: ['an item is 91 days past due, more than the 90 days allowed'],
    });
    // C-2, due 2026-03-31, is now the oldest item counted.
    const dispute = await call('POST', '/disputes', { customerRef: 'CAP', reason: 'quality', invoices: [{ invoiceNumber: 'C-1' }], openedOn: '2026-02-10' });
    expect(dispute.status).toBe(201);
    expect(await credit('CAP', '2026-05-02')).toMatchObject({ exposure: '700.00', oldestDaysPastDue: 32, newCreditAllowed: true });
    await call('POST', `/disputes/${dispute.body.id as string}/resolve`, { outcome: 'rejected', note: 'no fault found', date: '2026-02-20' });
    expect(await credit('CAP', '2026-05-02')).toMatchObject({ oldestDaysPastDue: 91, newCreditAllowed: false });
  });

  it('follows the tenant\'s credit policy', async () => {
    expect((await call('GET', '/credit-policy')).body).toEqual({ maxDaysPastDue: 90, limitTolerancePercent: 0, updatedBy: null });
    for (const [body, field] of [[{ maxDaysPastDue: -1, limitTolerancePercent: 0 }, 'maxDaysPastDue'], [{ maxDaysPastDue: 1.5, limitTolerancePercent: 0 }, 'maxDaysPastDue'],
      [{ maxDaysPastDue: 30, limitTolerancePercent: 'lots' }, 'limitTolerancePercent'], [{ maxDaysPastDue: 30 }, 'limitTolerancePercent']] as const) {
      expect((await call('PUT', '/credit-policy', body)).body).toMatchObject({ error: 'invalid', field });
    }
    expect((await call('PUT', '/credit-policy', { maxDaysPastDue: 5, limitTolerancePercent: 0, reason: 'tighter after Q1 losses' })).body)
      .toEqual({ maxDaysPastDue: 5, limitTolerancePercent: 0, updatedBy: 'apikey:ola' });
    expect(await credit('CAP', '2026-02-10')).toMatchObject({ newCreditAllowed: false, why: ['an item is 10 days past due, more than the 5 days allowed'] });
    await call('PUT', '/credit-policy', { maxDaysPastDue: null, limitTolerancePercent: 0 });
    expect(await credit('CAP', '2026-08-01')).toMatchObject({ newCreditAllowed: true });
    await call('PUT', '/credit-policy', { maxDaysPastDue: 90, limitTolerancePercent: 0 });
    expect((await call('GET', '/credit-policy', undefined, otherKey)).body).toEqual({ maxDaysPastDue: 90, limitTolerancePercent: 0, updatedBy: null });
  });

  it('sets and removes the credit limit with a reason, audited with the user; over the limit holds automatically', async () => {
    for (const [body, field] of [[{ amount: '-1.00', reason: 'x' }, 'amount'], [{ amount: '1.234', reason: 'x' }, 'amount'], [{ amount: 'lots', reason: 'x' }, 'amount'],
      [{ amount: '500.00', reason: ' ' }, 'reason'], [{ amount: '500.00' }, 'reason'], [{ reason: 'x' }, 'amount']] as const) {
      const answer = await call('PUT', '/customers/CAP/credit-limit?asOf=2026-02-10', body);
      expect({ body, status: answer.status, field: answer.body.field }).toEqual({ body, status: 400, field });
    }
    const lowered = await call('PUT', '/customers/CAP/credit-limit?asOf=2026-02-10', { amount: '500.00', reason: 'two late payments' });
    expect(lowered.body).toMatchObject({
      creditLimit: '500.00', exposure: '700.00', available: '0.00', newCreditAllowed: false,
      hold: { active: true, automatic: true, reasons: [{ code: 'over-limit' }] }, why: ['exposure 700.00 NOK exceeds the credit limit 500.00 NOK'],
    });
    expect((await call('GET', '/customers/CAP')).body.creditLimit).toBe('500.00');
    const audit = (await call('GET', '/audit?entity=customer&key=CAP')).body.entries as Json[];
    expect(audit[0]).toMatchObject({ actor: 'apikey:ola', action: 'credit-limit', reason: 'two late payments', details: { before: '1000.00', after: '500.00', currency: 'NOK' } });
    expect((await call('PUT', '/customers/CAP/credit-limit?asOf=2026-02-10', { amount: null, reason: 'guaranteed by the parent company' })).body)
      .toMatchObject({ creditLimit: null, available: null, newCreditAllowed: true });
    expect((await call('PUT', '/customers/CAP/credit-limit?asOf=2026-02-10', { amount: '1000.00', reason: 'back to normal' })).body).toMatchObject({ creditLimit: '1000.00', newCreditAllowed: true });
  });

  it('places and releases a manual hold with reasons, kept as history', async () => {
    expect((await call('POST', '/customers/CAP/credit-hold?asOf=2026-02-10', { reason: '' })).body).toMatchObject({ field: 'reason' });
    const held = await call('POST', '/customers/CAP/credit-hold?asOf=2026-02-10', { reason: 'bankruptcy rumours' });
    expect(held.body).toMatchObject({
      newCreditAllowed: false, hold: { active: true, automatic: false, reasons: [{ code: 'manual', automatic: false, text: 'on hold by hand: bankruptcy rumours' }], manualBy: 'apikey:ola' },
    });
    expect(await credit('CAP', '2026-02-10')).toMatchObject({ newCreditAllowed: false });
    expect((await call('POST', '/customers/CAP/credit-hold', { reason: 'again' })).body).toMatchObject({ field: 'hold', reason: expect.stringMatching(/already on manual hold/) });
    expect((await call('DELETE', '/customers/CAP/credit-hold?asOf=2026-02-10', {})).body).toMatchObject({ field: 'reason' });
    const released = await call('DELETE', '/customers/CAP/credit-hold?asOf=2026-02-10', { reason: 'rumours denied by their bank' });
    expect(released.body).toMatchObject({ newCreditAllowed: true, hold: { active: false, reasons: [], manualSince: null } });
    expect((await call('DELETE', '/customers/CAP/credit-hold?asOf=2026-02-10', { reason: 'again' })).body).toMatchObject({ field: 'hold', reason: 'customer CAP is not on hold' });
    const history = await call('GET', '/customers/CAP/credit-holds');
    expect(history.body).toEqual({ customerRef: 'CAP', holds: [
      { action: 'release', reason: 'rumours denied by their bank', at: expect.any(String), by: 'apikey:ola' },
      { action: 'hold', reason: 'bankruptcy rumours', at: expect.any(String), by: 'apikey:ola' },
    ] });
    const audit = (await call('GET', '/audit?entity=customer&key=CAP')).body.entries as Json[];
    expect(audit.slice(0, 2).map((e) => [e.action, e.actor, e.reason])).toEqual([['credit-release', 'apikey:ola', 'rumours denied by their bank'], ['credit-hold', 'apikey:ola', 'bankruptcy rumours']]);
  });

  it('cannot release an automatic hold by hand, and says so; a manual release leaves the automatic reason in force', async () => {
    const refused = await call('DELETE', '/customers/OLD/credit-hold?asOf=2026-06-01', { reason: 'they promised to pay' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ field: 'hold', reason: expect.stringMatching(/automatic and cannot be released by hand: an item is 121 days past due/) });
    await call('POST', '/customers/OLD/credit-hold?asOf=2026-06-01', { reason: 'legal action' });
    expect(await credit('OLD', '2026-06-01')).toMatchObject({ hold: { active: true, automatic: true, reasons: [{ code: 'past-due' }, { code: 'manual' }] } });
    const released = await call('DELETE', '/customers/OLD/credit-hold?asOf=2026-06-01', { reason: 'case settled' });
    expect(released.body).toMatchObject({ newCreditAllowed: false, hold: { active: true, automatic: true, reasons: [{ code: 'past-due' }] } });
  });

  it('validates the day and answers another tenant 404 for every credit route, never data', async () => {
    expect((await call('GET', '/customers/CAP/credit?asOf=2026-13-01')).body).toMatchObject({ field: 'asOf' });
    expect((await call('GET', '/customers/NOBODY/credit')).status).toBe(404);
    const answers = [
      await call('GET', '/customers/CAP/credit', undefined, otherKey),
      await call('PUT', '/customers/CAP/credit-limit', { amount: '1.00', reason: 'x' }, otherKey),
      await call('POST', '/customers/CAP/credit-hold', { reason: 'x' }, otherKey),
      await call('DELETE', '/customers/CAP/credit-hold', { reason: 'x' }, otherKey),
      await call('GET', '/customers/CAP/credit-holds', undefined, otherKey),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.body)).not.toMatch(/1000|700|Capped|rumours/);
    }
    expect((await credit('CAP', '2026-02-10')).creditLimit).toBe('1000.00');
  });
});
