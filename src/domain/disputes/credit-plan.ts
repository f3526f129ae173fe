// Issue #6: a dispute resolved by a credit note (or by goods taken back) is credited in full or in part, per
// invoice; the credit on an invoice is never more than the amount disputed on it.

export type DisputedLine = { invoiceNumber: string; disputed: bigint };
export type RequestedCredit = { invoiceNumber: string; amount: bigint };
export type CreditPlan = { ok: true; lines: { invoiceNumber: string; credit: bigint }[]; total: bigint } | { ok: false; field: string; reason: string };

/**
 * No request: every invoice is credited its whole disputed amount. A request names the invoices to credit and how
 * much; invoices it leaves out get nothing. Errors name the request's field (`invoices.<i>.…`).
 */
export function planDisputeCredit(lines: readonly DisputedLine[], requested?: readonly RequestedCredit[], format: (minor: bigint) => string = String): CreditPlan {
  if (requested === undefined) {
    const full = lines.map((l) => ({ invoiceNumber: l.invoiceNumber, credit: l.disputed }));
    return { ok: true, lines: full, total: full.reduce((s, l) => s + l.credit, 0n) };
  }
  if (requested.length === 0) return { ok: false, field: 'invoices', reason: 'name at least one invoice to credit, or leave invoices out to credit the whole disputed amount' };
  const credit = new Map<string, bigint>();
  for (const [i, r] of requested.entries()) {
    const line = lines.find((l) => l.invoiceNumber === r.invoiceNumber);
    if (!line) return { ok: false, field: `invoices.${i}.invoiceNumber`, reason: `invoice ${r.invoiceNumber} is not part of this dispute` };
    if (credit.has(r.invoiceNumber)) return { ok: false, field: `invoices.${i}.invoiceNumber`, reason: `invoice ${r.invoiceNumber} is listed twice` };
    if (r.amount <= 0n) return { ok: false, field: `invoices.${i}.amount`, reason: 'must be greater than zero' };
    if (r.amount > line.disputed) return { ok: false, field: `invoices.${i}.amount`, reason: `more than the ${format(line.disputed)} disputed on invoice ${r.invoiceNumber}` };
    credit.set(r.invoiceNumber, r.amount);
  }
  const planned = lines.map((l) => ({ invoiceNumber: l.invoiceNumber, credit: credit.get(l.invoiceNumber) ?? 0n }));
  return { ok: true, lines: planned, total: planned.reduce((s, l) => s + l.credit, 0n) };
}
