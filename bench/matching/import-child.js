// Child process: cash application end to end through the product (issue #5, "Matching N entries against M open
// items"). Imports every bank file with `importBankFile` — read, match against all open items, post what is sure,
// store every entry — one after the other as a clerk would, timing each; then reads back what the product stored:
// each entry's status and proposal, and the allocations it posted. Run under /usr/bin/time for peak RSS.
// With BENCH_BREAKDOWN=1 the imports run on a Kysely over the same PGlite with a log hook that sums the time of each
// SQL statement (as bench/ledger/import-child.js does), and afterwards (not timed with the imports): loading the open items alone, the whole match
// context (open items, customers, payer accounts, index) that every import builds, and matching all the files'
// entries against one context without the store, so the import time can be split.
// node import-child.js DATA_DIR MANIFEST_JSON RESULT_FILE
import fs from 'node:fs';
import { Kysely, PGliteDialect } from 'kysely';
import { importBankFile, decodeBankFile } from '../../dist/app/bank/import-bank-file.js';
import { loadMatchContext } from '../../dist/app/bank/match-context.js';
import { readBankFile } from '../../dist/formats/bank/index.js';
import { matchEntry } from '../../dist/domain/matching/index.js';
import { loadOpenItems } from '../../dist/store/match-inputs.js';
import { inTenant } from '../../dist/store/tenant-scope.js';
import { openStore } from '../ledger/setup.js';
import { log, timed } from '../lib/util.js';

const [dataDir, manifestFile, resultFile] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const { handle, tenant } = await openStore(dataDir);
const statements = new Map();
const db = process.env.BENCH_BREAKDOWN !== '1' ? handle.db : new Kysely({ dialect: new PGliteDialect({ pglite: handle.pglite }), log: (e) => {
  const key = e.query.sql.replace(/\s+/g, ' ').trim().slice(0, 60);
  const s = statements.get(key) ?? { count: 0, ms: 0 };
  s.count += 1;
  s.ms += e.queryDurationMillis;
  statements.set(key, s);
} });
const rssAfterOpenMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
log(`import: store open (RSS ${rssAfterOpenMiB} MiB); importing ${manifest.files.length} bank files with importBankFile()`);

const files = [];
const cpuBefore = process.cpuUsage();
for (const file of manifest.files) {
  const bytes = fs.readFileSync(file.file);
  const run = await timed(() => importBankFile(db, tenant, { fileName: file.fileName, bytes, actor: 'bench', ...(file.account ? { account: file.account } : {}) }));
  const { importId, warnings, ...summary } = run.value;
  files.push({ format: file.format, fileName: file.fileName, bytes: file.bytes, ms: run.ms, summary, warnings: warnings.length, rssAfterMiB: Math.round(process.memoryUsage().rss / 2 ** 20) });
  log(`import: ${file.fileName}: ${JSON.stringify(summary)} in ${run.ms} ms`);
}
const cpu = process.cpuUsage(cpuBefore);
const maxRssKiBAfterImports = process.resourceUsage().maxRSS;

// Not part of the timing: what reading each file alone costs (the product's reader on the same bytes).
const parsedEntries = [];
for (const [i, file] of manifest.files.entries()) {
  const csvMapping = file.account ? (await handle.pglite.query('select csv_mapping from bank_accounts where tenant_id = $1 and account = $2', [tenant.id, file.account])).rows[0]?.csv_mapping : undefined;
  const parsed = await timed(() => readBankFile(decodeBankFile(fs.readFileSync(file.file)), file.fileName, csvMapping ? { csvMapping } : {}));
  files[i].readOnlyMs = parsed.ms;
  if (process.env.BENCH_BREAKDOWN === '1') parsedEntries.push(...parsed.value.statements.flatMap((s) => s.entries));
}

async function breakdown() {
  const asOf = parsedEntries.map((e) => e.bookingDate).sort().at(-1);
  const items = await timed(() => inTenant(handle.db, tenant.id, (tx) => loadOpenItems(tx, tenant.id, asOf)));
  const context = await timed(() => inTenant(handle.db, tenant.id, (tx) => loadMatchContext(tx, tenant, asOf)));
  // As import-bank-file.ts hands entries to the matcher (its toMatchEntry); the open items are those left after the imports.
  const matched = await timed(() => parsedEntries.map((e, i) => matchEntry(context.value.index, {
    id: String(i), amount: e.amount, currency: e.currency, date: e.bookingDate, structuredReferences: [...e.structuredReferences, ...e.documentNumbers],
    remittanceText: e.remittanceText, ...(e.ultimateDebtorName ?? e.payerName ? { payerName: e.ultimateDebtorName ?? e.payerName } : {}), ...(e.payerIban ? { payerIban: e.payerIban } : {}),
  }, { autoPostThreshold: tenant.auto_post_confidence / 1000 })));
  const sqlStatements = [...statements].sort((a, b) => b[1].ms - a[1].ms).map(([sql, x]) => ({ sql, count: x.count, ms: Math.round(x.ms) }));
  return { sqlMs: sqlStatements.reduce((t, x) => t + x.ms, 0), sqlStatements, asOf, openItemsAfterImports: items.value.length, loadOpenItemsMs: items.ms, loadMatchContextMs: context.ms, entriesMatched: matched.value.length, matchEntriesMs: matched.ms };
}
const split = process.env.BENCH_BREAKDOWN === '1' ? await breakdown() : undefined;

const readBack = await timed(async () => {
  const entries = (await handle.pglite.query(
    'select id, bank_reference, status, confidence, currency, proposal::text as proposal from bank_entries where tenant_id = $1', [tenant.id])).rows;
  const posted = (await handle.pglite.query(`select p.payment_ref, i.number, a.amount
      from allocations a join payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id join invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
     where a.tenant_id = $1 and p.payment_ref like 'BANK-%'`, [tenant.id])).rows;
  return { entries, posted };
});
await handle.close();
fs.writeFileSync(resultFile, JSON.stringify({
  files, importMs: files.reduce((s, f) => s + f.ms, 0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssAfterOpenMiB,
  maxRssKiBAfterImports, readBackMs: readBack.ms, ...(split ? { breakdown: split } : {}),
  entries: readBack.value.entries.map((e) => [String(e.id), e.bank_reference, e.status, e.confidence, e.currency.trim(), e.proposal]),
  posted: readBack.value.posted.map((p) => [p.payment_ref, p.number, String(p.amount)]),
  maxRssKiB: process.resourceUsage().maxRSS,
}, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
