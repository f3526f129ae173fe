// Child process: the baseline — PGlite's own COPY of the same invoice rows into a copy of the prepared store (same
// schema, tenant and customers). customer_id and minor-unit amounts are resolved before the clock starts.
import fs from 'node:fs';
import { readCsvBatches } from '../../dist/formats/csv/read-csv.js';
import { parseAmount } from '../../dist/domain/money.js';
import { childArgs, openStore } from './setup.js';
import { log, timed } from '../lib/util.js';

const COPY = `copy invoices (tenant_id, number, customer_id, issue_date, due_date, currency, amount, description, po_number)
  from '/dev/blob' with (format csv)`;
const quote = (s) => (s === '' ? '' : `"${s.replace(/"/g, '""')}"`); // unquoted empty = NULL, as the importer stores it

const { dataDir, invoicesCsv, resultFile } = childArgs();
const { handle, tenant } = await openStore(dataDir);
const ids = new Map((await handle.pglite.query('select customer_ref, id from customers where tenant_id = $1', [tenant.id])).rows
  .map((r) => [r.customer_ref, String(r.id)]));

// Read with the importer's own CSV reader, so prepareMs also shows what reading and parsing the file costs it.
const prepared = await timed(async () => {
  const lines = [];
  for await (const batch of readCsvBatches(invoicesCsv, 10_000, () => undefined)) {
    for (const { values: v } of batch) {
      const minor = parseAmount(v.amount, v.currency);
      if (!minor.ok || !ids.has(v.customer_ref)) throw new Error(`bad baseline row ${v.invoice_number}`);
      lines.push(`${tenant.id},${quote(v.invoice_number)},${ids.get(v.customer_ref)},${v.issue_date},${v.due_date},${v.currency},${minor.value},${quote(v.description)},${quote(v.po_number)}\n`);
    }
  }
  return new Blob(lines);
});
const blob = prepared.value;
log(`copy: ${blob.size} bytes prepared in ${prepared.ms} ms; running COPY`);
const run = await timed(() => handle.pglite.query(COPY, [], { blob }));
const count = Number((await handle.pglite.query('select count(*)::int as n from invoices')).rows[0].n);
const closed = await timed(() => handle.close());
fs.writeFileSync(resultFile, JSON.stringify({
  prepareMs: prepared.ms, ms: run.ms, closeMs: closed.ms, rows: count, bytes: blob.size, maxRssKiB: process.resourceUsage().maxRSS,
}));
