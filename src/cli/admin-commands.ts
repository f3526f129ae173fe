// arrears serve | db migrate | tenant create | apikey create
import type { Command } from 'commander';
import { createTenant } from '../app/create-tenant.js';
import { updateTenant } from '../app/update-tenant.js';
import { createApiKey } from '../app/api-keys.js';
import { openStore } from '../store/open-store.js';
import { migrate } from '../store/migrate.js';
import { startServer } from '../server.js';
import { withStore, withTenant } from './context.js';
import { CliUsageError, checkFormat, printJson, printTable, type Opts, str } from './output.js';


export function registerAdminCommands(program: Command): void {
  program.command('serve').description('start the HTTP server with the API (and web app) on the configured database')
    .option('--port <n>', 'port (default: $PORT or 3000)')
    .action(async (o: Opts) => {
      const port = Number(str(o, 'port') ?? process.env.PORT ?? '3000');
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a port number, not "${str(o, 'port')}"`);
      await startServer({ port });
    });

  const db = program.command('db').description('database administration');
  db.command('migrate').description('apply pending migrations (PostgreSQL via DATABASE_URL, or the embedded data folder)')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const store = await openStore('db migrate', { migrate: true });
      try {
        const applied = await migrate(store);
        if (str(o, 'format') === 'json') printJson({ engine: store.engine, applied });
        else process.stdout.write(`database (${store.engine}) is up to date\n`);
      } finally {
        await store.close();
      }
    });

  const tenant = program.command('tenant').description('client organisations whose receivables are managed');
  tenant.command('create').description('create a tenant')
    .requiredOption('--slug <slug>', 'short name used in commands and URLs').requiredOption('--name <name>', 'legal name')
    .requiredOption('--country <cc>', 'ISO 3166 country').requiredOption('--currency <cur>', 'base currency (ISO 4217)')
    .requiredOption('--timezone <tz>', 'IANA time zone').requiredOption('--language <lang>', 'default language')
    .option('--supplier-size <size>', 'micro|small|medium|large (the Indian MSMED interest pack)').option('--bank-account <iban>', 'printed in payment instructions').option('--email <e>', 'contact e-mail for letters').option('--phone <p>', 'customer-service phone').option('--address <a>', 'postal address')
    .option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withStore('tenant create', async (store) => {
        const row = await createTenant(store.db, {
          slug: str(o, 'slug') ?? '', name: str(o, 'name') ?? '', country: str(o, 'country') ?? '', currency: str(o, 'currency') ?? '',
          timezone: str(o, 'timezone') ?? '', language: str(o, 'language') ?? '', email: str(o, 'email'), phone: str(o, 'phone'), address: str(o, 'address'), supplierSize: str(o, 'supplierSize'), bankAccount: str(o, 'bankAccount'),
        });
        const json = { slug: row.slug, name: row.name, country: row.country, currency: row.base_currency, timezone: row.time_zone, language: row.default_language };
        printTable(format, { columns: Object.keys(json), rows: [json] }, json);
      });
    });

  tenant.command('update').description('change a tenant\'s payment instructions, contact details or dunning settings')
    .requiredOption('--slug <slug>', 'tenant').option('--bank-account <iban>', 'printed in payment instructions')
    .option('--email <e>', 'contact e-mail').option('--phone <p>', 'customer-service phone').option('--address <a>', 'postal address')
    .option('--dunning-run-time <HH:MM>', 'when the daily dunning run starts, local time').option('--require-approval <yes|no>', 'a person approves each run\'s actions')
    .option('--contact-interval-days <n>', 'at most one contact per customer per this many days')
    .option('--payment-reference <scheme>', 'rf|kid-mod10|kid-mod11|ocr: KID (NOK) or OCR (SEK) printed beside the RF reference')
    .option('--auto-post-confidence <0-1>', 'bank matches at or above this confidence post without a person (default 0.9)')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const approval = str(o, 'requireApproval');
      if (approval !== undefined && !['yes', 'no'].includes(approval)) throw new CliUsageError('--require-approval must be yes or no');
      const interval = str(o, 'contactIntervalDays');
      await withTenant('tenant update', str(o, 'slug'), async (store, t) => {
        const row = await updateTenant(store.db, t, {
          bankAccount: str(o, 'bankAccount'), email: str(o, 'email'), phone: str(o, 'phone'), address: str(o, 'address'), dunningRunTime: str(o, 'dunningRunTime'),
          dunningRequiresApproval: approval === undefined ? undefined : approval === 'yes', contactIntervalDays: interval === undefined ? undefined : Number(interval),
          paymentReferenceScheme: str(o, 'paymentReference'), autoPostConfidence: str(o, 'autoPostConfidence') === undefined ? undefined : Number(str(o, 'autoPostConfidence')),
        });
        const json = { slug: row.slug, bankAccount: row.bank_account, dunningRunTime: row.dunning_run_time, requireApproval: row.dunning_requires_approval, contactIntervalDays: row.contact_interval_days,
          paymentReference: row.payment_reference_scheme, autoPostConfidence: row.auto_post_confidence / 1000 };
        printTable(str(o, 'format') ?? 'table', { columns: Object.keys(json), rows: [json] }, json);
      });
    });

  const apikey = program.command('apikey').description('API keys for the HTTP API');
  apikey.command('create').description('create an API key for a tenant; it is shown once, only its hash is stored')
    .requiredOption('--tenant <slug>', 'tenant').option('--name <name>', 'what the key is for', 'default')
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('apikey create', str(o, 'tenant'), async (store, t) => {
        const key = await createApiKey(store.db, t, str(o, 'name') ?? 'default');
        if (str(o, 'format') === 'json') printJson({ key });
        else process.stdout.write(`${key}\n(store it now: it is not shown again)\n`);
      });
    });
}
