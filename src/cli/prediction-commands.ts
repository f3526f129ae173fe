// arrears predict | forecast | discount (issue #8): payment-date prediction with its backtest, the 13-week cash
// forecast, and early-payment discount economics. Thin: check the format, call the use case, print.
import type { Command } from 'commander';
import { predictPayments } from '../app/prediction/predict.js';
import { cashForecast } from '../app/prediction/forecast.js';
import { discountAdvice } from '../app/prediction/discount.js';
import { dateInZone } from '../domain/dates.js';
import { withTenant } from './context.js';
import { checkFormat, printTable, type Opts, str } from './output.js';

export function registerPredictionCommands(program: Command): void {
  program.command('predict').description('predicted payment date and 80 % interval of every open invoice, with the backtest against the ADD baseline')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)')
    .option('--cut <date>', 'backtest cut date (default: 91 days before as-of)').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('predict', str(o, 'tenant'), async (store, tenant) => {
        const result = await predictPayments(store.db, tenant, { asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), cut: str(o, 'cut') });
        const rows = result.invoices.map((i) => ({ number: i.number, customerRef: i.customerRef, currency: i.currency, open: i.open, dueDate: i.dueDate, predictedDate: i.predictedDate, low: i.low, high: i.high }));
        printTable(format, { columns: ['number', 'customerRef', 'currency', 'open', 'dueDate', 'predictedDate', 'low', 'high'], rows }, result);
        const b = result.backtest;
        if (format === 'table' && b) process.stdout.write(`\nbacktest (trained as of ${b.cut}, ${b.n} invoices settled since): mean absolute error ${b.maeDays ?? '-'} days; ADD baseline ${b.baselineMaeDays ?? '-'} days\n`);
      });
    });

  program.command('forecast').description('13-week cash forecast per currency: expected collections per week with a low and high band (weeks start on the as-of\'s Monday)')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)')
    .option('--weeks <n>', 'how many weeks (1–52)', '13').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('forecast', str(o, 'tenant'), async (store, tenant) => {
        const result = await cashForecast(store.db, tenant, { asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone), weeks: str(o, 'weeks') ?? '13' });
        const rows = result.currencies.flatMap((c) => [
          ...c.weeks.map((w) => ({ currency: c.currency, week: w.week, from: w.from, to: w.to, expected: w.expected, low: w.low, high: w.high })),
          { currency: c.currency, week: 'later', from: '', to: '', expected: c.later, low: '', high: '' },
        ]);
        printTable(format, { columns: ['currency', 'week', 'from', 'to', 'expected', 'low', 'high'], rows }, result);
      });
    });

  program.command('discount').description('does an early-payment discount like "2/10 net 30" pay for itself? per customer segment, with the arithmetic')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--terms <terms>', 'e.g. "2/10 net 30", "2/10 n/30", "1.5/15 net 45"')
    .requiredOption('--cost-of-capital <percent>', 'the tenant\'s cost of capital, percent a year, e.g. 8')
    .option('--as-of <date>', 'YYYY-MM-DD: payment behaviour in the year to this day (default: today in the tenant\'s time zone)')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('discount', str(o, 'tenant'), async (store, tenant) => {
        const result = await discountAdvice(store.db, tenant, { terms: str(o, 'terms') ?? '', costOfCapital: str(o, 'costOfCapital'), asOf: str(o, 'asOf') ?? dateInZone(new Date(), tenant.time_zone) });
        const rows = result.segments.map((s) => ({ segment: s.segment, currency: s.currency, customers: s.customers, volume: s.volume, dsoDaysGained: s.dsoDaysGained.toFixed(2), cashBroughtForward: s.cashBroughtForward, discountCost: s.discountCost, netBenefit: s.netBenefit, recommendation: s.recommendation }));
        if (format === 'table') process.stdout.write(`${result.terms}: annualised cost ${result.annualisedCostPercent} % against a cost of capital of ${result.costOfCapitalPercent} % (segments: ${result.grouping})\n\n`);
        printTable(format, { columns: ['segment', 'currency', 'customers', 'volume', 'dsoDaysGained', 'cashBroughtForward', 'discountCost', 'netBenefit', 'recommendation'], rows }, result);
        if (format === 'table') for (const s of result.segments) process.stdout.write(`\n${s.segment} (${s.currency}): ${s.arithmetic}\n`);
      });
    });
}
