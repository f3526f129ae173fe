// `npm run -s bench -- matching [--invoices N] [--entries N] [--customers N] [--seed N] [--formats camt054,mt940,bai2,csv]
//   [--breakdown] [--keep] [--dir DIR]`
// --breakdown: afterwards, time loading the open items, building the match context and matching without the store.
// The issue #5 targets, end to end through the product: a synthetic tenant (bench/matching/generate.js) is loaded
// into a store, its incoming payments are written as real bank files (camt.054, MT940, BAI2, mapped CSV; entries
// split round-robin over the formats), every file goes through `importBankFile` (read, match, post, store), and what
// the product stored is scored against the generator's truth: invoice-level precision and recall of automatic
// posting (>= 99.9 %, >= 95 % at 10,000 open items / 5,000 entries), and the time to match 100,000 entries against
// 1,000,000 open items (< 60 s on the embedded engine). Store and files are built in one child, the imports run in
// another (under /usr/bin/time, for its own peak RSS), as the ledger bench does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAmount } from '../dist/domain/money.js';
import { evaluate } from './matching/generate.js';
import { runChild } from './ledger/child.js';
import { log, machine, parseArgs, round } from './lib/util.js';

const DEFAULTS = { invoices: 10_000, entries: 5_000, customers: null, seed: 20260505, formats: 'camt054,mt940,bai2,csv', asOf: '2026-11-23', breakdown: false, keep: false, dir: '' };
const ACCURACY_SIZE = { invoices: 10_000, entries: 5_000 };
const SPEED_SIZE = { invoices: 1_000_000, entries: 100_000 };

function readTruth(file) {
  return new Map(JSON.parse(fs.readFileSync(file, 'utf8')).map(([id, kind, allocations]) =>
    [id, { kind, allocations: allocations.map(([invoiceNumber, amount]) => ({ invoiceNumber, amount: BigInt(amount) })) }]));
}

const minor = (text, currency) => {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new Error(`stored amount ${text} ${currency}: ${parsed.reason}`);
  return parsed.value;
};

/** The stored bank entries as `evaluate` wants proposals; the generator's entry id is the bank reference. */
function proposalsOf(rows) {
  return rows.map(([dbId, entryId, status, confidence, currency, proposalText]) => {
    const p = proposalText ? JSON.parse(proposalText) : { allocations: [], explanation: [] };
    return {
      dbId, entryId, status, currency, confidence: confidence === null ? null : confidence / 1000, explanation: p.explanation, flags: p.flags,
      allocations: p.allocations.map((a) => ({ invoiceNumber: a.invoiceNumber, amount: minor(a.amount, currency) })),
    };
  });
}

/** Every automatic match must be in the ledger exactly as proposed: payments BANK-<entry id>[-n] with its allocations. */
function checkPostings(proposals, posted) {
  const byEntry = new Map();
  for (const [ref, number, amount] of posted) {
    const dbId = /^BANK-(\d+)/.exec(ref)?.[1];
    const list = byEntry.get(dbId) ?? [];
    list.push(`${number} ${amount}`);
    byEntry.set(dbId, list);
  }
  let mismatches = 0;
  let allocations = 0;
  for (const p of proposals) {
    const want = p.status === 'matched' ? p.allocations.map((a) => `${a.invoiceNumber} ${a.amount}`).sort() : [];
    const got = (byEntry.get(p.dbId) ?? []).sort();
    allocations += got.length;
    if (want.join('|') !== got.join('|')) mismatches++;
  }
  return { postedAllocations: posted.length, allocationsOfEntries: allocations, entriesWhosePostingDiffersFromProposal: mismatches };
}

const summaryOf = (result) => {
  const { wrong, byKind, ...rest } = result;
  return rest;
};

