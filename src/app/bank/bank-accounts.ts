// A tenant's bank accounts (issue #5: "CSV with a saved column mapping per bank account").
import { accountKey, validateBankCsvMapping } from '../../formats/bank/index.js';
import { isCurrency } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { findBankAccount, saveBankAccount } from '../../store/bank.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';

export type BankAccountJson = { account: string; name: string | null; currency: string | null; csvMapping: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function saveBankAccountSettings(
  db: Db, tenant: TenantRow, input: { account: string; name?: string | undefined; currency?: string | undefined; csvMapping?: unknown; actor: string },
): Promise<BankAccountJson> {
  const account = accountKey({ number: input.account });
  if (!/^[A-Z0-9]{4,34}$/.test(account)) throw new InputError('account', `"${input.account}" is not an IBAN or account number`);
  if (input.currency !== undefined && !isCurrency(input.currency)) throw new InputError('currency', `"${input.currency}" is not an ISO 4217 currency`);
  // A mapping without a currency takes the account's: most bank CSV exports have no currency column.
  const csvMapping = isObject(input.csvMapping) && input.csvMapping.currency === undefined && input.currency !== undefined
    ? { ...input.csvMapping, currency: input.currency } : input.csvMapping;
  if (csvMapping !== undefined) {
    const checked = validateBankCsvMapping(csvMapping);
    if (!checked.ok) throw new InputError('csvMapping', checked.problems.map((p) => `${p.field}: ${p.reason}`).join('; '));
  }
  return inTenant(db, tenant.id, async (tx) => {
    await saveBankAccount(tx, tenant.id, { account, name: input.name ?? null, currency: input.currency ?? null, csvMapping: csvMapping ?? null });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'bank-account', entityKey: account, reason: 'bank account settings' });
    const row = await findBankAccount(tx, tenant.id, account);
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) as unknown : v);
    return { account, name: row?.name ?? null, currency: row?.currency?.trim() ?? null, csvMapping: parse(row?.csv_mapping ?? null) };
  });
}
