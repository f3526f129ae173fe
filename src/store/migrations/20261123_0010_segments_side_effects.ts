// Frozen migration: customer segments (issue #4 assigns dunning policies to them; issue #6 assigns collectors), the
// side effects a dunning action carries out (credit hold, placement, legal) and the placements it makes.
export const id = '20261123_0010_segments_side_effects';

export const sql = `
create table customer_segments (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null,
  position integer not null,
  rule jsonb not null,
  dunning_policy_id bigint,
  collector text,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, dunning_policy_id) references dunning_policies(tenant_id, id)
);
alter table customer_segments enable row level security;
create policy tenant_isolation on customer_segments using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on customer_segments to arrears_app;

-- What the level said to do besides writing: kept with the action, carried out when it is approved.
alter table dunning_actions add column side_effects text[] not null default '{}';

-- An account handed over for collection: to the in-house team, an agency, or legal (issue #4 at the placement level;
-- issue #6 adds agencies, the n-th placement, exports, recoveries and commission on this model).
create table placements (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  customer_id bigint not null,
  currency char(3) not null,
  kind text not null check (kind in ('in-house', 'agency', 'legal')),
  placed_on date not null,
  amount bigint not null check (amount >= 0),
  action_id bigint,
  status text not null default 'active' check (status in ('active', 'recalled', 'closed')),
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id),
  foreign key (tenant_id, action_id) references dunning_actions(tenant_id, id)
);
create index placements_customer on placements (tenant_id, customer_id);
alter table placements enable row level security;
create policy tenant_isolation on placements using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on placements to arrears_app;
grant update (status) on placements to arrears_app;
`;
