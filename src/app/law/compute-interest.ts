// Statutory interest and fixed compensation for one debt (issue #3), with the tenant's own rate and fee rows
// merged over the built-in tables when a tenant is given.
import { parseBusinessDate } from '../../domain/dates.js';
import { formatAmount, isCurrency, parseAmount, parsePositiveAmount } from '../../domain/money.js';
import { computeInterest } from '../../domain/law/interest.js';
import { BUILT_IN_RATES } from '../../domain/law/rate-data.js';
import { BUILT_IN_FEES } from '../../domain/law/fee-data.js';
import { mergeRates } from '../../domain/law/rate-table.js';
import { mergeFees } from '../../domain/law/fee-table.js';
import { DEBTOR_TYPES, type DebtorType, LawError, SUPPLIER_SIZES, type SupplierSize } from '../../domain/law/types.js';
import type { Db } from '../../store/db.js';
import { listFeeOverrides, listRateOverrides } from '../../store/law-overrides.js';
import { inTenant } from '../../store/tenant-scope.js';
import { InputError } from '../errors.js';

export type InterestInput = {
  jurisdiction: string; principal: string; currency: string; due?: string | undefined; until: string;
  debtor?: string | undefined; demandDate?: string | undefined; invoiceDate?: string | undefined; supplierSize?: string | undefined;
  payments?: { date: string; amount: string }[] | undefined; reminderFeesCharged?: string | undefined;
};

export type InterestJson = {
  jurisdiction: string; principal: string; currency: string; interest: string; fixedCompensation: string; total: string;
  periods: { from: string; to: string; days: number; ratePercent: string; interest: string }[];
  verified: boolean; sources: string[]; notes: string[];
};

function date(field: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = parseBusinessDate(value);
  if (!parsed.ok) throw new InputError(field, parsed.reason);
  return parsed.value;
}

function oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(field, `must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export async function computeDebtInterest(db: Db | undefined, tenantId: number | undefined, input: InterestInput): Promise<InterestJson> {
  const currency = input.currency.toUpperCase();
  if (!isCurrency(currency)) throw new InputError('currency', `not an ISO 4217 currency code: "${input.currency}"`);
  const principal = parsePositiveAmount(input.principal, currency);
  if (!principal.ok) throw new InputError('principal', principal.reason);
  const until = date('until', input.until);
  if (!until) throw new InputError('until', 'is required');
  const payments = (input.payments ?? []).map((p, i) => {
    const amount = parsePositiveAmount(p.amount, currency);
    if (!amount.ok) throw new InputError(`payments[${i}].amount`, amount.reason);
    return { date: date(`payments[${i}].date`, p.date) ?? '', amount: amount.value };
  });
  const charged = input.reminderFeesCharged ? parseAmount(input.reminderFeesCharged, currency) : undefined;
  if (charged && !charged.ok) throw new InputError('reminderFeesCharged', charged.reason);
  const [rateRows, feeRows] = db && tenantId !== undefined
    ? await inTenant(db, tenantId, async (tx) => [await listRateOverrides(tx, tenantId), await listFeeOverrides(tx, tenantId)] as const)
    : [[], []] as const;
  try {
    const result = computeInterest({
      jurisdiction: input.jurisdiction, principal: principal.value, currency, due: date('due', input.due), until,
      debtor: oneOf<DebtorType>('debtor', input.debtor, DEBTOR_TYPES), demandDate: date('demandDate', input.demandDate),
      invoiceDate: date('invoiceDate', input.invoiceDate), supplierSize: oneOf<SupplierSize>('supplierSize', input.supplierSize, SUPPLIER_SIZES),
      payments, ...(charged?.ok ? { reminderFeesCharged: charged.value } : {}),
    }, mergeRates(BUILT_IN_RATES, rateRows), mergeFees(BUILT_IN_FEES, feeRows));
    const money = (v: bigint) => formatAmount(v, currency);
    return {
      jurisdiction: result.jurisdiction, principal: money(result.principal), currency, interest: money(result.interest),
      fixedCompensation: money(result.fixedCompensation), total: money(result.total),
      periods: result.periods.map((p) => ({ from: p.from, to: p.to, days: p.days, ratePercent: p.ratePercent, interest: money(p.interest) })),
      verified: result.verified, sources: result.sources, notes: result.notes,
    };
  } catch (error) {
    if (error instanceof LawError) throw new InputError(error.field, error.reason);
    throw error;
  }
}
