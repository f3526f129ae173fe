// Frozen migration: issue #6's call logging and peak calling hours, the customer timeline's notes, and agency-mode
// letterheads (a tenant's named letterheads; a template names the letterhead it prints on).
export const id = '20261123_0016_calls_timeline_letterheads';

export const sql = `
-- A tenant's calling day: business hours and the peak windows reserved for calls, in the customer's local time
-- (docs/decisions/0011-peak-call-hours.md). No row: 09:00–17:00 and no peak window.
create table call_settings (
  tenant_id integer not null references tenants(id),
  business_open text not null default '09:00' check (business_open ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  business_close text not null default '17:00' check (business_close ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
  peak_windows text[] not null default '{}',
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id)
);

-- A logged call: what it produced (a promise, a dispute) and the follow-up task it made.
alter table call_tasks add column called_at timestamptz;
alter table call_tasks add column promise_made_id bigint;
alter table call_tasks add column dispute_id bigint;
alter table call_tasks add column follow_up_of bigint;
alter table call_tasks add column created_by text;
alter table call_tasks add constraint call_tasks_promise_made foreign key (tenant_id, promise_made_id) references promises(tenant_id, id);
alter table call_tasks add constraint call_tasks_dispute foreign key (tenant_id, dispute_id) references disputes(tenant_id, id);
alter table call_tasks add constraint call_tasks_follow_up foreign key (tenant_id, follow_up_of) references call_tasks(tenant_id, id);
-- The reach report reads logged calls by when they were made.
create index call_tasks_called on call_tasks (tenant_id, called_at) where called_at is not null;

-- A wrong number marks the contact's phone bad, as a refused e-mail marks its address (bad_address_at).
alter table contacts add column bad_phone_at timestamptz;
alter table contacts add column bad_phone_reason text;
-- The customer's own phone (customers.phone) when the number dialled was that one.
alter table customers add column bad_phone_at timestamptz;

-- Free-text notes on a customer's timeline; append-only like the audit trail.
create table customer_notes (
  tenant_id integer not null,
  id bigint generated always as identity,
  customer_id bigint not null,
  body text not null check (length(body) between 1 and 10000),
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index customer_notes_customer on customer_notes (tenant_id, customer_id, created_at);

-- The timeline reads each source by customer; these tables had no customer index yet.
create index promises_customer on promises (tenant_id, customer_id);
create index disputes_customer on disputes (tenant_id, customer_id);
create index payment_plans_customer on payment_plans (tenant_id, customer_id);
create index outbox_action on outbox (tenant_id, action_id);

-- Named letterheads (agency mode: each client organisation's own, a law firm's is one more); at most one default.
create table letterheads (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null check (name ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  sender_lines text[] not null check (cardinality(sender_lines) between 1 and 4),
  address text,
  phone text,
  email text,
  registration_number text,
  vat_number text,
  footer text,
  accent_colour text check (accent_colour ~ '^#[0-9a-f]{6}$'),
  is_default boolean not null default false,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index letterheads_one_default on letterheads (tenant_id) where is_default;
-- A template (a dunning level's templateKey) prints on one letterhead.
create table letterhead_templates (
  tenant_id integer not null,
  template_key text not null,
  letterhead_id bigint not null,
  primary key (tenant_id, template_key),
  foreign key (tenant_id, letterhead_id) references letterheads(tenant_id, id) on delete cascade
);

alter table call_settings enable row level security;
create policy tenant_isolation on call_settings using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update on call_settings to arrears_app;
alter table customer_notes enable row level security;
create policy tenant_isolation on customer_notes using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on customer_notes to arrears_app;
alter table letterheads enable row level security;
create policy tenant_isolation on letterheads using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on letterheads to arrears_app;
alter table letterhead_templates enable row level security;
create policy tenant_isolation on letterhead_templates using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on letterhead_templates to arrears_app;
`;
