// Tenant settings a controller changes over time: payment instructions, contact details and dunning settings.
import type { Db } from '../store/db.js';
import { type TenantRow, updateTenantSettings } from '../store/tenants.js';
import { InputError } from './errors.js';

export type TenantSettingsInput = {
  bankAccount?: string | undefined; email?: string | undefined; phone?: string | undefined; address?: string | undefined;
  dunningRunTime?: string | undefined; dunningRequiresApproval?: boolean | undefined; contactIntervalDays?: number | undefined;
};

export async function updateTenant(db: Db, tenant: TenantRow, input: TenantSettingsInput): Promise<TenantRow> {
  if (input.dunningRunTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.dunningRunTime)) throw new InputError('dunning-run-time', 'must be HH:MM (24-hour, the tenant\'s local time)');
  if (input.contactIntervalDays !== undefined && (!Number.isInteger(input.contactIntervalDays) || input.contactIntervalDays < 0 || input.contactIntervalDays > 365)) {
    throw new InputError('contact-interval-days', 'must be a whole number of days from 0 to 365');
  }
  const settings = {
    ...(input.bankAccount !== undefined ? { bank_account: input.bankAccount.trim() || null } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}), ...(input.phone !== undefined ? { phone: input.phone } : {}),
    ...(input.address !== undefined ? { address: input.address } : {}),
    ...(input.dunningRunTime !== undefined ? { dunning_run_time: input.dunningRunTime } : {}),
    ...(input.dunningRequiresApproval !== undefined ? { dunning_requires_approval: input.dunningRequiresApproval } : {}),
    ...(input.contactIntervalDays !== undefined ? { contact_interval_days: input.contactIntervalDays } : {}),
  };
  if (Object.keys(settings).length === 0) throw new InputError('settings', 'nothing to change');
  return updateTenantSettings(db, tenant.id, settings);
}
