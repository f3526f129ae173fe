// What the prediction reads of an invoice: the ledger as it stood on as-of (issue #8, no look-ahead). The store's
// InvoiceHistory (src/store/payment-history.ts) has this shape; the domain names only what it uses.
export interface LedgerInvoice {
  invoiceId: bigint;
  customerId: bigint;
  number: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** Invoice amount with adjustments (minor units). */
  amount: bigint;
  /** Cash applied. */
  paid: bigint;
  /** Part of the reductions that is a write-off. */
  writtenOff: bigint;
  /** Still open (minor units). */
  open: bigint;
  /** Day of full settlement, or null while open. A date after as-of is treated as unknown (still open). */
  settledOn: string | null;
}

/** One open invoice's predicted payment date with its 80 % interval and why. */
export interface InvoicePrediction {
  invoiceId: bigint;
  customerId: bigint;
  number: string;
  currency: string;
  dueDate: string;
  open: bigint;
  predictedDate: string;
  /** 10th and 90th percentile of the payment date: an 80 % interval. */
  low: string;
  high: string;
  explanation: string;
  features: PredictionFeatures;
}

export interface PredictionFeatures {
  /** Settled invoices of this customer the model learned from (and their recency-weighted count). */
  customerSettled: number;
  customerWeight: number;
  /** Share of the customer's own history in the blend (the rest is the tenant-wide distribution), 0–1. */
  customerShare: number;
  /** Days overdue on as-of (negative: not yet due). */
  daysOverdue: number;
  amountShiftDays: number;
  trendShiftDays: number;
  /** Day of month the customer pays on (31 = month end), or null. */
  paymentRunDay: number | null;
  /** 'customer' | 'tenant' | 'fallback': where the delay quantiles came from. */
  source: 'customer' | 'blend' | 'tenant' | 'fallback';
}
