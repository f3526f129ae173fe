// Writing off (part of) an invoice: an append-only entry with a reason, never more than is open (issue #2).
import { parsePositiveAmount, formatAmount } from '../domain/money.js';
import type { Db } from '../store/db.js';
import { findInvoicesByNumbers, insertWriteOff } from '../store/invoices.js';
import { recordAudit } from '../store/audit.js';
import { inTenant } from '../store/tenant-scope.js';
import { InputError, NotFoundError } from './errors.js';
import { checkAsOf } from './get-aging.js';

export type WriteOffInput = { invoiceNumber: string; amount?: string | undefined; date: string; reason: string; actor: string };

/** Writes off the given amount, or everything still open when no amount is given. */
export async function writeOffInvoice(db: Db, tenantId: number, input: WriteOffInput): Promise<{ invoice: string; writtenOff: string; open: string }> {
  const date = checkAsOf(input.date, 'date');
  if (input.reason.trim() === '') throw new InputError('reason', 'is required: say why the amount is written off');
  return inTenant(db, tenantId, async (tx) => {
    const invoice = (await findInvoicesByNumbers(tx, tenantId, [input.invoiceNumber])).get(input.invoiceNumber);
    if (!invoice) throw new NotFoundError(`no invoice "${input.invoiceNumber}"`);
    if (date < invoice.issue_date) throw new InputError('date', `${date} is before the invoice's issue date ${invoice.issue_date}`);
    let amount = invoice.open;
    if (input.amount !== undefined) {
      const parsed = parsePositiveAmount(input.amount, invoice.currency);
      if (!parsed.ok) throw new InputError('amount', parsed.reason);
      amount = parsed.value;
    }
    if (amount <= 0n) throw new InputError('amount', `invoice ${invoice.number} has nothing open to write off`);
    if (amount > invoice.open) throw new InputError('amount', `only ${formatAmount(invoice.open, invoice.currency)} is open on invoice ${invoice.number}`);
    await insertWriteOff(tx, tenantId, { invoice_id: invoice.id, date, amount, reason: input.reason.trim() });
    await recordAudit(tx, tenantId, { actor: input.actor, action: 'write-off', entity: 'invoice', entityKey: invoice.number, reason: input.reason.trim(), details: { date, amount } });
    return { invoice: invoice.number, writtenOff: formatAmount(amount, invoice.currency), open: formatAmount(invoice.open - amount, invoice.currency) };
  });
}
