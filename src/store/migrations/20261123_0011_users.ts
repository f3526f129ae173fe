// Frozen migration: people who sign in to the web app (issues #6, #7). Users are global; what a user may do is per
// tenant (user_tenants, roles admin, manager, collector, viewer). A session is a random token stored only as its
// hash, with the tenant the user is working in and the CSRF token the web app echoes on every change.
export const id = '20261123_0011_users';

export const sql = `
create table users (
  id bigint generated always as identity primary key,
  email text not null unique check (email = lower(email)),
  name text not null,
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table user_tenants (
  tenant_id integer not null references tenants(id),
  user_id bigint not null references users(id),
  role text not null check (role in ('admin', 'manager', 'collector', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, user_id)
);
create index user_tenants_user on user_tenants (user_id);

create table sessions (
  id text primary key,
  user_id bigint not null references users(id),
  tenant_id integer not null references tenants(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Sign-in and session lookup run as the owning role, before a tenant is chosen (like API keys); RLS keeps the
-- application role to one tenant's rows should it ever read them.
alter table user_tenants enable row level security;
create policy tenant_isolation on user_tenants using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
alter table sessions enable row level security;
create policy tenant_isolation on sessions using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select on user_tenants to arrears_app;
`;
