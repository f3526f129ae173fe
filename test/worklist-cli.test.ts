// Issue #6 through the real binary: `arrears worklist --tenant S [--collector X] --format json`, a customer's sales
// representative, the large-account settings and the tenant's exchange rates; bad input exits 1 with field: reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeCsv } from './support/fixtures.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
const run = (...args: string[]) => runCli(cli.env, args);
const json = (...args: string[]) => {
  const result = run(...args, '--format', 'json');
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};
type Row = { customerRef: string; score: number; overdue: string; parts: Record<string, { value: unknown; how: string }>; salesRep: string | null; assignedTo: string[] };

beforeAll(async () => {
  cli = await cliEnv();
  const dir = tempDir();
  expect(run('tenant', 'create', '--slug', 'wl', '--name', 'Worklist AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
  expect(run('import', 'customers', writeCsv(dir, 'c.csv', ['customer_ref,name,country,language,currency,phone,sales_rep',
    'A,Alpha AS,NO,nb,NOK,+47 22 00 00 01,rita', 'S,Svea AB,SE,sv,SEK,,', 'Z,Zeta AS,NO,nb,NOK,,']), '--tenant', 'wl').status).toBe(0);
  expect(run('import', 'invoices', writeCsv(dir, 'i.csv', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    'A-1,A,2026-01-01,2026-02-01,NOK,1000.00', 'S-1,S,2026-01-01,2026-02-01,SEK,5000.00', 'Z-1,Z,2026-01-01,2026-12-31,NOK,9000.00']), '--tenant', 'wl').status).toBe(0);
}, 180_000);
afterAll(async () => cli.cleanup());

describe(`arrears worklist (${engineName})`, () => {
  it('lists the accounts to work, highest score first, with the score\'s parts', () => {
    const list = json('worklist', '--tenant', 'wl', '--as-of', '2026-03-01');
    const rows = list.rows as Row[];
    expect(rows.map((r) => r.customerRef)).toEqual(['S', 'A']);
    expect(rows[0]?.parts.exchangeRate?.how).toMatch(/no exchange rate for SEK/);
    expect(rows[1]).toMatchObject({ overdue: '1000.00', score: 1000, salesRep: 'rita' });
  }, 240_000);

  it('sets rates, a sales representative and settings, and filters by collector', () => {
    expect(json('exchange-rates', '--tenant', 'wl', '--set', 'SEK=0.1')).toMatchObject({ rates: [{ currency: 'SEK', rate: '0.1' }], missing: [] });
    expect(json('worklist', 'sales-rep', '--tenant', 'wl', '--customer', 'S', '--rep', 'sam')).toEqual({ customerRef: 'S', salesRep: 'sam' });
    const rows = json('worklist', '--tenant', 'wl', '--as-of', '2026-03-01').rows as Row[];
    expect(rows.map((r) => [r.customerRef, r.score])).toEqual([['A', 1000], ['S', 500]]);
    // Both hold at least 5 % of the overdue money: both are large.
    expect((json('worklist', '--tenant', 'wl', '--as-of', '2026-03-01', '--collector', 'sam').rows as Row[]).map((r) => r.customerRef)).toEqual(['S']);
    expect(json('worklist', 'settings', '--tenant', 'wl', '--large-amount', '800.00', '--large-share', 'none')).toMatchObject({ largeAccountAmount: '800.00', largeAccountSharePercent: null });
    expect(json('worklist', '--tenant', 'wl', '--as-of', '2026-03-01', '--collector', 'sam').rows).toEqual([]);
    expect((json('worklist', '--tenant', 'wl', '--as-of', '2026-03-01', '--collector', 'rita').rows as Row[]).map((r) => r.customerRef)).toEqual(['A']);
  }, 240_000);

  it('refuses bad input with the field and reason', () => {
    const badDate = run('worklist', '--tenant', 'wl', '--as-of', '2026-02-30');
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toMatch(/asOf: no such day/);
    const badRate = run('exchange-rates', '--tenant', 'wl', '--set', 'SEK=abc');
    expect(badRate.status).toBe(1);
    expect(badRate.stderr).toMatch(/rates\.0\.rate: not a plain decimal rate/);
    const unknown = run('worklist', 'sales-rep', '--tenant', 'wl', '--customer', 'NOPE', '--rep', 'x');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no customer "NOPE"/);
  }, 240_000);
});
