// Issue #8: prediction, forecast and discount use cases on the store (both engines) and over HTTP as a user calls
// them: validated, tenant-isolated, and blind to anything dated after as-of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { predictPayments } from '../src/app/prediction/predict.js';
import { cashForecast } from '../src/app/prediction/forecast.js';
import { discountAdvice } from '../src/app/prediction/discount.js';
import { putSegment } from '../src/app/segments.js';
import { addDays, endOfMonth } from '../src/domain/dates.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let tenant: TenantRow;
let key: string;
let otherKey: string;
const AS_OF = '2026-03-02';
const PAY = 'payment_ref,customer_ref,date,currency,amount,invoice_numbers';

/** A pays 10 days after due; B pays at month end; C has no history. Each has one invoice open on AS_OF. */
function ledger() {
  const invoices = ['invoice_number,customer_ref,issue_date,due_date,currency,amount'];
  const payments = [PAY];
  for (let k = 0; k < 12; k += 1) {
    const due = addDays('2025-02-10', 28 * k);
    invoices.push(`A-${k},A,${addDays(due, -30)},${due},NOK,1000.00`, `B-${k},B,${addDays(due, -30)},${due},NOK,500.00`);
    payments.push(`PA-${k},A,${addDays(due, 10)},NOK,1000.00,A-${k}`, `PB-${k},B,${endOfMonth(addDays(due, 5))},NOK,500.00,B-${k}`);
  }
  invoices.push('A-OPEN,A,2026-02-08,2026-03-10,NOK,2000.00', 'B-OPEN,B,2026-02-03,2026-03-05,NOK,700.00', 'C-OPEN,C,2026-01-21,2026-02-20,NOK,300.00');
  return { invoices, payments: payments.filter((line) => line === PAY || (line.split(',')[2] ?? '') <= AS_OF) };
}

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'predict');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency', 'A,Alpha AS,NO,nb,NOK', 'B,Beta AB,SE,sv,NOK', 'C,Gamma AS,NO,nb,NOK']);
  const { invoices, payments } = ledger();
  await importLines(handle.db, tenant, 'invoices', invoices);
  await importLines(handle.db, tenant, 'payments', payments);
  key = await createApiKey(handle.db, tenant, 'kari');
  const other = await makeTenant(handle.db, 'predict-other');
  await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency', 'Z,Zeta AS,NO,nb,NOK']);
  otherKey = await createApiKey(handle.db, other, 'test');
  server = await serveApi(handle.db);
}, 120_000);
afterAll(async () => { await server.close(); await handle.close(); });

