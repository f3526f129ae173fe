// arrears timeline / arrears note add (issue #6): a customer's history, and a note on it.
import type { Command } from 'commander';
import { addNote } from '../app/notes/add-note.js';
import { customerTimeline } from '../app/timeline/customer-timeline.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

const whole = (o: Opts, k: string, fallback: number): number => {
  const text = str(o, k);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new CliUsageError(`--${k} must be a whole number, not "${text}"`);
  return Number(text);
};

export function registerTimelineCommands(program: Command): void {
  program.command('timeline').description('a customer\'s history, newest first: letters, e-mails, SMS, calls, notes, promises, disputes, plans, payments, holds, …')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer reference')
    .option('--kinds <list>', 'comma-separated kinds (default: all)').option('--limit <n>', 'entries per page', '50').option('--offset <n>', 'entries to skip', '0')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('timeline', str(o, 'tenant'), async (store, tenant) => {
        const page = await customerTimeline(store.db, tenant, { customerRef: str(o, 'customer') ?? '', kinds: str(o, 'kinds'), limit: whole(o, 'limit', 50), offset: whole(o, 'offset', 0) });
        printTable(format, { columns: ['at', 'kind', 'title', 'by'], rows: page.entries.map((e) => ({ at: e.at, kind: e.kind, title: e.title, by: e.by })) }, page);
      });
    });

  const note = program.command('note').description('notes on a customer\'s timeline');
  note.command('add').description('add a note (append-only; a correction is a new note)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer reference').requiredOption('--text <text>', 'the note')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('note add', str(o, 'tenant'), async (store, tenant) => {
        const added = await addNote(store.db, tenant, { customerRef: str(o, 'customer') ?? '', text: str(o, 'text') ?? '', actor: cliActor() });
        printTable(format, { columns: ['id', 'customerRef', 'createdBy', 'text'], rows: [added] }, added);
      });
    });
}
