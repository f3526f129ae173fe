// Frozen migration: tenant settings for dunning (issue #4) and the tenant's own message templates.
export const id = '20261123_0005_dunning_settings';

export const sql = `
alter table tenants add column dunning_run_time time not null default '06:00';
alter table tenants add column dunning_requires_approval boolean not null default false;
alter table tenants add column contact_interval_days integer not null default 7 check (contact_interval_days >= 0);
alter table tenants add column bank_account text;

-- A tenant's edits of the default ICU MessageFormat templates, per template key (level) and language.
create table dunning_templates (
  tenant_id integer not null references tenants(id),
  template_key text not null,
  language text not null,
  template jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id, template_key, language)
);
alter table dunning_templates enable row level security;
create policy tenant_isolation on dunning_templates using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on dunning_templates to arrears_app;
`;
