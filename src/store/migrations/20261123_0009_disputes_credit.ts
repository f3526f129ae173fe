// Frozen migration: issue #6 completes disputes (opening date, resolution, credit per invoice, goods returned) on
// the model of 0004, and adds credit holds: the tenant's credit policy and the history of manual holds and releases.
export const id = '20261123_0009_disputes_credit';

export const sql = `
-- A dispute's business dates: opened (tenant's day, may be back-dated to when the customer raised it), the return
-- accepted (goods on their way back; the dispute stays open so dunning keeps pausing), and resolved.
alter table disputes add column opened_on date;
update disputes set opened_on = created_at::date where opened_on is null;
alter table disputes alter column opened_on set not null;
alter table disputes alter column opened_on set default current_date;
alter table disputes add column return_accepted_on date;
alter table disputes add column resolved_on date;
alter table disputes add column resolved_by text;
alter table disputes add column resolution_note text;
alter table disputes add column credit_note_id bigint;
alter table disputes add constraint disputes_credit_note foreign key (tenant_id, credit_note_id) references credit_notes(tenant_id, id);
create index disputes_opened on disputes (tenant_id, opened_on);
-- Credit checks and new disputes ask what open disputes claim on an invoice.
create index dispute_invoices_invoice on dispute_invoices (tenant_id, invoice_id);
-- The credit decided per disputed invoice (never more than its disputed amount), issued as one credit note.
alter table dispute_invoices add column credit_amount bigint check (credit_amount >= 0);
alter table dispute_invoices add constraint dispute_invoices_credit_within check (credit_amount is null or credit_amount <= amount);
grant update (return_accepted_on, resolved_on, resolved_by, resolution_note, credit_note_id) on disputes to arrears_app;
grant update (credit_amount) on dispute_invoices to arrears_app;

-- The tenant's credit policy: an automatic hold when exposure exceeds the limit by more than the tolerance (null:
-- never on the limit) or an item is more than max_days_past_due past due (null: never on age). No row: 0 % and 90 days.
create table credit_policies (
  tenant_id integer not null references tenants(id),
  max_days_past_due integer check (max_days_past_due >= 0),
  limit_tolerance_percent integer check (limit_tolerance_percent >= 0),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id)
);

-- Manual holds and releases, append-only: the latest row per customer is the manual state.
create table credit_holds (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  action text not null check (action in ('hold', 'release')),
  reason text not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index credit_holds_customer on credit_holds (tenant_id, customer_id, id);

alter table credit_policies enable row level security;
create policy tenant_isolation on credit_policies using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update on credit_policies to arrears_app;
alter table credit_holds enable row level security;
create policy tenant_isolation on credit_holds using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on credit_holds to arrears_app;
`;
