// Issue #7 over HTTP: the policy editor's live preview (a dry run with an unsaved policy, which changes nothing
// stored), the run preview's full actions, a letter as its PDF, and cash collected for the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import { createApiKey } from '../src/app/api-keys.js';
import { updateTenant } from '../src/app/update-tenant.js';
import { DEFAULT_POLICY, levelsToJson } from '../src/domain/dunning/index.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { serveApi } from './support/http.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let server: { url: string; close: () => Promise<void> };
let key: string;
let otherKey: string;

beforeAll(async () => {
  handle = await openTestDb();
  const tenant = await updateTenant(handle.db, await makeTenant(handle.db, 'preview'), { dunningRequiresApproval: true });
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency,email', 'A,Alfa AS,NO,nb,NOK,a@alfa.example', 'B,Beta AS,NO,nb,NOK,b@beta.example']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'A-1,A,2026-01-01,2026-01-31,NOK,100.00', 'B-1,B,2026-01-01,2026-01-31,NOK,200.00']);
  await importLines(handle.db, tenant, 'payments', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers', 'P-1,A,2026-01-15,NOK,10.50,A-1', 'P-2,B,2026-02-03,NOK,5.25,B-1']);
  key = await createApiKey(handle.db, tenant, 'test');
  otherKey = await createApiKey(handle.db, await makeTenant(handle.db, 'preview-other'), 'test');
  server = await serveApi(handle.db);
});
afterAll(async () => { await server.close(); await handle.close(); });

const call = async (method: string, path: string, body?: unknown, apiKey = key) => {
  const response = await fetch(`${server.url}/api${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, body: type.includes('json') ? await response.json() as any : Buffer.from(await response.arrayBuffer()) };
};

const ladder = (firstDays: number) => {
  const levels = levelsToJson(DEFAULT_POLICY.levels);
  levels[0]!.trigger = { kind: 'days-past-due', days: firstDays };
  levels[0]!.deadlineDays = 5;
  return levels;
};
const refs = (r: { body: { actions: { customerRef: string }[] } }) => r.body.actions.map((a) => a.customerRef);

describe(`dunning preview (${engineName})`, () => {
  it('plans a dry run with an unsaved policy in place of the default, and stores nothing', async () => {
    expect(refs(await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true }))).toEqual(['A', 'B']);
    const later = { name: 'default', levels: ladder(10) };
    expect(refs(await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true, policy: later }))).toEqual([]);
    expect(refs(await call('POST', '/dunning/runs', { asOf: '2026-02-10', dryRun: true, policy: later }))).toEqual(['A', 'B']);
    // An unsaved policy under a new name changes nothing unless it is tried as the default.
    expect(refs(await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true, policy: { name: 'draft', levels: ladder(10) } }))).toEqual(['A', 'B']);
    expect(refs(await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true, policy: { name: 'draft', isDefault: true, levels: ladder(10) } }))).toEqual([]);
    const policies = (await call('GET', '/dunning/policies')).body.policies as { name: string; builtIn: boolean }[];
    expect(policies.map((p) => [p.name, p.builtIn])).toEqual([['default', true]]);
    expect((await call('GET', '/dunning/runs/2026-02-01')).body.actions).toEqual([]);
  });

  it('replaces a stored policy of the same name only for the customers on it', async () => {
    expect((await call('PUT', '/dunning/policies/strict', { levels: ladder(1) })).status).toBe(200);
    expect((await call('PUT', '/customers/A/dunning-policy', { policy: 'strict' })).status).toBe(200);
    const edited = await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true, policy: { name: 'strict', levels: ladder(20) } });
    expect(refs(edited)).toEqual(['B']);
    const stored = (await call('GET', '/dunning/policies')).body.policies.find((p: { name: string }) => p.name === 'strict');
    expect(stored.levels[0].trigger.days).toBe(1);
  });

  it('refuses an invalid unsaved policy with every reason, and an unsaved policy in a recorded run', async () => {
    const bad = await call('POST', '/dunning/runs', { asOf: '2026-02-01', dryRun: true, policy: { name: 'default', levels: [{ trigger: { kind: 'days-past-due', days: 1 } }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('policy.levels');
    expect(bad.body.reason).toMatch(/channels/);
    const recorded = await call('POST', '/dunning/runs', { asOf: '2026-02-01', policy: { name: 'default', levels: ladder(10) } });
    expect(recorded.status).toBe(400);
    expect(recorded.body.field).toBe('policy');
    expect((await call('GET', '/dunning/runs/2026-02-01')).body.actions).toEqual([]);
  });

  it('shows every action of a run with its invoices and charges, and its letter as PDF once approved', async () => {
    expect((await call('POST', '/dunning/runs', { asOf: '2026-02-01' })).status).toBe(200);
    const run = await call('GET', '/dunning/runs/2026-02-01/actions');
    expect(run.status).toBe(200);
    expect(run.body.requiresApproval).toBe(true);
    const actions = [...run.body.actions].sort((x: { customerRef: string }, y: { customerRef: string }) => x.customerRef.localeCompare(y.customerRef));
    expect(actions).toEqual([
      expect.objectContaining({ customerRef: 'A', customerName: 'Alfa AS', currency: 'NOK', level: 1, channels: ['email'], status: 'planned', letterId: null,
        invoices: [{ number: 'A-1', daysPastDue: 1, open: '89.50' }], fees: '0.00', interest: '0.00', total: '89.50' }),
      expect.objectContaining({ customerRef: 'B', customerName: 'Beta AS', status: 'planned', total: '200.00', letterId: null }),
    ]);
    const [a, b] = actions as { id: string }[];
    await call('POST', '/dunning/runs/2026-02-01/decisions', { approve: [a!.id], hold: [b!.id] });
    const decided = ((await call('GET', '/dunning/runs/2026-02-01/actions')).body.actions as { customerRef: string; status: string; letterId: string | null }[])
      .sort((x, y) => x.customerRef.localeCompare(y.customerRef));
    expect(decided.map((x) => x.status)).toEqual(['approved', 'held']);
    expect(decided[0]!.letterId).toMatch(/^\d+$/);
    expect(decided[1]!.letterId).toBeNull();

    const pdf = await call('GET', `/outbox/${decided[0]!.letterId}/letter.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('GET', `/outbox/${decided[0]!.letterId}/letter.pdf`, undefined, otherKey)).status).toBe(404);
    expect((await call('GET', '/outbox/999999/letter.pdf')).status).toBe(404);
    expect((await call('GET', '/outbox/x/letter.pdf')).status).toBe(400);
    expect((await call('GET', '/dunning/runs/2026-02-01/actions', undefined, otherKey)).body.actions).toEqual([]);
  });

  it('sums the cash collected in a period per currency', async () => {
    expect((await call('GET', '/cash-collected?from=2026-02-01&to=2026-02-28')).body).toEqual({ from: '2026-02-01', to: '2026-02-28', currencies: [{ currency: 'NOK', amount: '5.25', payments: 1 }] });
    expect((await call('GET', '/cash-collected?from=2026-01-01&to=2026-02-28')).body.currencies).toEqual([{ currency: 'NOK', amount: '15.75', payments: 2 }]);
    expect((await call('GET', '/cash-collected?from=2026-01-01&to=2026-02-28', undefined, otherKey)).body.currencies).toEqual([]);
    expect((await call('GET', '/cash-collected?from=2026-03-01&to=2026-02-28')).status).toBe(400);
  });
});
