// arrears risk | credit-application | credit-review (issue #8): grades with their parts in words and credit advice;
// credit applications decided by a person; reviews due and done.
import type { Command } from 'commander';
import { tenantRisk } from '../app/risk/compute-risk.js';
import { decideCreditApplication } from '../app/risk/decide-application.js';
import { customerReviews, dueReviews } from '../app/risk/due-reviews.js';
import { creditApplications } from '../app/risk/list-applications.js';
import { recordCreditReview } from '../app/risk/record-review.js';
import { submitCreditApplication } from '../app/risk/submit-application.js';
import type { ApplicationJson } from '../app/risk/application-json.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, checkFormat, printTable, type Opts, str } from './output.js';

const today = (o: Opts, key: string, tenant: TenantRow) => str(o, key) ?? dateInZone(new Date(), tenant.time_zone);
const days = (o: Opts, key: string): number | undefined => (str(o, key) === undefined ? undefined : Number(str(o, key)));

const APPLICATION_COLUMNS = ['id', 'customerRef', 'name', 'currency', 'requestedLimit', 'status', 'approvedLimit', 'termsDays', 'decidedOn', 'decidedBy', 'reason'];
const applicationRows = (list: ApplicationJson[]) => list.map((a) => ({ ...a, advice: undefined }));

