// Frozen migration: dunning (issue #4) and the parts of promises, disputes and payment plans that dunning must
// respect. Issue #6 completes those on this same model (its use cases and reports), never with stand-ins.
export const id = '20261123_0004_dunning';

export const sql = `
create table dunning_policies (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null,
  is_default boolean not null default false,
  -- The ordered levels, validated by src/domain/dunning before they are stored.
  levels jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index dunning_policies_one_default on dunning_policies (tenant_id) where is_default;

alter table customers add column dunning_policy_id bigint;
alter table customers add column do_not_contact boolean not null default false;
alter table customers add constraint customers_dunning_policy foreign key (tenant_id, dunning_policy_id) references dunning_policies(tenant_id, id);
alter table contacts add column bad_address_at timestamptz;
alter table contacts add column bad_address_reason text;

-- Dunning state per invoice: the level reached and when (issue #4). History is in dunning_actions.
create table invoice_dunning (
  tenant_id integer not null,
  invoice_id bigint not null,
  level integer not null check (level >= 0),
  level_on date not null,
  primary key (tenant_id, invoice_id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);

-- One run per (tenant, as-of): running again plans and sends nothing new.
create table dunning_runs (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  as_of date not null,
  status text not null check (status in ('planned', 'approved', 'sent')),
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, as_of)
);

create table dunning_actions (
  tenant_id integer not null,
  id bigint generated always as identity,
  run_id bigint not null,
  customer_id bigint not null,
  currency char(3) not null,
  level integer not null check (level >= 1),
  channels text[] not null,
  recipient_roles text[] not null,
  registered_mail boolean not null default false,
  template_key text not null,
  deadline date not null,
  invoices jsonb not null,
  fees bigint not null default 0,
  interest bigint not null default 0,
  total bigint not null,
  status text not null check (status in ('planned', 'approved', 'held', 'sent')),
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, run_id) references dunning_runs(tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index dunning_actions_customer on dunning_actions (tenant_id, customer_id);

-- Every message leaves through the outbox: queued → sent | failed (with reason) | bounced.
create table outbox (
  tenant_id integer not null,
  id bigint generated always as identity,
  action_id bigint,
  channel text not null check (channel in ('email', 'letter', 'sms', 'call-task')),
  recipient text not null,
  subject text,
  body text,
  attachment_name text,
  attachment bytea,
  status text not null check (status in ('queued', 'sent', 'failed', 'bounced')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  provider_id text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, action_id) references dunning_actions(tenant_id, id)
);
create index outbox_due on outbox (status, next_attempt_at);

-- Promises-to-pay pause dunning for their invoices until the promised date plus grace.
create table promises (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  currency char(3) not null,
  amount bigint not null check (amount > 0),
  promised_date date not null,
  grace_days integer not null default 3 check (grace_days >= 0),
  status text not null check (status in ('active', 'kept', 'broken', 'cancelled')),
  collector text,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create table promise_invoices (
  tenant_id integer not null,
  promise_id bigint not null,
  invoice_id bigint not null,
  primary key (tenant_id, promise_id, invoice_id),
  foreign key (tenant_id, promise_id) references promises(tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);

-- Disputes pause dunning for the disputed amount only.
create table disputes (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  reason text not null check (reason in ('damaged-goods', 'wrong-item', 'not-received', 'pricing', 'quality', 'poor-service', 'duplicate-billing', 'other')),
  department text,
  product text,
  due_date date,
  status text not null check (status in ('open', 'resolved-credit', 'resolved-return', 'rejected')),
  note text,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create table dispute_invoices (
  tenant_id integer not null,
  dispute_id bigint not null,
  invoice_id bigint not null,
  amount bigint not null check (amount > 0),
  primary key (tenant_id, dispute_id, invoice_id),
  foreign key (tenant_id, dispute_id) references disputes(tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);

-- Payment plans: while active, their invoices are not dunned.
create table payment_plans (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  currency char(3) not null,
  status text not null check (status in ('active', 'completed', 'broken', 'cancelled')),
  fees bigint not null default 0 check (fees >= 0),
  interest bigint not null default 0 check (interest >= 0),
  grace_days integer not null default 5 check (grace_days >= 0),
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create table payment_plan_invoices (
  tenant_id integer not null,
  plan_id bigint not null,
  invoice_id bigint not null,
  primary key (tenant_id, plan_id, invoice_id),
  foreign key (tenant_id, plan_id) references payment_plans(tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);
create table payment_plan_instalments (
  tenant_id integer not null,
  plan_id bigint not null,
  -- seq 0 is the down payment, if any.
  seq integer not null check (seq >= 0),
  due_date date not null,
  amount bigint not null check (amount > 0),
  primary key (tenant_id, plan_id, seq),
  foreign key (tenant_id, plan_id) references payment_plans(tenant_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['dunning_policies','invoice_dunning','dunning_runs','dunning_actions','outbox','promises','promise_invoices',
                           'disputes','dispute_invoices','payment_plans','payment_plan_invoices','payment_plan_instalments'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant())', t);
    execute format('grant select, insert on %I to arrears_app', t);
  end loop;
end $$;
grant update on dunning_policies, invoice_dunning to arrears_app;
grant delete on dunning_policies to arrears_app;
grant update (status) on dunning_runs to arrears_app;
grant update (status, decided_by, decided_at) on dunning_actions to arrears_app;
grant update (status, attempts, next_attempt_at, last_error, provider_id, sent_at) on outbox to arrears_app;
grant update (status) on promises, disputes, payment_plans to arrears_app;
grant update (bad_address_at, bad_address_reason) on contacts to arrears_app;
`;
