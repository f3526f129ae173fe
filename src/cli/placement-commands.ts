// arrears agency|placement|writeoff-request (issue #6 "Placement, write-off, legal"): thin, like the routes. The
// console user acts as an admin (like an API key), so the four-eyes rule still holds: a request is approved by
// another user than the one who asked.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { allAgencies, changeAgency, createAgency, getAgency, removeAgency, type AgencyInput } from '../app/placements/manage-agencies.js';
import type { AgencyJson } from '../app/placements/agency-json.js';
import { createPlacement } from '../app/placements/create-placement.js';
import { endPlacementCase } from '../app/placements/end-placement.js';
import { exportPlacement } from '../app/placements/export-placement.js';
import { getPlacement, pagePlacements } from '../app/placements/get-placements.js';
import { recordRecovery } from '../app/placements/record-recovery.js';
import { smallClaimsPdf } from '../app/placements/small-claims.js';
import { decideWriteOff } from '../app/write-offs/decide-write-off.js';
import { pageWriteOffRequests } from '../app/write-offs/list-write-off-requests.js';
import { requestWriteOff } from '../app/write-offs/request-write-off.js';
import { dateInZone } from '../domain/dates.js';
import type { TenantRow } from '../store/tenants.js';
import { cliActor, withTenant } from './context.js';
import { CliUsageError, type Opts, checkFormat, printTable, str } from './output.js';

const today = (tenant: TenantRow) => dateInZone(new Date(), tenant.time_zone);
const fmt = (o: Opts) => checkFormat(str(o, 'format') ?? 'table');
const PLACEMENT_COLUMNS = ['id', 'number', 'customerRef', 'currency', 'kind', 'agency', 'placedOn', 'amount', 'status', 'recovered', 'commission', 'recoveryRate'];

type PlacementLike = { id: string; number: number; customerRef: string; currency: string; kind: string; agency: { name: string } | null; placedOn: string; amount: string; status: string; totals: { recovered: string; commission: string; recoveryRate: string | null } };
const placementRow = (p: PlacementLike) => ({
  id: p.id, number: p.number, customerRef: p.customerRef, currency: p.currency, kind: p.kind, agency: p.agency?.name ?? '', placedOn: p.placedOn, amount: p.amount,
  status: p.status, recovered: p.totals.recovered, commission: p.totals.commission, recoveryRate: p.totals.recoveryRate ?? '',
});
const agencyRow = ({ totals: _totals, ...a }: AgencyJson) => a;

function agencyInput(o: Opts): AgencyInput {
  const flag = (k: string) => (o[k] === true ? true : o[k] === false ? false : undefined);
  return {
    name: str(o, 'name') ?? '', email: str(o, 'email'), phone: str(o, 'phone'), commissionRate: str(o, 'rate') ?? '', secondRate: str(o, 'secondRate'),
    thirdRate: str(o, 'thirdRate'), legalRate: str(o, 'legalRate'), isDefault: flag('default'), active: o.inactive === true ? false : undefined,
  };
}

