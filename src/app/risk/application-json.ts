// A credit application as it crosses a boundary: amounts as decimal strings in the application's currency.
import { formatAmount } from '../../domain/money.js';
import type { ApplicationRow } from '../../store/credit-decisions.js';

export type ApplicationJson = {
  id: string; customerRef: string; name: string; currency: string; newCustomer: boolean; requestedLimit: string; requestedTermsDays: number | null;
  note: string | null; submittedOn: string; submittedBy: string; status: 'pending' | 'approved' | 'declined'; approvedLimit: string | null;
  termsDays: number | null; reason: string | null; decidedOn: string | null; decidedBy: string | null; advice: unknown;
};

/** `newCustomer`: the applicant had no account when it applied (an approval opened one). */
export function applicationJson(row: ApplicationRow): ApplicationJson {
  return {
    id: String(row.id), customerRef: row.customerRef, name: row.name, currency: row.currency, newCustomer: row.newCustomer,
    requestedLimit: formatAmount(row.requestedLimit, row.currency), requestedTermsDays: row.requestedTermsDays, note: row.note,
    submittedOn: row.submittedOn, submittedBy: row.submittedBy, status: row.status,
    approvedLimit: row.approvedLimit === null ? null : formatAmount(row.approvedLimit, row.currency), termsDays: row.termsDays,
    reason: row.decisionReason, decidedOn: row.decidedOn, decidedBy: row.decidedBy, advice: row.advice ?? null,
  };
}
