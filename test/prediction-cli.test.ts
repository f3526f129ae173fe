// `arrears predict | forecast | discount` through the real binary (issue #8), with the contract's exact fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import { tempDir, writeCsv } from './support/fixtures.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
const run = (...args: string[]) => runCli(cli.env, args);
const json = (...args: string[]) => {
  const result = run(...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

beforeAll(async () => {
  cli = await cliEnv();
  expect(run('tenant', 'create', '--slug', 'predcli', '--name', 'Pred AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
  const dir = tempDir();
  const invoices = ['invoice_number,customer_ref,issue_date,due_date,currency,amount'];
  const payments = ['payment_ref,customer_ref,date,currency,amount,invoice_numbers'];
  for (let k = 0; k < 10; k += 1) {
    const due = addDays('2025-04-01', 30 * k);
    invoices.push(`A-${k},A,${addDays(due, -30)},${due},NOK,1000.00`);
    payments.push(`P-${k},A,${addDays(due, 12)},NOK,1000.00,A-${k}`);
  }
  invoices.push('A-OPEN,A,2026-02-10,2026-03-12,NOK,2500.00');
  for (const [kind, lines] of [['customers', ['customer_ref,name,country,language,currency', 'A,Alpha AS,NO,nb,NOK']], ['invoices', invoices], ['payments', payments]] as const) {
    expect(run('import', kind, writeCsv(dir, `${kind}.csv`, [...lines]), '--tenant', 'predcli').status).toBe(0);
  }
}, 120_000);
afterAll(async () => cli.cleanup());

describe(`arrears predict, forecast, discount (${engineName})`, () => {
  it('predict --format json', () => {
    const out = json('predict', '--tenant', 'predcli', '--as-of', '2026-03-02');
    const invoices = out.invoices as Record<string, unknown>[];
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ number: 'A-OPEN', customerRef: 'A', predictedDate: '2026-03-24' });
    expect(Object.keys(invoices[0] ?? {})).toEqual(expect.arrayContaining(['number', 'customerRef', 'predictedDate', 'low', 'high', 'explanation']));
    expect(out.backtest).toMatchObject({ n: expect.any(Number) });
    expect(Object.keys(out.backtest as object)).toEqual(expect.arrayContaining(['maeDays', 'baselineMaeDays', 'n']));
  });

  it('forecast --weeks 13 --format json, and a readable table without it', () => {
    const out = json('forecast', '--tenant', 'predcli', '--as-of', '2026-03-02', '--weeks', '13') as { weekStart: string; currencies: { currency: string; weeks: { expected: string; low: string; high: string }[] }[] };
    expect(out.weekStart).toBe('2026-03-02');
    expect(out.currencies[0]?.weeks).toHaveLength(13);
    expect(out.currencies[0]?.weeks[0]).toEqual(expect.objectContaining({ expected: expect.stringMatching(/^\d+\.\d\d$/), low: expect.any(String), high: expect.any(String) }));
    const table = run('forecast', '--tenant', 'predcli', '--as-of', '2026-03-02');
    expect(table.stdout).toMatch(/currency\s+week\s+from\s+to\s+expected\s+low\s+high/);
  });

  it('discount --terms "2/10 net 30" --cost-of-capital 8 --format json', () => {
    const out = json('discount', '--tenant', 'predcli', '--terms', '2/10 net 30', '--cost-of-capital', '8', '--as-of', '2026-03-02');
    expect(out.annualisedCostPercent).toBe('37.24');
    expect((out.segments as { recommendation: string; arithmetic: string }[])[0]).toMatchObject({ recommendation: 'do not offer', arithmetic: expect.stringContaining('Net benefit') });
    const table = run('discount', '--tenant', 'predcli', '--terms', '2/10 n/30', '--cost-of-capital', '8', '--as-of', '2026-03-02');
    expect(table.stdout).toContain('annualised cost 37.24 %');
  });

  it('fails clearly on bad terms', () => {
    const bad = run('discount', '--tenant', 'predcli', '--terms', '2/10 net ten', '--cost-of-capital', '8');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/terms: not discount terms/);
  });
});
