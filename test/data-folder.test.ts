// The embedded engine lets one process open a data folder; a kill -9 mid-import loses nothing committed and
// leaves nothing half-written (issue #2). Embedded engine only: PostgreSQL has its own server and recovery.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS, INVOICES, tempDir, writeCsv } from './support/fixtures.js';
import { BIN, type CliEnv, cliEnv, runCli } from './support/cli.js';

const embedded = !process.env.DATABASE_URL;
let cli: CliEnv;
let dir: string;
const run = (...args: string[]) => runCli(cli.env, args);

beforeAll(async () => {
  cli = await cliEnv();
  dir = tempDir();
});
afterAll(async () => cli.cleanup());

function waitFor(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => { seen += chunk.toString(); if (pattern.test(seen)) resolve(seen); });
    child.on('exit', (code) => reject(new Error(`exited ${code} before ${pattern}: ${seen}`)));
  });
}

describe.skipIf(!embedded)('the embedded data folder', () => {
  it('is opened by one process: a second command stops with a clear message', async () => {
    expect(run('tenant', 'create', '--slug', 'lock', '--name', 'Lock AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: cli.env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const banner = await waitFor(server, /listening on (http:\/\/localhost:\d+)/);
      const url = /listening on (http:\/\/localhost:\d+)/.exec(banner)?.[1];
      const blocked = run('aging', '--tenant', 'lock', '--as-of', '2026-01-01');
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toContain(`is in use by the Arrears server (pid ${server.pid}) at ${url}`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((done) => server.once('exit', done));
    }
    expect(run('aging', '--tenant', 'lock', '--as-of', '2026-01-01').status).toBe(0);
  });

  it('survives kill -9 in the middle of an import: committed data kept, the import not half-written', async () => {
    writeCsv(dir, 'c.csv', CUSTOMERS);
    expect(run('import', 'customers', path.join(dir, 'c.csv'), '--tenant', 'lock').status).toBe(0);
    expect(run('import', 'invoices', writeCsv(dir, 'i.csv', INVOICES), '--tenant', 'lock').status).toBe(0);
    const big = ['invoice_number,customer_ref,issue_date,due_date,currency,amount'];
    for (let i = 0; i < 300_000; i += 1) big.push(`K-${i},C00${1 + (i % 3)},2026-01-01,2026-01-31,NOK,1.00`);
    const file = writeCsv(dir, 'big.csv', big);
    const child = spawn(process.execPath, [BIN, 'import', 'invoices', file, '--tenant', 'lock'], { env: cli.env, stdio: 'ignore' });
    // Kill once the import is writing (the lock file exists and a moment has passed), long before it can finish.
    await new Promise((done) => setTimeout(done, 3500));
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    expect(fs.existsSync(path.join(cli.dataDir, 'arrears.lock'))).toBe(true);
    const after = run('aging', '--tenant', 'lock', '--as-of', '2026-12-31', '--format', 'json');
    expect(after.stderr).toBe('');
    const report = JSON.parse(after.stdout) as { currencies: { total: string }[] };
    expect(report.currencies[0]?.total).toBe('4000.49');
  });
});
