// A tenant's own rate and fee rows for the rule packs; `numeric` arrives as text (db.ts), never as a float.
import { sql } from 'kysely';
import type { Tx } from './db.js';
import type { FeeRow } from '../domain/law/fee-data.js';
import type { RateRow } from '../domain/law/rate-data.js';
import type { Jurisdiction } from '../domain/law/types.js';

/** Trailing zeros from numeric(12,6) are dropped so "12.250000" reads "12.25" again. */
function trimPercent(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

export async function listRateOverrides(tx: Tx, tenantId: number): Promise<RateRow[]> {
  const rows = await tx.selectFrom('law_rates').selectAll().where('tenant_id', '=', tenantId).orderBy('jurisdiction').orderBy('series').orderBy('valid_from').execute();
  return rows.map((r) => ({
    jurisdiction: r.jurisdiction as Jurisdiction, series: r.series, from: r.valid_from, percent: trimPercent(r.percent),
    source: r.source, verified: r.verified, ...(r.note ? { note: r.note } : {}),
  }));
}

export async function listFeeOverrides(tx: Tx, tenantId: number): Promise<FeeRow[]> {
  const rows = await tx.selectFrom('law_fees').selectAll().where('tenant_id', '=', tenantId).orderBy('jurisdiction').orderBy('valid_from').execute();
  return rows.map((r) => ({
    jurisdiction: r.jurisdiction as Jurisdiction, fee: 'compensation', from: r.valid_from, amount: r.amount, currency: r.currency,
    ...(r.debt_at_least ? { debtAtLeast: r.debt_at_least } : {}), source: r.source, verified: r.verified, ...(r.note ? { note: r.note } : {}),
  }));
}

/** Inserts or replaces the tenant's row for (jurisdiction, series, from); returns the row it replaced, if any. */
export async function upsertRateOverride(tx: Tx, tenantId: number, row: RateRow): Promise<RateRow | undefined> {
  const before = (await listRateOverrides(tx, tenantId)).find((r) => r.jurisdiction === row.jurisdiction && r.series === row.series && r.from === row.from);
  await sql`insert into law_rates (tenant_id, jurisdiction, series, valid_from, percent, source, verified, note)
    values (${tenantId}, ${row.jurisdiction}, ${row.series}, ${row.from}, ${row.percent}, ${row.source}, ${row.verified}, ${row.note ?? null})
    on conflict (tenant_id, jurisdiction, series, valid_from)
    do update set percent = excluded.percent, source = excluded.source, verified = excluded.verified, note = excluded.note`.execute(tx);
  return before;
}

export async function upsertFeeOverride(tx: Tx, tenantId: number, row: FeeRow): Promise<FeeRow | undefined> {
  const tier = row.debtAtLeast ?? '';
  const before = (await listFeeOverrides(tx, tenantId)).find((r) => r.jurisdiction === row.jurisdiction && r.from === row.from && r.currency === row.currency && (r.debtAtLeast ?? '') === tier);
  await sql`insert into law_fees (tenant_id, jurisdiction, fee, valid_from, currency, amount, debt_at_least, source, verified, note)
    values (${tenantId}, ${row.jurisdiction}, ${row.fee}, ${row.from}, ${row.currency}, ${row.amount}, ${tier}, ${row.source}, ${row.verified}, ${row.note ?? null})
    on conflict (tenant_id, jurisdiction, fee, valid_from, currency, debt_at_least)
    do update set amount = excluded.amount, source = excluded.source, verified = excluded.verified, note = excluded.note`.execute(tx);
  return before;
}
