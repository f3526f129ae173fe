// arrears dunning run (issue #4)
import type { Command } from 'commander';
import { runDunning } from '../app/dunning/run-dunning.js';
import { dateInZone } from '../domain/dates.js';
import { cliActor, withTenant } from './context.js';
import { checkFormat, printTable } from './output.js';

type Opts = Record<string, string | boolean | undefined>;
const str = (o: Opts, k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);

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
}
