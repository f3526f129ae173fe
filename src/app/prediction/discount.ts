// arrears discount / GET /api/discount (issue #8): whether early-payment terms like "2/10 net 30" pay for
// themselves, per customer segment (the tenant's segments when it has any, else grouped by payment habit).
import { decimalFraction, discountEconomics, parseTerms, type PaymentHabit } from '../../domain/discount/index.js';
import { formatAmount } from '../../domain/money.js';
import { segmentOf } from '../../domain/segments.js';
import type { Db } from '../../store/db.js';
import { loadInvoiceHistory } from '../../store/payment-history.js';
import { loadCustomerDirectory } from '../../store/prediction-customers.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { loadSegments } from '../segments.js';
import { checkAsOf } from './inputs.js';

const money = (v: bigint, currency: string) => formatAmount(v, currency);

export function checkCostOfCapital(text: string | number | undefined): { num: bigint; den: bigint; text: string } {
  const value = String(text ?? '').trim();
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(value)) throw new InputError('costOfCapital', 'a yearly percentage like 8 or 7.5');
  const fraction = decimalFraction(value);
  if (fraction.num > 100n * fraction.den) throw new InputError('costOfCapital', 'at most 100 (percent a year)');
  return { ...fraction, text: value };
}

export async function discountAdvice(db: Db, tenant: TenantRow, input: { terms: string; costOfCapital: string | number | undefined; asOf: string }) {
  const parsed = parseTerms(input.terms ?? '');
  if (!parsed.ok) throw new InputError('terms', parsed.reason);
  const costOfCapital = checkCostOfCapital(input.costOfCapital);
  const asOf = checkAsOf(input.asOf, 'asOf');
  const { history, directory, segments } = await inTenant(db, tenant.id, async (tx) => ({
    history: await loadInvoiceHistory(tx, tenant.id, asOf), directory: await loadCustomerDirectory(tx, tenant.id), segments: await loadSegments(tx, tenant.id),
  }));
  const customers = directory.map((c) => ({
    customerId: c.id, customerRef: c.customerRef, currency: c.currency,
    segment: segments.length === 0 ? null : segmentOf(c, segments)?.name ?? '(no segment)',
  }));
  const paid = history.flatMap((h) => (h.settledOn !== null && h.paid > 0n && h.writtenOff === 0n
    ? [{ customerId: h.customerId, currency: h.currency, issueDate: h.issueDate, settledOn: h.settledOn, amount: h.amount }] : []));
  const analysis = discountEconomics(parsed.value, costOfCapital, customers, paid, asOf);
  return {
    asOf, terms: parsed.value.text, discountPercent: parsed.value.percentText, discountDays: parsed.value.discountDays, netDays: parsed.value.netDays,
    annualisedCostPercent: analysis.annualisedCostPercent, costOfCapitalPercent: analysis.costOfCapitalPercent,
    discountCheaperThanCapital: analysis.discountCheaperThanCapital,
    grouping: segments.length === 0 ? 'payment habit' as const : 'customer segments' as const,
    segments: analysis.segments.map((s) => ({
      segment: s.segment, currency: s.currency, customers: s.customers, habits: s.habits as Record<PaymentHabit, number>, volume: money(s.volume, s.currency),
      dsoDaysGained: s.dsoDaysGained, cashBroughtForward: money(s.cashBroughtForward, s.currency), capitalBenefit: money(s.capitalBenefit, s.currency),
      discountCost: money(s.discountCost, s.currency), netBenefit: money(s.netBenefit, s.currency), recommendation: s.recommendation, arithmetic: s.arithmetic,
    })),
    customers: analysis.customers.map((c) => ({
      customerRef: c.customerRef, segment: c.segment, currency: c.currency, habit: c.habit, medianDaysToPay: c.medianDaysToPay, takeUpPercent: c.takeUpPercent,
      volume: money(c.volume, c.currency), dsoDaysGained: c.dsoDaysGained, cashBroughtForward: money(c.cashBroughtForward, c.currency),
      discountCost: money(c.discountCost, c.currency), netBenefit: money(c.netBenefit, c.currency),
    })),
  };
}

export type DiscountJson = Awaited<ReturnType<typeof discountAdvice>>;
