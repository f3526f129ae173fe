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

// Issue #6/#8 APIs the second round of pages reads (worklist, calls, timeline, risk, predictions, placements).
export type WorklistPart = { value: number | string; how: string };
export type WorklistRow = {
  rank: number; customerRef: string; customerName: string; score: number;
  parts: { overdue: WorklistPart & { currency?: string }; exchangeRate: WorklistPart & { missing?: boolean }; age: WorklistPart; risk: WorklistPart & { grade?: string | null } };
  currency: string; overdue: string; baseCurrency: string; overdueInBase: string; oldestDaysPastDue: number | null; dunningLevel: number;
  nextAction: { on: string; what: string } | null; openPromise: boolean; openDispute: boolean; activePlan: boolean;
  held: { disputed: string; promised: string; planned: string; unappliedCash: string };
  phone: string | null; telUri: string | null; riskGrade: string | null;
  collector: string | null; segment: string | null; salesRep: string | null; salesRepAssigned: boolean; salesRepReasons: string[]; assignedTo: string[];
};
export type Worklist = {
  asOf: string; baseCurrency: string; collector: string | null; formula: string; total: number; limit: number; offset: number; rows: WorklistRow[];
  leftOut: { doNotContact: number; placedWithAgencyOrLegal: number; nothingToWork: number }; computedAt: string; cached: boolean;
};
export type Segment = { name: string; position: number; rule: unknown; dunningPolicy: string | null; collector: string | null };

export type TimelineEntry = { at: string; kind: string; id: string; title: string; by: string | null; status: string | null; amount: string | null; currency: string | null; details: Record<string, unknown> };
export type Timeline = { customerRef: string; customerName: string; entries: TimelineEntry[]; limit: number; offset: number; more: boolean };

export type CustomerCredit = {
  customerRef: string; currency: string; asOf: string; creditLimit: string | null; exposure: string; available: string | null; oldestDaysPastDue: number | null;
  hold: { active: boolean; automatic: boolean; reasons: { code: string; automatic: boolean; text: string }[]; manualSince: string | null; manualBy: string | null };
  newCreditAllowed: boolean; why: string[];
};
export type RiskPart = { value: number | string | null; points: number; maxPoints: number; words: string };
export type CustomerRisk = {
  customerRef: string; name: string; currency: string; asOf: string; grade: string; score: number; parts: Record<string, RiskPart>; caps: string[];
  recommendedLimit: string | null; currentLimit: string | null; recommendedTerms: { days: number; text: string }; adviceReasons: string[];
  reviewDue: string; reviewReasons: string[]; exposure: string; overLimit: boolean; otherCurrencies: { currency: string; open: string }[];
};
export type RiskReport = { asOf: string; customers: CustomerRisk[] };
export type DueReview = { customerRef: string; name: string; grade: string; score: number; reviewDue: string; reasons: string[]; currentLimit: string | null; recommendedLimit: string | null; currency: string };
export type CreditApplication = {
  id: string; customerRef: string; name: string; currency: string; newCustomer: boolean; requestedLimit: string; requestedTermsDays: number | null; note: string | null;
  submittedOn: string; submittedBy: string; status: 'pending' | 'approved' | 'declined'; approvedLimit: string | null; termsDays: number | null; reason: string | null;
  decidedOn: string | null; decidedBy: string | null;
};

export type Prediction = { number: string; customerRef: string; currency: string; open: string; dueDate: string; predictedDate: string; low: string; high: string; explanation: string };
export type Backtest = { maeDays: number | null; baselineMaeDays: number | null; n: number; cut: string };
export type ForecastWeek = { week: number; from: string; to: string; expected: string; low: string; high: string };
export type CashForecast = { asOf: string; weekStart: string; weeks: number; currencies: { currency: string; open: string; later: string; weeks: ForecastWeek[] }[] };
export type DiscountAdvice = {
  asOf: string; terms: string; discountPercent: string; discountDays: number; netDays: number; annualisedCostPercent: string; costOfCapitalPercent: string;
  discountCheaperThanCapital: boolean; grouping: string;
  segments: { segment: string; currency: string; customers: number; habits: Record<string, number>; volume: string; dsoDaysGained: number; cashBroughtForward: string; capitalBenefit: string; discountCost: string; netBenefit: string; recommendation: 'offer' | 'do not offer'; arithmetic: string }[];
  customers: { customerRef: string; segment: string; currency: string; habit: string; medianDaysToPay: number; takeUpPercent: number; volume: string; dsoDaysGained: number; cashBroughtForward: string; discountCost: string; netBenefit: string }[];
};

