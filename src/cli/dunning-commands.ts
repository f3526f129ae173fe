// arrears dunning run (issue #4)
import type { Command } from 'commander';
import { runDunning } from '../app/dunning/run-dunning.js';
import { decideRun, runActions } from '../app/dunning/decide-actions.js';
import { deliveryConfigFromEnv, outboxPage, sendOutbox } from '../app/outbox/send-outbox.js';
import { printBatch } from '../app/outbox/print-batch.js';
import fs from 'node:fs';
import { dataDirFromEnv } from '../store/open-store.js';
import { registerDunningConfigCommands } from './dunning-config-commands.js';
import { dateInZone } from '../domain/dates.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';


export function registerDunningCommands(program: Command): void {
  const dunning = program.command('dunning').description('reminders and notices that grow firmer level by level');
  dunning.command('run').description('plan (and record) the dunning actions due on a day; idempotent per (tenant, as-of)')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)')
    .option('--dry-run', 'plan only: write nothing').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('dunning run', str(o, 'tenant'), async (store, tenant) => {
        const result = await runDunning(store.db, tenant, { asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), dryRun: o.dryRun === true, actor: cliActor() });
        const rows = result.actions.map((a) => ({ customerRef: a.customerRef, currency: a.currency, level: a.level, channels: a.channels.join('+'), invoices: a.invoices.map((i) => i.number).join(' '), fees: a.fees, interest: a.interest, total: a.total }));
        printTable(format, { columns: ['customerRef', 'currency', 'level', 'channels', 'invoices', 'fees', 'interest', 'total'], rows }, result);
      });
    });

  dunning.command('actions').description('the actions of a run, with their approval status')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--as-of <date>', 'the run\'s date').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('dunning actions', str(o, 'tenant'), async (store, tenant) => {
        const result = await runActions(store.db, tenant, str(o, 'asOf') ?? '');
        printTable(format, { columns: ['id', 'customerRef', 'currency', 'level', 'channels', 'total', 'status', 'decidedBy'], rows: result.actions.map((a) => ({ ...a, channels: a.channels.join('+') })) }, result);
      });
    });
  dunning.command('approve').description('approve all or some planned actions of a run (the rest stay planned unless held)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--as-of <date>', 'the run\'s date')
    .option('--actions <ids>', 'comma-separated action ids, or "all"', 'all').option('--hold <ids>', 'comma-separated action ids not to send')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      const list = (v: string | undefined) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : []);
      const approve = str(o, 'actions') === 'all' ? 'all' as const : list(str(o, 'actions'));
      if (approve !== 'all' && approve.length === 0 && list(str(o, 'hold')).length === 0) throw new CliUsageError('give --actions ids (or all) and/or --hold ids');
      await withTenant('dunning approve', str(o, 'tenant'), async (store, tenant) => {
        const result = await decideRun(store.db, tenant, { asOf: str(o, 'asOf') ?? '', approve, hold: list(str(o, 'hold')), actor: cliActor() });
        printTable(format, { columns: ['id', 'customerRef', 'currency', 'level', 'total', 'status', 'decidedBy'], rows: result.actions.map((a) => ({ ...a, channels: a.channels.join('+') })) }, result);
      });
    });

  registerDunningConfigCommands(dunning);

  const outbox = program.command('outbox').description('messages waiting to leave, and what happened to them');
  outbox.command('send').description('deliver what is due now (SMTP_URL, else .eml files in the data folder; SMS_WEBHOOK_URL for SMS)')
    .requiredOption('--tenant <slug>', 'tenant').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('outbox send', str(o, 'tenant'), async (store, tenant) => {
        const result = await sendOutbox(store.db, tenant, deliveryConfigFromEnv(store.dataDir ?? dataDirFromEnv()));
        printTable(str(o, 'format') ?? 'table', { columns: ['sent', 'retried', 'failed', 'mode'], rows: [result] }, result);
      });
    });
  outbox.command('print-batch').description('gather every queued letter into one PDF for the print room and mark them sent')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--out <file.pdf>', 'where to write the batch').option('--simplex', 'no blank back pages')
    .option('--name <name>', 'the batch\'s name (default: today\'s date in the tenant\'s time zone; -2, -3… when taken)')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('outbox print-batch', str(o, 'tenant'), async (store, tenant) => {
        const out = str(o, 'out') ?? '';
        const result = await printBatch(store.db, tenant, { date: dateInZone(new Date(), tenant.time_zone), name: str(o, 'name'), actor: cliActor(), duplex: o.simplex !== true });
        if (result.pdf) fs.writeFileSync(out, result.pdf);
        const json = { letters: result.letters, file: result.pdf ? out : null, batch: result.name };
        printTable(str(o, 'format') ?? 'table', { columns: ['letters', 'file', 'batch'], rows: [json] }, json);
      });
    });
  outbox.command('list').description('messages, newest first').requiredOption('--tenant <slug>', 'tenant')
    .option('--status <status>', 'queued|sent|failed|bounced').option('--limit <n>', 'how many', '50').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('outbox list', str(o, 'tenant'), async (store, tenant) => {
        const page = await outboxPage(store.db, tenant, { status: str(o, 'status'), limit: Number(str(o, 'limit') ?? '50'), offset: 0 });
        printTable(format, { columns: ['id', 'channel', 'recipient', 'subject', 'status', 'attempts', 'lastError', 'sentAt'], rows: page.messages }, page);
      });
    });
}
