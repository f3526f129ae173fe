// arrears worklist (issue #6): the prioritised accounts to work, a customer's sales representative, the worklist's
// large-account settings, and the tenant's exchange rates. Thin, like the API.
import type { Command } from 'commander';
import { getWorklist } from '../app/worklist/get-worklist.js';
import { putSalesRep } from '../app/worklist/sales-rep.js';
import { getWorklistSettings, putWorklistSettings } from '../app/worklist/worklist-settings.js';
import { getExchangeRates, putExchangeRates, type RateChange } from '../app/worklist/exchange-rates.js';
import { dateInZone } from '../domain/dates.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

const whole = (o: Opts, key: string, fallback: number): number => {
  const text = str(o, key);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new CliUsageError(`--${key} must be a whole number, not "${text}"`);
  return Number(text);
};
const collect = (value: string, previous: string[] = []) => [...previous, value];
const orNull = (value: string | undefined) => (value === undefined || value === 'none' ? null : value);

export function registerWorklistCommands(program: Command): void {
  const worklist = program.command('worklist').description('the prioritised worklist: accounts to work, sales representatives, settings');
  // `arrears worklist --tenant S …` runs `show`: the subcommands then own --tenant and --format without a clash.
  worklist.command('show', { isDefault: true }).description('the accounts to work, highest priority score first (overdue × age × risk)')
    .requiredOption('--tenant <slug>', 'tenant').option('--collector <name>', 'only accounts assigned to this collector or sales representative')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)').option('--limit <n>', 'rows per page', '50').option('--offset <n>', 'rows to skip', '0')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('worklist', str(o, 'tenant'), async (store, tenant) => {
        const result = await getWorklist(store.db, tenant, {
          asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), collector: str(o, 'collector'), limit: whole(o, 'limit', 50), offset: whole(o, 'offset', 0),
        });
        const rows = result.rows.map((r) => ({
          rank: r.rank, customerRef: r.customerRef, score: r.score, overdue: r.overdue, currency: r.currency, daysPastDue: r.oldestDaysPastDue,
          age: r.parts.age.value, risk: r.parts.risk.value, level: r.dunningLevel, collector: r.collector, salesRep: r.salesRepAssigned ? r.salesRep : null, phone: r.phone,
        }));
        printTable(format, { columns: ['rank', 'customerRef', 'score', 'overdue', 'currency', 'daysPastDue', 'age', 'risk', 'level', 'collector', 'salesRep', 'phone'], rows }, result);
      });
    });

  worklist.command('sales-rep').description('set or clear a customer\'s sales representative (large or difficult accounts go to them too)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer reference')
    .option('--rep <name>', 'the sales representative').option('--clear', 'remove the sales representative').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const rep = str(o, 'rep');
      if ((rep === undefined) === (o.clear !== true)) throw new CliUsageError('give --rep NAME or --clear');
      await withTenant('worklist sales-rep', str(o, 'tenant'), async (store, tenant) => {
        const result = await putSalesRep(store.db, tenant, { customerRef: str(o, 'customer') ?? '', salesRep: rep ?? null, actor: cliActor() });
        printTable(str(o, 'format') ?? 'table', { columns: ['customerRef', 'salesRep'], rows: [result] }, result);
      });
    });

  worklist.command('settings').description('when an account is large enough to go to the sales representative too')
    .requiredOption('--tenant <slug>', 'tenant').option('--large-amount <amount>', 'overdue at or above this, base currency ("none": no amount rule)')
    .option('--large-share <percent>', 'or at least this % of the tenant\'s overdue money ("none": no share rule)').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('worklist settings', str(o, 'tenant'), async (store, tenant) => {
        const change = str(o, 'largeAmount') !== undefined || str(o, 'largeShare') !== undefined;
        const current = await getWorklistSettings(store.db, tenant);
        const result = !change ? current : await putWorklistSettings(store.db, tenant, {
          largeAccountAmount: str(o, 'largeAmount') === undefined ? current.largeAccountAmount : orNull(str(o, 'largeAmount')),
          largeAccountSharePercent: str(o, 'largeShare') === undefined ? current.largeAccountSharePercent : orNull(str(o, 'largeShare')), actor: cliActor(),
        });
        printTable(str(o, 'format') ?? 'table', { columns: ['baseCurrency', 'largeAccountAmount', 'largeAccountSharePercent', 'updatedBy'], rows: [result] }, result);
      });
    });

  program.command('exchange-rates').description('the tenant\'s rates to its base currency, used to rank the worklist across currencies')
    .requiredOption('--tenant <slug>', 'tenant').option('--set <CUR=rate>', 'set a rate, e.g. SEK=0.95 (repeatable)', collect)
    .option('--remove <CUR>', 'remove a rate (repeatable)', collect).option('--reason <text>', 'why the rates change').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      const sets = (o.set as string[] | undefined) ?? [];
      const removes = (o.remove as string[] | undefined) ?? [];
      const changes: RateChange[] = [
        ...sets.map((s) => {
          const [currency, rate] = s.split('=');
          if (!currency || rate === undefined) throw new CliUsageError(`--set takes CUR=rate, e.g. SEK=0.95, not "${s}"`);
          return { currency, rate };
        }),
        ...removes.map((currency) => ({ currency, rate: null })),
      ];
      await withTenant('exchange-rates', str(o, 'tenant'), async (store, tenant) => {
        const result = changes.length === 0 ? await getExchangeRates(store.db, tenant)
          : await putExchangeRates(store.db, tenant, { rates: changes, reason: str(o, 'reason'), actor: cliActor() });
        printTable(format, { columns: ['currency', 'rate', 'updatedAt', 'updatedBy'], rows: result.rates }, result);
      });
    });
}