function registerAgencyCommands(program: Command): void {
  const agency = program.command('agency').description('collection agencies and law firms, with their commission rates');
  const withRates = (c: Command) => c.requiredOption('--tenant <slug>', 'tenant').requiredOption('--name <name>', 'agency name')
    .requiredOption('--rate <percent>', 'commission on first placements, e.g. 25 or 33.3333').option('--second-rate <percent>', 'on second placements')
    .option('--third-rate <percent>', 'on third and later placements').option('--legal-rate <percent>', 'on legal placements').option('--email <email>', 'contact e-mail')
    .option('--phone <phone>', 'phone').option('--default', 'the agency dunning places with').option('--inactive', 'no new placements').option('--format <format>', 'json|table', 'table');
  withRates(agency.command('add').description('add an agency')).action(async (o: Opts) => {
    await withTenant('agency add', str(o, 'tenant'), async (store, tenant) => {
      const a = await createAgency(store.db, tenant.id, agencyInput(o), cliActor());
      printTable(fmt(o), { columns: ['id', 'name', 'commissionRate', 'secondRate', 'thirdRate', 'legalRate', 'isDefault'], rows: [agencyRow(a)] }, a);
    });
  });
  withRates(agency.command('update').description('change an agency (placements keep their rate)').requiredOption('--id <id>', 'agency id')).action(async (o: Opts) => {
    await withTenant('agency update', str(o, 'tenant'), async (store, tenant) => {
      const a = await changeAgency(store.db, tenant.id, str(o, 'id') ?? '', agencyInput(o), cliActor());
      printTable(fmt(o), { columns: ['id', 'name', 'commissionRate', 'secondRate', 'thirdRate', 'legalRate', 'isDefault', 'active'], rows: [agencyRow(a)] }, a);
    });
  });
  agency.command('list').description('agencies with placed, recovered, commission and recovery rate per currency').requiredOption('--tenant <slug>', 'tenant')
    .option('--format <format>', 'json|csv|table', 'table').action(async (o: Opts) => {
      await withTenant('agency list', str(o, 'tenant'), async (store, tenant) => {
        const result = await allAgencies(store.db, tenant.id);
        const rows = result.agencies.flatMap((a) => (a.totals.length === 0 ? [{ id: a.id, name: a.name, rate: a.commissionRate }] : a.totals.map((t) => ({ id: a.id, name: a.name, rate: a.commissionRate, ...t }))));
        printTable(fmt(o), { columns: ['id', 'name', 'rate', 'currency', 'placements', 'placed', 'recovered', 'commission', 'net', 'recoveryRate'], rows }, result);
      });
    });
  agency.command('show').requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'agency id').option('--format <format>', 'json|table', 'json')
    .action(async (o: Opts) => {
      await withTenant('agency show', str(o, 'tenant'), async (store, tenant) => {
        const a = await getAgency(store.db, tenant.id, str(o, 'id') ?? '');
        printTable(fmt(o), { columns: ['id', 'name', 'commissionRate', 'active'], rows: [agencyRow(a)] }, a);
      });
    });
  agency.command('remove').description('delete an agency that never had a placement').requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'agency id')
    .action(async (o: Opts) => {
      await withTenant('agency remove', str(o, 'tenant'), async (store, tenant) => { await removeAgency(store.db, tenant.id, str(o, 'id') ?? '', cliActor()); });
    });
}

