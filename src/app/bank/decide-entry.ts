// A person confirms, corrects or rejects a bank entry the matcher could not post on its own (issue #5: "confirms or
// corrects it in one step, and what they confirm teaches the payer-account memory").
import { formatAmount, parsePositiveAmount } from '../../domain/money.js';
import { compactIban } from '../../formats/bank/index.js';
import type { Db } from '../../store/db.js';
import { findBankEntryForUpdate, learnPayerAccount, setEntryDecision, type BankEntryRow } from '../../store/bank.js';
import { findCustomer } from '../../store/customers.js';
import { findInvoicesByNumbers } from '../../store/invoices.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { postPayments } from './post-payment.js';
import type { ProposalJson } from './proposal-json.js';
import { bankEntryJson, type BankEntryJson } from './bank-entry-json.js';

export type Confirmation = {
  /** The invoices and amounts to post; absent = the proposal as it stands. */
  allocations?: { invoiceNumber: string; amount: string }[] | undefined;
  /** Whose account gets the unapplied rest; absent = the proposal's customer, else the first invoice's. */
  customerRef?: string | undefined;
  actor: string;
};

const OPEN_STATUSES = new Set(['suggested', 'unmatched']);

async function openEntry(tx: Parameters<typeof findBankEntryForUpdate>[0], tenant: TenantRow, id: string): Promise<BankEntryRow> {
  const entry = /^\d{1,18}$/.test(id) ? await findBankEntryForUpdate(tx, tenant.id, BigInt(id)) : undefined;
  if (!entry) throw new NotFoundError(`no bank entry "${id}"`);
  if (!OPEN_STATUSES.has(entry.status)) throw new InputError('entry', `bank entry ${id} is ${entry.status}; only suggested or unmatched entries wait for a decision`);
  return entry;
}

export async function confirmBankEntry(db: Db, tenant: TenantRow, id: string, input: Confirmation): Promise<BankEntryJson> {
  return inTenant(db, tenant.id, async (tx) => {
    const entry = await openEntry(tx, tenant, id);
    const currency = entry.currency.trim();
    const proposal = entry.proposal as ProposalJson | null;
    const wanted = input.allocations ?? (proposal?.allocations ?? []).map((a) => ({ invoiceNumber: a.invoiceNumber, amount: a.amount }));
    const invoices = await findInvoicesByNumbers(tx, tenant.id, wanted.map((a) => a.invoiceNumber));
    const allocations = wanted.map((a, i) => {
      const invoice = invoices.get(a.invoiceNumber);
      if (!invoice) throw new InputError(`allocations[${i}].invoiceNumber`, `no invoice "${a.invoiceNumber}"`);
      if (invoice.currency.trim() !== currency) throw new InputError(`allocations[${i}].invoiceNumber`, `invoice ${a.invoiceNumber} is in ${invoice.currency.trim()}, the payment in ${currency}`);
      const amount = parsePositiveAmount(a.amount, currency);
      if (!amount.ok) throw new InputError(`allocations[${i}].amount`, amount.reason);
      if (amount.value > invoice.open) throw new InputError(`allocations[${i}].amount`, `invoice ${a.invoiceNumber} has only ${formatAmount(invoice.open, currency)} ${currency} open`);
      return { invoiceId: invoice.id, invoiceNumber: invoice.number, customerId: invoice.customer_id, amount: amount.value };
    });
    if (new Set(allocations.map((a) => a.invoiceNumber)).size !== allocations.length) throw new InputError('allocations', 'an invoice is listed twice');
    const total = allocations.reduce((s, a) => s + a.amount, 0n);
    if (total > entry.amount) throw new InputError('allocations', `they add up to ${formatAmount(total, currency)} ${currency}, more than the payment's ${formatAmount(entry.amount, currency)}`);
    const payerRef = input.customerRef ?? proposal?.customerRef ?? undefined;
    const payer = payerRef !== undefined ? await findCustomer(tx, tenant.id, payerRef) : undefined;
    if (payerRef !== undefined && !payer) throw new InputError('customerRef', `no customer "${payerRef}"`);
    const payerId = payer?.id ?? allocations[0]?.customerId;
    if (payerId === undefined) throw new InputError('customerRef', 'name the customer who paid, or the invoices the payment is for');
    const ref = `BANK-E${entry.id}`;
    const paymentIds = await postPayments(tx, tenant.id, [{ ref, date: entry.booking_date, currency, amount: entry.amount, payerCustomerId: payerId, allocations }]);
    const explanation = [`confirmed by ${input.actor}${input.allocations ? ' with corrected allocations' : ''}`, ...(Array.isArray(entry.explanation) ? entry.explanation as string[] : [])];
    await setEntryDecision(tx, tenant.id, entry.id, { status: 'confirmed', customerId: payerId, paymentId: paymentIds.get(ref) ?? null, decidedBy: input.actor, explanation });
    // The payer's account now belongs to the customer who paid: the next payment from it matches by itself.
    if (entry.payer_iban) await learnPayerAccount(tx, tenant.id, compactIban(entry.payer_iban), payerId, input.actor);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'confirm', entity: 'bank-entry', entityKey: String(entry.id), reason: 'bank entry confirmed', details: { allocations: allocations.map((a) => [a.invoiceNumber, String(a.amount)]) } });
    return bankEntryJson((await findBankEntryForUpdate(tx, tenant.id, entry.id)) as BankEntryRow);
  });
}

export async function rejectBankEntry(db: Db, tenant: TenantRow, id: string, input: { reason: string; actor: string }): Promise<BankEntryJson> {
  if (input.reason.trim() === '') throw new InputError('reason', 'say why the entry is not a customer payment (e.g. "refund from supplier")');
  return inTenant(db, tenant.id, async (tx) => {
    const entry = await openEntry(tx, tenant, id);
    await setEntryDecision(tx, tenant.id, entry.id, { status: 'rejected', customerId: null, paymentId: null, decidedBy: input.actor, explanation: [`rejected by ${input.actor}: ${input.reason}`] });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'reject', entity: 'bank-entry', entityKey: String(entry.id), reason: input.reason });
    return bankEntryJson((await findBankEntryForUpdate(tx, tenant.id, entry.id)) as BankEntryRow);
  });
}