export type PlacementTotals = { currency: string; placed: string; recovered: string; commission: string; net: string; recoveryRate: string | null };
export type Agency = {
  id: string; name: string; email: string | null; phone: string | null; commissionRate: string; secondRate: string | null; thirdRate: string | null; legalRate: string | null;
  isDefault: boolean; active: boolean; updatedAt: string; updatedBy: string; totals: (PlacementTotals & { placements: number })[];
};
export type Placement = {
  id: string; number: number; customerRef: string; customerName: string; currency: string; kind: 'in-house' | 'agency' | 'legal'; agency: { id: string; name: string } | null;
  commissionRate: string | null; placedOn: string; amount: string; status: 'active' | 'recalled' | 'closed'; endedOn: string | null; endReason: string | null; endedBy: string | null;
  note: string | null; createdAt: string; createdBy: string; recoveries: number; totals: PlacementTotals;
};
export type Recovery = { id: string; date: string; gross: string; commission: string; net: string; commissionGiven: boolean; paymentRef: string; reversedWriteOff: string; reference: string | null; note: string | null; createdAt: string; createdBy: string };
export type RecoveryResult = { recovery: Recovery; allocations: { invoiceNumber: string; amount: string; reversedWriteOff: string }[]; unapplied: string; placement: Placement };
export type WriteOffRequest = {
  id: string; invoiceNumber: string; customerRef: string; currency: string; amount: string; date: string; reason: string; status: 'pending' | 'approved' | 'rejected';
  requestedBy: string; requestedAt: string; decidedBy: string | null; decidedAt: string | null; decisionReason: string | null;
};

export type Letterhead = {
  name: string; senderLines: string[]; address: string | null; phone: string | null; email: string | null; registrationNumber: string | null; vatNumber: string | null;
  footer: string | null; accentColour: string | null; isDefault: boolean; templateKeys: string[]; updatedAt: string; updatedBy: string;
};
export type CallSettings = { businessOpen: string; businessClose: string; peakWindows: string[]; timeBasis: string; smsHeldDuringPeak: boolean; warnings: string[]; updatedAt: string | null; updatedBy: string | null };
export type ExchangeRates = { baseCurrency: string; rates: { currency: string; rate: string; updatedAt: string; updatedBy: string }[]; missing: string[] };

// Issue #7 customer actions: promises, payment plans; the outbox message as sent; tenant details.
export type PromiseToPay = {
  id: string; customerRef: string; customerName: string; currency: string; amount: string; promisedDate: string; graceDays: number; until: string;
  invoiceNumbers: string[]; status: 'active' | 'kept' | 'broken' | 'cancelled'; collector: string | null; note: string | null; madeOn: string;
};
export type PaymentPlan = {
  id: string; customerRef: string; customerName: string; currency: string; status: 'active' | 'completed' | 'broken' | 'cancelled'; frequency: string; madeOn: string;
  graceDays: number; invoiceNumbers: string[]; principal: string; fees: string; interest: string; total: string; note: string | null; decidedOn: string | null;
  decidedBy: string | null; cancelReason: string | null; createdAt: string; createdBy: string;
};
export type PlanInstalment = { seq: number; kind: 'down-payment' | 'instalment'; dueDate: string; deadline: string; amount: string; paid: string; state: string; coveredOn: string | null; late: boolean };
export type PaymentPlanDetail = PaymentPlan & { asOf: string; paid: string; remaining: string; dueByNow: string; instalments: PlanInstalment[] };
export type OutboxMessageDetail = {
  id: string; channel: string; recipient: string; subject: string | null; body: string | null; status: string; attempts: number; lastError: string | null;
  sentAt: string | null; providerId: string | null; attachment: { name: string; bytes: number; href: string } | null;
};
export type TenantDetails = Tenant & {
  email: string | null; phone: string | null; address: string | null; bankAccount: string | null; dunningRunTime: string; dunningRequiresApproval: boolean;
  contactIntervalDays: number; paymentReferenceScheme: string; autoPostConfidence: number;
};