export async function run(args) {
  const o = parseArgs(args, DEFAULTS);
  const formats = o.formats.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const work = fs.mkdtempSync(path.join(o.dir || os.tmpdir(), 'arrears-bench-matching-'));
  log(`working in ${work} (${o.invoices} open items, ${o.entries} entries, formats ${formats.join(',')})`);
  try {
    const store = path.join(work, 'store');
    const options = { invoices: o.invoices, entries: o.entries, customers: o.customers, seed: o.seed, asOf: o.asOf, formats };
    const setup = await runChild('../matching/setup-child.js', [store, work, JSON.stringify(options)], work, 'setup');
    const manifestFile = path.join(work, 'manifest.json');
    fs.writeFileSync(manifestFile, JSON.stringify({ files: setup.files.map(({ entryIds, ...f }) => f) }));
    const loadBeforeImport = os.loadavg().map((x) => round(x, 2));
    const imported = await runChild('../matching/import-child.js', [store, manifestFile], work, 'import', { BENCH_BREAKDOWN: o.breakdown ? '1' : '0' });
    log(`importBankFile over ${formats.length} files: ${imported.importMs} ms in all, peak RSS ${imported.peakRssMiB} MiB`);

    const truth = readTruth(path.join(work, 'truth.json'));
    const proposals = proposalsOf(imported.entries);
    if (proposals.length !== truth.size) throw new Error(`${truth.size} entries written, ${proposals.length} stored`);
    const overall = evaluate(proposals, truth);
    const byId = new Map(proposals.map((p) => [p.entryId, p]));
    const perFormat = Object.fromEntries(setup.files.map((f) => {
      const timing = imported.files.find((x) => x.fileName === f.fileName);
      const result = evaluate(f.entryIds.map((id) => byId.get(id)), truth);
      return [f.format, { entries: f.entryIds.length, bytes: f.bytes, importMs: timing.ms, readOnlyMs: timing.readOnlyMs, summary: timing.summary, lostByFormat: f.lost, ...summaryOf(result) }];
    }));
    const postings = checkPostings(proposals, imported.posted);

    const atAccuracySize = o.invoices >= ACCURACY_SIZE.invoices && o.entries >= ACCURACY_SIZE.entries;
    const atSpeedSize = o.invoices >= SPEED_SIZE.invoices && o.entries >= SPEED_SIZE.entries;
    return {
      benchmark: 'matching', date: new Date().toISOString(), command: `npm run -s bench -- matching ${args.join(' ')}`.trim(),
      machine: { ...machine(), loadAvgAtStart: loadAtStart, loadAvgBeforeImport: loadBeforeImport, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)) },
      sizes: { openItems: setup.invoices, partlyPaid: setup.partlyPaid, customers: setup.customers, payerAccounts: setup.payerAccounts, entries: o.entries, seed: o.seed, formats, atAccuracySize, atSpeedSize },
      tenant: { paymentReferenceScheme: setup.scheme, autoPostThreshold: 0.9 },
      setup: { generateMs: setup.generateMs, initdbMigrateMs: setup.initMs, customersImportMs: setup.customersMs, copyAndAnalyzeMs: setup.copyMs, writeFilesMs: setup.writeFilesMs, peakRssMiB: setup.peakRssMiB, referencesRewritten: setup.references },
      import: {
        ms: round(imported.importMs), entriesPerSec: Math.round(o.entries / (imported.importMs / 1000)), cpuMs: imported.cpuMs,
        peakRssMiBDuringImports: Math.round(imported.maxRssKiBAfterImports / 1024), peakRssMiBProcess: imported.peakRssMiB, peakRssSource: imported.peakRssSource,
        rssAfterOpenMiB: imported.rssAfterOpenMiB, readBackMs: imported.readBackMs, files: imported.files,
        ...(imported.breakdown ? { breakdown: imported.breakdown } : {}),
      },
      accuracy: { ...summaryOf(overall), byKind: overall.byKind, wrong: overall.wrong },
      perFormat,
      postings,
      targets: {
        precision: { target: 'automatic posting precision >= 99.9 % (invoice level)', value: overall.precision, pass: overall.precision >= 0.999, atTargetSize: atAccuracySize },
        recall: { target: 'automatic posting recall >= 95 % (invoice level)', value: overall.recall, pass: overall.recall >= 0.95, atTargetSize: atAccuracySize },
        speed: { target: 'matching 100,000 entries against 1,000,000 open items < 60 s (all files through importBankFile)', valueMs: round(imported.importMs), pass: imported.importMs < 60_000, atTargetSize: atSpeedSize },
      },
      totalWallMs: Date.now() - started,
    };
  } finally {
    if (o.keep) log(`kept ${work}`); else fs.rmSync(work, { recursive: true, force: true });
  }
}
