// arrears call … (issue #6): call tasks, logging a call, the calling day with its peak windows, the reach report;
// and, registered from here, the timeline, notes and letterheads.
import type { Command } from 'commander';
import { getCallSettings, setCallSettings } from '../app/calls/call-settings.js';
import { callTasks } from '../app/calls/call-tasks.js';
import { createCallTask } from '../app/calls/create-call-task.js';
import { type CallLogInput, logCall, logUnscheduledCall } from '../app/calls/log-call.js';
import { reachReport } from '../app/calls/reach-report.js';
import { dateInZone } from '../domain/dates.js';
import { registerLetterheadCommands } from './letterhead-commands.js';
import { registerTimelineCommands } from './timeline-commands.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

const TASK_COLUMNS = ['id', 'customerRef', 'localDueTime', 'phone', 'reason', 'status', 'assignedTo', 'outcome'];

function logInput(o: Opts, asOf: string): CallLogInput {
  const outcome = str(o, 'outcome') ?? '';
  const invoices = (str(o, 'invoices') ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const promise = outcome === 'promise' ? { amount: str(o, 'amount') ?? '', promisedDate: str(o, 'promisedDate') ?? '', invoiceNumbers: invoices } : undefined;
  const reason = str(o, 'disputeReason');
  const dispute = outcome === 'dispute' ? { invoices: invoices.map((invoiceNumber) => ({ invoiceNumber })), reason: (reason ?? 'other') as never } : undefined;
  if (outcome === 'promise' && (!str(o, 'amount') || !str(o, 'promisedDate'))) throw new CliUsageError('--outcome promise needs --amount and --promised-date (and --invoices)');
  return { outcome: outcome as CallLogInput['outcome'], note: str(o, 'note'), nextActionOn: str(o, 'nextActionOn'), promise, dispute, asOf, actor: cliActor() };
}

export function registerCallCommands(program: Command): void {
  const call = program.command('call').description('collectors\' calls: tasks, logging, peak calling hours');
  call.command('tasks').description('call tasks, earliest due first').requiredOption('--tenant <slug>', 'tenant')
    .option('--status <status>', 'open|done|cancelled', 'open').option('--customer <ref>').option('--assigned-to <who>')
    .option('--limit <n>', 'how many', '50').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('call tasks', str(o, 'tenant'), async (store, tenant) => {
        const page = await callTasks(store.db, tenant, { status: str(o, 'status'), customerRef: str(o, 'customer'), assignedTo: str(o, 'assignedTo'), limit: Number(str(o, 'limit') ?? '50'), offset: 0 });
        printTable(format, { columns: TASK_COLUMNS, rows: page.tasks }, page);
      });
    });
  call.command('add').description('a manual call task at the customer\'s next calling slot (peak window first)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>').requiredOption('--reason <text>')
    .option('--due-on <date>', 'YYYY-MM-DD').option('--phone <phone>').option('--assigned-to <who>').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('call add', str(o, 'tenant'), async (store, tenant) => {
        const task = await createCallTask(store.db, tenant, { customerRef: str(o, 'customer') ?? '', reason: str(o, 'reason') ?? '', dueOn: str(o, 'dueOn'), phone: str(o, 'phone'), assignedTo: str(o, 'assignedTo'), asOf: dateInZone(new Date(), tenant.time_zone), actor: cliActor() }, Date.now());
        printTable(format, { columns: TASK_COLUMNS, rows: [task] }, task);
      });
    });
  call.command('log').description('log a call on a task (--task) or unscheduled on a customer (--customer)')
    .requiredOption('--tenant <slug>', 'tenant').option('--task <id>').option('--customer <ref>')
    .requiredOption('--outcome <outcome>', 'promise|dispute|no-answer|left-message|wrong-number|refused|paid-already')
    .option('--note <text>').option('--next-action-on <date>', 'the next call is due that day')
    .option('--amount <amount>', 'promise: the amount').option('--promised-date <date>', 'promise: by when').option('--invoices <numbers>', 'promise or dispute: comma-separated invoice numbers')
    .option('--dispute-reason <reason>', 'dispute: damaged-goods|wrong-item|not-received|pricing|quality|poor-service|duplicate-billing|other')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      const task = str(o, 'task');
      const customer = str(o, 'customer');
      if ((task === undefined) === (customer === undefined)) throw new CliUsageError('give either --task ID or --customer REF');
      await withTenant('call log', str(o, 'tenant'), async (store, tenant) => {
        const input = logInput(o, dateInZone(new Date(), tenant.time_zone));
        const result = task !== undefined ? await logCall(store.db, tenant, task, input, Date.now()) : await logUnscheduledCall(store.db, tenant, customer ?? '', input, Date.now());
        printTable(format, { columns: TASK_COLUMNS, rows: [result.task, ...(result.followUp ? [result.followUp] : [])] }, result);
      });
    });
  call.command('settings').description('show, or with --peak set, the calling day (customer-local times)')
    .requiredOption('--tenant <slug>', 'tenant').option('--peak <windows>', 'comma-separated, e.g. 10:00-12:00,14:00-16:00; "none" clears them')
    .option('--open <HH:MM>', 'business hours open').option('--close <HH:MM>', 'business hours close').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('call settings', str(o, 'tenant'), async (store, tenant) => {
        const peak = str(o, 'peak');
        const settings = peak === undefined && str(o, 'open') === undefined && str(o, 'close') === undefined
          ? await getCallSettings(store.db, tenant)
          : await setCallSettings(store.db, tenant, {
            businessOpen: str(o, 'open'), businessClose: str(o, 'close'), actor: cliActor(),
            peakWindows: peak === undefined ? (await getCallSettings(store.db, tenant)).peakWindows : peak === 'none' ? [] : peak.split(',').map((w) => w.trim()).filter(Boolean),
          });
        printTable(format, { columns: ['businessOpen', 'businessClose', 'peakWindows', 'updatedBy'], rows: [{ businessOpen: settings.businessOpen, businessClose: settings.businessClose, peakWindows: settings.peakWindows.join(' '), updatedBy: settings.updatedBy }] }, settings);
      });
    });
  call.command('reach').description('calls and reach rate per hour of the customer\'s local day')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--from <date>').requiredOption('--to <date>').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('call reach', str(o, 'tenant'), async (store, tenant) => {
        const report = await reachReport(store.db, tenant, { from: str(o, 'from') ?? '', to: str(o, 'to') ?? '' });
        printTable(format, { columns: ['hour', 'calls', 'reached', 'rate'], rows: report.hours }, report);
      });
    });

  registerTimelineCommands(program);
  registerLetterheadCommands(program);
}
