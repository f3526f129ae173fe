// `npm run -s bench -- ledger [--invoices N] [--customers N] [--statements N] [--runs N] [--customer-runs N]
//   [--as-of YYYY-MM-DD] [--explain] [--breakdown] [--keep] [--dir DIR]`
// --explain: EXPLAIN ANALYZE and a time split of the whole-tenant aging; --breakdown: SQL time per statement of the import.
// The issue #2 targets: CSV import vs PGlite COPY (and peak memory), aging vs a count/sum scan, one customer's aging,
// and 1,000 PDF statements. Each import runs in its own child process so its peak RSS is its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../dist/store/db.js';
import { writeCustomers, writeInvoices } from './ledger/generate.js';
import { runChild } from './ledger/child.js';
import { benchAging } from './ledger/aging.js';
import { benchStatements } from './ledger/statements.js';
import { log, machine, parseArgs, round, timed } from './lib/util.js';

const DEFAULTS = { invoices: 1_000_000, customers: null, statements: 1000, runs: 3, customerRuns: 20, asOf: '2026-11-23', explain: false, breakdown: false, keep: false, dir: '' };
const FULL_SIZE = 1_000_000;

export async function run(args) {
  const o = parseArgs(args, DEFAULTS);
  const customers = o.customers ?? Math.max(1, Math.floor(o.invoices / 10));
  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const work = fs.mkdtempSync(path.join(o.dir || os.tmpdir(), 'arrears-bench-'));
  log(`working in ${work} (${o.invoices} invoices, ${customers} customers)`);
  const customersCsv = path.join(work, 'customers.csv');
  const invoicesCsv = path.join(work, 'invoices.csv');
  try {
    const gen = await timed(async () => ({ customers: await writeCustomers(customersCsv, customers), invoices: await writeInvoices(invoicesCsv, o.invoices, customers, o.asOf) }));
    log(`generated CSVs in ${gen.ms} ms (${gen.value.invoices} bytes of invoices)`);

    const store = path.join(work, 'store');
    const setup = await runChild('./setup-child.js', [store, customersCsv, '-'], work, 'setup');
    log(`prepared store: initdb + migrations ${setup.initMs} ms, ${setup.customers} customers imported in ${setup.customersMs} ms`);
    fs.cpSync(store, path.join(work, 'copy-db'), { recursive: true }); // the baseline starts from the identical store
    const imported = await runChild('./import-child.js', [store, customersCsv, invoicesCsv], work, 'import', { BENCH_BREAKDOWN: o.breakdown ? '1' : '0' });
    log(`importFile(): ${imported.ms} ms, peak RSS ${imported.peakRssMiB} MiB`);
    const copied = await runChild('./copy-child.js', [path.join(work, 'copy-db'), customersCsv, invoicesCsv], work, 'copy');
    log(`COPY: ${copied.ms} ms, peak RSS ${copied.peakRssMiB} MiB`);
    if (!o.keep) fs.rmSync(path.join(work, 'copy-db'), { recursive: true, force: true });
    if (imported.imported !== o.invoices || copied.rows !== o.invoices) throw new Error(`row counts differ: import ${imported.imported}, COPY ${copied.rows}`);

    const handle = await openPglite(store);
    let aging;
    let statements;
    try {
      aging = await benchAging(handle, imported.tenantId, { asOf: o.asOf, runs: o.runs, customerRuns: o.customerRuns, explain: o.explain });
      statements = await benchStatements(handle.db, imported.tenantId, { count: o.statements, asOf: o.asOf, outDir: o.keep ? path.join(work, 'statements') : undefined });
      log(`${statements.statements} statements in ${statements.totalMs} ms`);
    } finally {
      await handle.close();
    }

    const importRatio = round(imported.ms / copied.ms, 2);
    return {
      benchmark: 'ledger', date: new Date().toISOString(), machine: { ...machine(), loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)) },
      command: `npm run -s bench -- ledger ${args.join(' ')}`.trim(),
      sizes: { invoices: o.invoices, customers, statements: statements.statements, atTargetSize: o.invoices >= FULL_SIZE },
      generate: { ms: gen.ms, customersCsvBytes: gen.value.customers, invoicesCsvBytes: gen.value.invoices },
      setup: { initdbAndMigrateMs: setup.initMs, customersImportMs: setup.customersMs, peakRssMiB: setup.peakRssMiB },
      import: {
        importFile: { ms: imported.ms, rowsPerSec: Math.round(o.invoices / (imported.ms / 1000)), cpuMs: imported.cpuMs, closeMs: imported.closeMs,
          peakRssMiB: imported.peakRssMiB, rssAfterOpenMiB: imported.rssBeforeMiB, peakRssSource: imported.peakRssSource,
          ...(imported.sqlStatements ? { sqlStatements: imported.sqlStatements } : {}) },
        pgliteCopy: { ms: copied.ms, rowsPerSec: Math.round(o.invoices / (copied.ms / 1000)), peakRssMiB: copied.peakRssMiB, prepareMs: copied.prepareMs },
        ratio: importRatio,
      },
      aging,
      statements,
      targets: {
        importWithin2xCopy: { target: 'importFile <= 2x COPY', value: importRatio, pass: importRatio <= 2 },
        importPeakMemory: { target: 'peak RSS < 1 GiB', valueMiB: imported.peakRssMiB, pass: imported.peakRssMiB < 1024 },
        agingWithin2xScan: { target: 'getAging (whole tenant) <= 2x count/sum', value: aging.wholeTenant.ratio, pass: aging.wholeTenant.ratio <= 2 },
        oneCustomerAging: { target: 'median < 20 ms', valueMs: aging.oneCustomer.medianMs, pass: aging.oneCustomer.medianMs < 20 },
        statements: { target: `${o.statements} PDF statements < 30 s`, valueMs: statements.totalMs, pass: statements.totalMs < 30_000 },
      },
      totalWallMs: Date.now() - started,
    };
  } finally {
    if (o.keep) log(`kept ${work}`); else fs.rmSync(work, { recursive: true, force: true });
  }
}
