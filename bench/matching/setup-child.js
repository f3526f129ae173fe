// Child process: builds the cash-application bench's store and bank files (issue #5).
// node setup-child.js DATA_DIR WORK_DIR OPTIONS_JSON RESULT_FILE
// 1. generates the synthetic tenant (bench/matching/generate.js) and keeps its truth aside (truth.json);
// 2. initdb + migrations, the tenant (KID MOD10 for NOK beside RF), customers through the real `importFile`,
//    invoices by PGlite COPY (as bench/ledger/copy-child.js), the part already paid of partly paid invoices as payments
//    with allocations, the payer accounts people confirmed earlier, then ANALYZE (COPY leaves no statistics);
// 3. rewrites the entries' references to the ones the product printed for each invoice (write-references.js);
// 4. writes one bank file per format and saves the CSV mapping for the account (`saveBankAccountSettings`).
import fs from 'node:fs';
import path from 'node:path';
import { openPglite } from '../../dist/store/db.js';
import { migrate } from '../../dist/store/migrate.js';
import { createTenant } from '../../dist/app/create-tenant.js';
import { updateTenant } from '../../dist/app/update-tenant.js';
import { importFile } from '../../dist/app/import-file.js';
import { saveBankAccountSettings } from '../../dist/app/bank/bank-accounts.js';
import { generateTenant } from './generate.js';
import { makeRng } from './random.js';
import { makeCustomers } from './tenant.js';
import { rewriteReferences } from './write-references.js';
import { writeCamt054 } from './write-camt.js';
import { writeMt940, mt940CutsText } from './write-mt940.js';
import { writeBai2 } from './write-bai2.js';
import { writeBankCsv, bankCsvMapping } from './write-csv.js';
import { log, timed } from '../lib/util.js';

const ACCOUNT = { iban: 'NO9386011117947', number: '86011117947' };
const TENANT = { slug: 'bench', name: 'Bench Nordic AS', country: 'NO', currency: 'NOK', timezone: 'Europe/Oslo', language: 'nb', bankAccount: ACCOUNT.iban };
const SCHEME = 'kid-mod10';
const LANGUAGE = { NO: 'nb', SE: 'sv', GB: 'en', DE: 'de', BG: 'bg', PH: 'en' };
const DAY = 86_400_000;

const [dataDir, workDir, optionsJson, resultFile] = process.argv.slice(2);
const o = JSON.parse(optionsJson);
const csvQuote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const copyQuote = (s) => `"${String(s).replace(/"/g, '""')}"`;
const shift = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const minDate = (a, b) => (a < b ? a : b);

async function copy(pglite, table, columns, lines) {
  if (lines.length === 0) return;
  await pglite.query(`copy ${table} (${columns}) from '/dev/blob' with (format csv)`, [], { blob: new Blob(lines) });
}

async function idsBy(pglite, sqlText, params) {
  return new Map((await pglite.query(sqlText, params)).rows.map((r) => [r.key, r.id]));
}

// ---- 1. the tenant as generated ------------------------------------------------------------------------------------
const gen = await timed(() => generateTenant({ invoices: o.invoices, entries: o.entries, seed: o.seed, asOf: o.asOf, ...(o.customers ? { customers: o.customers } : {}) }));
const generated = gen.value;
// generateTenant keeps only ref and name; the first thing it does with its seed is make the customers, so the same
// call gives their country and currency.
const people = makeCustomers(makeRng(o.seed), generated.customers.length);
if (people.some((p, i) => p.name !== generated.customers[i].name)) throw new Error('customers differ from generateTenant\'s');
log(`generated ${generated.openItems.length} open items, ${people.length} customers, ${generated.entries.length} entries in ${gen.ms} ms`);

// ---- 2. the store --------------------------------------------------------------------------------------------------
const customersCsv = path.join(workDir, 'customers.csv');
fs.writeFileSync(customersCsv, ['customer_ref,name,country,language,currency,payment_terms_days',
  ...people.map((c) => [c.customerRef, csvQuote(c.name), c.country, LANGUAGE[c.country], c.currency, c.terms].join(','))].join('\n'));
const init = await timed(async () => { const handle = await openPglite(dataDir); await migrate(handle); return handle; });
const handle = init.value;
const { pglite } = handle;
const tenant = await updateTenant(handle.db, await createTenant(handle.db, TENANT), { paymentReferenceScheme: SCHEME });
const customers = await timed(() => importFile(handle.db, tenant, { kind: 'customers', file: customersCsv, actor: 'bench' }));
log(`store: initdb + migrations ${init.ms} ms, ${customers.value.imported} customers imported in ${customers.ms} ms`);

