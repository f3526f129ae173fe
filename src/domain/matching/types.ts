// Inputs and outputs of cash application (issue #5, "Matching"). Our own types, so the matcher does not depend on
// any bank-file reader: a reader maps its entries to `BankEntry`, the store maps open items to `MatchOpenItem`.
import type { BusinessDate } from '../dates.js';
import type { Currency } from '../money.js';

/** One incoming credit on a bank statement (debits are never matched). */
export type BankEntry = {
  id: string;
  /** Minor units of `currency`, greater than zero. */
  amount: bigint;
  currency: Currency;
  date: BusinessDate;
  /** Structured creditor references as the bank delivered them (camt `<CdtrRefInf><Ref>`, `:86:` `/EREF/`, …). */
  structuredReferences: readonly string[];
  remittanceText: string;
  payerName?: string;
  payerIban?: string;
};

export type MatchOpenItem = {
  invoiceId: string;
  /** The invoice number as printed. */
  number: string;
  customerRef: string;
  currency: Currency;
  /** What is still open, minor units. */
  open: bigint;
  /** The invoice's original amount, minor units. */
  amount: bigint;
  dueDate: BusinessDate;
  /** RF, KID and OCR references as printed on the invoice. */
  paymentReferences: readonly string[];
};

export type MatchCustomer = { customerRef: string; name: string; aliases?: readonly string[]; parentRef?: string };

/** A payer account a person confirmed as a customer's (issue #5: "what they confirm teaches the payer-account memory"). */
export type PayerAccount = { iban: string; customerRef: string };

export type MatchIndexInput = {
  openItems: readonly MatchOpenItem[];
  customers: readonly MatchCustomer[];
  payerAccounts: readonly PayerAccount[];
};

export type MatchFlag =
  | 'short-payment'
  | 'overpayment'
  | 'discount-taken'
  | 'deduction'
  | 'currency-mismatch'
  | 'ambiguous'
  | 'invalid-reference'
  | 'unknown-reference'
  | 'already-paid'
  | 'paid-by-related-company';

export type MatchStatus = 'matched' | 'suggested' | 'unmatched';

export type ProposedAllocation = { invoiceId: string; invoiceNumber: string; customerRef: string; amount: bigint };

/** Another invoice a person may pick instead (ties, a payment in another currency). */
export type Alternative = { invoiceNumber: string; customerRef: string; open: bigint; currency: Currency };

export type MatchProposal = {
  entryId: string;
  status: MatchStatus;
  /** 0..1: how sure the engine is that the allocations are right. */
  confidence: number;
  customerRef?: string;
  /** In the entry's currency; never more than an invoice's open amount, never more than the entry in total. */
  allocations: ProposedAllocation[];
  /** entry amount − Σ allocations: unapplied cash. */
  unapplied: bigint;
  flags: MatchFlag[];
  /** Lines a person can read, strongest evidence first. */
  explanation: string[];
  alternatives: Alternative[];
};

export type MatchOptions = {
  /** 0..1; a proposal at or above it is posted automatically unless a flag forbids it. */
  autoPostThreshold: number;
  /** How many of a customer's oldest open items a subset-sum considers (default 20). */
  subsetItems?: number;
  /** How many search steps a subset-sum may take per entry (default 20,000). */
  subsetEffort?: number;
};
