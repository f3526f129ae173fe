// Aging report (issue #2): historical as of a date, per currency and customer, amounts as decimal strings.
import { type AgedAmounts, type Buckets, addAged, emptyAged, parseBuckets } from '../domain/aging.js';
import { parseBusinessDate } from '../domain/dates.js';
import { formatAmount } from '../domain/money.js';
import type { Db } from '../store/db.js';
import { agingRows } from '../store/aging-query.js';
import { inTenant } from '../store/tenant-scope.js';
import { InputError } from './errors.js';

export type AgingAmountsJson = { total: string; unapplied: string; buckets: Record<string, string> };
export type AgingJson = {
  asOf: string; buckets: string[];
  currencies: (AgingAmountsJson & { currency: string; customers: (AgingAmountsJson & { customerRef: string; name: string })[] })[];
};

export function checkAsOf(asOf: string, field = 'as-of'): string {
  const parsed = parseBusinessDate(asOf);
  if (!parsed.ok) throw new InputError(field, parsed.reason);
  return parsed.value;
}

export function checkBuckets(spec: string | undefined): Buckets {
  const parsed = parseBuckets(spec);
  if (!parsed.ok) throw new InputError('buckets', parsed.reason);
  return parsed.value;
}

export async function getAging(db: Db, tenantId: number, input: { asOf: string; buckets?: string | undefined; customerId?: bigint }): Promise<AgingJson> {
  const asOf = checkAsOf(input.asOf);
  const buckets = checkBuckets(input.buckets);
  const rows = await inTenant(db, tenantId, (tx) => agingRows(tx, tenantId, asOf, buckets.bounds, input.customerId));
  const currencies = new Map<string, { totals: AgedAmounts; customers: Map<string, { name: string; amounts: AgedAmounts }> }>();
  for (const row of rows) {
    let currency = currencies.get(row.currency);
    if (!currency) { currency = { totals: emptyAged(buckets), customers: new Map() }; currencies.set(row.currency, currency); }
    const customer = { name: row.name, amounts: emptyAged(buckets) };
    currency.customers.set(row.customer_ref, customer);
    for (const into of [customer.amounts, currency.totals]) {
      row.buckets.forEach((amount, k) => addAged(into, k, amount));
      addAged(into, 'unapplied', row.unapplied);
    }
  }
  const json = (amounts: AgedAmounts, code: string): AgingAmountsJson => ({
    total: formatAmount(amounts.total, code), unapplied: formatAmount(amounts.unapplied, code),
    buckets: Object.fromEntries(buckets.labels.map((label, i) => [label, formatAmount(amounts.buckets[i] ?? 0n, code)])),
  });
  return {
    asOf, buckets: buckets.labels,
    currencies: [...currencies].map(([code, c]) => ({
      currency: code, ...json(c.totals, code),
      customers: [...c.customers]
        .filter(([, cu]) => cu.amounts.total !== 0n || cu.amounts.unapplied !== 0n)
        .map(([ref, cu]) => ({ customerRef: ref, name: cu.name, ...json(cu.amounts, code) })),
    })),
  };
}
