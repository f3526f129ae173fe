// Kysely table types. Amounts are bigint minor units; business dates are 'YYYY-MM-DD' strings (parsers in db.ts).
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<bigint>;
type CreatedAt = ColumnType<Date, never, never>;

export interface TenantsTable {
  id: Generated<number>; slug: string; name: string; country: string; base_currency: string;
  time_zone: string; default_language: string; email: string | null; phone: string | null; address: string | null;
  supplier_size: string | null; dunning_run_time: Generated<string>; dunning_requires_approval: Generated<boolean>;
  contact_interval_days: Generated<number>; bank_account: string | null; created_at: CreatedAt;
  payment_reference_scheme: Generated<'rf' | 'kid-mod10' | 'kid-mod11' | 'ocr'>; auto_post_confidence: Generated<number>;
}
export interface ApiKeysTable {
  tenant_id: number; id: Id; name: string; key_hash: string; created_at: CreatedAt; revoked_at: Date | null;
}
export interface CustomersTable {
  tenant_id: number; id: Id; customer_ref: string; name: string; country: string | null; language: string | null;
  currency: string; email: string | null; phone: string | null; credit_limit: bigint | null;
  payment_terms_days: number | null; time_zone: string | null; debtor_type: Generated<'business' | 'consumer' | 'public'>;
  dunning_policy_id: bigint | null; do_not_contact: Generated<boolean>; created_at: CreatedAt; updated_at: ColumnType<Date, never, Date>;
  sales_rep: Generated<string | null>;
  bad_phone_at: Generated<Date | null>;
}
export interface ContactsTable {
  tenant_id: number; id: Id; customer_id: bigint; role: 'billing' | 'accounts-payable' | 'executive';
  name: string; email: string | null; phone: string | null; bad_address_at: Date | null; bad_address_reason: string | null;
  bad_phone_at: Generated<Date | null>; bad_phone_reason: Generated<string | null>;
}
export interface InvoicesTable {
  tenant_id: number; id: Id; number: string; customer_id: bigint; issue_date: string; due_date: string;
  currency: string; amount: bigint; description: string | null; po_number: string | null; terms_text: string | null;
  created_at: CreatedAt;
}
export interface CreditNotesTable {
  tenant_id: number; id: Id; number: string; customer_id: bigint; date: string; currency: string; amount: bigint;
  invoice_id: bigint | null; created_at: CreatedAt;
}
export interface PaymentsTable {
  tenant_id: number; id: Id; payment_ref: string; customer_id: bigint; date: string; currency: string;
  amount: bigint; invoice_numbers: Generated<string>; created_at: CreatedAt;
}
export interface AllocationsTable {
  tenant_id: number; id: Id; invoice_id: bigint; payment_id: bigint | null; credit_note_id: bigint | null;
  date: string; amount: bigint; created_at: CreatedAt;
}
export interface WriteOffsTable {
  tenant_id: number; id: Id; invoice_id: bigint; date: string; amount: bigint; reason: string; created_at: CreatedAt;
}
export interface AdjustmentsTable {
  tenant_id: number; id: Id; invoice_id: bigint | null; payment_id: bigint | null; credit_note_id: bigint | null;
  date: string; amount: bigint; reason: string; created_at: CreatedAt;
}
export interface AuditLogTable {
  tenant_id: number; id: Id; at: ColumnType<Date, never, never>; actor: string; action: string; entity: string;
  entity_key: string; reason: string | null; details: unknown;
}
export interface LawRatesTable {
  tenant_id: number; id: Id; jurisdiction: string; series: string; valid_from: string; percent: string; source: string;
  verified: boolean; note: string | null; created_at: CreatedAt;
}
export interface LawFeesTable {
  tenant_id: number; id: Id; jurisdiction: string; fee: string; valid_from: string; currency: string; amount: string;
  debt_at_least: string; source: string; verified: boolean; note: string | null; created_at: CreatedAt;
}
export interface DunningPoliciesTable {
  tenant_id: number; id: Id; name: string; is_default: boolean; levels: unknown; created_at: CreatedAt; updated_at: ColumnType<Date, never, Date>;
}
export interface InvoiceDunningTable { tenant_id: number; invoice_id: bigint; level: number; level_on: string }
export interface DunningRunsTable {
  tenant_id: number; id: Id; as_of: string; status: 'planned' | 'approved' | 'sent'; created_at: CreatedAt; created_by: string;
}
export interface DunningActionsTable {
  tenant_id: number; id: Id; run_id: bigint; customer_id: bigint; currency: string; level: number; channels: string[];
  recipient_roles: string[]; registered_mail: boolean; template_key: string; deadline: string; invoices: unknown; fees: bigint; interest: bigint; total: bigint; status: 'planned' | 'approved' | 'held' | 'sent';
  decided_by: string | null; decided_at: Date | null; created_at: CreatedAt;
}
export interface OutboxTable {
  tenant_id: number; id: Id; action_id: bigint | null; channel: 'email' | 'letter' | 'sms' | 'call-task'; recipient: string;
  subject: string | null; body: string | null; attachment_name: string | null; attachment: Uint8Array | null;
  status: 'queued' | 'sent' | 'failed' | 'bounced'; attempts: Generated<number>; next_attempt_at: Generated<Date>;
  last_error: string | null; provider_id: string | null; created_at: CreatedAt; sent_at: Date | null;
}
export interface PromisesTable {
  tenant_id: number; id: Id; customer_id: bigint; currency: string; amount: bigint; promised_date: string; grace_days: Generated<number>;
  status: 'active' | 'kept' | 'broken' | 'cancelled'; collector: string | null; created_at: CreatedAt; created_by: string;
}
export interface PromiseInvoicesTable { tenant_id: number; promise_id: bigint; invoice_id: bigint }
export interface DisputesTable {
  tenant_id: number; id: Id; customer_id: bigint; reason: string; department: string | null; product: string | null; due_date: string | null;
  status: 'open' | 'resolved-credit' | 'resolved-return' | 'rejected'; note: string | null; created_at: CreatedAt; created_by: string;
}
export interface DisputeInvoicesTable { tenant_id: number; dispute_id: bigint; invoice_id: bigint; amount: bigint }
export interface PaymentPlansTable {
  tenant_id: number; id: Id; customer_id: bigint; currency: string; status: 'active' | 'completed' | 'broken' | 'cancelled';
  fees: Generated<bigint>; interest: Generated<bigint>; grace_days: Generated<number>; created_at: CreatedAt; created_by: string;
}
export interface PaymentPlanInvoicesTable { tenant_id: number; plan_id: bigint; invoice_id: bigint }
export interface PaymentPlanInstalmentsTable { tenant_id: number; plan_id: bigint; seq: number; due_date: string; amount: bigint }
export interface DunningTemplatesTable {
  tenant_id: number; template_key: string; language: string; template: unknown; updated_at: ColumnType<Date, never, Date>; updated_by: string;
}
export interface CallTasksTable {
  tenant_id: number; id: Generated<bigint>; customer_id: bigint; source: 'dunning' | 'broken-promise' | 'manual';
  action_id: bigint | null; promise_id: bigint | null; phone: string | null; contact_name: string | null; reason: string;
  due_at: Date; time_zone: string; status: Generated<'open' | 'done' | 'cancelled'>; assigned_to: string | null;
  outcome: 'promise' | 'dispute' | 'no-answer' | 'left-message' | 'wrong-number' | 'refused' | 'paid-already' | null;
  note: string | null; next_action_on: string | null; created_at: ColumnType<Date, never, never>;
  completed_at: Date | null; completed_by: string | null;
  called_at: Generated<Date | null>; promise_made_id: Generated<bigint | null>; dispute_id: Generated<bigint | null>; follow_up_of: Generated<bigint | null>; created_by: Generated<string | null>;
}
export interface PrintBatchesTable {
  tenant_id: number; id: Generated<bigint>; name: string; batch_date: string; letters: number; pdf: Uint8Array;
  created_at: ColumnType<Date, never, never>; created_by: string;
}
export interface BankAccountsTable {
  tenant_id: number; id: Generated<bigint>; account: string; name: string | null; currency: string | null; csv_mapping: unknown;
  created_at: ColumnType<Date, never, never>;
}
export interface BankImportsTable {
  tenant_id: number; id: Generated<bigint>; file_name: string; format: string; sha256: string; account: string | null; entries: number;
  matched: number; suggested: number; unmatched: number; duplicates: number; imported_at: ColumnType<Date, never, never>; imported_by: string;
}
export type BankEntryStatus = 'matched' | 'suggested' | 'unmatched' | 'confirmed' | 'rejected' | 'not-incoming';
export interface BankEntriesTable {
  tenant_id: number; id: Generated<bigint>; import_id: bigint; entry_key: string; account: string | null; booking_date: string;
  value_date: string | null; direction: 'credit' | 'debit'; amount: bigint; currency: string; bank_reference: string | null;
  end_to_end_id: string | null; structured_references: string[]; remittance_text: string; payer_name: string | null; payer_iban: string | null;
  status: BankEntryStatus; confidence: number | null; explanation: unknown; proposal: unknown; customer_id: bigint | null;
  payment_id: bigint | null; decided_by: string | null; decided_at: Date | null; created_at: ColumnType<Date, never, never>;
}
export interface PayerAccountsTable {
  tenant_id: number; iban: string; customer_id: bigint; confirmations: Generated<number>; learned_at: Generated<Date>; learned_by: string;
}
export interface PlacementsTable {
  tenant_id: number; id: Generated<bigint>; customer_id: bigint; currency: string; kind: 'in-house' | 'agency' | 'legal';
  placed_on: string; amount: bigint; action_id: bigint | null; status: Generated<'active' | 'recalled' | 'closed'>;
  created_at: ColumnType<Date, never, never>; created_by: string;
}
export interface CustomerRiskTable {
  tenant_id: number; customer_id: bigint; grade: 'A' | 'B' | 'C' | 'D' | 'E'; score: number; parts: unknown;
  recommended_limit: bigint | null; review_due: string | null; as_of: string; computed_at: Generated<Date>;
}
export interface CallSettingsTable {
  tenant_id: number; business_open: string; business_close: string; peak_windows: string[]; updated_at: Generated<Date>; updated_by: string;
}
export interface CustomerNotesTable { tenant_id: number; id: Id; customer_id: bigint; body: string; created_at: CreatedAt; created_by: string }
export interface LetterheadsTable {
  tenant_id: number; id: Id; name: string; sender_lines: string[]; address: string | null; phone: string | null; email: string | null;
  registration_number: string | null; vat_number: string | null; footer: string | null; accent_colour: string | null; is_default: boolean;
  updated_at: Generated<Date>; updated_by: string;
}
export interface LetterheadTemplatesTable { tenant_id: number; template_key: string; letterhead_id: bigint }
export interface ExchangeRatesTable { tenant_id: number; currency: string; rate: string; updated_at: Generated<Date>; updated_by: string }
export interface WorklistSettingsTable {
  tenant_id: number; large_account_amount: bigint | null; large_account_share: string | null; updated_at: Generated<Date>; updated_by: string;
}
export interface LedgerChangesTable { tenant_id: number; xid: string; changed_at: Generated<Date> }
export interface SchemaMigrationsTable { id: string; applied_at: ColumnType<Date, never, never> }