const get = async (path: string, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
type Predicted = { number: string; customerRef: string; predictedDate: string; low: string; high: string; explanation: string };

describe(`payment prediction use cases (${engineName})`, () => {
  let first: Awaited<ReturnType<typeof predictPayments>>;
  it('predicts every open invoice from the customer\'s habit, with the backtest', async () => {
    first = await predictPayments(handle.db, tenant, { asOf: AS_OF });
    const byNumber = new Map(first.invoices.map((i) => [i.number, i]));
    expect([...byNumber.keys()].sort()).toEqual(['A-OPEN', 'B-OPEN', 'C-OPEN']);
    expect(byNumber.get('A-OPEN')).toMatchObject({ customerRef: 'A', predictedDate: '2026-03-20', open: '2000.00' });
    expect(byNumber.get('B-OPEN')?.predictedDate).toBe('2026-03-31');
    expect(byNumber.get('B-OPEN')?.explanation).toContain('month end');
    expect(byNumber.get('C-OPEN')?.explanation).toContain('No settled invoices from this customer');
    for (const p of first.invoices) expect(p.low <= p.predictedDate && p.predictedDate <= p.high).toBe(true);
    expect(first.backtest).toMatchObject({ cut: '2025-12-01' });
    expect(first.backtest?.n).toBeGreaterThan(0);
    expect(first.backtest?.maeDays).toBeLessThanOrEqual(first.backtest?.baselineMaeDays ?? 0);
  });

  it('no look-ahead: payments dated after as-of change nothing as of that day', async () => {
    await importLines(handle.db, tenant, 'payments', [PAY, 'LATE-A,A,2026-04-02,NOK,2000.00,A-OPEN', 'LATE-C,C,2026-03-05,NOK,300.00,C-OPEN',
      ...Array.from({ length: 12 }, (_, k) => `LATE-B${k},B,${addDays('2026-03-10', k)},NOK,1.00,B-OPEN`)]);
    const again = await predictPayments(handle.db, tenant, { asOf: AS_OF });
    expect(again.invoices).toEqual(first.invoices);
    expect(again.backtest).toEqual(first.backtest);
  });

  it('forecasts 13 weeks from the as-of\'s Monday, adding up to the open total', async () => {
    const forecast = await cashForecast(handle.db, tenant, { asOf: AS_OF, weeks: 13 });
    expect(forecast.weekStart).toBe('2026-03-02');
    const nok = forecast.currencies[0];
    expect(nok?.currency).toBe('NOK');
    expect(nok?.weeks).toHaveLength(13);
    const total = (nok?.weeks ?? []).reduce((s, w) => s + Math.round(Number(w.expected) * 100), 0) + Math.round(Number(nok?.later) * 100);
    expect(total).toBe(300000);
    expect(nok?.open).toBe('3000.00');
  });

  it('weighs an early discount per payment habit, then per the tenant\'s segments', async () => {
    const byHabit = await discountAdvice(handle.db, tenant, { terms: '2/10 net 30', costOfCapital: '8', asOf: AS_OF });
    expect(byHabit).toMatchObject({ annualisedCostPercent: '37.24', grouping: 'payment habit' });
    expect(byHabit.customers.map((c) => c.customerRef).sort()).toEqual(['A', 'B']);
    expect(byHabit.segments.every((s) => s.recommendation === 'do not offer')).toBe(true);
    await putSegment(handle.db, tenant, { name: 'Norway', rule: { countries: ['NO'] }, actor: 'test' });
    const bySegment = await discountAdvice(handle.db, tenant, { terms: '2/10 n/30', costOfCapital: '8', asOf: AS_OF });
    expect(bySegment.grouping).toBe('customer segments');
    expect(bySegment.segments.map((s) => s.segment).sort()).toEqual(['(no segment)', 'Norway']);
  });

  it('rejects bad input with the field', async () => {
    await expect(discountAdvice(handle.db, tenant, { terms: '2/40 net 30', costOfCapital: '8', asOf: AS_OF })).rejects.toMatchObject({ field: 'terms' });
    await expect(discountAdvice(handle.db, tenant, { terms: '2/10 net 30', costOfCapital: '-1', asOf: AS_OF })).rejects.toMatchObject({ field: 'costOfCapital' });
    await expect(cashForecast(handle.db, tenant, { asOf: AS_OF, weeks: 0 })).rejects.toMatchObject({ field: 'weeks' });
    await expect(predictPayments(handle.db, tenant, { asOf: '2026-02-30' })).rejects.toMatchObject({ field: 'asOf' });
  });
});

describe(`prediction over HTTP (${engineName})`, () => {
  it('answers the contract\'s fields', async () => {
    const predictions = await get(`/predictions?asOf=${AS_OF}`);
    expect(predictions.status).toBe(200);
    const invoices = predictions.body.invoices as Predicted[];
    expect(Object.keys(invoices[0] ?? {})).toEqual(expect.arrayContaining(['number', 'customerRef', 'predictedDate', 'low', 'high', 'explanation']));
    expect(Object.keys(predictions.body.backtest as object)).toEqual(expect.arrayContaining(['maeDays', 'baselineMaeDays', 'n']));
    const paged = await get(`/predictions?asOf=${AS_OF}&limit=1&offset=1`);
    expect(paged.body.total).toBe(invoices.length);
    expect((paged.body.invoices as Predicted[]).map((i) => i.number)).toEqual(invoices.slice(1, 2).map((i) => i.number));
    const backtestOnly = await get(`/predictions?asOf=${AS_OF}&limit=0`);
    expect(backtestOnly.body.invoices).toEqual([]);
    expect(backtestOnly.body.backtest).toEqual(predictions.body.backtest);
    const customer = await get(`/customers/B/predictions?asOf=${AS_OF}`);
    expect((customer.body.invoices as Predicted[]).map((i) => i.number)).toEqual(['B-OPEN']);
    const forecast = await get(`/forecast?asOf=${AS_OF}&weeks=4`);
    expect(forecast.status).toBe(200);
    expect((forecast.body.currencies as { weeks: unknown[] }[])[0]?.weeks).toHaveLength(4);
    const discount = await get(`/discount?terms=${encodeURIComponent('1.5/15 net 45')}&costOfCapital=8&asOf=${AS_OF}`);
    expect(discount.status).toBe(200);
    expect(discount.body.annualisedCostPercent).toBe('18.53');
  });

  it.each([
    ['/predictions?asOf=2026-13-01', 'asOf'], ['/forecast?asOf=2026-03-02&weeks=60', 'weeks'], ['/discount?terms=abc&costOfCapital=8', 'terms'],
    ['/discount?terms=2/10%20net%2030&costOfCapital=eight', 'costOfCapital'], ['/predictions?asOf=2026-03-02&cut=2026-04-01', 'cut'], ['/predictions?limit=-1', 'limit'],
  ])('%s → 400 naming %s', async (path, field) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe(field);
  });

  it('another tenant sees none of it', async () => {
    expect((await get(`/customers/A/predictions?asOf=${AS_OF}`, otherKey)).status).toBe(404);
    expect((await get(`/predictions?asOf=${AS_OF}`, otherKey)).body.invoices).toEqual([]);
    expect((await get(`/forecast?asOf=${AS_OF}`, otherKey)).body.currencies).toEqual([]);
    expect((await get(`/discount?terms=2/10%20net%2030&costOfCapital=8&asOf=${AS_OF}`, otherKey)).body.segments).toEqual([]);
  });
});
