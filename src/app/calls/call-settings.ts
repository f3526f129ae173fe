// The tenant's calling day (issue #6: "each is scheduled in the customer's business hours, and a tenant can reserve
// peak calling hours for calls only"): read, changed by a manager, and handed to every scheduler of call tasks and
// to the SMS sender (docs/decisions/0011-peak-call-hours.md).
import { type CallHours, parseCallHours } from '../../domain/call-schedule.js';
import { HOUR } from '../../domain/law/notices/local-time.js';
import { recordAudit } from '../../store/audit.js';
import { type CallSettingsRow, readCallSettings, saveCallSettings } from '../../store/call-settings.js';
import type { Db, Executor } from '../../store/db.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';

export type CallSettingsJson = {
  businessOpen: string; businessClose: string; peakWindows: string[]; timeBasis: 'customer-local';
  smsHeldDuringPeak: boolean; warnings: string[]; updatedAt: string | null; updatedBy: string | null;
};

/** The settings as scheduling reads them; a stored row always parses (it was checked on the way in). */
export async function callHoursOf(db: Executor, tenantId: number): Promise<CallHours> {
  const row = await readCallSettings(db, tenantId);
  const parsed = parseCallHours({ businessOpen: row.business_open, businessClose: row.business_close, peakWindows: row.peak_windows });
  if (!parsed.ok) throw new Error(`stored call settings of tenant ${tenantId} do not parse: ${parsed.field}: ${parsed.reason}`);
  return parsed.value;
}

/** What a manager should know: a dunning run inside the peak makes its call tasks miss the first window. */
function warnings(tenant: TenantRow, hours: CallHours): string[] {
  const [h, m] = tenant.dunning_run_time.split(':').map(Number);
  const runAt = (h ?? 0) * HOUR + (m ?? 0) * 60;
  const first = hours.peak?.[0];
  if (!first || runAt < first.open) return [];
  return [`the daily dunning run starts at ${tenant.dunning_run_time.slice(0, 5)} (${tenant.time_zone}), not before the first peak window: the call tasks it creates that day miss the windows already begun`];
}

function toJson(tenant: TenantRow, row: CallSettingsRow, hours: CallHours): CallSettingsJson {
  return {
    businessOpen: row.business_open, businessClose: row.business_close, peakWindows: row.peak_windows, timeBasis: 'customer-local',
    smsHeldDuringPeak: row.peak_windows.length > 0, warnings: warnings(tenant, hours),
    updatedAt: row.updated_at?.toISOString() ?? null, updatedBy: row.updated_by,
  };
}

export async function getCallSettings(db: Db, tenant: TenantRow): Promise<CallSettingsJson> {
  return inTenant(db, tenant.id, async (tx) => {
    const row = await readCallSettings(tx, tenant.id);
    return toJson(tenant, row, await callHoursOf(tx, tenant.id));
  });
}

export async function setCallSettings(
  db: Db, tenant: TenantRow, input: { businessOpen?: string | undefined; businessClose?: string | undefined; peakWindows: readonly string[]; actor: string },
): Promise<CallSettingsJson> {
  const businessOpen = input.businessOpen ?? '09:00';
  const businessClose = input.businessClose ?? '17:00';
  const parsed = parseCallHours({ businessOpen, businessClose, peakWindows: input.peakWindows });
  if (!parsed.ok) throw new InputError(parsed.field, parsed.reason);
  const peakWindows = input.peakWindows.map((w) => w.trim()).sort();
  return inTenant(db, tenant.id, async (tx) => {
    await saveCallSettings(tx, tenant.id, { businessOpen, businessClose, peakWindows, by: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'call-settings', entity: 'tenant', entityKey: tenant.slug, details: { businessOpen, businessClose, peakWindows } });
    return toJson(tenant, await readCallSettings(tx, tenant.id), parsed.value);
  });
}
