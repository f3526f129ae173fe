// arrears user create | grant: people who sign in to the web app, and their role in each tenant (issues #6, #7).
import fs from 'node:fs';
import type { Command } from 'commander';
import { createUser, grantRole } from '../app/users/manage-users.js';
import { withTenant } from './context.js';
import { CliUsageError, type Opts, printTable, str } from './output.js';

const ROLE_HELP = 'admin|manager|collector|viewer';

function readPassword(o: Opts): string {
  const file = str(o, 'passwordFile');
  const given = str(o, 'password');
  if (file !== undefined && given !== undefined) throw new CliUsageError('give --password-file or --password, not both');
  if (file !== undefined) return fs.readFileSync(file === '-' ? 0 : file, 'utf8').replace(/\r?\n$/, '');
  if (given !== undefined) return given;
  throw new CliUsageError('--password-file FILE (or - for stdin) or --password P is required');
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('people who sign in to the web app, and their role in each tenant');
  user.command('create').description('create a user with a role in one tenant (the password is stored as a scrypt hash)')
    .requiredOption('--email <e>', 'e-mail address, used to sign in').requiredOption('--name <name>', 'full name')
    .option('--password-file <file>', 'read the password from this file (- for stdin)').option('--password <p>', 'the password (visible in the process list: prefer --password-file)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--role <role>', ROLE_HELP)
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const password = readPassword(o);
      await withTenant('user create', str(o, 'tenant'), async (store, tenant) => {
        const created = await createUser(store.db, { email: str(o, 'email') ?? '', name: str(o, 'name') ?? '', password, tenant, role: str(o, 'role') ?? '' });
        printTable(str(o, 'format') ?? 'table', { columns: Object.keys(created), rows: [created] }, created);
      });
    });

  user.command('grant').description('give an existing user a role in a tenant (or change the role they have there)')
    .requiredOption('--email <e>', 'the user').requiredOption('--tenant <slug>', 'tenant').requiredOption('--role <role>', ROLE_HELP)
    .option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('user grant', str(o, 'tenant'), async (store, tenant) => {
        const granted = await grantRole(store.db, { email: str(o, 'email') ?? '', tenant, role: str(o, 'role') ?? '' });
        printTable(str(o, 'format') ?? 'table', { columns: Object.keys(granted), rows: [granted] }, granted);
      });
    });
}
