// `arrears bank …` through the real binary (issue #5 interface): import prints the contract's counts, the queue is
// worked from the command line, CSV files use the account's saved mapping, and bad files fail with file, line, reason.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { camt054 } from './support/camt.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
let dir: string;
const run = (...args: string[]) => runCli(cli.env, args);
const json = (...args: string[]) => {
  const result = run(...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};
const write = (name: string, text: string) => { const file = path.join(dir, name); fs.writeFileSync(file, text); return file; };
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/bank-statements');

beforeAll(async () => {
  cli = await cliEnv();
  dir = fs.mkdtempSync(path.join(cli.dataDir, 'files-'));
  expect(run('tenant', 'create', '--slug', 'bankcli', '--name', 'Bank CLI AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
  expect(run('import', 'customers', write('c.csv', 'customer_ref,name,country,language,currency\nK1,Kunde En AS,NO,nb,NOK\nK2,Kunde To AS,NO,nb,NOK\n'), '--tenant', 'bankcli').status).toBe(0);
  expect(run('import', 'invoices', write('i.csv', 'invoice_number,customer_ref,issue_date,due_date,currency,amount\nF-100,K1,2026-10-01,2026-10-31,NOK,100.00\nF-200,K2,2026-10-01,2026-10-31,NOK,200.00\n'), '--tenant', 'bankcli').status).toBe(0);
}, 60_000);
afterAll(async () => cli.cleanup());

describe(`arrears bank (${engineName})`, () => {
  it('imports a camt.054 file and prints the counts; the same file again adds nothing', () => {
    const file = write('n.xml', camt054('NO9386011117947', [
      { amount: '100.00', currency: 'NOK', date: '2026-11-20', ref: 'X1', text: 'Faktura F-100', payerName: 'Kunde En AS' },
      { amount: '55.00', currency: 'NOK', date: '2026-11-20', ref: 'X2', text: 'gave', payerName: 'Noen' },
    ]));
    expect(json('bank', 'import', file, '--tenant', 'bankcli')).toEqual({ entries: 2, matched: 1, suggested: 0, unmatched: 1, duplicates: 0 });
    expect(json('bank', 'import', file, '--tenant', 'bankcli')).toEqual({ entries: 2, matched: 0, suggested: 0, unmatched: 0, duplicates: 2 });
  });

  it('works the queue: list, confirm with an allocation, reject', () => {
    const queue = json('bank', 'entries', '--tenant', 'bankcli', '--status', 'unmatched') as { entries: { id: string; amount: string }[] };
    expect(queue.entries.map((e) => e.amount)).toEqual(['55.00']);
    const id = queue.entries[0]?.id ?? '';
    const bad = run('bank', 'confirm', id, '--tenant', 'bankcli', '--allocate', 'F-200=60.00');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/more than the payment's 55.00/);
    expect(json('bank', 'confirm', id, '--tenant', 'bankcli', '--allocate', 'F-200=55.00')).toMatchObject({ status: 'confirmed', customerRef: 'K2' });
    expect(run('bank', 'reject', id, '--tenant', 'bankcli', '--reason', 'x').stderr).toMatch(/confirmed; only suggested or unmatched/);
  });

  it('reads a CSV export with the column mapping saved for its account', () => {
    const mapping = write('mapping.json', JSON.stringify({ delimiter: ';', decimalSeparator: ',', dateFormat: 'DD.MM.YYYY', columns: { bookingDate: 'Dato', amount: 'Beløp', text: ['Tekst'], counterpartyName: 'Betaler' }, currency: 'NOK' }));
    const saved = run('bank', 'account', 'NO93 8601 1117 947', '--tenant', 'bankcli', '--csv-mapping', mapping, '--format', 'json');
    if (saved.status !== 0) throw new Error(saved.stderr);
    const csv = write('export.csv', 'Dato;Beløp;Tekst;Betaler\n21.11.2026;200,00;Faktura F-200;Kunde To AS\n');
    const before = run('bank', 'import', csv, '--tenant', 'bankcli');
    expect(before.status).toBe(1);
    expect(before.stderr).toMatch(/export\.csv:1: .*column mapping/);
    expect(json('bank', 'import', csv, '--tenant', 'bankcli', '--account', 'NO9386011117947')).toMatchObject({ entries: 1, duplicates: 0 });
  });

  it('fails a broken file with file, line and reason, and a missing file clearly', () => {
    const negative = run('bank', 'import', path.join(CORPUS, 'bai2/moov-NEGATIVE-sample-parseError.txt'), '--tenant', 'bankcli');
    expect(negative.status).toBe(1);
    expect(negative.stderr).toMatch(/^arrears: moov-NEGATIVE-sample-parseError\.txt:\d+: /);
    expect(run('bank', 'import', path.join(dir, 'nope.xml'), '--tenant', 'bankcli').stderr).toMatch(/no such file/);
    const totals = run('bank', 'import', path.join(CORPUS, 'bai2/dnsbty-test2.bai'), '--tenant', 'bankcli', '--format', 'json');
    expect(totals.status).toBe(1);
    expect(totals.stderr).toMatch(/control total/);
    const accepted = run('bank', 'import', path.join(CORPUS, 'bai2/dnsbty-test2.bai'), '--tenant', 'bankcli', '--accept-control-totals', '--format', 'json');
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).toMatch(/^warning: /);
  });
});
