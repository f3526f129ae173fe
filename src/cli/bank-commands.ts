// arrears bank import | entries | confirm | reject | account (issue #5).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { importBankFile } from '../app/bank/import-bank-file.js';
import { bankEntries } from '../app/bank/bank-entry-json.js';
import { confirmBankEntry, rejectBankEntry } from '../app/bank/decide-entry.js';
import { saveBankAccountSettings } from '../app/bank/bank-accounts.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

/** "2026-0042=1250.00;2026-0043=300.00" → allocations. */
function parseAllocations(text: string | undefined): { invoiceNumber: string; amount: string }[] | undefined {
  if (text === undefined) return undefined;
  return text.split(';').filter((part) => part.trim() !== '').map((part) => {
    const at = part.lastIndexOf('=');
    if (at <= 0) throw new CliUsageError(`--allocate: "${part}" is not INVOICE=AMOUNT`);
    return { invoiceNumber: part.slice(0, at).trim(), amount: part.slice(at + 1).trim() };
  });
}

export function registerBankCommands(program: Command): void {
  const bank = program.command('bank').description('bank files: import, match and post incoming payments');
  bank.command('import').description('read a camt.053/054, MT940, BAI2 or mapped CSV file; post confident matches, queue the rest')
    .argument('<file>', 'the bank file').requiredOption('--tenant <slug>', 'tenant')
    .option('--account <iban>', 'the bank account (required for CSV: its saved column mapping is used)')
    .option('--accept-control-totals', 'read a file whose own control totals disagree (after checking with the bank)')
    .option('--format <format>', 'json|table', 'table')
    .action(async (file: string, o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      if (!fs.existsSync(file)) throw new CliUsageError(`${file}: no such file`);
      await withTenant('bank import', str(o, 'tenant'), async (store, tenant) => {
        const result = await importBankFile(store.db, tenant, { fileName: path.basename(file), bytes: fs.readFileSync(file), account: str(o, 'account'), actor: cliActor(), acceptControlTotals: o.acceptControlTotals === true });
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        const json = { entries: result.entries, matched: result.matched, suggested: result.suggested, unmatched: result.unmatched, duplicates: result.duplicates };
        printTable(format, { columns: Object.keys(json), rows: [json] }, json);
      });
    });
  bank.command('entries').description('bank entries, oldest first (the queue: --status suggested or unmatched)').requiredOption('--tenant <slug>', 'tenant')
    .option('--status <status>', 'matched|suggested|unmatched|confirmed|rejected|not-incoming').option('--import <id>', 'one import')
    .option('--limit <n>', 'how many', '50').option('--offset <n>', 'skip', '0').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('bank entries', str(o, 'tenant'), async (store, tenant) => {
        const page = await bankEntries(store.db, tenant, { status: str(o, 'status'), importId: str(o, 'import'), limit: Number(str(o, 'limit') ?? '50'), offset: Number(str(o, 'offset') ?? '0') });
        const rows = page.entries.map((e) => ({ id: e.id, date: e.bookingDate, amount: e.amount, currency: e.currency, payer: e.payerName ?? '', status: e.status, confidence: e.confidence ?? '', customer: e.customerRef ?? '', explanation: e.explanation.join(' | ') }));
        printTable(format, { columns: ['id', 'date', 'amount', 'currency', 'payer', 'status', 'confidence', 'customer', 'explanation'], rows }, page);
      });
    });
  bank.command('confirm').description('post a queued entry as proposed, or with your own allocations').argument('<id>', 'bank entry id')
    .requiredOption('--tenant <slug>', 'tenant').option('--allocate <list>', 'INVOICE=AMOUNT;INVOICE=AMOUNT (instead of the proposal)')
    .option('--customer <ref>', 'whose account keeps what is not allocated').option('--format <format>', 'json|table', 'table')
    .action(async (id: string, o: Opts) => {
      await withTenant('bank confirm', str(o, 'tenant'), async (store, tenant) => {
        const entry = await confirmBankEntry(store.db, tenant, id, { allocations: parseAllocations(str(o, 'allocate')), customerRef: str(o, 'customer'), actor: cliActor() });
        printTable(str(o, 'format') ?? 'table', { columns: ['id', 'status', 'customerRef', 'paymentId'], rows: [{ id: entry.id, status: entry.status, customerRef: entry.customerRef, paymentId: entry.paymentId }] }, entry);
      });
    });
  bank.command('reject').description('mark a queued entry as not a customer payment').argument('<id>', 'bank entry id')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--reason <text>', 'why').option('--format <format>', 'json|table', 'table')
    .action(async (id: string, o: Opts) => {
      await withTenant('bank reject', str(o, 'tenant'), async (store, tenant) => {
        const entry = await rejectBankEntry(store.db, tenant, id, { reason: str(o, 'reason') ?? '', actor: cliActor() });
        printTable(str(o, 'format') ?? 'table', { columns: ['id', 'status'], rows: [{ id: entry.id, status: entry.status }] }, entry);
      });
    });
  bank.command('account').description('save a bank account: its name, currency and the column mapping of its CSV exports').argument('<account>', 'IBAN or account number')
    .requiredOption('--tenant <slug>', 'tenant').option('--name <name>', 'what to call it').option('--currency <code>', 'its currency')
    .option('--csv-mapping <file.json>', 'column mapping for CSV files from this account').option('--format <format>', 'json|table', 'table')
    .action(async (account: string, o: Opts) => {
      const mappingFile = str(o, 'csvMapping');
      if (mappingFile !== undefined && !fs.existsSync(mappingFile)) throw new CliUsageError(`${mappingFile}: no such file`);
      let mapping: unknown;
      if (mappingFile !== undefined) {
        try { mapping = JSON.parse(fs.readFileSync(mappingFile, 'utf8')); } catch (error) { throw new CliUsageError(`${mappingFile}: not JSON: ${(error as Error).message}`); }
      }
      await withTenant('bank account', str(o, 'tenant'), async (store, tenant) => {
        const saved = await saveBankAccountSettings(store.db, tenant, { account, name: str(o, 'name'), currency: str(o, 'currency'), csvMapping: mapping, actor: cliActor() });
        printTable(str(o, 'format') ?? 'table', { columns: ['account', 'name', 'currency', 'csvMapping'], rows: [{ ...saved, csvMapping: saved.csvMapping ? 'saved' : '' }] }, saved);
      });
    });
}
