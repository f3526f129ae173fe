// Frozen migration: never edit after it has landed; add a new file instead (DESIGN.md: forward-only SQL).
// Every table carries tenant_id in its primary and unique keys; row-level security filters on
// current_setting('arrears.tenant_id'), set per transaction by src/store/tenant-scope.ts.
export const id = '20261123_0001_ledger';

export const sql = `
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'arrears_app') then
    create role arrears_app nologin;
  end if;
exception when duplicate_object or unique_violation then null;
end $$;

create function arrears_tenant() returns integer language sql stable as
  $f$ select nullif(current_setting('arrears.tenant_id', true), '')::integer $f$;

create table tenants (
  id integer generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text not null check (length(name) > 0),
  country char(2) not null,
  base_currency char(3) not null,
  time_zone text not null,
  default_language text not null,
  email text, phone text, address text,
  created_at timestamptz not null default now()
);

create table api_keys (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null,
  key_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (tenant_id, id)
);

create table customers (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  customer_ref text not null,
  name text not null,
  country char(2),
  language text,
  currency char(3) not null,
  email text, phone text,
  credit_limit bigint check (credit_limit >= 0),
  payment_terms_days integer check (payment_terms_days >= 0),
  time_zone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, customer_ref)
);

create table contacts (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  role text not null check (role in ('billing', 'accounts-payable', 'executive')),
  name text not null,
  email text, phone text,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);

create table invoices (
  tenant_id integer not null,
  id bigint generated always as identity,
  number text not null,
  customer_id bigint not null,
  issue_date date not null,
  due_date date not null check (due_date >= issue_date),
  currency char(3) not null,
  amount bigint not null check (amount > 0),
  description text, po_number text, terms_text text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index invoices_customer on invoices (tenant_id, customer_id);

create table credit_notes (
  tenant_id integer not null,
  id bigint generated always as identity,
  number text not null,
  customer_id bigint not null,
  date date not null,
  currency char(3) not null,
  amount bigint not null check (amount > 0),
  invoice_id bigint,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);
create index credit_notes_customer on credit_notes (tenant_id, customer_id);

create table payments (
  tenant_id integer not null,
  id bigint generated always as identity,
  payment_ref text not null,
  customer_id bigint not null,
  date date not null,
  currency char(3) not null,
  amount bigint not null check (amount > 0),
  -- The invoices the payer named, as given (semicolon-separated), so a re-import can tell "unchanged".
  invoice_numbers text not null default '',
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, payment_ref),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index payments_customer on payments (tenant_id, customer_id);

-- Part of a payment or credit note applied to an invoice. Append-only: a correction is a negative row.
create table allocations (
  tenant_id integer not null,
  id bigint generated always as identity,
  invoice_id bigint not null,
  payment_id bigint,
  credit_note_id bigint,
  date date not null,
  amount bigint not null check (amount <> 0),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check ((payment_id is null) <> (credit_note_id is null)),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id),
  foreign key (tenant_id, payment_id) references payments(tenant_id, id),
  foreign key (tenant_id, credit_note_id) references credit_notes(tenant_id, id)
);
create index allocations_invoice on allocations (tenant_id, invoice_id);
create index allocations_payment on allocations (tenant_id, payment_id);
create index allocations_credit_note on allocations (tenant_id, credit_note_id);

create table write_offs (
  tenant_id integer not null,
  id bigint generated always as identity,
  invoice_id bigint not null,
  date date not null,
  amount bigint not null check (amount <> 0),
  reason text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);
create index write_offs_invoice on write_offs (tenant_id, invoice_id);

-- A change to a document's amount (import --update) is a signed entry, never an overwrite.
create table adjustments (
  tenant_id integer not null,
  id bigint generated always as identity,
  invoice_id bigint, payment_id bigint, credit_note_id bigint,
  date date not null,
  amount bigint not null check (amount <> 0),
  reason text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (num_nonnulls(invoice_id, payment_id, credit_note_id) = 1),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id),
  foreign key (tenant_id, payment_id) references payments(tenant_id, id),
  foreign key (tenant_id, credit_note_id) references credit_notes(tenant_id, id)
);
create index adjustments_invoice on adjustments (tenant_id, invoice_id);

create table audit_log (
  tenant_id integer not null,
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_key text not null,
  reason text,
  details jsonb,
  primary key (tenant_id, id)
);
create index audit_log_entity on audit_log (tenant_id, entity, entity_key);

-- Row-level security: the application role sees and writes only the tenant of the transaction.
do $$
declare t text;
begin
  foreach t in array array['api_keys','customers','contacts','invoices','credit_notes','payments',
                           'allocations','write_offs','adjustments','audit_log'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant())', t);
  end loop;
end $$;
alter table tenants enable row level security;
create policy tenant_isolation on tenants using (id = arrears_tenant());
-- RLS is not forced: the owning role (migrations, tenant creation, API-key lookup by hash) works across
-- tenants; all tenant work runs as arrears_app. A non-superuser owner must be able to SET ROLE to it.
do $$ begin
  execute format('grant arrears_app to %I', current_user);
exception when others then null;
end $$;

grant usage on schema public to arrears_app;
grant select on tenants to arrears_app;
grant select, insert on api_keys, contacts, invoices, credit_notes, payments, allocations, write_offs, adjustments, audit_log to arrears_app;
grant update (revoked_at) on api_keys to arrears_app;
grant select, insert, update on customers to arrears_app;
grant update, delete on contacts to arrears_app;
-- Invoices are ledger entries: only descriptive fields may change; the amount changes through adjustments.
grant update (issue_date, due_date, description, po_number, terms_text) on invoices to arrears_app;
grant update (date, invoice_numbers) on payments to arrears_app;
grant update (date, invoice_id) on credit_notes to arrears_app;
`;