export function registerRiskCommands(program: Command): void {
  program.command('risk').description('each customer\'s risk grade (A–E), score with its parts in words, credit advice and next review')
    .requiredOption('--tenant <slug>', 'tenant').option('--as-of <date>', 'YYYY-MM-DD (default: today in the tenant\'s time zone)')
    .option('--customer <ref>', 'one customer only').option('--save', 'also store the grades for the worklist (customer_risk)')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('risk', str(o, 'tenant'), async (store, tenant) => {
        const result = await tenantRisk(store.db, tenant, { asOf: today(o, 'asOf', tenant), customerRef: str(o, 'customer'), save: o.save === true });
        const rows = result.customers.map((c) => ({
          customerRef: c.customerRef, currency: c.currency, grade: c.grade, score: c.score, daysLate: c.parts.daysBeyondTerms.value, latePercent: c.parts.latePercent.value,
          exposure: c.exposure, limit: c.currentLimit, recommendedLimit: c.recommendedLimit, terms: c.recommendedTerms.text, reviewDue: c.reviewDue,
        }));
        printTable(format, { columns: ['customerRef', 'currency', 'grade', 'score', 'daysLate', 'latePercent', 'exposure', 'limit', 'recommendedLimit', 'terms', 'reviewDue'], rows }, result);
      });
    });

  const application = program.command('credit-application').description('credit applications: a limit and terms asked for, decided by a person');
  application.command('submit').description('a new (or existing) customer applies for credit; waits for a decision')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'the customer\'s reference (new or existing)')
    .option('--name <name>', 'the customer\'s name (required for a new customer)').option('--currency <code>', 'default: the customer\'s, else the tenant\'s')
    .requiredOption('--requested-limit <amount>', 'the limit asked for, e.g. 50000.00').option('--terms-days <n>', 'the terms asked for, in days')
    .option('--note <text>', 'what the application says').option('--as-of <date>', 'the day it was submitted').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('credit-application submit', str(o, 'tenant'), async (store, tenant) => {
        const result = await submitCreditApplication(store.db, tenant, {
          customerRef: str(o, 'customer') ?? '', name: str(o, 'name'), currency: str(o, 'currency'), requestedLimit: str(o, 'requestedLimit') ?? '',
          requestedTermsDays: days(o, 'termsDays'), note: str(o, 'note'), asOf: today(o, 'asOf', tenant), actor: cliActor(),
        });
        printTable(format, { columns: APPLICATION_COLUMNS, rows: applicationRows([result]) }, result);
      });
    });
  application.command('decide').description('approve (setting the limit and terms, opening a new customer\'s account) or decline, with the reason')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'the application').requiredOption('--outcome <outcome>', 'approved|declined')
    .requiredOption('--reason <text>', 'why').option('--limit <amount>', 'the approved limit (default: the requested one)').option('--terms-days <n>', 'the approved terms')
    .option('--as-of <date>', 'the day of the decision').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      const outcome = str(o, 'outcome');
      if (outcome !== 'approved' && outcome !== 'declined') throw new CliUsageError('--outcome must be approved or declined');
      await withTenant('credit-application decide', str(o, 'tenant'), async (store, tenant) => {
        const result = await decideCreditApplication(store.db, tenant, {
          id: str(o, 'id') ?? '', outcome, reason: str(o, 'reason') ?? '', limit: str(o, 'limit'), termsDays: days(o, 'termsDays'), asOf: today(o, 'asOf', tenant), actor: cliActor(),
        });
        printTable(format, { columns: APPLICATION_COLUMNS, rows: applicationRows([result]) }, result);
      });
    });
  application.command('list').description('applications, newest first').requiredOption('--tenant <slug>', 'tenant')
    .option('--status <status>', 'pending|approved|declined').option('--customer <ref>', 'one customer').option('--limit <n>', 'how many', '50')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('credit-application list', str(o, 'tenant'), async (store, tenant) => {
        const result = await creditApplications(store.db, tenant, { status: str(o, 'status'), customerRef: str(o, 'customer'), limit: Number(str(o, 'limit') ?? '50') });
        printTable(format, { columns: APPLICATION_COLUMNS, rows: applicationRows(result.applications) }, result);
      });
    });

  const review = program.command('credit-review').description('credit reviews: which are due, and recording one done');
  review.command('due').description('customers whose credit review is due on or before a day, earliest first')
    .requiredOption('--tenant <slug>', 'tenant').option('--due <date>', 'due on or before (default: --as-of)').option('--as-of <date>', 'risk as of (default: today)')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('credit-review due', str(o, 'tenant'), async (store, tenant) => {
        const asOf = today(o, 'asOf', tenant);
        const result = await dueReviews(store.db, tenant, { asOf, due: str(o, 'due') ?? asOf });
        printTable(format, { columns: ['customerRef', 'grade', 'score', 'reviewDue', 'currentLimit', 'recommendedLimit', 'reasons'], rows: result.reviews.map((r) => ({ ...r, reasons: r.reasons.join('; ') })) }, result);
      });
    });
  review.command('record').description('record a review done: outcome confirmed|changed|escalated, a note, and any new limit or terms')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer').requiredOption('--outcome <outcome>', 'confirmed|changed|escalated')
    .requiredOption('--note <text>', 'what was looked at and decided').option('--limit <amount>', 'a new limit ("none" removes it); outcome changed')
    .option('--terms-days <n>', 'new terms; outcome changed').option('--next-review <date>', 'review again on this day instead of by grade')
    .option('--reviewed-on <date>', 'default today').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('credit-review record', str(o, 'tenant'), async (store, tenant) => {
        const limit = str(o, 'limit');
        const result = await recordCreditReview(store.db, tenant, {
          customerRef: str(o, 'customer') ?? '', outcome: str(o, 'outcome') ?? '', note: str(o, 'note') ?? '', reviewedOn: today(o, 'reviewedOn', tenant),
          limit: limit === 'none' ? null : limit, termsDays: days(o, 'termsDays'), nextReviewOn: str(o, 'nextReview'), actor: cliActor(),
        });
        printTable(format, { columns: ['id', 'customerRef', 'reviewedOn', 'outcome', 'grade', 'limitBefore', 'limitAfter', 'reviewDue', 'reviewedBy'], rows: [result] }, result);
      });
    });
  review.command('list').description('one customer\'s reviews, latest first').requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('credit-review list', str(o, 'tenant'), async (store, tenant) => {
        const result = await customerReviews(store.db, tenant, str(o, 'customer') ?? '');
        printTable(format, { columns: ['id', 'reviewedOn', 'outcome', 'grade', 'score', 'limitBefore', 'limitAfter', 'note', 'reviewedBy'], rows: result.reviews }, result);
      });
    });
}
