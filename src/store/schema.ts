// Kysely table types. Amounts are bigint minor units; business dates are 'YYYY-MM-DD' strings (parsers in db.ts).
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<bigint>;
type CreatedAt = ColumnType<Date, never, never>;

export interface TenantsTable {
  id: Generated<number>; slug: string; name: string; country: string; base_currency: string;
  time_zone: string; default_language: string; email: string | null; phone: string | null; address: string | null;
  supplier_size: string | null; created_at: CreatedAt;
}
export interface ApiKeysTable {
  tenant_id: number; id: Id; name: string; key_hash: string; created_at: CreatedAt; revoked_at: Date | null;
}
export interface CustomersTable {
  tenant_id: number; id: Id; customer_ref: string; name: string; country: string | null; language: string | null;
  currency: string; email: string | null; phone: string | null; credit_limit: bigint | null;
  payment_terms_days: number | null; time_zone: string | null; debtor_type: Generated<'business' | 'consumer' | 'public'>; created_at: CreatedAt; updated_at: ColumnType<Date, never, Date>;
}
export interface ContactsTable {
  tenant_id: number; id: Id; customer_id: bigint; role: 'billing' | 'accounts-payable' | 'executive';
  name: string; email: string | null; phone: string | null;
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
export interface SchemaMigrationsTable { id: string; applied_at: ColumnType<Date, never, never> }

export interface Database {
  tenants: TenantsTable; api_keys: ApiKeysTable; customers: CustomersTable; contacts: ContactsTable;
  invoices: InvoicesTable; credit_notes: CreditNotesTable; payments: PaymentsTable; allocations: AllocationsTable;
  write_offs: WriteOffsTable; adjustments: AdjustmentsTable; audit_log: AuditLogTable;
  law_rates: LawRatesTable; law_fees: LawFeesTable;
  schema_migrations: SchemaMigrationsTable;
}