export interface CreditApplicationsTable {
  tenant_id: number; id: Generated<bigint>; customer_id: bigint | null; customer_ref: string; new_customer: boolean; name: string; currency: string;
  requested_limit: bigint; requested_terms_days: number | null; note: string | null; submitted_on: string; submitted_by: string;
  status: Generated<'pending' | 'approved' | 'declined'>; approved_limit: bigint | null; terms_days: number | null; decision_reason: string | null;
  decided_on: string | null; decided_by: string | null; advice: unknown; created_at: ColumnType<Date, never, never>;
}
export interface CreditReviewsTable {
  tenant_id: number; id: Generated<bigint>; customer_id: bigint; reviewed_on: string; outcome: 'confirmed' | 'changed' | 'escalated'; note: string;
  grade: 'A' | 'B' | 'C' | 'D' | 'E' | null; score: number | null; recommended_limit: bigint | null; limit_before: bigint | null; limit_after: bigint | null;
  terms_before: number | null; terms_after: number | null; next_review_on: string | null; created_at: ColumnType<Date, never, never>; created_by: string;
}
export interface Database {
  tenants: TenantsTable; api_keys: ApiKeysTable; customers: CustomersTable; contacts: ContactsTable;
  invoices: InvoicesTable; credit_notes: CreditNotesTable; payments: PaymentsTable; allocations: AllocationsTable;
  write_offs: WriteOffsTable; adjustments: AdjustmentsTable; audit_log: AuditLogTable;
  law_rates: LawRatesTable; law_fees: LawFeesTable;
  dunning_policies: DunningPoliciesTable; invoice_dunning: InvoiceDunningTable; dunning_runs: DunningRunsTable;
  dunning_actions: DunningActionsTable; outbox: OutboxTable; promises: PromisesTable; promise_invoices: PromiseInvoicesTable;
  disputes: DisputesTable; dispute_invoices: DisputeInvoicesTable; payment_plans: PaymentPlansTable;
  payment_plan_invoices: PaymentPlanInvoicesTable; payment_plan_instalments: PaymentPlanInstalmentsTable;
  dunning_templates: DunningTemplatesTable; call_tasks: CallTasksTable; print_batches: PrintBatchesTable;
  placements: PlacementsTable; bank_accounts: BankAccountsTable; bank_imports: BankImportsTable; bank_entries: BankEntriesTable; payer_accounts: PayerAccountsTable;
  customer_risk: CustomerRiskTable;
  call_settings: CallSettingsTable; customer_notes: CustomerNotesTable; letterheads: LetterheadsTable; letterhead_templates: LetterheadTemplatesTable;
  exchange_rates: ExchangeRatesTable; worklist_settings: WorklistSettingsTable; ledger_changes: LedgerChangesTable;
  credit_applications: CreditApplicationsTable; credit_reviews: CreditReviewsTable;
  schema_migrations: SchemaMigrationsTable;
}
