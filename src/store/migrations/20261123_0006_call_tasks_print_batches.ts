// Frozen migration: call tasks for the collectors' worklist (issue #4 creates them from dunning levels; issue #6
// adds broken promises, outcomes and the worklist) and the daily print batches of letters (issue #4).
export const id = '20261123_0006_call_tasks_print_batches';

export const sql = `
create table call_tasks (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  customer_id bigint not null,
  source text not null check (source in ('dunning', 'broken-promise', 'manual')),
  action_id bigint,
  promise_id bigint,
  phone text,
  contact_name text,
  reason text not null,
  due_at timestamptz not null,
  time_zone text not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  assigned_to text,
  outcome text check (outcome in ('promise', 'dispute', 'no-answer', 'left-message', 'wrong-number', 'refused', 'paid-already')),
  note text,
  next_action_on date,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  completed_by text,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id),
  foreign key (tenant_id, action_id) references dunning_actions(tenant_id, id),
  foreign key (tenant_id, promise_id) references promises(tenant_id, id)
);
create index call_tasks_open on call_tasks (tenant_id, status, due_at);
create index call_tasks_customer on call_tasks (tenant_id, customer_id);

-- One PDF per print run: the letters queued for post, merged; the letters are marked sent with the batch's name.
create table print_batches (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null,
  batch_date date not null,
  letters integer not null check (letters > 0),
  pdf bytea not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);

alter table call_tasks enable row level security;
create policy tenant_isolation on call_tasks using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update on call_tasks to arrears_app;
alter table print_batches enable row level security;
create policy tenant_isolation on print_batches using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on print_batches to arrears_app;
`;
