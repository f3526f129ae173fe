// A dunning run for one tenant and as-of date (issue #4): load open items and exclusions, plan with the pure
// planner, add fees and statutory interest where the level says so (rule packs, issue #3), and — unless it is a
// dry run — record the run, its actions and each invoice's new level in one transaction. Running again for the
// same day plans nothing new: the state the first run wrote is what the planner reads.
import { DEFAULT_POLICY, type CustomerForDunning, type DunningPolicy, type PlannedAction, parsePolicy, planDunning, triggerFloors } from '../../domain/dunning/index.js';
import { formatAmount } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { type DunningCustomerRow, loadDunningCustomers, loadDunningItems } from '../../store/dunning-inputs.js';
import { listPolicies } from '../../store/dunning-policies.js';
import { insertActions, latestRunDate, runFor, saveInvoiceLevels } from '../../store/dunning-runs.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { lateChargesIn } from '../law/customer-late-charges.js';
import { composeMessages } from './compose-messages.js';
import { carryOutSideEffects } from './side-effects.js';
import { loadSegments } from '../segments.js';
import { segmentOf } from '../../domain/segments.js';

export type DunningRunJson = {
  asOf: string; dryRun: boolean;
  actions: { customerRef: string; currency: string; level: number; channels: string[]; invoices: { number: string; daysPastDue: number; open: string }[]; fees: string; interest: string; total: string; deadline: string }[];
  skipped: { customerRef: string; reason: string }[];
};

/** An unsaved policy a dry run plans with (issue #7: the policy editor's live preview), as the editor would save it. */
export type PolicyOverride = { name: string; isDefault?: boolean | undefined; levels: unknown };

async function policiesOf(tx: Tx, tenantId: number, override?: PolicyOverride): Promise<{ fallback: DunningPolicy; byId: Map<string, DunningPolicy> }> {
  const byId = new Map<string, DunningPolicy>();
  let fallback = DEFAULT_POLICY;
  const edited = override ? parsePolicy(override.name, override.levels) : undefined;
  if (edited && !edited.ok) throw new InputError('policy.levels', edited.reasons.join('; '));
  const replacement = edited?.ok ? edited.value : undefined;
  for (const stored of await listPolicies(tx, tenantId)) {
    const parsed = stored.name === replacement?.name ? { ok: true as const, value: replacement } : parsePolicy(stored.name, stored.levels);
    if (!parsed.ok) throw new InputError('policy', `dunning policy "${stored.name}" is invalid: ${parsed.reasons.join('; ')}`);
    byId.set(stored.id, parsed.value);
    if (stored.isDefault) fallback = parsed.value;
  }
  // The edited policy stands in wherever its stored namesake applies; as the default (asked for, or the built-in
  // ladder being edited while no stored policy is the default) it also applies to every customer without their own.
  if (replacement && (override?.isDefault === true || fallback.name === replacement.name)) fallback = replacement;
  return { fallback, byId };
}

/** Several active promises become one pause: through the latest date, over every invoice any of them covers. */
function toPlannerCustomer(row: DunningCustomerRow, policy: DunningPolicy): CustomerForDunning {
  const until = row.promises.map((p) => p.until).sort().at(-1);
  const coversAll = row.promises.some((p) => p.invoiceIds.length === 0);
  return {
    customerRef: row.customerRef, country: row.country, doNotContact: row.doNotContact, policy,
    ...(row.lastContactOn ? { lastContactOn: row.lastContactOn } : {}),
    ...(until ? { activePromiseUntil: until, ...(coversAll ? {} : { promisedInvoiceIds: row.promises.flatMap((p) => p.invoiceIds) }) } : {}),
    ...(row.planInvoiceIds.length > 0 ? { activePlanInvoiceIds: row.planInvoiceIds } : {}),
  };
}

async function charges(tx: Tx, tenant: TenantRow, action: PlannedAction, asOf: string): Promise<{ fees: bigint; interest: bigint }> {
  if (!action.addFees && !action.addInterest) return { fees: 0n, interest: 0n };
  const late = await lateChargesIn(tx, tenant, action.customerRef, asOf, new Set(action.invoices.map((i) => i.number)));
  return { fees: action.addFees ? late.compensationMinor : 0n, interest: action.addInterest ? late.interestMinor : 0n };
}

