// `npm run -s bench -- predict [--customers N] [--months N] [--invoices N] [--parts accuracy,demo,scoring] [--seed N]
//   [--as-of D] [--cut D] [--keep] [--dir DIR]`
// The issue #8 targets. Accuracy: a generated ledger with realistic payment habits (bench/predict/generate.js),
// imported through the product's CSV import, and the demo tenant (seedDemo): mean absolute error in days of the
// prediction against the ADD baseline on a time split (cut 91 days before as-of unless --cut; target ≥ 25 % lower).
// Both ledgers are generated up to --as-of, so other as-of/cut pairs give other (seeded) ledgers of the same kind. Speed:
// scoring N open invoices (default 100,000; --invoices 1000000 for the target size, < 30 s), with loading from the
// store (loadInvoiceHistory) and training + scoring timed separately, plus the 13-week forecast over them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../dist/store/db.js';
import { migrate } from '../dist/store/migrate.js';
import { createTenant } from '../dist/app/create-tenant.js';
import { importFile } from '../dist/app/import-file.js';
import { seedDemo } from '../dist/app/seed-demo.js';
import { findTenantBySlug } from '../dist/store/tenants.js';
import { inTenant } from '../dist/store/tenant-scope.js';
import { loadInvoiceHistory } from '../dist/store/payment-history.js';
import { addDays, toDayNumber } from '../dist/domain/dates.js';
import { backtest, baselineDate, isOpenOn, predictOpenInvoices, trainAddBaseline } from '../dist/domain/prediction/index.js';
import { forecastCash } from '../dist/domain/forecast/index.js';
import { generateLedger } from './predict/generate.js';
import { buildScoringStore } from './predict/scoring.js';
import { log, machine, parseArgs, round, timed } from './lib/util.js';

const DEFAULTS = { customers: 800, months: 24, invoices: 100_000, parts: 'accuracy,demo,scoring', seed: 8, asOf: '2026-11-23', cut: '', keep: false, dir: '' };
const CUT_DAYS = 91;

