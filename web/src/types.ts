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

export type DunningLevelJson = {
  trigger: { kind: 'days-past-due' | 'days-since-previous'; days: number };
  channels: string[]; registeredMail: boolean; recipientRoles: string[]; templateKey: string; addFees: boolean; addInterest: boolean;
  sideEffects: string[]; minimumOverdue: Record<string, string>; graceDays: number; deadlineDays: number; minimumGapDays?: number;
};
export type DunningPolicy = { name: string; isDefault: boolean; builtIn: boolean; levels: DunningLevelJson[] };
export type DunningRunResult = {
  asOf: string; dryRun: boolean;
  actions: { customerRef: string; currency: string; level: number; channels: string[]; invoices: { number: string; daysPastDue: number; open: string }[]; fees: string; interest: string; total: string; deadline: string }[];
  skipped: { customerRef: string; reason: string }[];
};
export type TemplatePreview = { language: string; subject: string; text: string; html: string };
export type RunAction = {
  id: string; customerRef: string; customerName: string; currency: string; level: number; channels: string[]; templateKey: string; deadline: string;
  sideEffects: string[]; status: string; decidedBy: string | null; invoices: { number: string; daysPastDue: number; open: string }[];
  fees: string; interest: string; total: string; letterId: string | null;
};
export type RunDetails = { asOf: string; requiresApproval: boolean; actions: RunAction[] };

export type Dispute = {
  id: string; customerRef: string; currency: string; reason: string; department: string | null; product: string | null; openedOn: string; dueDate: string | null;
  status: string; note: string | null; amount: string; invoices: { invoiceNumber: string; amount: string; credit: string | null }[]; returnAcceptedOn: string | null;
  resolution: { on: string; by: string | null; note: string | null; creditNote: { number: string; amount: string } | null } | null; createdBy: string; createdAt: string;
};
export type RootCauseReport = {
  from: string; to: string; by: string;
  groups: { key: string | null; month: string; count: number; resolved: number; disputed: Record<string, string>; resolvedCredit: Record<string, string>; medianDaysToResolve: number | null }[];
};

export type ImportSummary = { imported: number; unchanged: number; updated: number; rejected: number; errors: { line: number; field: string; message: string }[]; error?: string };

export type TenantUser = { email: string; name: string; role: string; since: string };
export type ApiKey = { id: string; name: string; createdAt: string; revokedAt: string | null };

export type KeptRate = { decided: number; kept: number; broken: number; rateByCount: number | null; byAmount: { currency: string; promised: string; kept: string; received: string; rate: number | null }[] };
export type KeptRateReport = { from: string; to: string; tenant: KeptRate; collectors: (KeptRate & { collector: string | null })[] };
export type CashCollected = { from: string; to: string; currencies: { currency: string; amount: string; payments: number }[] };
