// arrears letterhead list|show|set|delete (issue #6 agency mode): a tenant's named letterheads. The CLI runs as the
// machine's operator, like an API key: it may change them.
import type { Command } from 'commander';
import { deleteLetterhead, getLetterhead, letterheads, putLetterhead } from '../app/letterheads/manage-letterheads.js';
import { cliActor, withTenant } from './context.js';
import { checkFormat, printTable, type Opts, str } from './output.js';

const COLUMNS = ['name', 'isDefault', 'senderLines', 'address', 'templateKeys'];
const row = (l: Awaited<ReturnType<typeof getLetterhead>>) => ({ ...l, senderLines: l.senderLines.join(' / '), templateKeys: l.templateKeys.join(' ') });
const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter(Boolean));

export function registerLetterheadCommands(program: Command): void {
  const letterhead = program.command('letterhead').description('named letterheads: each client organisation\'s own, a law firm\'s for the legal level');
  letterhead.command('list').requiredOption('--tenant <slug>', 'tenant').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table');
      await withTenant('letterhead list', str(o, 'tenant'), async (store, tenant) => {
        const result = await letterheads(store.db, tenant);
        printTable(format, { columns: COLUMNS, rows: result.letterheads.map(row) }, result);
      });
    });
  letterhead.command('show').requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'letterhead').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('letterhead show', str(o, 'tenant'), async (store, tenant) => {
        const found = await getLetterhead(store.db, tenant, str(o, 'name') ?? '');
        printTable(format, { columns: COLUMNS, rows: [row(found)] }, found);
      });
    });
  letterhead.command('set').description('create or replace a letterhead')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'e.g. law-firm')
    .requiredOption('--sender <lines...>', 'one to four sender lines; the first is the name').option('--address <address>', 'postal address')
    .option('--phone <phone>').option('--email <email>').option('--registration <text>', 'e.g. "Org.nr. 923 456 789"').option('--vat <text>', 'VAT number')
    .option('--footer <text>', 'page footer').option('--accent <#rrggbb>', 'colour of the sender\'s name').option('--default', 'every letter prints on it unless its template names another')
    .option('--templates <keys>', 'comma-separated template keys (dunning levels\' templateKey) that print on it').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('letterhead set', str(o, 'tenant'), async (store, tenant) => {
        const sender = Array.isArray(o.sender) ? o.sender : [str(o, 'sender') ?? ''];
        const result = await putLetterhead(store.db, tenant, str(o, 'name') ?? '', {
          senderLines: sender, address: str(o, 'address'), phone: str(o, 'phone'), email: str(o, 'email'), registrationNumber: str(o, 'registration'),
          vatNumber: str(o, 'vat'), footer: str(o, 'footer'), accentColour: str(o, 'accent'), isDefault: o.default === true, templateKeys: list(str(o, 'templates')),
        }, cliActor());
        printTable(format, { columns: COLUMNS, rows: [row(result.letterhead)] }, result.letterhead);
      });
    });
  letterhead.command('delete').requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'letterhead').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      const format = checkFormat(str(o, 'format') ?? 'table', ['json', 'table']);
      await withTenant('letterhead delete', str(o, 'tenant'), async (store, tenant) => {
        const name = str(o, 'name') ?? '';
        await deleteLetterhead(store.db, tenant, name, cliActor());
        printTable(format, { columns: ['deleted'], rows: [{ deleted: name }] }, { deleted: name });
      });
    });
}
