// Issue #6 through the real binary: agencies, placing, recoveries, the agency export into a folder, the small-claims
// pack, and write-off requests (the console user may not approve their own).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeCsv } from './support/fixtures.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
let dir: string;
const run = (...args: string[]) => runCli(cli.env, args);
const json = (...args: string[]) => {
  const result = run(...args, '--format', 'json');
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

beforeAll(async () => {
  cli = await cliEnv();
  dir = tempDir();
  expect(run('tenant', 'create', '--slug', 'clip', '--name', 'Clip AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
  expect(run('import', 'customers', writeCsv(dir, 'c.csv', ['customer_ref,name,country,language,currency', 'K1,Fjord Fisk AS,NO,nb,NOK']), '--tenant', 'clip').status).toBe(0);
  expect(run('import', 'invoices', writeCsv(dir, 'i.csv', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', 'I-1,K1,2026-01-01,2026-01-31,NOK,1000.00', 'I-2,K1,2026-02-01,2026-03-03,NOK,500.00']), '--tenant', 'clip').status).toBe(0);
}, 120_000);
afterAll(async () => cli.cleanup());

describe(`arrears agency / placement / writeoff-request (${engineName})`, () => {
  it('adds an agency, places, records a recovery and exports the case', () => {
    const agency = json('agency', 'add', '--tenant', 'clip', '--name', 'Nordic Collect', '--rate', '25', '--second-rate', '30');
    expect(agency).toMatchObject({ name: 'Nordic Collect', commissionRate: '25', secondRate: '30' });
    const bad = run('agency', 'add', '--tenant', 'clip', '--name', 'X', '--rate', '150');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/commissionRate: 150 % is more than 100 %/);

    const placed = json('placement', 'place', '--tenant', 'clip', '--customer', 'K1', '--kind', 'agency', '--agency', agency.id, '--date', '2026-05-01');
    expect(placed).toMatchObject({ number: 1, amount: '1500.00', commissionRate: '25' });
    const recovered = json('placement', 'recover', '--tenant', 'clip', '--id', placed.id, '--gross', '1000.00', '--date', '2026-06-01');
    expect(recovered.recovery).toMatchObject({ gross: '1000.00', commission: '250.00', net: '750.00' });
    expect(json('placement', 'list', '--tenant', 'clip').placements[0].totals).toMatchObject({ recovered: '1000.00', recoveryRate: '66.67' });

    const out = path.join(dir, 'export');
    const exported = json('placement', 'export', '--tenant', 'clip', '--id', placed.id, '--out', out, '--as-of', '2026-06-02');
    expect(exported.invoices).toBe(2);
    expect(fs.readFileSync(exported.csv, 'utf8').split('\n')[0]).toMatch(/^placement_id,placement_number,placed_on,/);
    expect(fs.readFileSync(exported.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const claim = json('placement', 'small-claims', '--tenant', 'clip', '--id', placed.id, '--out', path.join(dir, 'claim.pdf'), '--as-of', '2026-06-02');
    expect(claim).toMatchObject({ language: 'nb', invoices: 1 });
    expect(run('placement', 'show', '--tenant', 'clip', '--id', '999').stderr).toMatch(/no placement 999/);
  }, 300_000);

  it('asks for a write-off; the same console user may not approve it, and a rejection needs a reason', () => {
    const request = json('writeoff-request', 'create', '--tenant', 'clip', '--invoice', 'I-2', '--amount', '100.00', '--reason', 'goodwill', '--date', '2026-06-05');
    expect(request).toMatchObject({ status: 'pending', amount: '100.00' });
    const self = run('writeoff-request', 'approve', '--tenant', 'clip', '--id', request.id);
    expect(self.status).toBe(1);
    expect(self.stderr).toMatch(/four eyes/);
    expect(run('writeoff-request', 'reject', '--tenant', 'clip', '--id', request.id).status).not.toBe(0);
    expect(json('writeoff-request', 'list', '--tenant', 'clip', '--status', 'pending').requests).toHaveLength(1);
  }, 300_000);
});