const load = await timed(async () => {
  const customerIds = await idsBy(pglite, 'select customer_ref as key, id from customers where tenant_id = $1', [tenant.id]);
  const issueOf = (item) => minDate(shift(item.dueDate, -14), shift(o.asOf, -5));
  await copy(pglite, 'invoices', 'tenant_id, number, customer_id, issue_date, due_date, currency, amount', generated.openItems.map((item) =>
    `${tenant.id},${copyQuote(item.number)},${customerIds.get(item.customerRef)},${issueOf(item)},${item.dueDate},${item.currency},${item.amount}\n`));
  const invoiceIds = await idsBy(pglite, 'select number as key, id from invoices where tenant_id = $1', [tenant.id]);
  // Partly paid invoices: the paid part is a payment allocated to the invoice, so the store's open amount is the generator's.
  const partly = generated.openItems.filter((item) => item.open < item.amount);
  await copy(pglite, 'payments', 'tenant_id, payment_ref, customer_id, date, currency, amount, invoice_numbers', partly.map((item) =>
    `${tenant.id},${copyQuote(`EARLIER-${item.number}`)},${customerIds.get(item.customerRef)},${issueOf(item)},${item.currency},${item.amount - item.open},${copyQuote(item.number)}\n`));
  const paymentIds = await idsBy(pglite, "select payment_ref as key, id from payments where tenant_id = $1 and payment_ref like 'EARLIER-%'", [tenant.id]);
  await copy(pglite, 'allocations', 'tenant_id, invoice_id, payment_id, date, amount', partly.map((item) =>
    `${tenant.id},${invoiceIds.get(item.number)},${paymentIds.get(`EARLIER-${item.number}`)},${issueOf(item)},${item.amount - item.open}\n`));
  await copy(pglite, 'payer_accounts', 'tenant_id, iban, customer_id, learned_by', generated.payerAccounts.map((p) =>
    `${tenant.id},${p.iban},${customerIds.get(p.customerRef)},bench\n`));
  // Customer groups, as a person sets them (PUT /api/customers/{ref}/parent), in one statement.
  const groups = generated.customers.filter((c) => c.parentRef);
  if (groups.length > 0) {
    await pglite.query(`update customers c set parent_customer_id = p.id from unnest($2::text[], $3::text[]) as g(child, parent)
      join customers p on p.tenant_id = $1 and p.customer_ref = g.parent where c.tenant_id = $1 and c.customer_ref = g.child`,
    [tenant.id, groups.map((c) => c.customerRef), groups.map((c) => c.parentRef)]);
  }
  await pglite.exec('analyze');
  return { invoiceIds, partlyPaid: partly.length };
});
const { invoiceIds, partlyPaid } = load.value;
if (invoiceIds.size !== generated.openItems.length) throw new Error(`expected ${generated.openItems.length} invoices, store has ${invoiceIds.size}`);
log(`store: ${invoiceIds.size} invoices, ${partlyPaid} partly paid, ${generated.payerAccounts.length} payer accounts loaded by COPY in ${load.ms} ms`);

// ---- 3. the payers quote the product's references ----------------------------------------------------------------
const references = rewriteReferences({ entries: generated.entries, openItems: generated.openItems, truth: generated.truth, invoiceIds, scheme: SCHEME, seed: o.seed });

// ---- 4. bank files ------------------------------------------------------------------------------------------------
const WRITERS = {
  camt054: { fileName: 'bench-camt054.xml', write: (entries) => writeCamt054(entries, { account: ACCOUNT.iban, created: `${o.asOf}T18:00:00` }) },
  mt940: { fileName: 'bench.sta', write: (entries) => writeMt940(entries, { account: ACCOUNT.iban }) },
  bai2: { fileName: 'bench.bai2', write: (entries) => writeBai2(entries, { accountNumber: ACCOUNT.number, created: `${o.asOf}T18:00` }) },
  csv: { fileName: 'bench.csv', account: ACCOUNT.iban, write: (entries) => writeBankCsv(entries) },
};
const formats = o.formats;
const files = await timed(async () => formats.map((format, k) => {
  const writer = WRITERS[format];
  if (!writer) throw new Error(`unknown format ${format}: use ${Object.keys(WRITERS).join(',')}`);
  const entries = generated.entries.filter((_, i) => i % formats.length === k);
  const file = path.join(workDir, writer.fileName);
  fs.writeFileSync(file, writer.write(entries));
  const lost = format === 'mt940' ? { textCut: entries.filter(mt940CutsText).length }
    : format === 'bai2' ? { referencesAsText: entries.filter((e) => e.structuredReferences.length > 0).length, payerIban: entries.filter((e) => e.payerIban).length }
      : format === 'csv' ? { referencesAsText: entries.filter((e) => e.structuredReferences.length > 1).length } : {};
  return { format, file, fileName: writer.fileName, account: writer.account, bytes: fs.statSync(file).size, entryIds: entries.map((e) => e.id), lost };
}));
if (formats.includes('csv')) await saveBankAccountSettings(handle.db, tenant, { account: ACCOUNT.iban, name: 'Driftskonto', csvMapping: bankCsvMapping(ACCOUNT.iban), actor: 'bench' });
await handle.close();
const truth = [...generated.truth].map(([id, t]) => [id, t.kind, t.allocations.map((a) => [a.invoiceNumber, String(a.amount)])]);
fs.writeFileSync(path.join(workDir, 'truth.json'), JSON.stringify(truth));
log(`wrote ${files.value.map((f) => `${f.fileName} (${f.entryIds.length} entries, ${f.bytes} bytes)`).join(', ')} in ${files.ms} ms`);
fs.writeFileSync(resultFile, JSON.stringify({
  tenantId: tenant.id, scheme: SCHEME, customers: people.length, invoices: invoiceIds.size, partlyPaid, payerAccounts: generated.payerAccounts.length,
  generateMs: gen.ms, initMs: init.ms, customersMs: customers.ms, copyMs: load.ms, writeFilesMs: files.ms, references,
  files: files.value, maxRssKiB: process.resourceUsage().maxRSS,
}));
