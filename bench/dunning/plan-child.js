// Child process: a dry-run dunning plan over the whole prepared store vs the plain count/sum scan of the open items
// (the ledger bench's baseline), alternating so both see the same cache state; the cold first runs are not counted.
// node plan-child.js DATA_DIR AS_OF RUNS RESULT_FILE
import fs from 'node:fs';
import { sql } from 'kysely';
import { runDunning } from '../../dist/app/dunning/run-dunning.js';
import { openStore } from '../ledger/setup.js';
import { log, stats, timed } from '../lib/util.js';

const [dataDir, asOf, runsArg, resultFile] = process.argv.slice(2);
const runs = Number(runsArg);
const { handle, tenant } = await openStore(dataDir);
const { db } = handle;
const scan = () => sql`select count(*), sum(amount) from invoices`.execute(db);
const plan = () => runDunning(db, tenant, { asOf, dryRun: true, actor: 'bench' });

const coldScan = await timed(scan);
log(`plan: cold count/sum ${coldScan.ms} ms; cold dry run starting`);
const coldPlan = await timed(plan);
log(`plan: cold dry run ${coldPlan.ms} ms`);
const scanMs = [];
const planMs = [];
let result = coldPlan.value;
for (let i = 0; i < runs; i++) {
  scanMs.push((await timed(scan)).ms);
  const p = await timed(plan);
  planMs.push(p.ms);
  result = p.value;
  log(`plan run ${i + 1}/${runs}: count/sum ${scanMs[i]} ms, runDunning(dryRun) ${planMs[i]} ms`);
}
const rows = (await scan()).rows[0];
const byLevel = {};
for (const a of result.actions) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;
const skippedByReason = {};
for (const s of result.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
await handle.close();
fs.writeFileSync(resultFile, JSON.stringify({
  asOf, invoicesInStore: Number(rows.count), cold: { countSumMs: coldScan.ms, runDunningMs: coldPlan.ms },
  countSum: stats(scanMs), runDunningDryRun: stats(planMs),
  plan: { actions: result.actions.length, actionsByLevel: byLevel, invoicesInActions: result.actions.reduce((n, a) => n + a.invoices.length, 0), skipped: result.skipped.length, skippedByReason },
  maxRssKiB: process.resourceUsage().maxRSS,
}));
