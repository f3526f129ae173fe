// arrears interest | rates list|set | fees list|set (issue #3)
import type { Command } from 'commander';
import { computeDebtInterest } from '../app/law/compute-interest.js';
import { lawTables, setTenantFee, setTenantRate } from '../app/law/law-tables.js';
import { customerLateCharges } from '../app/law/customer-late-charges.js';
import { dateInZone } from '../domain/dates.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Runs with the tenant's overrides when --tenant is given; without it no database is opened at all. */
async function maybeTenant<T>(command: string, slug: string | undefined, work: (db?: Parameters<typeof computeDebtInterest>[0], tenantId?: number) => Promise<T>): Promise<T> {
  if (!slug) return work();
  return withTenant(command, slug, (store, tenant) => work(store.db, tenant.id));
}

export function registerLawCommands(program: Command): void {
  program.command('interest').description('statutory late-payment interest and fixed compensation for one debt')
    .requiredOption('--jurisdiction <code>', 'NO|SE|BG|PH|IN|EU|UK|DE').requiredOption('--principal <amount>', 'the debt, e.g. 10000.00')
    .requiredOption('--currency <cur>', 'ISO 4217').option('--due <date>', 'agreed due date (omit when none was agreed)')
    .requiredOption('--until <date>', 'interest runs through this day').option('--debtor <type>', 'business|consumer|public', 'business')
    .option('--demand-date <date>', 'date of demand (PH; no due date agreed)').option('--invoice-date <date>', 'invoice received (no due date agreed)')
    .option('--supplier-size <size>', 'micro|small|medium|large (IN)').option('--payment <date:amount>', 'a part of the principal paid (repeatable)', collect)
    .option('--reminder-fees-charged <amount>', 'reminder fees already charged on this debt').option('--tenant <slug>', 'use this tenant\'s own rate and fee rows')
    .option('--format <format>', 'json|csv|table', 'json')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'json');
      const payments = ((o.payment as string[] | undefined) ?? []).map((p) => {
        const [date, amount] = p.split(':');
        if (!date || !amount) throw new CliUsageError(`--payment must be DATE:AMOUNT, not "${p}"`);
        return { date, amount };
      });
      await maybeTenant('interest', str(o, 'tenant'), async (db, tenantId) => {
        const result = await computeDebtInterest(db, tenantId, {
          jurisdiction: str(o, 'jurisdiction') ?? '', principal: str(o, 'principal') ?? '', currency: str(o, 'currency') ?? '',
          due: str(o, 'due'), until: str(o, 'until') ?? '', debtor: str(o, 'debtor'), demandDate: str(o, 'demandDate'),
          invoiceDate: str(o, 'invoiceDate'), supplierSize: str(o, 'supplierSize'), payments, reminderFeesCharged: str(o, 'reminderFeesCharged'),
        });
        printTable(format, { columns: ['from', 'to', 'days', 'ratePercent', 'interest'], rows: [...result.periods, { from: 'interest', interest: result.interest }, { from: 'compensation', interest: result.fixedCompensation }, { from: 'total owed', interest: result.total }] }, result);
      });
    });

  program.command('charges').description('statutory interest and compensation on a customer\'s overdue invoices, under the pack for its country')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer_ref')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('charges', str(o, 'tenant'), async (store, tenant) => {
        const result = await customerLateCharges(store.db, tenant, { customerRef: str(o, 'customer') ?? '', asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone) });
        printTable(format, { columns: ['number', 'dueDate', 'open', 'interest', 'fixedCompensation'], rows: [...result.invoices, { number: 'TOTAL', dueDate: '', open: '', interest: result.interest, fixedCompensation: result.fixedCompensation }] }, result);
      });
    });

  const rates = program.command('rates').description('the rule packs\' dated rates (built-in, and a tenant\'s own)');
  rates.command('list').option('--tenant <slug>', 'include this tenant\'s rows').option('--jurisdiction <code>', 'only this pack')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await maybeTenant('rates list', str(o, 'tenant'), async (db, tenantId) => {
        const tables = await lawTables(db, tenantId, str(o, 'jurisdiction'));
        printTable(format, { columns: ['jurisdiction', 'series', 'from', 'percent', 'verified', 'origin', 'source'], rows: tables.rates.map((r) => ({ ...r, verified: String(r.verified) })) }, { rates: tables.rates });
      });
    });
  rates.command('set').description('add next period\'s rate or correct one, for one tenant')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--jurisdiction <code>', 'pack').requiredOption('--series <name>', 'see `rates list`')
    .requiredOption('--from <date>', 'first day it governs').requiredOption('--percent <p>', 'annual percent, e.g. 12.25')
    .requiredOption('--source <text>', 'where it comes from').option('--unverified', 'the figure is not confirmed from the source')
    .option('--note <text>', 'why').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('rates set', str(o, 'tenant'), async (store, tenant) => {
        const row = await setTenantRate(store.db, tenant.id, { jurisdiction: str(o, 'jurisdiction') ?? '', series: str(o, 'series') ?? '', from: str(o, 'from') ?? '', percent: str(o, 'percent') ?? '', source: str(o, 'source') ?? '', verified: o.unverified !== true, note: str(o, 'note') }, cliActor());
        printTable(str(o, 'format') ?? 'table', { columns: ['jurisdiction', 'series', 'from', 'percent', 'verified', 'source'], rows: [{ ...row, verified: String(row.verified) }] }, row);
      });
    });

  const fees = program.command('fees').description('the rule packs\' dated fixed-compensation amounts');
  fees.command('list').option('--tenant <slug>', 'include this tenant\'s rows').option('--jurisdiction <code>', 'only this pack')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await maybeTenant('fees list', str(o, 'tenant'), async (db, tenantId) => {
        const tables = await lawTables(db, tenantId, str(o, 'jurisdiction'));
        printTable(format, { columns: ['jurisdiction', 'fee', 'from', 'amount', 'currency', 'debtAtLeast', 'verified', 'origin', 'source'], rows: tables.fees.map((r) => ({ ...r, verified: String(r.verified) })) }, { fees: tables.fees });
      });
    });
  fees.command('set').description('add or correct a fixed-compensation amount, for one tenant')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--jurisdiction <code>', 'pack').requiredOption('--from <date>', 'first day it applies')
    .requiredOption('--amount <amount>', 'e.g. 40.00').requiredOption('--currency <cur>', 'ISO 4217').option('--debt-at-least <amount>', 'size tier (UK)')
    .requiredOption('--source <text>', 'where it comes from').option('--unverified', 'not confirmed from the source').option('--note <text>', 'why')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('fees set', str(o, 'tenant'), async (store, tenant) => {
        const row = await setTenantFee(store.db, tenant.id, { jurisdiction: str(o, 'jurisdiction') ?? '', from: str(o, 'from') ?? '', amount: str(o, 'amount') ?? '', currency: str(o, 'currency') ?? '', debtAtLeast: str(o, 'debtAtLeast'), source: str(o, 'source') ?? '', verified: o.unverified !== true, note: str(o, 'note') }, cliActor());
        printTable(str(o, 'format') ?? 'table', { columns: ['jurisdiction', 'from', 'amount', 'currency', 'verified', 'source'], rows: [{ ...row, verified: String(row.verified) }] }, row);
      });
    });
}
