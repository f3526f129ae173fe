// When an account counts as "large" and goes to the customer's sales representative too (issue #6; README.md):
// an amount in the base currency, a share of the tenant's overdue money to work, or both.
import { formatAmount, parseAmount } from '../../domain/money.js';
import { DEFAULT_LARGE_SHARE_PERCENT } from '../../domain/worklist/index.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { findWorklistSettings, saveWorklistSettings } from '../../store/worklist-settings.js';
import { InputError } from '../errors.js';

export type WorklistSettingsJson = { baseCurrency: string; largeAccountAmount: string | null; largeAccountSharePercent: string | null; updatedBy: string | null };

export async function getWorklistSettings(db: Db, tenant: TenantRow): Promise<WorklistSettingsJson> {
  const base = tenant.base_currency.trim();
  const row = await inTenant(db, tenant.id, (tx) => findWorklistSettings(tx, tenant.id));
  if (!row) return { baseCurrency: base, largeAccountAmount: null, largeAccountSharePercent: String(DEFAULT_LARGE_SHARE_PERCENT), updatedBy: null };
  return { baseCurrency: base, largeAccountAmount: row.largeAccountAmount === null ? null : formatAmount(row.largeAccountAmount, base), largeAccountSharePercent: row.largeAccountShare, updatedBy: row.updatedBy };
}

const SHARE = /^\d{1,3}(?:\.\d{1,4})?$/;

export async function putWorklistSettings(
  db: Db, tenant: TenantRow, input: { largeAccountAmount: string | null; largeAccountSharePercent: string | null; reason?: string | undefined; actor: string },
): Promise<WorklistSettingsJson> {
  const base = tenant.base_currency.trim();
  let amount: bigint | null = null;
  if (input.largeAccountAmount !== null) {
    const parsed = parseAmount(input.largeAccountAmount, base);
    if (!parsed.ok) throw new InputError('largeAccountAmount', parsed.reason);
    if (parsed.value <= 0n) throw new InputError('largeAccountAmount', 'must be greater than zero (null for no amount rule)');
    amount = parsed.value;
  }
  const share = input.largeAccountSharePercent?.trim() ?? null;
  if (share !== null && (!SHARE.test(share) || Number(share) <= 0 || Number(share) > 100)) {
    throw new InputError('largeAccountSharePercent', 'a percentage above 0 and at most 100, e.g. "5" (null for no share rule)');
  }
  await inTenant(db, tenant.id, async (tx) => {
    const before = await findWorklistSettings(tx, tenant.id);
    await saveWorklistSettings(tx, tenant.id, { largeAccountAmount: amount, largeAccountShare: share, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'worklist settings', entityKey: tenant.slug, reason: input.reason,
      details: { before: before ? { largeAccountAmount: before.largeAccountAmount, largeAccountShare: before.largeAccountShare } : null, after: { largeAccountAmount: amount, largeAccountShare: share } } });
  });
  return getWorklistSettings(db, tenant);
}
