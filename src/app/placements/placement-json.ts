// The JSON shapes of a placement: amounts as decimal strings, with its totals (placed, recovered, commission, net,
// recovery rate) and, in detail, its invoices and recoveries.
import { formatAmount } from '../../domain/money.js';
import { formatRate } from '../../domain/placements/commission.js';
import type { PlacedInvoiceRow, PlacementRow } from '../../store/placements.js';
import type { RecoveryRow } from '../../store/placements-recoveries.js';
import { NotFoundError } from '../errors.js';
import { type RecoveryTotals, recoveryTotals } from './agency-json.js';
import { rateOf } from './place-accounts.js';

export type PlacementJson = {
  id: string; number: number; customerRef: string; customerName: string; currency: string; kind: 'in-house' | 'agency' | 'legal';
  agency: { id: string; name: string } | null; commissionRate: string | null; placedOn: string; amount: string;
  status: 'active' | 'recalled' | 'closed'; endedOn: string | null; endReason: string | null; endedBy: string | null; note: string | null;
  dunningActionId: string | null; createdAt: string; createdBy: string; recoveries: number; totals: RecoveryTotals;
};

export type RecoveryJson = {
  id: string; date: string; gross: string; commission: string; net: string; commissionGiven: boolean; paymentRef: string; reversedWriteOff: string;
  reference: string | null; note: string | null; createdAt: string; createdBy: string;
};

export type PlacedInvoiceJson = { number: string; issueDate: string; dueDate: string; amount: string; openAtPlacement: string; open: string; writtenOff: string };

export type PlacementDetail = PlacementJson & { invoices: PlacedInvoiceJson[]; recoveryList: RecoveryJson[] };

export function placementJson(p: PlacementRow): PlacementJson {
  const rate = rateOf(p.commission_rate);
  return {
    id: String(p.id), number: p.number, customerRef: p.customer_ref, customerName: p.customer_name, currency: p.currency, kind: p.kind,
    agency: p.agency_id === null ? null : { id: String(p.agency_id), name: p.agency_name ?? '' }, commissionRate: rate === null ? null : formatRate(rate),
    placedOn: p.placed_on, amount: formatAmount(p.amount, p.currency), status: p.status, endedOn: p.ended_on, endReason: p.end_reason, endedBy: p.ended_by,
    note: p.note, dunningActionId: p.action_id === null ? null : String(p.action_id), createdAt: p.created_at.toISOString(), createdBy: p.created_by,
    recoveries: Number(p.recoveries), totals: recoveryTotals(p.currency, p.amount, p.recovered, p.commission),
  };
}

export function recoveryJson(r: RecoveryRow, currency: string): RecoveryJson {
  const money = (v: bigint) => formatAmount(v, currency);
  return {
    id: String(r.id), date: r.date, gross: money(r.gross), commission: money(r.commission), net: money(r.gross - r.commission), commissionGiven: r.commission_given,
    paymentRef: r.payment_ref, reversedWriteOff: money(r.reversed_write_off), reference: r.reference, note: r.note, createdAt: r.created_at.toISOString(), createdBy: r.created_by,
  };
}

export function placedInvoiceJson(i: PlacedInvoiceRow): PlacedInvoiceJson {
  const money = (v: bigint) => formatAmount(v, i.currency);
  return { number: i.number, issueDate: i.issue_date, dueDate: i.due_date, amount: money(i.amount), openAtPlacement: money(i.open_at_placement), open: money(i.open), writtenOff: money(i.written_off) };
}

export function placementId(text: string): bigint {
  if (!/^\d{1,18}$/.test(text)) throw new NotFoundError(`no placement ${text}`);
  return BigInt(text);
}
