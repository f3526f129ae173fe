import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS, INVOICES, tempDir, writeCsv } from './support/fixtures.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
let dir: string;
const run = (...args: string[]) => runCli(cli.env, args);

beforeAll(async () => {
  cli = await cliEnv();
  dir = tempDir();
});
afterAll(async () => cli.cleanup());

describe(`arrears CLI (${engineName})`, () => {
  it('prints help and exits 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    for (const command of ['serve', 'db', 'tenant', 'apikey', 'import', 'aging', 'statement', 'kpi']) expect(result.stdout).toContain(command);
  });

  it('creates a tenant, and refuses a bad or duplicate one with a clear message', () => {
    const ok = run('tenant', 'create', '--slug', 'nordlys', '--name', 'Nordlys AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb', '--format', 'json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ slug: 'nordlys', currency: 'NOK' });
    const again = run('tenant', 'create', '--slug', 'nordlys', '--name', 'X', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/slug: a tenant "nordlys" already exists/);
    const bad = run('tenant', 'create', '--slug', 'x2', '--name', 'X', '--country', 'NO', '--currency', 'NKR', '--timezone', 'Mars/Olympus', '--language', 'nb');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/currency: not an ISO 4217 currency code: "NKR"/);
  });

  it('imports CSV files and prints the JSON summary', () => {
    const customers = writeCsv(dir, 'customers.csv', CUSTOMERS);
    const invoices = writeCsv(dir, 'invoices.csv', INVOICES);
    const first = run('import', 'customers', customers, '--tenant', 'nordlys', '--format', 'json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ imported: 3, unchanged: 0, updated: 0, rejected: 0, errors: [] });
    expect(JSON.parse(run('import', 'invoices', invoices, '--tenant', 'nordlys', '--format', 'json').stdout)).toMatchObject({ imported: 4 });
    expect(JSON.parse(run('import', 'invoices', invoices, '--tenant', 'nordlys', '--format', 'json').stdout)).toMatchObject({ imported: 0, unchanged: 4 });
  });

  it('fails a file with a bad row: FILE:LINE: field: reason on stderr, nothing written', () => {
    const file = writeCsv(dir, 'bad.csv', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'N-1,C001,2026-05-01,2026-05-31,NOK,10.00', 'N-2,C001,2026-05-01,2026-05-31,NOK,10.001']);
    const result = run('import', 'invoices', file, '--tenant', 'nordlys', '--format', 'json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:3: amount: NOK has 2 decimal digits, "10.001" has 3`);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 0, rejected: 1, errors: [{ line: 3, field: 'amount' }] });
    const aging = JSON.parse(run('aging', '--tenant', 'nordlys', '--as-of', '2026-06-30', '--format', 'json').stdout) as { currencies: { total: string }[] };
    expect(aging.currencies[0]?.total).toBe('4000.49');
  });

  it('writes rejects with --skip-invalid', () => {
    const file = writeCsv(dir, 'mixed.csv', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'M-1,C001,2026-05-01,2026-05-31,NOK,10.00', 'M-2,NOPE,2026-05-01,2026-05-31,NOK,10.00']);
    const rejects = path.join(dir, 'rejects.csv');
    const result = run('import', 'invoices', file, '--tenant', 'nordlys', '--skip-invalid', rejects, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1, rejected: 1 });
    expect(fs.readFileSync(rejects, 'utf8')).toContain('M-2,NOPE,2026-05-01,2026-05-31,NOK,10.00,"customer_ref: unknown customer ""NOPE"""');
  });

  it('prints aging as json, csv and table', () => {
    const json = JSON.parse(run('aging', '--tenant', 'nordlys', '--as-of', '2026-03-20', '--buckets', '15,45', '--format', 'json').stdout) as { buckets: string[] };
    expect(json.buckets).toEqual(['current', '1-15', '16-45', '45+']);
    const csv = run('aging', '--tenant', 'nordlys', '--as-of', '2026-03-20', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('currency,customerRef,name,current,1-30,31-60,61-90,90+,unapplied,total');
    expect(run('aging', '--tenant', 'nordlys', '--as-of', '2026-03-20', '--format', 'table').stdout).toMatch(/C001\s+Fjord Fisk AS/);
    const bad = run('aging', '--tenant', 'nordlys', '--as-of', '2026-13-01', '--format', 'json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/as-of: no such month/);
    expect(run('aging', '--tenant', 'nope', '--as-of', '2026-03-20').stderr).toMatch(/no tenant with slug "nope"/);
  });

  it('writes statements as PDF and JSON, and computes KPIs', () => {
    const pdf = path.join(dir, 'st.pdf');
    expect(run('statement', '--tenant', 'nordlys', '--customer', 'C001', '--from', '2026-01-01', '--to', '2026-06-30', '--type', 'balance-forward', '--format', 'pdf', '--out', pdf).status).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const json = JSON.parse(run('statement', '--tenant', 'nordlys', '--customer', 'C001', '--from', '2026-01-01', '--to', '2026-06-30', '--type', 'open-item', '--format', 'json').stdout) as { items: unknown[] };
    expect(json).toMatchObject({ type: 'open-item', customerRef: 'C001', closingBalance: '3510.50' });
    expect(run('statement', '--tenant', 'nordlys', '--customer', 'NOPE', '--from', '2026-01-01', '--to', '2026-06-30', '--format', 'json').stderr).toMatch(/no customer "NOPE"/);
    const kpi = JSON.parse(run('kpi', '--tenant', 'nordlys', '--as-of', '2026-06-30', '--months', '3', '--format', 'json').stdout) as { currencies: { currency: string }[] };
    expect(kpi.currencies[0]).toMatchObject({ currency: 'NOK', dsoSimple: expect.any(Number), cei: expect.any(Number) });
  });

  it('creates an API key shown once', () => {
    const result = run('apikey', 'create', '--tenant', 'nordlys', '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).key).toMatch(/^arr_[A-Za-z0-9_-]{43}$/);
  });
});