function registerPlacementNoun(program: Command): void {
  const placement = program.command('placement').description('accounts placed with the in-house team, an agency or legal');
  placement.command('list').requiredOption('--tenant <slug>', 'tenant').option('--status <status>', 'active|recalled|closed').option('--kind <kind>', 'in-house|agency|legal')
    .option('--agency <id>', 'agency id').option('--customer <ref>', 'customer ref').option('--limit <n>', 'how many', '50').option('--format <format>', 'json|csv|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('placement list', str(o, 'tenant'), async (store, tenant) => {
        const page = await pagePlacements(store.db, tenant.id, { status: str(o, 'status'), kind: str(o, 'kind'), agencyId: str(o, 'agency'), customerRef: str(o, 'customer'), limit: Number(str(o, 'limit') ?? '50'), offset: 0 });
        printTable(fmt(o), { columns: PLACEMENT_COLUMNS, rows: page.placements.map(placementRow) }, page);
      });
    });
  placement.command('show').requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'placement id').option('--format <format>', 'json|table', 'json')
    .action(async (o: Opts) => {
      await withTenant('placement show', str(o, 'tenant'), async (store, tenant) => {
        const p = await getPlacement(store.db, tenant.id, str(o, 'id') ?? '');
        printTable(fmt(o), { columns: PLACEMENT_COLUMNS, rows: [placementRow(p)] }, p);
      });
    });
  placement.command('place').description('place a customer\'s open invoices in one currency').requiredOption('--tenant <slug>', 'tenant').requiredOption('--customer <ref>', 'customer ref')
    .requiredOption('--kind <kind>', 'in-house|agency|legal').option('--agency <id>', 'agency id (required for agency)').option('--currency <code>', 'default: the customer\'s')
    .option('--date <date>', 'YYYY-MM-DD (default: today)').option('--note <text>', 'note').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('placement place', str(o, 'tenant'), async (store, tenant) => {
        const p = await createPlacement(store.db, tenant.id, { customerRef: str(o, 'customer') ?? '', kind: str(o, 'kind') ?? '', agencyId: str(o, 'agency'), currency: str(o, 'currency'), note: str(o, 'note'), placedOn: str(o, 'date') ?? today(tenant), actor: cliActor() });
        printTable(fmt(o), { columns: PLACEMENT_COLUMNS, rows: [placementRow(p)] }, p);
      });
    });
  for (const [verb, status] of [['recall', 'recalled'], ['close', 'closed']] as const) {
    const command = placement.command(verb).description(verb === 'recall' ? 'recall a placement, and optionally place with the next agency' : 'close a placement')
      .requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'placement id').requiredOption('--reason <text>', 'why').option('--date <date>', 'YYYY-MM-DD (default: today)')
      .option('--format <format>', 'json|table', 'table');
    if (verb === 'recall') command.option('--next-kind <kind>', 'place again at once: in-house|agency|legal').option('--next-agency <id>', 'the next agency');
    command.action(async (o: Opts) => {
      await withTenant(`placement ${verb}`, str(o, 'tenant'), async (store, tenant) => {
        const nextKind = str(o, 'nextKind') ?? (str(o, 'nextAgency') ? 'agency' : undefined);
        const result = await endPlacementCase(store.db, tenant.id, { id: str(o, 'id') ?? '', status, on: str(o, 'date') ?? today(tenant), reason: str(o, 'reason') ?? '', next: nextKind ? { kind: nextKind, agencyId: str(o, 'nextAgency') } : undefined, actor: cliActor() });
        printTable(fmt(o), { columns: PLACEMENT_COLUMNS, rows: [result.placement, ...(result.next ? [result.next] : [])].map(placementRow) }, result);
      });
    });
  }
  placement.command('recover').description('record what the agency collected: posted as the debtor\'s payment; commission at the placement\'s rate unless given')
    .requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'placement id').requiredOption('--gross <amount>', 'collected from the debtor')
    .option('--commission <amount>', 'kept by the agency').option('--date <date>', 'YYYY-MM-DD (default: today)').option('--reference <text>', 'the agency\'s remittance reference')
    .option('--note <text>', 'note').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('placement recover', str(o, 'tenant'), async (store, tenant) => {
        const r = await recordRecovery(store.db, tenant.id, { id: str(o, 'id') ?? '', gross: str(o, 'gross') ?? '', commission: str(o, 'commission'), date: str(o, 'date') ?? today(tenant), reference: str(o, 'reference'), note: str(o, 'note'), actor: cliActor() });
        printTable(fmt(o), { columns: ['id', 'date', 'gross', 'commission', 'net', 'paymentRef', 'reversedWriteOff'], rows: [r.recovery] }, r);
      });
    });
  placement.command('export').description('write the agency\'s CSV and PDF case file into a folder').requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'placement id')
    .requiredOption('--out <dir>', 'folder (made if missing)').option('--as-of <date>', 'YYYY-MM-DD (default: today)').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('placement export', str(o, 'tenant'), async (store, tenant) => {
        const out = str(o, 'out') ?? '';
        const made = await exportPlacement(store.db, tenant, str(o, 'id') ?? '', str(o, 'asOf') ?? today(tenant));
        fs.mkdirSync(out, { recursive: true });
        const csv = path.join(out, made.csvName.replace(/[/\\]/g, '_'));
        const pdf = path.join(out, made.pdfName.replace(/[/\\]/g, '_'));
        fs.writeFileSync(csv, made.csv);
        fs.writeFileSync(pdf, made.pdf);
        const json = { csv, pdf, invoices: made.invoices };
        printTable(fmt(o), { columns: ['csv', 'pdf', 'invoices'], rows: [json] }, json);
      });
    });
  placement.command('small-claims').description('the small-claims pack (PDF) for a placed account').requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'placement id')
    .requiredOption('--out <file.pdf>', 'where to write it').option('--as-of <date>', 'interest to this date (default: today)').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('placement small-claims', str(o, 'tenant'), async (store, tenant) => {
        const { pdf, input } = await smallClaimsPdf(store.db, tenant, str(o, 'id') ?? '', str(o, 'asOf') ?? today(tenant));
        fs.writeFileSync(str(o, 'out') ?? '', pdf);
        const json = { file: str(o, 'out'), language: input.language, currency: input.currency, invoices: input.invoices.length, reminders: input.reminders.length };
        printTable(fmt(o), { columns: Object.keys(json), rows: [json] }, json);
      });
    });
}

