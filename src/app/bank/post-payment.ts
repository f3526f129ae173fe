// Posting bank entries to the ledger (issue #5: "post cash immediately"): a payment per customer paid for, each
// with its allocations; whatever the entry leaves over stays unapplied on the payer's account. Aging, dunning and
// worklists read the ledger, so they see the cash in the same transaction. Batched: a bank file may post 100,000.
import type { Tx } from '../../store/db.js';
import { insertAllocations, insertSettlements, type NewSettlement } from '../../store/settlements.js';

export type Posting = {
  /** The payer's payment reference; payments for other customers add -2, -3… */
  ref: string; date: string; currency: string; amount: bigint;
  /** Who paid: the unapplied rest goes on this customer's account. */
  payerCustomerId: bigint;
  allocations: { invoiceId: bigint; invoiceNumber: string; customerId: bigint; amount: bigint }[];
};

type PlannedPayment = { ref: string; postingRef: string; customerId: bigint; amount: bigint; date: string; currency: string; allocations: Posting['allocations']; payer: boolean };

/** The payer's payment has the posting's ref; others the entry paid for (a parent paying for a subsidiary) add -2, -3… */
export function paymentsFor(posting: Posting): PlannedPayment[] {
  const allocated = posting.allocations.reduce((s, a) => s + a.amount, 0n);
  if (allocated > posting.amount) throw new Error(`bank payment ${posting.ref}: allocations ${allocated} exceed the amount ${posting.amount}`);
  const byCustomer = new Map<bigint, Posting['allocations']>([[posting.payerCustomerId, []]]);
  for (const a of posting.allocations) byCustomer.set(a.customerId, [...(byCustomer.get(a.customerId) ?? []), a]);
  return [...byCustomer].map(([customerId, allocations], i) => {
    const own = allocations.reduce((s, a) => s + a.amount, 0n);
    const payer = customerId === posting.payerCustomerId;
    return {
      ref: i === 0 ? posting.ref : `${posting.ref}-${i + 1}`, postingRef: posting.ref, customerId, payer, date: posting.date, currency: posting.currency,
      amount: payer ? own + (posting.amount - allocated) : own, allocations,
    };
  }).filter((p) => p.amount > 0n);
}

/** Posts them all in a few statements; returns each posting's ref → the payer's payment id. */
export async function postPayments(tx: Tx, tenantId: number, postings: readonly Posting[]): Promise<Map<string, bigint>> {
  if (postings.length === 0) return new Map();
  const payments = postings.flatMap(paymentsFor);
  const ids = await insertSettlements(tx, tenantId, 'payment', payments.map((p): NewSettlement => ({
    ref: p.ref, customer_id: p.customerId, date: p.date, currency: p.currency, amount: p.amount,
    targets: p.allocations.map((a) => a.invoiceNumber).join(';'), invoice_id: null,
  })));
  await insertAllocations(tx, tenantId, 'payment', payments.flatMap((p) => p.allocations.map((a) => ({
    invoice_id: a.invoiceId, settlement_id: ids.get(p.ref) ?? 0n, date: p.date, amount: a.amount,
  }))));
  return new Map(payments.filter((p) => p.payer).map((p) => [p.postingRef, ids.get(p.ref) ?? 0n]));
}
