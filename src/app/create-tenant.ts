import { isCurrency } from '../domain/money.js';
import { isTimeZone } from '../domain/dates.js';
import { isCountryCode, isLanguageTag } from '../domain/locale-codes.js';
import type { Db } from '../store/db.js';
import { type TenantRow, findTenantBySlug, insertTenant } from '../store/tenants.js';
import { InputError } from './errors.js';

export type CreateTenantInput = {
  slug: string; name: string; country: string; currency: string; timezone: string; language: string;
  email?: string | undefined; phone?: string | undefined; address?: string | undefined;
  /** The tenant as a supplier: the Indian MSMED pack owes interest only to micro and small ones. */
  supplierSize?: string | undefined;
  /** Printed in payment instructions on letters (IBAN or the national account number). */
  bankAccount?: string | undefined;
};

export async function createTenant(db: Db, input: CreateTenantInput): Promise<TenantRow> {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.slug)) throw new InputError('slug', 'use lower-case letters, digits and dashes (at most 63)');
  if (input.name.trim() === '') throw new InputError('name', 'is required');
  const country = input.country.toUpperCase();
  if (!isCountryCode(country)) throw new InputError('country', `not an ISO 3166 country code: "${input.country}"`);
  const currency = input.currency.toUpperCase();
  if (!isCurrency(currency)) throw new InputError('currency', `not an ISO 4217 currency code: "${input.currency}"`);
  if (!isTimeZone(input.timezone)) throw new InputError('timezone', `not an IANA time zone: "${input.timezone}"`);
  if (!isLanguageTag(input.language)) throw new InputError('language', `not a language code: "${input.language}"`);
  const sizes = ['micro', 'small', 'medium', 'large'];
  if (input.supplierSize !== undefined && !sizes.includes(input.supplierSize)) throw new InputError('supplier-size', `must be one of ${sizes.join(', ')}`);
  if (await findTenantBySlug(db, input.slug)) throw new InputError('slug', `a tenant "${input.slug}" already exists`);
  return insertTenant(db, {
    slug: input.slug, name: input.name.trim(), country, base_currency: currency, time_zone: input.timezone,
    default_language: input.language, email: input.email ?? null, phone: input.phone ?? null, address: input.address ?? null,
    supplier_size: input.supplierSize ?? null,
    bank_account: input.bankAccount?.trim() || null,
  });
}
