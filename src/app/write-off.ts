// Writing off (part of) an invoice: an append-only entry with a reason, never more than is open (issue #2). Posted at
// once by the CLI and by an API key; a person's write-off over HTTP goes through a manager's approval first
// (src/app/write-offs/, issue #6), which checks and posts with the same functions.
import { parsePositiveAmount, formatAmount } from '../domain/money.js';
import type { Db, Tx } from '../store/db.js';
import { type InvoiceRow, findInvoicesByNumbers } from '../store/invoices.js';
import { insertLinkedWriteOffs } from '../store/placements-recoveries.js';
import { recordAudit } from '../store/audit.js';
import { inTenant } from '../store/tenant-scope.js';
import { InputError, NotFoundError } from './errors.js';
import { checkAsOf } from './get-aging.js';

export type WriteOffInput = { invoiceNumber: string; amount?: string | undefined; date: string; reason: string; actor: string };
export type WriteOffResult = { invoice: string; writtenOff: string; open: string };
export type CheckedWriteOff = { invoice: InvoiceRow; amount: bigint; date: string; reason: string };

/** The invoice, amount (everything open when none is given) and date, checked against what is open now. */
export async function checkWriteOff(tx: Tx, tenantId: number, input: Omit<WriteOffInput, 'actor'>): Promise<CheckedWriteOff> {
  const date = checkAsOf(input.date, 'date');
  if (input.reason.trim() === '') throw new InputError('reason', 'is required: say why the amount is written off');
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
  return { invoice, amount, date, reason: input.reason.trim() };
}

/** Posts a checked write-off (with the request it was approved under, if any) and audits it. */
export async function postWriteOff(tx: Tx, tenantId: number, w: CheckedWriteOff, actor: string, requestId?: bigint): Promise<WriteOffResult> {
  await insertLinkedWriteOffs(tx, tenantId, [{ invoiceId: w.invoice.id, date: w.date, amount: w.amount, reason: w.reason, ...(requestId !== undefined ? { requestId } : {}) }]);
  await recordAudit(tx, tenantId, { actor, action: 'write-off', entity: 'invoice', entityKey: w.invoice.number, reason: w.reason, details: { date: w.date, amount: w.amount, ...(requestId !== undefined ? { request: requestId } : {}) } });
  return { invoice: w.invoice.number, writtenOff: formatAmount(w.amount, w.invoice.currency), open: formatAmount(w.invoice.open - w.amount, w.invoice.currency) };
}

/** Writes off the given amount, or everything still open when no amount is given. */
export async function writeOffInvoice(db: Db, tenantId: number, input: WriteOffInput): Promise<WriteOffResult> {
  checkAsOf(input.date, 'date');
  if (input.reason.trim() === '') throw new InputError('reason', 'is required: say why the amount is written off');
  return inTenant(db, tenantId, async (tx) => postWriteOff(tx, tenantId, await checkWriteOff(tx, tenantId, input), input.actor));
}
