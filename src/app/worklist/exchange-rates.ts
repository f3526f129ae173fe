// The tenant's exchange rates (issue #6; docs/decisions/0010): the worklist ranks customers of every currency in
// the base currency at these rates. Set by a person, audited; a currency without one is ranked at 1 and says so.
import { isCurrency } from '../../domain/money.js';
import { parseRate } from '../../domain/worklist/index.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { customerCurrencies, deleteExchangeRate, listExchangeRates, saveExchangeRate } from '../../store/worklist-settings.js';
import { InputError } from '../errors.js';

export type ExchangeRatesJson = {
  baseCurrency: string;
  rates: { currency: string; rate: string; updatedAt: string; updatedBy: string }[];
  /** Currencies the tenant's customers use that have no rate (ranked at 1 until one is set). */
  missing: string[];
};

export async function getExchangeRates(db: Db, tenant: TenantRow): Promise<ExchangeRatesJson> {
  const base = tenant.base_currency.trim();
  return inTenant(db, tenant.id, async (tx) => {
    const rates = await listExchangeRates(tx, tenant.id);
    const known = new Set(rates.map((r) => r.currency));
    const missing = (await customerCurrencies(tx, tenant.id)).filter((c) => c !== base && !known.has(c));
    return { baseCurrency: base, rates: rates.map((r) => ({ currency: r.currency, rate: r.rate, updatedAt: r.updatedAt.toISOString(), updatedBy: r.updatedBy })), missing };
  });
}

export type RateChange = { currency: string; rate: string | null };

/** Sets (or, with rate null, removes) the rates given; the others stay. All or nothing. */
export async function putExchangeRates(db: Db, tenant: TenantRow, input: { rates: readonly RateChange[]; reason?: string | undefined; actor: string }): Promise<ExchangeRatesJson> {
  const base = tenant.base_currency.trim();
  if (input.rates.length === 0) throw new InputError('rates', 'give at least one { currency, rate }');
  const seen = new Set<string>();
  const changes = input.rates.map((change, i) => {
    const currency = change.currency.trim().toUpperCase();
    if (!isCurrency(currency)) throw new InputError(`rates.${i}.currency`, `not an ISO 4217 currency code: "${change.currency}"`);
    if (currency === base) throw new InputError(`rates.${i}.currency`, `${base} is the base currency: its rate is always 1`);
    if (seen.has(currency)) throw new InputError(`rates.${i}.currency`, `${currency} is given twice`);
    seen.add(currency);
    if (change.rate === null) return { currency, rate: null };
    const parsed = parseRate(change.rate);
    if (!parsed.ok) throw new InputError(`rates.${i}.rate`, parsed.reason);
    return { currency, rate: change.rate.trim() };
  });
  await inTenant(db, tenant.id, async (tx) => {
    const before = new Map((await listExchangeRates(tx, tenant.id)).map((r) => [r.currency, r.rate]));
    for (const change of changes) {
      if (change.rate === null) await deleteExchangeRate(tx, tenant.id, change.currency);
      else await saveExchangeRate(tx, tenant.id, { currency: change.currency, rate: change.rate, actor: input.actor });
      await recordAudit(tx, tenant.id, { actor: input.actor, action: change.rate === null ? 'delete' : 'update', entity: 'exchange rate', entityKey: change.currency,
        reason: input.reason, details: { base, before: before.get(change.currency) ?? null, after: change.rate } });
    }
  });
  return getExchangeRates(db, tenant);
}
