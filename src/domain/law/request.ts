// Checks an InterestRequest at the domain edge so every later step can trust its fields.
import { compareDates, parseBusinessDate } from '../dates.js';
import { isCurrency } from '../money.js';
import {
  DEBTOR_TYPES, isJurisdiction, JURISDICTIONS, LawError, SUPPLIER_SIZES,
  type DebtorType, type InterestRequest, type Jurisdiction, type PrincipalPayment, type SupplierSize,
} from './types.js';

export type CheckedRequest = {
  jurisdiction: Jurisdiction;
  principal: bigint;
  currency: string;
  due?: string;
  until: string;
  debtor: DebtorType;
  demandDate?: string;
  invoiceDate?: string;
  supplierSize?: SupplierSize;
  /** Sorted by date. */
  payments: PrincipalPayment[];
  reminderFeesCharged: bigint;
};

function date(field: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseBusinessDate(text);
  if (!parsed.ok) throw new LawError(field, parsed.reason);
  return parsed.value;
}

function payments(principal: bigint, given: readonly PrincipalPayment[]): PrincipalPayment[] {
  const checked = given.map((p, i) => {
    if (p.amount <= 0n) throw new LawError('payments', `payment ${i + 1}: amount must be greater than zero`);
    return { date: date('payments', p.date) ?? p.date, amount: p.amount };
  });
  const paid = checked.reduce((total, p) => total + p.amount, 0n);
  if (paid > principal) throw new LawError('payments', 'the payments add up to more than the principal');
  return checked.sort((a, b) => compareDates(a.date, b.date));
}

export function checkRequest(request: InterestRequest): CheckedRequest {
  const jurisdiction = request.jurisdiction.trim().toUpperCase();
  if (!isJurisdiction(jurisdiction)) {
    const expected = JURISDICTIONS.join(', ');
    throw new LawError('jurisdiction', `unknown jurisdiction "${request.jurisdiction}"; expected one of ${expected}`);
  }
  if (!isCurrency(request.currency)) throw new LawError('currency', `unknown currency "${request.currency}"`);
  if (request.principal < 0n) throw new LawError('principal', 'must not be negative');
  const debtor = request.debtor ?? 'business';
  if (!(DEBTOR_TYPES as readonly string[]).includes(debtor)) {
    throw new LawError('debtor', `unknown debtor type "${debtor}"; expected ${DEBTOR_TYPES.join(', ')}`);
  }
  const size = request.supplierSize;
  if (size !== undefined && !(SUPPLIER_SIZES as readonly string[]).includes(size)) {
    throw new LawError('supplierSize', `unknown supplier size "${size}"; expected ${SUPPLIER_SIZES.join(', ')}`);
  }
  const fees = request.reminderFeesCharged ?? 0n;
  if (fees < 0n) throw new LawError('reminderFeesCharged', 'must not be negative');
  const checked: CheckedRequest = {
    jurisdiction,
    principal: request.principal,
    currency: request.currency,
    until: date('until', request.until) ?? request.until,
    debtor,
    payments: payments(request.principal, request.payments ?? []),
    reminderFeesCharged: fees,
  };
  const due = date('due', request.due);
  const demandDate = date('demandDate', request.demandDate);
  const invoiceDate = date('invoiceDate', request.invoiceDate);
  if (due) checked.due = due;
  if (demandDate) checked.demandDate = demandDate;
  if (invoiceDate) checked.invoiceDate = invoiceDate;
  if (size) checked.supplierSize = size;
  return checked;
}
