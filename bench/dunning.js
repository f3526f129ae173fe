// `npm run -s bench -- dunning [--invoices N] [--customers N] [--runs N] [--letters N] [--mails N] [--attachment-bytes N]
//   [--parts plan,letters,smtp] [--keep] [--dir DIR]`
// The issue #4 targets: a dry-run dunning plan over N open invoices (all overdue) vs a count/sum scan of them on the
// same engine (<= 3x), letter PDFs per second (>= 100), e-mails per second to a local SMTP server (>= 200).
// The store is built like the ledger bench's (its generator, setup child and COPY child), in child processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureSmtpThroughput } from '../dist/channels/delivery/throughput.js';
import { writeCustomers, writeInvoices } from './ledger/generate.js';
import { runChild } from './ledger/child.js';
import { benchLetters } from './dunning/letters.js';
import { log, machine, parseArgs, round, timed } from './lib/util.js';

const DEFAULTS = { invoices: 1_000_000, customers: null, runs: 3, letters: 300, mails: 2000, attachmentBytes: 30_000, parts: 'plan,letters,smtp', keep: false, dir: '' };
const FULL_SIZE = 1_000_000;
// Invoices are issued over the 365 days up to GENERATED_AS_OF with terms of up to 60 days; a run 61 days later finds
// every one of them overdue, by 1 to 425 days.
const GENERATED_AS_OF = '2026-11-23';
const RUN_AS_OF = '2027-01-23';

export async function run(args) {
  const o = parseArgs(args, DEFAULTS);
  const parts = new Set(o.parts.split(','));
  const customers = o.customers ?? Math.max(1, Math.floor(o.invoices / 10));
  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const out = { benchmark: 'dunning', date: new Date().toISOString(), machine: machine(), command: `npm run -s bench -- dunning ${args.join(' ')}`.trim() };
  const targets = {};

  if (parts.has('letters')) {
    out.letters = await benchLetters(o.letters);
    targets.letters = { target: '>= 100 letter PDFs/s', value: out.letters.lettersPerSec, pass: out.letters.lettersPerSec >= 100 };
  }
  if (parts.has('smtp')) {
    const sent = await timed(() => measureSmtpThroughput(o.mails, { attachmentBytes: o.attachmentBytes }));
    out.smtp = { mails: o.mails, attachmentBytes: o.attachmentBytes, totalMs: sent.ms, mailsPerSec: round(sent.value, 1) };
    log(`smtp: ${o.mails} mails in ${sent.ms} ms (${out.smtp.mailsPerSec}/s)`);
    targets.smtp = { target: '>= 200 e-mails/s to a local SMTP server', value: out.smtp.mailsPerSec, pass: out.smtp.mailsPerSec >= 200 };
  }
  if (parts.has('plan')) {
    const work = fs.mkdtempSync(path.join(o.dir || os.tmpdir(), 'arrears-bench-dunning-'));
    log(`working in ${work} (${o.invoices} invoices, ${customers} customers)`);
    try {
      const customersCsv = path.join(work, 'customers.csv');
      const invoicesCsv = path.join(work, 'invoices.csv');
      const gen = await timed(async () => { await writeCustomers(customersCsv, customers); await writeInvoices(invoicesCsv, o.invoices, customers, GENERATED_AS_OF); });
      log(`generated CSVs in ${gen.ms} ms`);
      const store = path.join(work, 'store');
      const setup = await runChild('./setup-child.js', [store, customersCsv, '-'], work, 'setup');
      log(`prepared store (${setup.customers} customers) in ${setup.initMs + setup.customersMs} ms; loading invoices with COPY`);
      const loaded = await runChild('./copy-child.js', [store, customersCsv, invoicesCsv], work, 'copy');
      log(`COPY of ${loaded.rows} invoices: ${loaded.ms} ms`);
      if (loaded.rows !== o.invoices) throw new Error(`expected ${o.invoices} invoices, store has ${loaded.rows}`);
      const planned = await runChild('../dunning/plan-child.js', [store, RUN_AS_OF, String(o.runs)], work, 'plan');
      const ratio = round(planned.runDunningDryRun.medianMs / planned.openItemsScan.medianMs, 2);
      const ratioToCountSum = round(planned.runDunningDryRun.medianMs / planned.countSum.medianMs, 2);
      out.planning = {
        sizes: { invoices: o.invoices, customers, atTargetSize: o.invoices >= FULL_SIZE }, generatedAsOf: GENERATED_AS_OF, runAsOf: RUN_AS_OF,
        setup: { generateMs: gen.ms, initdbMigrateCustomersMs: setup.initMs + setup.customersMs, copyInvoicesMs: loaded.ms },
        cold: planned.cold, openItemsScan: planned.openItemsScan, countSum: planned.countSum, runDunningDryRun: planned.runDunningDryRun, ratio, ratioToCountSum,
        plan: planned.plan, peakRssMiB: planned.peakRssMiB, peakRssSource: planned.peakRssSource,
      };
      targets.planning = { target: 'runDunning(dryRun) <= 3x a full scan of the open items (COPY to the process)', value: ratio, pass: ratio <= 3, ratioToCountSum, atTargetSize: o.invoices >= FULL_SIZE };
    } finally {
      if (o.keep) log(`kept ${work}`); else fs.rmSync(work, { recursive: true, force: true });
    }
  }
  return { ...out, machine: { ...out.machine, loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)) }, targets, totalWallMs: Date.now() - started };
}