function registerWriteOffRequestCommands(program: Command): void {
  const requests = program.command('writeoff-request').description('write-offs waiting for a manager\'s approval (four eyes: approved by someone else)');
  requests.command('create').requiredOption('--tenant <slug>', 'tenant').requiredOption('--invoice <number>', 'invoice number').requiredOption('--reason <text>', 'why')
    .option('--amount <amount>', 'default: everything still open').option('--date <date>', 'YYYY-MM-DD (default: today)').option('--format <format>', 'json|table', 'table')
    .action(async (o: Opts) => {
      await withTenant('writeoff-request create', str(o, 'tenant'), async (store, tenant) => {
        const r = await requestWriteOff(store.db, tenant.id, { invoiceNumber: str(o, 'invoice') ?? '', amount: str(o, 'amount'), reason: str(o, 'reason') ?? '', date: str(o, 'date') ?? today(tenant), actor: cliActor() });
        printTable(fmt(o), { columns: ['id', 'invoiceNumber', 'amount', 'status', 'requestedBy'], rows: [r] }, r);
      });
    });
  requests.command('list').requiredOption('--tenant <slug>', 'tenant').option('--status <status>', 'pending|approved|rejected').option('--limit <n>', 'how many', '50')
    .option('--format <format>', 'json|csv|table', 'table').action(async (o: Opts) => {
      await withTenant('writeoff-request list', str(o, 'tenant'), async (store, tenant) => {
        const page = await pageWriteOffRequests(store.db, tenant.id, { status: str(o, 'status'), limit: Number(str(o, 'limit') ?? '50'), offset: 0 });
        printTable(fmt(o), { columns: ['id', 'invoiceNumber', 'customerRef', 'amount', 'date', 'status', 'requestedBy', 'decidedBy', 'reason'], rows: page.requests }, page);
      });
    });
  for (const decision of ['approve', 'reject'] as const) {
    requests.command(decision).requiredOption('--tenant <slug>', 'tenant').requiredOption('--id <id>', 'request id')
      .option('--reason <text>', decision === 'reject' ? 'why (required)' : 'note').option('--format <format>', 'json|table', 'table')
      .action(async (o: Opts) => {
        if (decision === 'reject' && !str(o, 'reason')) throw new CliUsageError('--reason is required to reject');
        await withTenant(`writeoff-request ${decision}`, str(o, 'tenant'), async (store, tenant) => {
          const r = await decideWriteOff(store.db, tenant.id, { id: str(o, 'id') ?? '', decision, reason: str(o, 'reason'), actor: cliActor(), role: 'admin' });
          printTable(fmt(o), { columns: ['id', 'invoiceNumber', 'amount', 'status', 'decidedBy', 'open'], rows: [r] }, r);
        });
      });
  }
}

export function registerPlacementCommands(program: Command): void {
  registerAgencyCommands(program);
  registerPlacementNoun(program);
  registerWriteOffRequestCommands(program);
}
