// Frozen migration: a tenant's own rows for the late-payment rule packs (issue #3: "a tenant can add next
// half-year's rate or correct one without a release"). Merged over the built-in tables by src/domain/law.
export const id = '20261123_0002_law_overrides';

export const sql = `
create table law_rates (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  jurisdiction text not null,
  series text not null,
  valid_from date not null,
  percent numeric(12, 6) not null,
  source text not null,
  verified boolean not null,
  note text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, jurisdiction, series, valid_from)
);

create table law_fees (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  jurisdiction text not null,
  fee text not null,
  valid_from date not null,
  currency char(3) not null,
  amount text not null,
  debt_at_least text not null default '',
  source text not null,
  verified boolean not null,
  note text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, jurisdiction, fee, valid_from, currency, debt_at_least)
);

alter table law_rates enable row level security;
create policy tenant_isolation on law_rates using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
alter table law_fees enable row level security;
create policy tenant_isolation on law_fees using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
-- A correction replaces the tenant's row in place; the audit log keeps the value it replaced.
grant select, insert, update on law_rates, law_fees to arrears_app;
`;
