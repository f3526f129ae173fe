// Loads everything the worklist reads in one tenant transaction and ranks it (issue #6). The snapshot is taken
// first, so the cache (worklist-cache.ts) can tell later whether anything has changed since.
import { addDays, dateInZone, fromDayNumber } from '../../domain/dates.js';
import { type Fraction, frac, parseDecimal } from '../../domain/law/rational.js';
import {
  type ActivePromise, type CollectorSegment, DEFAULT_LARGE_SHARE_PERCENT, type HeldItem, type LargeRule, type Worklist, type WorklistContext,
  type WorklistCustomer, bandOf, emptyBands, isGrade, rankWorklist,
} from '../../domain/worklist/index.js';
import type { Db, Tx } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { currentSnapshot, pruneChanges } from '../../store/worklist-changes.js';
import {
  loadActivePromises, loadCustomerStates, loadHeldItems, loadNextCalls, loadOverdueAggregates, loadUnappliedCredit, loadWorklistCustomers,
} from '../../store/worklist-inputs.js';
import { findWorklistSettings, listExchangeRates } from '../../store/worklist-settings.js';
import { loadSegments } from '../segments.js';

export type LoadedWorklist = { snapshot: string; asOf: string; context: WorklistContext; worklist: Worklist; computedAt: Date; computeMs: number };

/** A promise broken this recently makes the account "difficult" (README.md). */
const BROKEN_PROMISE_DAYS = 90;

export async function loadWorklist(db: Db, tenant: TenantRow, asOf: string): Promise<LoadedWorklist> {
  const started = performance.now();
  return inTenant(db, tenant.id, async (tx) => {
    const snapshot = await currentSnapshot(tx);
    await pruneChanges(tx, tenant.id);
    const context = await loadContext(tx, tenant, asOf);
    const asOfDay = Math.round(Date.parse(`${asOf}T00:00:00Z`) / 86_400_000);
    const aggregates = await loadOverdueAggregates(tx, tenant.id, asOf);
    const held = await loadHeldItems(tx, tenant.id, asOf);
    const promises = await loadActivePromises(tx, tenant.id, asOf);
    const credit = await loadUnappliedCredit(tx, tenant.id);
    const states = new Map((await loadCustomerStates(tx, tenant.id, addDays(asOf, -BROKEN_PROMISE_DAYS))).map((s) => [s.customerId, s]));
    const calls = new Map((await loadNextCalls(tx, tenant.id)).map((c) => [c.customerId, c]));
    const heldOf = groupBy(held, (h) => h.customerId);
    const promisesOf = groupBy(promises, (p) => p.customerId);
    const customers: WorklistCustomer[] = [];
    for (const row of await loadWorklistCustomers(tx, tenant.id)) {
      const aggregate = aggregates.get(row.id);
      const heldItems = heldOf.get(row.id) ?? [];
      // Only a customer with something overdue can be on the worklist.
      if (!aggregate && heldItems.length === 0) continue;
      const items: HeldItem[] = heldItems.map((h) => ({ invoiceId: h.invoiceId, band: bandOf(asOfDay - h.dueDay), dueDate: fromDayNumber(h.dueDay), open: h.open, disputed: h.disputed, planned: h.planned }));
      const customerPromises = promisesOf.get(row.id) ?? [];
      const active: ActivePromise[] = customerPromises.map((p) => ({ amount: p.amount, invoiceIds: p.invoiceIds }));
      const state = states.get(row.id);
      const call = calls.get(row.id);
      const promiseDue = customerPromises.map((p) => p.promisedDate).sort()[0];
      customers.push({
        customerRef: row.customerRef, name: row.name, currency: row.currency, phone: row.phone, salesRep: row.salesRep,
        grade: isGrade(row.grade) ? row.grade : null, gradedOn: row.gradedOn,
        segmentFacts: { customerRef: row.customerRef, country: row.country, currency: row.currency, language: row.language, debtorType: row.debtorType, creditLimit: row.creditLimit },
        doNotContact: row.doNotContact, placedWith: row.placedWith,
        amounts: { bands: aggregate?.bands ?? emptyBands(), oldestDue: aggregate ? fromDayNumber(aggregate.oldestDue) : null, heldItems: items, promises: active, unappliedCredit: credit.get(row.id) ?? 0n },
        dunningLevel: Math.max(aggregate?.dunningLevel ?? 0, ...heldItems.map((h) => h.level)),
        nextAction: call ? { on: dateInZone(call.dueAt, call.timeZone), what: `call: ${call.reason}` }
          : promiseDue ? { on: promiseDue, what: 'check the promised payment has arrived' } : null,
        openPromise: customerPromises.length > 0, openDispute: state?.openDispute ?? false, activePlan: state?.activePlan ?? false,
        brokenPromiseRecently: state?.brokenPromiseRecently ?? false,
      });
    }
    const worklist = rankWorklist(customers, context);
    return { snapshot, asOf, context, worklist, computedAt: new Date(), computeMs: Math.round(performance.now() - started) };
  });
}

async function loadContext(tx: Tx, tenant: TenantRow, asOf: string): Promise<WorklistContext> {
  const rates = new Map<string, Fraction>();
  for (const r of await listExchangeRates(tx, tenant.id)) {
    const rate = parseDecimal(r.rate);
    if (rate && rate.n > 0n) rates.set(r.currency, rate);
  }
  const segments: CollectorSegment[] = (await loadSegments(tx, tenant.id)).map((s) => ({ name: s.name, rule: s.rule, collector: s.collector }));
  const settings = await findWorklistSettings(tx, tenant.id);
  const share = settings ? (settings.largeAccountShare === null ? null : parseDecimal(settings.largeAccountShare)) : frac(DEFAULT_LARGE_SHARE_PERCENT);
  const large: LargeRule = { amount: settings?.largeAccountAmount ?? null, sharePercent: share };
  return { asOf, baseCurrency: tenant.base_currency.trim(), rates, segments, large };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row); else out.set(k, [row]);
  }
  return out;
}
