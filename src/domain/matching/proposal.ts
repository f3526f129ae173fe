// A proposal under construction, and how it becomes the answer: the status follows from the confidence, the
// tenant's threshold and the flags that forbid automatic posting (issue #5: short payments with a discount taken or
// a deduction are "flagged for a person"; a currency mismatch or a tie is never posted automatically).
import { type Currency, formatAmount } from '../money.js';
import type { AmountFit } from './amounts.js';
import type { MatchIndex } from './match-index.js';
import type { BankEntry, MatchFlag, MatchOptions, MatchProposal } from './types.js';

export type Draft = {
  confidence: number;
  customer?: number;
  allocations: { item: number; amount: bigint }[];
  flags: Set<MatchFlag>;
  explanation: string[];
  alternatives: number[];
};

export const NEVER_AUTOMATIC: ReadonlySet<MatchFlag> = new Set(['discount-taken', 'deduction', 'currency-mismatch', 'ambiguous', 'already-paid']);

export function emptyDraft(): Draft {
  return { confidence: 0, allocations: [], flags: new Set(), explanation: [], alternatives: [] };
}

export function clamp(confidence: number): number {
  return Math.round(Math.min(0.995, Math.max(0, confidence)) * 1000) / 1000;
}

export function finalize(index: MatchIndex, entry: BankEntry, draft: Draft, options: MatchOptions): MatchProposal {
  const allocations = draft.allocations.filter((a) => a.amount > 0n).map((a) => {
    const item = index.items[a.item];
    return { invoiceId: item?.invoiceId ?? '', invoiceNumber: item?.number ?? '', customerRef: item?.customerRef ?? '', amount: a.amount };
  });
  const allocated = allocations.reduce((s, a) => s + a.amount, 0n);
  const customer = draft.customer ?? draft.allocations.map((a) => index.items[a.item]?.customer).find((c) => c !== undefined);
  const customerRef = customer === undefined ? undefined : index.customers[customer]?.customerRef;
  const blocked = [...draft.flags].some((flag) => NEVER_AUTOMATIC.has(flag));
  const confidence = clamp(draft.confidence);
  const status = allocations.length === 0 && customerRef === undefined
    ? 'unmatched'
    : allocations.length > 0 && !blocked && confidence >= options.autoPostThreshold ? 'matched' : 'suggested';
  const alternatives = draft.alternatives.flatMap((i) => {
    const item = index.items[i];
    return item ? [{ invoiceNumber: item.number, customerRef: item.customerRef, open: item.open, currency: item.currency }] : [];
  });
  const proposal: MatchProposal = {
    entryId: entry.id, status, confidence: status === 'unmatched' ? 0 : confidence, allocations,
    unapplied: entry.amount - allocated, flags: [...draft.flags].sort(), explanation: draft.explanation, alternatives,
  };
  if (customerRef !== undefined) proposal.customerRef = customerRef;
  return proposal;
}

export function money(amount: bigint, currency: Currency): string {
  return `${formatAmount(amount, currency)} ${currency}`;
}

export function customerLabel(index: MatchIndex, customer: number | undefined): string {
  const entry = customer === undefined ? undefined : index.customers[customer];
  if (!entry) return 'an unknown customer';
  return entry.names[0] ? `customer ${entry.customerRef} ${entry.names[0]}` : `customer ${entry.customerRef}`;
}

export function invoiceList(index: MatchIndex, items: readonly number[]): string {
  const numbers = items.map((i) => index.items[i]?.number ?? '?');
  return numbers.length === 1 ? `invoice ${numbers[0]}` : `invoices ${numbers.join(', ')}`;
}

/** Adds what the amount says to a draft: flags, and a line a person can read. */
export function describeFit(index: MatchIndex, draft: Draft, fit: AmountFit, amount: bigint, currency: Currency, items: readonly number[]): void {
  const total = items.reduce((s, i) => s + (index.items[i]?.open ?? 0n), 0n);
  const what = invoiceList(index, items);
  if (fit.relation === 'equal') {
    if (items.length > 1) draft.explanation.push(`${money(amount, currency)} equals the open total of ${what}`);
    return;
  }
  if (fit.relation === 'over') {
    draft.flags.add('overpayment');
    draft.explanation.push(`${money(amount, currency)} is more than the ${money(total, currency)} open on ${what}: ${money(fit.unapplied, currency)} left as unapplied cash`);
    return;
  }
  const short = `${money(amount, currency)} paid of ${money(total, currency)} open on ${what}, ${money(fit.shortfall, currency)} short`;
  if (fit.shortKind === 'discount-taken') {
    draft.flags.add('discount-taken');
    draft.explanation.push(`${short}: looks like a ${fit.discountPercent ?? ''} % cash discount taken — for a person to accept or chase`);
  } else if (fit.shortKind === 'deduction') {
    draft.flags.add('deduction');
    draft.explanation.push(`${short}: looks like a bank charge or deduction — for a person to write off or chase`);
  } else {
    draft.flags.add('short-payment');
    draft.explanation.push(`${short}: a partial payment, allocated oldest due first; the rest stays open`);
  }
}
