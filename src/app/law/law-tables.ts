// The rule packs' dated data as a tenant sees it (built-in rows with its own rows merged over them), and the
// tenant's way to add next half-year's rate or correct a figure without a release (issue #3).
import { BUILT_IN_FEES, type FeeRow } from '../../domain/law/fee-data.js';
import { mergeFees, validateFeeRow } from '../../domain/law/fee-table.js';
import { BUILT_IN_RATES, type RateRow } from '../../domain/law/rate-data.js';
import { mergeRates, validateRateRow } from '../../domain/law/rate-table.js';
import type { Jurisdiction } from '../../domain/law/types.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { listFeeOverrides, listRateOverrides, upsertFeeOverride, upsertRateOverride } from '../../store/law-overrides.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError } from '../errors.js';

type Origin = { origin: 'built-in' | 'tenant' };

/** The validators answer "field: reason" or a sentence naming the jurisdiction or series; find the field. */
function fieldOf(reason: string, fallback: string): string {
  if (reason.startsWith('unknown jurisdiction')) return 'jurisdiction';
  if (reason.startsWith('unknown rate series')) return 'series';
  const match = /^(\w+): /.exec(reason);
  return match?.[1] ?? fallback;
}

export async function lawTables(db: Db | undefined, tenantId: number | undefined, jurisdiction?: string): Promise<{ rates: (RateRow & Origin)[]; fees: (FeeRow & Origin)[] }> {
  const [rateRows, feeRows] = db && tenantId !== undefined
    ? await inTenant(db, tenantId, async (tx) => [await listRateOverrides(tx, tenantId), await listFeeOverrides(tx, tenantId)] as const)
    : [[], []] as const;
  const own = new Set<unknown>([...rateRows, ...feeRows]);
  const wanted = (row: { jurisdiction: string }) => !jurisdiction || row.jurisdiction === jurisdiction.toUpperCase();
  return {
    rates: mergeRates(BUILT_IN_RATES, rateRows).filter(wanted).map((r) => ({ ...r, origin: own.has(r) ? 'tenant' : 'built-in' })),
    fees: mergeFees(BUILT_IN_FEES, feeRows).filter(wanted).map((r) => ({ ...r, origin: own.has(r) ? 'tenant' : 'built-in' })),
  };
}

export type RateInput = { jurisdiction: string; series: string; from: string; percent: string; source: string; verified?: boolean | undefined; note?: string | undefined };

export async function setTenantRate(db: Db, tenantId: number, input: RateInput, actor: string): Promise<RateRow> {
  const row = { ...input, jurisdiction: input.jurisdiction.toUpperCase(), verified: input.verified ?? true };
  const reason = validateRateRow(row);
  if (reason) throw new InputError(fieldOf(reason, 'rate'), reason.replace(/^\w+: /, ''));
  if (!input.source.trim()) throw new InputError('source', 'say where the rate comes from');
  const stored: RateRow = { ...row, jurisdiction: row.jurisdiction as Jurisdiction, ...(input.note ? { note: input.note } : {}) };
  return inTenant(db, tenantId, async (tx) => {
    const before = await upsertRateOverride(tx, tenantId, stored);
    await recordAudit(tx, tenantId, { actor, action: before ? 'correct' : 'add', entity: 'law-rate', entityKey: `${stored.jurisdiction} ${stored.series} ${stored.from}`, reason: stored.source, details: { before, after: stored } });
    return stored;
  });
}

export type FeeInput = { jurisdiction: string; from: string; amount: string; currency: string; debtAtLeast?: string | undefined; source: string; verified?: boolean | undefined; note?: string | undefined };

export async function setTenantFee(db: Db, tenantId: number, input: FeeInput, actor: string): Promise<FeeRow> {
  const row = { ...input, fee: 'compensation' as const, jurisdiction: input.jurisdiction.toUpperCase(), currency: input.currency.toUpperCase(), verified: input.verified ?? true };
  const reason = validateFeeRow(row);
  if (reason) throw new InputError(fieldOf(reason, 'fee'), reason.replace(/^\w+: /, ''));
  if (!input.source.trim()) throw new InputError('source', 'say where the amount comes from');
  const stored: FeeRow = { ...row, jurisdiction: row.jurisdiction as Jurisdiction, ...(input.debtAtLeast ? { debtAtLeast: input.debtAtLeast } : {}), ...(input.note ? { note: input.note } : {}) };
  if (!input.debtAtLeast) delete stored.debtAtLeast;
  return inTenant(db, tenantId, async (tx) => {
    const before = await upsertFeeOverride(tx, tenantId, stored);
    await recordAudit(tx, tenantId, { actor, action: before ? 'correct' : 'add', entity: 'law-fee', entityKey: `${stored.jurisdiction} ${stored.from} ${stored.currency}`, reason: stored.source, details: { before, after: stored } });
    return stored;
  });
}