function toCsv(rows, columns) {
  const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => quote(String(r[c] ?? ''))).join(',')).join('\n')}\n`;
}

/** The backtest as the product runs it, plus the ADD baseline held to "after the cut" (for honesty about how much of the gain is conditioning on still being open). */
async function accuracyOf(handle, tenant, asOf, cutOption) {
  const cut = cutOption || addDays(asOf, -CUT_DAYS);
  if (cut >= asOf) throw new Error(`--cut ${cut} must lie before --as-of ${asOf}`);
  const { atCut, later } = await inTenant(handle.db, tenant.id, async (tx) => ({ atCut: await loadInvoiceHistory(tx, tenant.id, cut), later: await loadInvoiceHistory(tx, tenant.id, asOf) }));
  const result = timedSync(() => backtest(atCut, later, cut));
  const outcomes = new Map(later.filter((i) => i.settledOn && i.settledOn > cut && i.paid > 0n && i.writtenOff === 0n).map((i) => [i.invoiceId, toDayNumber(i.settledOn)]));
  const baseline = trainAddBaseline(atCut, cut);
  let clamped = 0;
  let n = 0;
  for (const invoice of atCut) {
    const actual = outcomes.get(invoice.invoiceId);
    if (!isOpenOn(invoice, cut) || actual === undefined) continue;
    clamped += Math.abs(Math.max(toDayNumber(baselineDate(baseline, invoice)), toDayNumber(cut) + 1) - actual);
    n += 1;
  }
  const { maeDays, baselineMaeDays } = result.value;
  return {
    cut, asOf, ...result.value, improvementPercent: baselineMaeDays ? round((1 - maeDays / baselineMaeDays) * 100, 1) : null,
    baselineHeldAfterCutMaeDays: n ? round(clamped / n, 2) : null, backtestMs: result.ms, invoicesInLedger: later.length,
  };
}

function timedSync(work) {
  const start = performance.now();
  const value = work();
  return { value, ms: round(performance.now() - start) };
}

export async function run(args) {
  const o = parseArgs(args, DEFAULTS);
  const parts = new Set(o.parts.split(','));
  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const out = { benchmark: 'predict', date: new Date().toISOString(), machine: machine(), command: `npm run -s bench -- predict ${args.join(' ')}`.trim() };
  const targets = {};
  const work = fs.mkdtempSync(path.join(o.dir || os.tmpdir(), 'arrears-bench-predict-'));
  log(`working in ${work}`);
  const handle = await openPglite(path.join(work, 'store'));
  try {
    await migrate(handle);
    if (parts.has('accuracy')) {
      const ledger = generateLedger({ customers: o.customers, months: o.months, asOf: o.asOf, seed: o.seed });
      const tenant = await createTenant(handle.db, { slug: 'habits', name: 'Habits Ltd', country: 'IE', currency: 'EUR', timezone: 'Europe/Dublin', language: 'en' });
      const loaded = await timed(async () => {
        for (const [kind, rows, columns] of [
          ['customers', ledger.customers, ['customer_ref', 'name', 'country', 'language', 'currency', 'payment_terms_days']],
          ['invoices', ledger.invoices, ['invoice_number', 'customer_ref', 'issue_date', 'due_date', 'currency', 'amount']],
          ['payments', ledger.payments, ['payment_ref', 'customer_ref', 'date', 'currency', 'amount', 'invoice_numbers']],
        ]) {
          const file = path.join(work, `${kind}.csv`);
          fs.writeFileSync(file, toCsv(rows, columns));
          await importFile(handle.db, tenant, { kind, file, actor: 'bench' });
        }
      });
      log(`generated ledger imported in ${loaded.ms} ms (${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ${ledger.payments.length} payments)`);
      out.generated = { customers: ledger.customers.length, invoices: ledger.invoices.length, payments: ledger.payments.length, importMs: loaded.ms, ...(await accuracyOf(handle, tenant, o.asOf, o.cut)) };
      targets.generated = { target: 'MAE >= 25 % below the ADD baseline', value: out.generated.improvementPercent, pass: (out.generated.improvementPercent ?? 0) >= 25 };
      log(`generated: MAE ${out.generated.maeDays} d vs ADD ${out.generated.baselineMaeDays} d on ${out.generated.n} invoices`);
    }
    if (parts.has('demo')) {
      const seeded = await timed(() => seedDemo(handle.db, o.asOf));
      const tenant = await findTenantBySlug(handle.db, 'demo');
      out.demo = { invoices: seeded.value.invoices, payments: seeded.value.payments, seedMs: seeded.ms, ...(await accuracyOf(handle, tenant, o.asOf, o.cut)) };
      targets.demo = { target: 'MAE >= 25 % below the ADD baseline', value: out.demo.improvementPercent, pass: (out.demo.improvementPercent ?? 0) >= 25 };
      log(`demo: MAE ${out.demo.maeDays} d vs ADD ${out.demo.baselineMaeDays} d on ${out.demo.n} invoices`);
    }
    if (parts.has('scoring')) {
      const tenant = await createTenant(handle.db, { slug: 'scoring', name: 'Scoring Ltd', country: 'IE', currency: 'EUR', timezone: 'Europe/Dublin', language: 'en' });
      const built = await timed(() => buildScoringStore(handle, tenant, work, o.invoices, o.asOf));
      log(`scoring store: ${built.value.openInvoices} open + ${built.value.settledInvoices} settled invoices in ${built.ms} ms`);
      const load = await timed(() => inTenant(handle.db, tenant.id, (tx) => loadInvoiceHistory(tx, tenant.id, o.asOf)));
      const scored = timedSync(() => predictOpenInvoices(load.value, o.asOf));
      const forecast = timedSync(() => forecastCash(scored.value, o.asOf, 13));
      out.scoring = {
        ...built.value, setupMs: built.ms, loadHistoryMs: load.ms, rowsLoaded: load.value.length, trainAndScoreMs: scored.ms, predictions: scored.value.length,
        forecast13WeeksMs: forecast.ms, totalMs: round(load.ms + scored.ms), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      // The target is scoring; loading from the store is reported beside it, and whether both fit too.
      targets.scoring = {
        target: 'scoring 1,000,000 open invoices < 30 s (train + score; load reported apart)', value: out.scoring.trainAndScoreMs, pass: out.scoring.trainAndScoreMs < 30_000,
        loadPlusScoreMs: out.scoring.totalMs, loadPlusScorePass: out.scoring.totalMs < 30_000, atTargetSize: o.invoices >= 1_000_000,
      };
      log(`scoring: load ${load.ms} ms, train+score ${scored.ms} ms, forecast ${forecast.ms} ms for ${scored.value.length} open invoices`);
    }
  } finally {
    await handle.close();
    if (o.keep) log(`kept ${work}`); else fs.rmSync(work, { recursive: true, force: true });
  }
  return { ...out, machine: { ...out.machine, loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)) }, targets, totalWallMs: Date.now() - started };
}
