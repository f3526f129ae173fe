// Tenant settings a controller changes over time: payment instructions, contact details and dunning settings.
import type { Db } from '../store/db.js';
import { type TenantRow, updateTenantSettings } from '../store/tenants.js';
import { forgetApiKeys } from './api-keys.js';
import { InputError } from './errors.js';

export type TenantSettingsInput = {
  bankAccount?: string | undefined; email?: string | undefined; phone?: string | undefined; address?: string | undefined;
  dunningRunTime?: string | undefined; dunningRequiresApproval?: boolean | undefined; contactIntervalDays?: number | undefined;
  /** Issue #5: what is printed beside the RF reference (KID for NOK, OCR for SEK). */
  paymentReferenceScheme?: string | undefined;
  /** Issue #5: matches at or above this confidence (0–1) post without a person. */
  autoPostConfidence?: number | undefined;
};

const SCHEMES = ['rf', 'kid-mod10', 'kid-mod11', 'ocr'] as const;
type Scheme = (typeof SCHEMES)[number];
const isScheme = (s: string): s is Scheme => (SCHEMES as readonly string[]).includes(s);

export async function updateTenant(db: Db, tenant: TenantRow, input: TenantSettingsInput): Promise<TenantRow> {
  if (input.dunningRunTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.dunningRunTime)) throw new InputError('dunning-run-time', 'must be HH:MM (24-hour, the tenant\'s local time)');
  if (input.contactIntervalDays !== undefined && (!Number.isInteger(input.contactIntervalDays) || input.contactIntervalDays < 0 || input.contactIntervalDays > 365)) {
    throw new InputError('contact-interval-days', 'must be a whole number of days from 0 to 365');
  }
  const scheme = input.paymentReferenceScheme;
  if (scheme !== undefined && !isScheme(scheme)) throw new InputError('payment-reference', `must be one of ${SCHEMES.join(', ')}, not "${scheme}"`);
  const confidence = input.autoPostConfidence;
  // Above 1 means "never post automatically": every match waits for a person.
  if (confidence !== undefined && !(Number.isFinite(confidence) && confidence >= 0 && confidence <= 1.001)) throw new InputError('auto-post-confidence', 'must be a number from 0 to 1 (1.001 = never post without a person)');
  const settings = {
    ...(scheme !== undefined && isScheme(scheme) ? { payment_reference_scheme: scheme } : {}),
    ...(confidence !== undefined ? { auto_post_confidence: Math.round(confidence * 1000) } : {}),
    ...(input.bankAccount !== undefined ? { bank_account: input.bankAccount.trim() || null } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}), ...(input.phone !== undefined ? { phone: input.phone } : {}),
    ...(input.address !== undefined ? { address: input.address } : {}),
    ...(input.dunningRunTime !== undefined ? { dunning_run_time: input.dunningRunTime } : {}),
    ...(input.dunningRequiresApproval !== undefined ? { dunning_requires_approval: input.dunningRequiresApproval } : {}),
    ...(input.contactIntervalDays !== undefined ? { contact_interval_days: input.contactIntervalDays } : {}),
  };
  if (Object.keys(settings).length === 0) throw new InputError('settings', 'nothing to change');
  const updated = await updateTenantSettings(db, tenant.id, settings);
  // Requests authenticated by API key carry a remembered tenant row (api-keys.ts): they must see the change now.
  forgetApiKeys();
  return updated;
}
