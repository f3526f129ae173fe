// The shapes of the API answers the pages read (src/api/*-routes.ts). Amounts are decimal strings.
export type TenantRole = { slug: string; name: string; role: string };
export type Session = { user: { email: string; name: string }; tenants: TenantRole[]; tenant: TenantRole; csrfToken: string };
export type Tenant = { slug: string; name: string; country: string; currency: string; timezone: string; language: string };

export type AgedAmounts = { total: string; unapplied: string; buckets: Record<string, string> };
export type AgingReport = { asOf: string; buckets: string[]; currencies: (AgedAmounts & { currency: string; customers: (AgedAmounts & { customerRef: string; name: string })[] })[] };
export type KpiReport = { asOf: string; months: number; currencies: { currency: string; dsoSimple: number; dsoCountBack: number; bestPossibleDso: number; add: number; cei: number; percentCurrent: number }[] };

export type Customer = { customerRef: string; name: string; country: string | null; language: string | null; currency: string; email: string | null; phone: string | null; creditLimit: string | null; paymentTermsDays: number | null };
export type Contact = { role: string; name: string; email: string | null; phone: string | null };
export type CustomerDetail = Customer & { timeZone: string | null; contacts: Contact[] };
export type OpenItemStatement = {
  customerRef: string; name: string; currency: string; asOf: string; unapplied: string; closingBalance: string;
  items: { number: string; issueDate: string; dueDate: string; amount: string; open: string; daysPastDue: number }[];
  aging: Record<string, string>;
};

export type Proposal = { status: string; confidence: number; customerRef: string | null; unapplied: string; flags: string[]; explanation: string[]; allocations: { invoiceNumber: string; customerRef: string; amount: string }[] };
export type BankEntry = {
  id: string; bookingDate: string; amount: string; currency: string; payerName: string | null; payerIban: string | null; remittanceText: string;
  structuredReferences: string[]; status: string; confidence: number | null; explanation: string[]; proposal: Proposal | null; customerRef: string | null;
};
export type BankImportSummary = { entries: number; matched: number; suggested: number; unmatched: number; duplicates: number; importId: string; warnings: string[] };

export type OutboxMessage = { id: string; channel: string; recipient: string; subject: string | null; status: string; attempts: number; lastError: string | null; sentAt: string | null };
export type CallTask = {
  id: string; customerRef: string; customerName: string; source: string; phone: string | null; telUri: string | null; contactName: string | null; reason: string;
  dueAt: string; timeZone: string; localDueTime: string; status: string; outcome: string | null; note: string | null;
};
