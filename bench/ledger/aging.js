// Aging on the imported store: whole tenant vs a plain count/sum scan, and one customer's aging.
import { Kysely, PGliteDialect, sql } from 'kysely';
import { getAging } from '../../dist/app/get-aging.js';
import { parseAmount } from '../../dist/domain/money.js';
import { DEFAULT_BOUNDS } from '../../dist/domain/aging.js';
import { agingRows } from '../../dist/store/aging-query.js';
import { inTenant } from '../../dist/store/tenant-scope.js';
import { log, stats, timed } from '../lib/util.js';

export async function benchAging(handle, tenantId, { asOf, runs, customerRuns, explain }) {
  const { db } = handle;
  const plain = () => sql`select count(*), sum(amount) from invoices`.execute(db);
  const whole = () => getAging(db, tenantId, { asOf });
  // Cold first runs are reported but not counted; then the two alternate so both see the same cache state.
  const cold = { plainMs: (await timed(plain)).ms, agingMs: (await timed(whole)).ms };
  const plainMs = [];
  const agingMs = [];
  let report;
  for (let i = 0; i < runs; i++) {
    plainMs.push((await timed(plain)).ms);
    const run = await timed(whole);
    agingMs.push(run.ms);
    report = run.value;
    log(`aging run ${i + 1}/${runs}: plain ${plainMs[i]} ms, getAging ${agingMs[i]} ms`);
  }
  const plainStats = stats(plainMs);
  const agingStats = stats(agingMs);
  const check = await checkTotals(db, report);

  const ids = (await sql`select id from customers where tenant_id = ${tenantId} order by id`.execute(db)).rows.map((r) => r.id);
  const pick = (i) => ids[Math.floor(((i + 0.5) * ids.length) / customerRuns)];
  await getAging(db, tenantId, { asOf, customerId: pick(0) }); // warm-up
  const customerMs = [];
  for (let i = 0; i < customerRuns; i++) customerMs.push((await timed(() => getAging(db, tenantId, { asOf, customerId: pick(i) }))).ms);
  const customerStats = stats(customerMs);
  log(`one customer's aging: median ${customerStats.medianMs} ms over ${customerRuns} customers`);

  return {
    wholeTenant: {
      asOf, cold, plainCountSum: plainStats, getAging: agingStats, ratio: round2(agingStats.medianMs / plainStats.medianMs),
      customersInReport: report.currencies.reduce((n, c) => n + c.customers.length, 0), totalsMatchInvoices: check,
    },
    oneCustomer: { ...customerStats, distinctCustomers: customerRuns },
    ...(explain ? await explainAging(handle, tenantId, asOf, agingStats.medianMs, runs) : {}),
  };
}

const round2 = (x) => Math.round(x * 100) / 100;

/** The report's per-currency totals must equal the invoices' sums (all invoices are open, nothing is settled). */
async function checkTotals(db, report) {
  const sums = (await sql`select currency, sum(amount)::bigint as total from invoices group by currency`.execute(db)).rows;
  return sums.every((s) => {
    const c = report.currencies.find((x) => x.currency === s.currency);
    const parsed = c && parseAmount(c.total, c.currency);
    return parsed?.ok === true && parsed.value === s.total;
  }) && sums.length === report.currencies.length;
}

/**
 * Where getAging's time goes: the exact SQL it sends (captured through Kysely's log hook) (1) under EXPLAIN ANALYZE,
 * (2) wrapped in count(*) so no rows leave the engine, and (3) agingRows() in the tenant transaction — getAging
 * without the JavaScript that shapes the report, which is what getAging's median adds on top of (3).
 */
async function explainAging(handle, tenantId, asOf, agingMedianMs, runs) {
  const queries = [];
  // Never destroyed: destroying it would close the shared PGlite.
  const logged = new Kysely({ dialect: new PGliteDialect({ pglite: handle.pglite }), log: (e) => queries.push(e.query) });
  await getAging(logged, tenantId, { asOf });
  const query = queries.reduce((a, b) => (b.sql.length > a.sql.length ? b : a));
  const asTenant = (work) => handle.pglite.transaction(async (tx) => {
    await tx.query('set local role arrears_app');
    await tx.query(`select set_config('arrears.tenant_id', $1, true)`, [String(tenantId)]);
    return work(tx);
  });
  const plan = await asTenant(async (tx) => (await tx.query(`explain (analyze, buffers) ${query.sql}`, query.parameters)).rows.map((r) => r['QUERY PLAN']));
  const inEngine = [];
  const withRows = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    inEngine.push((await timed(() => asTenant((tx) => tx.query(`select count(*) from (${query.sql}) q`, query.parameters)))).ms);
    const run = await timed(() => inTenant(handle.db, tenantId, (tx) => agingRows(tx, tenantId, asOf, DEFAULT_BOUNDS)));
    withRows.push(run.ms);
    rows = run.value.length;
  }
  const engine = stats(inEngine);
  const transfer = stats(withRows);
  log(`aging breakdown (medians): SQL in engine ${engine.medianMs} ms, agingRows() with ${rows} rows ${transfer.medianMs} ms`);
  return {
    breakdown: {
      sqlInEngine: engine, agingRowsWithRowsOut: { ...transfer, rows },
      javascriptShapingApproxMs: Math.round(agingMedianMs - transfer.medianMs),
    },
    explainWholeTenant: plan,
  };
}
