// The tenant's calling day (issue #6: "a tenant can reserve peak calling hours for calls only"): business hours and
// peak windows as "HH:MM" text, read back through src/domain/call-schedule.ts parseCallHours.
import type { Executor, Tx } from './db.js';

export type CallSettingsRow = { business_open: string; business_close: string; peak_windows: string[]; updated_at: Date | null; updated_by: string | null };

export const DEFAULT_CALL_SETTINGS: CallSettingsRow = { business_open: '09:00', business_close: '17:00', peak_windows: [], updated_at: null, updated_by: null };

export async function readCallSettings(db: Executor, tenantId: number): Promise<CallSettingsRow> {
  const row = await db.selectFrom('call_settings').select(['business_open', 'business_close', 'peak_windows', 'updated_at', 'updated_by'])
    .where('tenant_id', '=', tenantId).executeTakeFirst();
  return row ?? DEFAULT_CALL_SETTINGS;
}

export async function saveCallSettings(tx: Tx, tenantId: number, settings: { businessOpen: string; businessClose: string; peakWindows: string[]; by: string }): Promise<void> {
  const values = { business_open: settings.businessOpen, business_close: settings.businessClose, peak_windows: settings.peakWindows, updated_by: settings.by, updated_at: new Date() };
  await tx.insertInto('call_settings').values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values)).execute();
}
