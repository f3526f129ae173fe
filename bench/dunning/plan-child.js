// Child process: a dry-run dunning plan over the whole prepared store vs two baselines, alternating so all see the
// same cache state; the cold first runs are not counted.
// - "open-items scan" (the "full scan of the open items", docs/decisions/0008): every open item — invoice
//   less allocations, write-offs and adjustments at as-of — with its customer, currency, due date and open amount,
//   handed to this process by COPY … TO '/dev/blob', the fastest way PGlite returns rows.
// - count/sum over invoices (the ledger bench's baseline), for comparison with earlier runs.
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
const openItemsSql = `with settled as (
    select invoice_id, sum(amount) as amount from (
      select invoice_id, amount from allocations where tenant_id = ${tenant.id} and date <= '${asOf}'
      union all select invoice_id, amount from write_offs where tenant_id = ${tenant.id} and date <= '${asOf}'
      union all select invoice_id, -amount from adjustments where tenant_id = ${tenant.id} and invoice_id is not null and date <= '${asOf}'
    ) s group by invoice_id)
  select i.id, i.number, i.customer_id, i.currency, i.due_date, i.amount - coalesce(s.amount, 0) as open
    from invoices i left join settled s on s.invoice_id = i.id
   where i.tenant_id = ${tenant.id} and i.issue_date <= '${asOf}' and i.amount - coalesce(s.amount, 0) > 0`;
const openItems = async () => {
  const result = await handle.pglite.query(`COPY (${openItemsSql}) TO '/dev/blob'`);
  return (await result.blob.text()).length;
};
// The bench loads invoices by COPY, which (unlike importFile) leaves the planner without statistics.
await handle.pglite.exec('analyze');
const plan = () => runDunning(db, tenant, { asOf, dryRun: true, actor: 'bench' });

const coldOpen = await timed(openItems);
const coldScan = await timed(scan);
log(`plan: cold count/sum ${coldScan.ms} ms; cold dry run starting`);
// Only a summary of each plan is kept: holding a million-invoice answer while the next run builds its own would
// measure the garbage collector, not the planner (the product never holds two plans at once).
const summarise = (r) => {
  const byLevel = {};
  for (const a of r.actions) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;
  const skippedByReason = {};
  for (const s of r.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  return { actions: r.actions.length, actionsByLevel: byLevel, invoicesInActions: r.actions.reduce((n, a) => n + a.invoices.length, 0), skipped: r.skipped.length, skippedByReason };
};
const coldPlan = await timed(async () => summarise(await plan()));
log(`plan: cold dry run ${coldPlan.ms} ms`);
const scanMs = [];
const openMs = [];
const planMs = [];
let result = coldPlan.value;
for (let i = 0; i < runs; i++) {
  scanMs.push((await timed(scan)).ms);
  openMs.push((await timed(openItems)).ms);
  const p = await timed(async () => summarise(await plan()));
  planMs.push(p.ms);
  result = p.value;
  log(`plan run ${i + 1}/${runs}: count/sum ${scanMs[i]} ms, open-items scan ${openMs[i]} ms, runDunning(dryRun) ${planMs[i]} ms`);
}
const rows = (await scan()).rows[0];
await handle.close();
fs.writeFileSync(resultFile, JSON.stringify({
  asOf, invoicesInStore: Number(rows.count), cold: { countSumMs: coldScan.ms, openItemsScanMs: coldOpen.ms, runDunningMs: coldPlan.ms },
  countSum: stats(scanMs), openItemsScan: stats(openMs), runDunningDryRun: stats(planMs),
  plan: result,
  maxRssKiB: process.resourceUsage().maxRSS,
}));