export async function runDunning(db: Db, tenant: TenantRow, input: { asOf: string; dryRun: boolean; actor: string; policy?: PolicyOverride | undefined }): Promise<DunningRunJson> {
  const asOf = checkAsOf(input.asOf);
  if (input.policy && !input.dryRun) throw new InputError('policy', 'an unsaved policy can only be tried in a dry run: save it first');
  return inTenant(db, tenant.id, async (tx) => {
    const latest = await latestRunDate(tx, tenant.id);
    if (!input.dryRun && latest && asOf < latest) throw new InputError('as-of', `a run for ${latest} exists; runs cannot go back in time (use --dry-run to look)`);
    const { fallback, byId } = await policiesOf(tx, tenant.id, input.policy);
    const customerRows = await loadDunningCustomers(tx, tenant.id, asOf);
    const refOf = new Map(customerRows.map((row) => [row.customerId, row.customerRef]));
    const floors = triggerFloors([fallback, ...byId.values()], asOf);
    const items = await loadDunningItems(tx, tenant.id, asOf, floors, (id) => refOf.get(id));
    const segments = await loadSegments(tx, tenant.id);
    // The customer's own policy, else its segment's, else the tenant's default (issue #4).
    const policyOf = (row: DunningCustomerRow): DunningPolicy => {
      const own = row.policyId ? byId.get(row.policyId) : undefined;
      if (own) return own;
      const segmentPolicy = segments.length === 0 ? null : segmentOf(row, segments)?.policyId ?? null;
      return (segmentPolicy ? byId.get(segmentPolicy) : undefined) ?? fallback;
    };
    const customers = customerRows.filter((row) => items.has(row.customerRef)).map((row) => toPlannerCustomer(row, policyOf(row)));
    const plan = planDunning(asOf, customers, items, { contactIntervalDays: tenant.contact_interval_days });
    const priced = [];
    for (const action of plan.actions) priced.push({ action, ...(await charges(tx, tenant, action, asOf)) });
    if (!input.dryRun) {
      const previousOn = new Map([...items.values()].flat().map((i) => [i.invoiceId, i.levelReachedOn]));
      const runId = await runFor(tx, tenant.id, asOf, input.actor);
      const status = tenant.dunning_requires_approval ? 'planned' : 'approved';
      const actionIds = await insertActions(tx, tenant.id, runId, priced.map(({ action, fees, interest }) => ({
        customerRef: action.customerRef, currency: action.currency, level: action.level, channels: action.channels, fees, interest,
        recipientRoles: action.recipientRoles, registeredMail: action.registeredMail, templateKey: action.templateKey, deadline: action.deadline, sideEffects: action.sideEffects,
        total: action.total + fees + interest,
        invoices: action.invoices.map((i) => ({ invoiceId: i.invoiceId, number: i.number, daysPastDue: i.daysPastDue, dunned: String(i.dunned), fromLevel: i.fromLevel, fromLevelOn: previousOn.get(i.invoiceId) ?? null, toLevel: i.toLevel, deadline: action.deadline })),
      })), status);
      if (status === 'approved') {
        await composeMessages(tx, tenant, actionIds, asOf);
        await carryOutSideEffects(tx, tenant, actionIds, asOf, input.actor);
      }
      await saveInvoiceLevels(tx, tenant.id, plan.actions.flatMap((a) => a.invoices.map((i) => ({ invoiceId: i.invoiceId, level: i.toLevel, on: asOf }))));
      await recordAudit(tx, tenant.id, { actor: input.actor, action: 'dunning-run', entity: 'dunning-run', entityKey: asOf, reason: 'dunning run', details: { actions: plan.actions.length, skipped: plan.skipped.length } });
    }
    return {
      asOf, dryRun: input.dryRun,
      actions: priced.map(({ action, fees, interest }) => {
        const money = (v: bigint) => formatAmount(v, action.currency);
        return {
          customerRef: action.customerRef, currency: action.currency, level: action.level, channels: action.channels,
          invoices: action.invoices.map((i) => ({ number: i.number, daysPastDue: i.daysPastDue, open: money(i.dunned) })),
          fees: money(fees), interest: money(interest), total: money(action.total + fees + interest), deadline: action.deadline,
        };
      }),
      skipped: plan.skipped.map((s) => ({ customerRef: s.customerRef, reason: s.reason })),
    };
  });
}
