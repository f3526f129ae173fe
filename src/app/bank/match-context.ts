// The matcher's view of a tenant (issue #5): every open invoice with the references printed for it, the customers'
// names, and the payer accounts people confirmed. Built once per bank file.
import { buildMatchIndex, type MatchIndex, type MatchOpenItem } from '../../domain/matching/index.js';
import { documentReferences } from '../../domain/document-reference.js';
import type { Tx } from '../../store/db.js';
import { loadMatchCustomers, loadOpenItems, loadPayerAccounts, loadRecentActionReferences } from '../../store/match-inputs.js';
import type { TenantRow } from '../../store/tenants.js';

export type MatchContext = {
  index: MatchIndex;
  /** customer ref → customer id, to post a payment. */
  customerIdOf: Map<string, bigint>;
};

export async function loadMatchContext(tx: Tx, tenant: TenantRow, asOf: string): Promise<MatchContext> {
  const customers = await loadMatchCustomers(tx, tenant.id);
  const refOf = new Map(customers.map((c) => [c.customerId, c.customerRef]));
  const actionRefs = await loadRecentActionReferences(tx, tenant.id, asOf);
  const openItems: MatchOpenItem[] = (await loadOpenItems(tx, tenant.id, asOf)).map((item) => {
    const own = documentReferences({ kind: 'invoice', id: item.invoiceId }, item.currency, tenant.payment_reference_scheme);
    // A reminder's reference names exactly the invoices it listed: each carries it as a shared reference.
    const fromLetters = (actionRefs.get(String(item.invoiceId)) ?? []).flatMap((actionId) => {
      const r = documentReferences({ kind: 'dunning-action', id: actionId }, item.currency, tenant.payment_reference_scheme);
      return r.national ? [r.rf, r.national] : [r.rf];
    });
    return {
      invoiceId: String(item.invoiceId), number: item.number, customerRef: refOf.get(item.customerId) ?? item.customerId, currency: item.currency,
      open: item.open, amount: item.amount, dueDate: item.dueDate, paymentReferences: [own.rf, ...(own.national ? [own.national] : []), ...fromLetters],
    };
  });
  const payerAccounts = (await loadPayerAccounts(tx, tenant.id)).flatMap((p) => {
    const customerRef = refOf.get(p.customerId);
    return customerRef === undefined ? [] : [{ iban: p.iban, customerRef }];
  });
  // A payment from the parent company may pay a subsidiary's invoices (issue #5).
  const matchCustomers = customers.map((c) => {
    const parentRef = c.parentId === null ? undefined : refOf.get(c.parentId);
    return { customerRef: c.customerRef, name: c.name, ...(parentRef ? { parentRef } : {}) };
  });
  const index = buildMatchIndex({ openItems, customers: matchCustomers, payerAccounts });
  return { index, customerIdOf: new Map(customers.map((c) => [c.customerRef, BigInt(c.customerId)])) };
}
