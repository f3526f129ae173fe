// arrears dunning policies | policy-set | policy-assign | template-set | template-preview (issue #4)
import fs from 'node:fs';
import type { Command } from 'commander';
import { assignPolicy, dunningPolicies, savePolicy } from '../app/dunning/policies.js';
import { previewTemplate, saveTemplate } from '../app/dunning/templates.js';
import { putSegment, removeSegment, segments } from '../app/segments.js';
import { setParent } from '../app/customer-group.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, printJson, type Opts, str } from './output.js';


function readJson(file: string | undefined): unknown {
  if (!file) throw new CliUsageError('--file is required');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new CliUsageError(`${file}: ${(error as Error).message}`);
  }
}

export function registerDunningConfigCommands(dunning: Command): void {
  dunning.command('policies').description('the tenant\'s dunning policies (JSON)').requiredOption('--tenant <slug>', 'tenant')
    .action(async (o: Opts) => withTenant('dunning policies', str(o, 'tenant'), async (store, tenant) => printJson(await dunningPolicies(store.db, tenant))));
  dunning.command('policy-set').description('add or replace a policy from a JSON file of levels (see `dunning policies`)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'policy name').requiredOption('--file <levels.json>', 'the levels')
    .option('--default', 'make it the tenant\'s default policy')
    .action(async (o: Opts) => withTenant('dunning policy-set', str(o, 'tenant'), async (store, tenant) =>
      printJson(await savePolicy(store.db, tenant, { name: str(o, 'name') ?? '', isDefault: o.default === true, levels: readJson(str(o, 'file')), actor: cliActor() }))));
  dunning.command('policy-assign').description('put a customer on a named policy ("default" for the tenant\'s default)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer_ref').requiredOption('--policy <name>', 'policy name or "default"')
    .action(async (o: Opts) => withTenant('dunning policy-assign', str(o, 'tenant'), async (store, tenant) =>
      printJson(await assignPolicy(store.db, tenant, { customerRef: str(o, 'customer') ?? '', policy: str(o, 'policy') === 'default' ? null : str(o, 'policy') ?? null, actor: cliActor() }))));
  dunning.command('customer-parent').description('set a customer\'s parent company ("none" to clear): payments from the parent may pay its invoices')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer_ref').requiredOption('--parent <ref>', 'the parent\'s customer_ref, or none')
    .action(async (o: Opts) => withTenant('dunning customer-parent', str(o, 'tenant'), async (store, tenant) =>
      printJson(await setParent(store.db, tenant, { customerRef: str(o, 'customer') ?? '', parentRef: str(o, 'parent') === 'none' ? null : str(o, 'parent') ?? null, actor: cliActor() }))));
  dunning.command('segments').description('customer segments in order (JSON)').requiredOption('--tenant <slug>', 'tenant')
    .action(async (o: Opts) => withTenant('dunning segments', str(o, 'tenant'), async (store, tenant) => printJson(await segments(store.db, tenant))));
  dunning.command('segment-set').description('add or replace a customer segment: a rule, and the policy its customers get')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'segment name')
    .requiredOption('--rule <json>', '{"countries":["NO"],"debtorTypes":["consumer"],"currencies":[…],"languages":[…],"refPrefixes":[…],"minCreditLimit":"…","maxCreditLimit":"…"}')
    .option('--policy <name>', 'the dunning policy for the segment\'s customers').option('--position <n>', 'order among segments (first match wins)')
    .action(async (o: Opts) => {
      let rule: unknown;
      try { rule = JSON.parse(str(o, 'rule') ?? ''); } catch (error) { throw new CliUsageError(`--rule: not JSON: ${(error as Error).message}`); }
      const position = str(o, 'position');
      await withTenant('dunning segment-set', str(o, 'tenant'), async (store, tenant) =>
        printJson(await putSegment(store.db, tenant, { name: str(o, 'name') ?? '', rule, dunningPolicy: str(o, 'policy') ?? null, position: position === undefined ? undefined : Number(position), actor: cliActor() })));
    });
  dunning.command('segment-remove').description('remove a customer segment').requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'segment name')
    .action(async (o: Opts) => withTenant('dunning segment-remove', str(o, 'tenant'), async (store, tenant) => printJson(await removeSegment(store.db, tenant, { name: str(o, 'name') ?? '', actor: cliActor() }))));
  dunning.command('template-set').description('store the tenant\'s own texts for a template key and language (ICU MessageFormat, JSON file)')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--key <key>', 'the policy level\'s templateKey').requiredOption('--language <lang>', 'e.g. nb')
    .requiredOption('--file <template.json>', '{"subject","emailBody","letterTitle","letterBody":[...]} (any subset)')
    .action(async (o: Opts) => withTenant('dunning template-set', str(o, 'tenant'), async (store, tenant) =>
      printJson(await saveTemplate(store.db, tenant, { key: str(o, 'key') ?? '', language: str(o, 'language') ?? '', template: readJson(str(o, 'file')) as object, actor: cliActor() }))));
  dunning.command('template-preview').description('the message a template produces for sample data')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--key <key>', 'templateKey').requiredOption('--level <n>', '1-4').requiredOption('--language <lang>', 'e.g. te')
    .action(async (o: Opts) => withTenant('dunning template-preview', str(o, 'tenant'), async (store, tenant) =>
      printJson(await previewTemplate(store.db, tenant, { key: str(o, 'key') ?? '', level: Number(str(o, 'level')), language: str(o, 'language') ?? '' }))));
}
