// Frozen migration: cash application (issue #5) — bank accounts with their CSV column mapping, imported bank files,
// bank entries with the match proposed or posted, the payer-account memory, and the tenant's reference and
// auto-posting settings.
export const id = '20261123_0007_bank';

export const sql = `
alter table tenants add column payment_reference_scheme text not null default 'rf'
  check (payment_reference_scheme in ('rf', 'kid-mod10', 'kid-mod11', 'ocr'));
-- Confidence (0–1000, per mille) at or above which a match posts without a person; below it, it is suggested.
alter table tenants add column auto_post_confidence integer not null default 900
  check (auto_post_confidence between 0 and 1001);

create table bank_accounts (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  account text not null,
  name text,
  currency char(3),
  csv_mapping jsonb,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, account)
);

create table bank_imports (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  file_name text not null,
  format text not null,
  sha256 text not null,
  account text,
  entries integer not null,
  matched integer not null,
  suggested integer not null,
  unmatched integer not null,
  duplicates integer not null,
  imported_at timestamptz not null default now(),
  imported_by text not null,
  primary key (tenant_id, id)
);

create table bank_entries (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  import_id bigint not null,
  entry_key text not null,
  account text,
  booking_date date not null,
  value_date date,
  direction text not null check (direction in ('credit', 'debit')),
  amount bigint not null check (amount >= 0),
  currency char(3) not null,
  bank_reference text,
  end_to_end_id text,
  structured_references text[] not null default '{}',
  remittance_text text not null default '',
  payer_name text,
  payer_iban text,
  status text not null check (status in ('matched', 'suggested', 'unmatched', 'confirmed', 'rejected', 'not-incoming')),
  confidence integer,
  explanation jsonb not null default '[]',
  proposal jsonb,
  customer_id bigint,
  payment_id bigint,
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, entry_key),
  foreign key (tenant_id, import_id) references bank_imports(tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id),
  foreign key (tenant_id, payment_id) references payments(tenant_id, id)
);
create index bank_entries_status on bank_entries (tenant_id, status, booking_date);

-- What a person confirmed teaches the matcher: this payer account pays for this customer.
create table payer_accounts (
  tenant_id integer not null references tenants(id),
  iban text not null,
  customer_id bigint not null,
  confirmations integer not null default 1,
  learned_at timestamptz not null default now(),
  learned_by text not null,
  primary key (tenant_id, iban),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['bank_accounts','bank_imports','bank_entries','payer_accounts'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant())', t);
  end loop;
end $$;
-- Imports are updated once, with their counts at the end of the same transaction.
grant select, insert, update on bank_accounts, bank_imports, bank_entries, payer_accounts to arrears_app;
`;
