// The scoring-size store for the prediction bench: N open invoices (10 per customer) plus 6 settled ones per customer
// as history, loaded with COPY (invoices, payments) and one insert … select (allocations), as the ledger bench does.
import { importFile } from '../../dist/app/import-file.js';
import { random, isoOf, dayOf } from './generate.js';
import { log, timed } from '../lib/util.js';

export async function buildScoringStore(handle, tenant, dir, openInvoices, asOf) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const customers = Math.max(1, Math.floor(openInvoices / 10));
  const csv = path.join(dir, 'scoring-customers.csv');
  const lines = ['customer_ref,name,country,language,currency'];
  for (let c = 0; c < customers; c++) lines.push(`S${c + 1},Scoring ${c + 1} Ltd,IE,en,EUR`);
  fs.writeFileSync(csv, `${lines.join('\n')}\n`);
  log(`scoring store: importing ${customers} customers`);
  await importFile(handle.db, tenant, { kind: 'customers', file: csv, actor: 'bench' });
  const ids = new Map((await handle.pglite.query('select customer_ref, id from customers where tenant_id = $1', [tenant.id])).rows.map((r) => [r.customer_ref, String(r.id)]));
  const next = random(4242);
  const end = dayOf(asOf);
  const invoiceRows = [];
  const paymentRows = [];
  let open = 0;
  for (let c = 0; c < customers; c++) {
    const id = ids.get(`S${c + 1}`);
    const base = Math.round(-5 + next() * 35);
    for (let k = 0; k < 16; k++) {
      const settled = k < 6;
      if (!settled && open >= openInvoices) break;
      const issue = settled ? end - 300 + Math.floor(next() * 200) : end - 90 + Math.floor(next() * 90);
      const due = issue + 30;
      const cents = 10_000 + Math.floor(next() * 1_000_000);
      const number = `S${c + 1}-${k}`;
      invoiceRows.push(`${tenant.id},${number},${id},${isoOf(issue)},${isoOf(due)},EUR,${cents}\n`);
      if (settled) paymentRows.push(`${tenant.id},${number},${id},${isoOf(Math.min(end, due + base + Math.floor(next() * 7)))},EUR,${cents},${number}\n`);
      else open += 1;
    }
  }
  log(`scoring store: COPY of ${invoiceRows.length} invoices and ${paymentRows.length} payments`);
  await handle.pglite.query(`copy invoices (tenant_id, number, customer_id, issue_date, due_date, currency, amount) from '/dev/blob' with (format csv)`, [], { blob: new Blob(invoiceRows) });
  await handle.pglite.query(`copy payments (tenant_id, payment_ref, customer_id, date, currency, amount, invoice_numbers) from '/dev/blob' with (format csv)`, [], { blob: new Blob(paymentRows) });
  log('scoring store: allocations');
  // Fresh statistics first: after other tenants' imports the planner otherwise may loop over the new rows.
  await handle.pglite.exec('analyze invoices; analyze payments');
  await handle.pglite.query(`insert into allocations (tenant_id, invoice_id, payment_id, date, amount)
    select p.tenant_id, i.id, p.id, p.date, p.amount from payments p join invoices i on i.tenant_id = p.tenant_id and i.number = p.payment_ref where p.tenant_id = $1`, [tenant.id]);
  await handle.pglite.exec('analyze invoices; analyze payments; analyze allocations');
  return { customers, openInvoices: open, settledInvoices: paymentRows.length };
}
