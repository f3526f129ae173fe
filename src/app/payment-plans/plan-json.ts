// A payment plan as the API shows it: money as decimal strings, ids as strings, instalments with their states.
import { formatAmount, sum } from '../../domain/money.js';
import type { InstalmentState, PlanProgress } from '../../domain/payment-plans/track.js';
import type { InstalmentRow, PlanRow } from '../../store/payment-plans.js';
import type { Instalment } from '../../domain/payment-plans/schedule.js';

export type PlanJson = {
  id: string; customerRef: string; customerName: string; currency: string; status: PlanRow['status']; frequency: string; madeOn: string; graceDays: number;
  invoiceNumbers: string[]; principal: string; fees: string; interest: string; total: string; note: string | null;
  decidedOn: string | null; decidedBy: string | null; cancelReason: string | null; createdAt: string; createdBy: string;
};

export type InstalmentJson = { seq: number; kind: 'down-payment' | 'instalment'; dueDate: string; deadline: string; amount: string; paid: string; state: InstalmentState; coveredOn: string | null; late: boolean };
export type PlanDetail = PlanJson & { asOf: string; paid: string; remaining: string; dueByNow: string; instalments: InstalmentJson[] };

export function instalmentsOf(rows: readonly InstalmentRow[]): Instalment[] {
  return rows.map((r) => ({ seq: r.seq, dueDate: r.due_date, amount: r.amount }));
}

export function planJson(row: PlanRow, instalments: readonly InstalmentRow[]): PlanJson {
  const currency = row.currency.trim();
  const money = (v: bigint) => formatAmount(v, currency);
  const total = sum(instalments.map((i) => i.amount));
  return {
    id: String(row.id), customerRef: row.customer_ref, customerName: row.customer_name, currency, status: row.status, frequency: row.frequency,
    madeOn: row.made_on, graceDays: row.grace_days, invoiceNumbers: row.invoice_numbers, principal: money(total - row.fees - row.interest),
    fees: money(row.fees), interest: money(row.interest), total: money(total), note: row.note, decidedOn: row.decided_on, decidedBy: row.decided_by,
    cancelReason: row.cancel_reason, createdAt: row.created_at.toISOString(), createdBy: row.created_by,
  };
}

export function planDetail(json: PlanJson, progress: PlanProgress, asOf: string): PlanDetail {
  const money = (v: bigint) => formatAmount(v, json.currency);
  return {
    ...json, asOf, paid: money(progress.paid), remaining: money(progress.remaining), dueByNow: money(progress.dueByNow),
    instalments: progress.instalments.map((i) => ({
      seq: i.seq, kind: i.seq === 0 ? 'down-payment' : 'instalment', dueDate: i.dueDate, deadline: i.deadline, amount: money(i.amount), paid: money(i.paid),
      state: i.state, coveredOn: i.coveredOn, late: i.late,
    })),
  };
}
