// KPIs per currency (issue #2), Credit Research Foundation definitions (docs/decisions/0003-kpi-definitions.md).
import { addDays } from '../domain/dates.js';
import { type KpiMonth, type KpiResult, computeKpis, kpiPeriods } from '../domain/kpi.js';
import type { Db, Tx } from '../store/db.js';
import { agingRows } from '../store/aging-query.js';
import { creditSales } from '../store/customer-ledger.js';
import { inTenant } from '../store/tenant-scope.js';
import { InputError } from './errors.js';
import { checkAsOf } from './get-aging.js';

export type KpiJson = { asOf: string; months: number; currencies: (KpiResult & { currency: string })[] };

type Balances = Map<string, { total: bigint; current: bigint }>;

async function balances(tx: Tx, tenantId: number, asOf: string): Promise<Balances> {
  const out: Balances = new Map();
  for (const row of await agingRows(tx, tenantId, asOf, [])) {
    const b = out.get(row.currency) ?? { total: 0n, current: 0n };
    b.total += row.unapplied + row.buckets.reduce((sum, amount) => sum + amount, 0n);
    b.current += row.buckets[0] ?? 0n;
    out.set(row.currency, b);
  }
  return out;
}

export async function computeTenantKpis(db: Db, tenantId: number, input: { asOf: string; months: number }): Promise<KpiJson> {
  const asOf = checkAsOf(input.asOf);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 36) throw new InputError('months', 'must be a whole number from 1 to 36');
  const periods = kpiPeriods(asOf, input.months);
  return inTenant(db, tenantId, async (tx) => {
    const first = periods[0];
    if (!first) throw new InputError('months', 'no period');
    const beginning = await balances(tx, tenantId, addDays(first.start, -1));
    const perPeriod: { sales: Map<string, bigint>; ending: Balances }[] = [];
    for (const period of periods) {
      perPeriod.push({ sales: await creditSales(tx, tenantId, period.start, period.end), ending: await balances(tx, tenantId, period.end) });
    }
    const codes = new Set<string>([...beginning.keys()]);
    for (const p of perPeriod) { for (const c of p.sales.keys()) codes.add(c); for (const c of p.ending.keys()) codes.add(c); }
    const currencies = [...codes].sort().map((currency) => {
      const months: KpiMonth[] = periods.map((period, i) => ({
        ...period,
        creditSales: perPeriod[i]?.sales.get(currency) ?? 0n,
        endingReceivables: perPeriod[i]?.ending.get(currency)?.total ?? 0n,
        endingCurrent: perPeriod[i]?.ending.get(currency)?.current ?? 0n,
      }));
      return { currency, ...computeKpis({ asOf, months, beginningReceivables: beginning.get(currency)?.total ?? 0n }) };
    });
    return { asOf, months: input.months, currencies };
  });
}
