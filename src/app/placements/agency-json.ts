// The JSON shape of a collection agency with its results per currency (issue #6: "Totals per placement and per
// agency (placed, recovered, commission, net, recovery rate)").
import { formatRate, percentOf } from '../../domain/placements/commission.js';
import { formatAmount } from '../../domain/money.js';
import type { AgencyRow, AgencyTotalsRow } from '../../store/placements-agencies.js';
import { NotFoundError } from '../errors.js';
import { rateOf } from './place-accounts.js';

export type RecoveryTotals = { currency: string; placed: string; recovered: string; commission: string; net: string; recoveryRate: string | null };

export type AgencyJson = {
  id: string; name: string; email: string | null; phone: string | null; commissionRate: string; secondRate: string | null; thirdRate: string | null;
  legalRate: string | null; isDefault: boolean; active: boolean; updatedAt: string; updatedBy: string;
  totals: (RecoveryTotals & { placements: number })[];
};

/** recoveryRate: gross recovered as a percent of the amount placed, two decimals half-up. */
export function recoveryTotals(currency: string, placed: bigint, recovered: bigint, commission: bigint): RecoveryTotals {
  const money = (v: bigint) => formatAmount(v, currency);
  return { currency, placed: money(placed), recovered: money(recovered), commission: money(commission), net: money(recovered - commission), recoveryRate: percentOf(recovered, placed) };
}

const rate = (text: string | null) => { const r = rateOf(text); return r === null ? null : formatRate(r); };

export function agencyJson(a: AgencyRow, totals: readonly AgencyTotalsRow[]): AgencyJson {
  return {
    id: String(a.id), name: a.name, email: a.email, phone: a.phone, commissionRate: rate(a.commission_rate) ?? '0', secondRate: rate(a.second_rate),
    thirdRate: rate(a.third_rate), legalRate: rate(a.legal_rate), isDefault: a.is_default, active: a.active, updatedAt: a.updated_at.toISOString(), updatedBy: a.updated_by,
    totals: totals.filter((t) => t.agency_id === a.id).map((t) => ({ ...recoveryTotals(t.currency, t.placed, t.recovered, t.commission), placements: Number(t.placements) })),
  };
}

export function agencyId(text: string): bigint {
  if (!/^\d{1,18}$/.test(text)) throw new NotFoundError(`no agency ${text}`);
  return BigInt(text);
}
