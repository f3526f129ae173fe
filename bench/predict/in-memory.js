// The generated ledger as loadInvoiceHistory would return it on a date, without a store: the domain-only check of
// the model (fast, for tuning and for the --domain-only part of the bench).
export function historyAt(invoices, date) {
  const out = [];
  let id = 0n;
  for (const inv of invoices) {
    id += 1n;
    if (inv.issue_date > date) continue;
    const amount = BigInt(inv.amount.replace('.', ''));
    const settled = inv.paidOn !== null && inv.paidOn <= date;
    out.push({
      invoiceId: id, customerId: BigInt(Number(inv.customer_ref.slice(1))), number: inv.invoice_number, currency: inv.currency,
      issueDate: inv.issue_date, dueDate: inv.due_date, amount, paid: settled ? amount : 0n, credited: 0n, writtenOff: 0n,
      open: settled ? 0n : amount, settledOn: settled ? inv.paidOn : null, lastPaidOn: settled ? inv.paidOn : null,
    });
  }
  return out;
}
