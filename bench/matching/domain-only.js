// `node bench/matching/domain-only.js [--invoices N] [--entries N] [--customers N] [--seed N] [--threshold X]`
// The matching engine alone (no database, no bank files): generate the synthetic tenant, build the index, match every
// entry, and print one JSON document with precision and recall of automatic posting and the time each step took.
// Needs `npm run build` first (it imports dist/).
import { performance } from 'node:perf_hooks';
import { buildMatchIndex, matchEntry } from '../../dist/domain/matching/index.js';
import { evaluate, generateTenant } from './generate.js';
import { parseArgs, round } from '../lib/util.js';

const DEFAULTS = { invoices: 10_000, entries: 5_000, customers: null, seed: 20260505, threshold: 0.9, wrong: false, kinds: false };

export function runDomainOnly(args) {
  const o = parseArgs(args, DEFAULTS);
  const t0 = performance.now();
  const tenant = generateTenant({ invoices: o.invoices, entries: o.entries, seed: o.seed, ...(o.customers ? { customers: o.customers } : {}) });
  const t1 = performance.now();
  const index = buildMatchIndex(tenant);
  const t2 = performance.now();
  const options = { autoPostThreshold: o.threshold };
  const proposals = tenant.entries.map((entry) => matchEntry(index, entry, options));
  const t3 = performance.now();
  const result = evaluate(proposals, tenant.truth);
  return {
    invoices: o.invoices, customers: tenant.customers.length, entries: o.entries, threshold: o.threshold,
    precision: result.precision, recall: result.recall, matched: result.matched, suggested: result.suggested,
    unmatched: result.unmatched, automaticAllocations: result.automaticAllocations, trueAllocations: result.trueAllocations,
    suggestedAndRight: result.suggestedAndRight,
    ms: { generate: round(t1 - t0), index: round(t2 - t1), match: round(t3 - t2), indexAndMatch: round(t3 - t1) },
    peakHeapMiB: round(process.memoryUsage().heapUsed / 2 ** 20),
    ...(o.kinds ? { byKind: result.byKind } : {}),
    ...(o.wrong ? { wrong: result.wrong } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(runDomainOnly(process.argv.slice(2)), null, 2)}\n`);
}
