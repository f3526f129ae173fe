// arrears import | aging | statement | kpi
import fs from 'node:fs';
import type { Command } from 'commander';
import { IMPORT_KINDS, importFile } from '../app/import-file.js';
import { getAging } from '../app/get-aging.js';
import { buildStatement, statementJson } from '../app/build-statement.js';
import { computeTenantKpis } from '../app/compute-kpis.js';
import { writeOffInvoice } from '../app/write-off.js';
import { readAudit } from '../app/read-audit.js';
import { ImportFailed } from '../app/import/import-types.js';
import { formatRowErrors } from '../app/import/run-import.js';
import { renderStatementPdf } from '../channels/pdf/statement-pdf.js';
import { dateInZone } from '../domain/dates.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printJson, printTable, type Opts, str } from './output.js';


export function registerLedgerCommands(program: Command): void {
  program.command('import').description('import customers, invoices, payments or credit notes from a CSV file')
    .argument('<kind>', IMPORT_KINDS.join('|')).argument('<file>', 'UTF-8 CSV with a header row')
    .requiredOption('--tenant <slug>', 'tenant').option('--skip-invalid <rejects.csv>', 'import the valid rows; write the bad ones here with a reason column')
    .option('--update', 'let rows change existing records').option('--format <format>', 'json|csv|table', 'table')
    .action(async (kind: string, file: string, o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new CliUsageError(`unknown import "${kind}": use ${IMPORT_KINDS.join(', ')}`);
      if (!fs.existsSync(file)) throw new CliUsageError(`${file}: no such file`);
      await withTenant(`import ${kind}`, str(o, 'tenant'), async (store, tenant) => {
        try {
          const rejectsFile = str(o, 'skipInvalid');
          const summary = await importFile(store.db, tenant, { kind, file, actor: cliActor(), update: o.update === true, skipInvalid: rejectsFile !== undefined, rejectsFile });
          if (summary.errors.length > 0) process.stderr.write(`${formatRowErrors(file, summary.errors)}\n${summary.rejected} row(s) rejected to ${rejectsFile}\n`);
          printSummary(format, summary);
        } catch (error) {
          if (!(error instanceof ImportFailed)) throw error;
          process.stderr.write(`${formatRowErrors(file, error.summary.errors)}\n${error.message}\n`);
          if (format === 'json') printJson({ ...error.summary, imported: 0, updated: 0, unchanged: 0 });
          process.exitCode = 1;
        }
      });
    });

  program.command('aging').description('receivables aging per currency and customer, as of a date')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)')
    .option('--buckets <days>', 'bucket boundaries', '30,60,90').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('aging', str(o, 'tenant'), async (store, tenant) => {
        const report = await getAging(store.db, tenant.id, { asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), buckets: str(o, 'buckets') });
        const columns = ['currency', 'customerRef', 'name', ...report.buckets, 'unapplied', 'total'];
        const rows = report.currencies.flatMap((c) => [
          ...c.customers.map((cu) => ({ currency: c.currency, customerRef: cu.customerRef, name: cu.name, ...cu.buckets, unapplied: cu.unapplied, total: cu.total })),
          { currency: c.currency, customerRef: 'TOTAL', name: '', ...c.buckets, unapplied: c.unapplied, total: c.total },
        ]);
        printTable(format, { columns, rows }, report);
      });
    });

  program.command('statement').description('a customer statement, open-item or balance-forward, as PDF or JSON')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer_ref')
    .requiredOption('--from <date>', 'YYYY-MM-DD').requiredOption('--to <date>', 'YYYY-MM-DD')
    .option('--type <type>', 'open-item|balance-forward', 'open-item').option('--format <format>', 'pdf|json', 'pdf')
    .option('--out <file>', 'where to write it (default: stdout for json)')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'pdf', ['pdf', 'json']);
      const out = str(o, 'out');
      if (format === 'pdf' && !out) throw new CliUsageError('--out FILE is required for a PDF statement');
      await withTenant('statement', str(o, 'tenant'), async (store, tenant) => {
        const data = await buildStatement(store.db, tenant, { customerRef: str(o, 'customer') ?? '', from: str(o, 'from') ?? '', to: str(o, 'to') ?? '', type: (str(o, 'type') ?? 'open-item') as 'open-item' });
        if (format === 'json') {
          const json = `${JSON.stringify(statementJson(data), null, 2)}\n`;
          if (out) fs.writeFileSync(out, json); else process.stdout.write(json);
          return;
        }
        const pdf = await renderStatementPdf({
          tenant: data.tenant, customer: data.customer, currency: data.customer.currency,
          generatedOn: dateInZone(new Date(), tenant.time_zone), statement: data.statement,
        });
        fs.writeFileSync(out ?? '', pdf);
      });
    });

  program.command('kpi').description('DSO (simple, count-back), best possible DSO, ADD, CEI and % current per currency')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--months <n>', 'length of the window in months', '3').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      const months = Number(str(o, 'months') ?? '3');
      await withTenant('kpi', str(o, 'tenant'), async (store, tenant) => {
        const report = await computeTenantKpis(store.db, tenant.id, { asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), months });
        const columns = ['currency', 'dsoSimple', 'dsoCountBack', 'bestPossibleDso', 'add', 'cei', 'percentCurrent'];
        printTable(format, { columns, rows: report.currencies }, report);
      });
    });
}

export function registerWriteOffCommand(program: Command): void {
  program.command('writeoff').description('write off what is open on an invoice (or part of it), with a reason')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--invoice <number>', 'invoice number')
    .requiredOption('--reason <text>', 'why').option('--amount <amount>', 'default: everything still open')
    .option('--date <date>', 'YYYY-MM-DD (default: today)').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('writeoff', str(o, 'tenant'), async (store, tenant) => {
        const result = await writeOffInvoice(store.db, tenant.id, { invoiceNumber: str(o, 'invoice') ?? '', amount: str(o, 'amount'), reason: str(o, 'reason') ?? '', date: str(o, 'date') ?? dateInZone(new Date(), tenant.time_zone), actor: cliActor() });
        printTable(format, { columns: Object.keys(result), rows: [result] }, result);
      });
    });
}

export function registerAuditCommand(program: Command): void {
  program.command('audit').description('the audit trail, newest first: who changed what, when and why')
    .requiredOption('--tenant <slug>', 'tenant').option('--entity <entity>', 'e.g. invoice, customer, payment, invoices (an import)')
    .option('--key <key>', 'e.g. an invoice number or an imported file').option('--limit <n>', 'how many', '50')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      const limit = Number(str(o, 'limit') ?? '50');
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new CliUsageError('--limit must be a whole number from 1 to 10000');
      await withTenant('audit', str(o, 'tenant'), async (store, tenant) => {
        const page = await readAudit(store.db, tenant.id, { entity: str(o, 'entity'), entityKey: str(o, 'key'), limit, offset: 0 });
        const rows = page.entries.map((e) => ({ ...e, details: JSON.stringify(e.details) }));
        printTable(format, { columns: ['at', 'actor', 'action', 'entity', 'key', 'reason', 'details'], rows }, page);
      });
    });
}

function printSummary(format: string, summary: { imported: number; unchanged: number; updated: number; rejected: number; errors: unknown[] }): void {
  const { errors: _errors, ...counts } = summary;
  printTable(format, { columns: Object.keys(counts), rows: [counts] }, summary);
}
