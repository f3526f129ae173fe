// Frozen migration: issue #6 "Placement, write-off, legal" on the placements of 0010 — collection agencies and their
// commission, the n-th placement per customer and currency with the invoices placed, recoveries (cash collected by
// the agency, commission kept), and write-offs that need a manager's approval (src/domain/placements/README.md).
export const id = '20261123_0017_placements_agencies';

export const sql = `
-- A tenant's collection agencies (and law firms). Rates are exact decimal percents: numeric, read as text.
create table collection_agencies (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  name text not null check (length(btrim(name)) > 0),
  email text,
  phone text,
  commission_rate numeric(7,4) not null check (commission_rate between 0 and 100),
  second_rate numeric(7,4) check (second_rate between 0 and 100),
  third_rate numeric(7,4) check (third_rate between 0 and 100),
  legal_rate numeric(7,4) check (legal_rate between 0 and 100),
  -- The agency a dunning level's "placement-agency" side effect places with.
  is_default boolean not null default false,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  created_by text not null,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index collection_agencies_one_default on collection_agencies (tenant_id) where is_default;

-- The n-th placement of a customer's account in one currency, with whom, at what commission, and when it ended.
alter table placements add column number integer;
update placements p set number = x.n from (
  select tenant_id, id, row_number() over (partition by tenant_id, customer_id, currency order by placed_on, id) as n from placements
) x where x.tenant_id = p.tenant_id and x.id = p.id;
alter table placements alter column number set not null;
alter table placements add constraint placements_number check (number >= 1);
alter table placements add column agency_id bigint;
alter table placements add constraint placements_agency foreign key (tenant_id, agency_id) references collection_agencies(tenant_id, id);
alter table placements add column commission_rate numeric(7,4) check (commission_rate between 0 and 100);
alter table placements add column note text;
alter table placements add column ended_on date;
alter table placements add column end_reason text;
alter table placements add column ended_by text;
create index placements_agency on placements (tenant_id, agency_id);
grant update (ended_on, end_reason, ended_by) on placements to arrears_app;

-- The invoices handed over, with what was open on each at placement.
create table placement_invoices (
  tenant_id integer not null,
  placement_id bigint not null,
  invoice_id bigint not null,
  open_at_placement bigint not null check (open_at_placement > 0),
  primary key (tenant_id, placement_id, invoice_id),
  foreign key (tenant_id, placement_id) references placements(tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);
create index placement_invoices_invoice on placement_invoices (tenant_id, invoice_id);
-- Placements made before this migration: the customer's invoices in that currency open on the day of placement.
insert into placement_invoices (tenant_id, placement_id, invoice_id, open_at_placement)
select p.tenant_id, p.id, i.id, o.open from placements p
  join invoices i on i.tenant_id = p.tenant_id and i.customer_id = p.customer_id and i.currency = p.currency and i.issue_date <= p.placed_on
  cross join lateral (select i.amount
      + coalesce((select sum(amount) from adjustments a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= p.placed_on), 0)
      - coalesce((select sum(amount) from allocations a where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.date <= p.placed_on), 0)
      - coalesce((select sum(amount) from write_offs w where w.tenant_id = i.tenant_id and w.invoice_id = i.id and w.date <= p.placed_on), 0) as open) o
 where o.open > 0;

-- Cash the agency collected: the gross is posted to the ledger as the debtor's payment, the commission is the
-- creditor's collection cost, the net is what the agency remits.
create table placement_recoveries (
  tenant_id integer not null,
  id bigint generated always as identity,
  placement_id bigint not null,
  date date not null,
  gross bigint not null check (gross > 0),
  commission bigint not null check (commission >= 0 and commission <= gross),
  commission_given boolean not null,
  payment_id bigint not null,
  reference text,
  note text,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, placement_id) references placements(tenant_id, id),
  foreign key (tenant_id, payment_id) references payments(tenant_id, id)
);
create index placement_recoveries_placement on placement_recoveries (tenant_id, placement_id);

-- A write-off waiting for a manager: requested by one person, approved (posted) or rejected by another.
create table write_off_requests (
  tenant_id integer not null,
  id bigint generated always as identity,
  invoice_id bigint not null,
  amount bigint not null check (amount > 0),
  date date not null,
  reason text not null check (length(btrim(reason)) > 0),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  requested_by text not null,
  requested_at timestamptz not null default now(),
  decided_by text,
  decided_at timestamptz,
  decision_reason text,
  primary key (tenant_id, id),
  foreign key (tenant_id, invoice_id) references invoices(tenant_id, id)
);
create index write_off_requests_status on write_off_requests (tenant_id, status);
grant update (status, decided_by, decided_at, decision_reason) on write_off_requests to arrears_app;

-- Which request a write-off was approved under, and which recovery reversed part of one (bad debt recovered).
alter table write_offs add column request_id bigint;
alter table write_offs add constraint write_offs_request foreign key (tenant_id, request_id) references write_off_requests(tenant_id, id);
alter table write_offs add column recovery_id bigint;
alter table write_offs add constraint write_offs_recovery foreign key (tenant_id, recovery_id) references placement_recoveries(tenant_id, id);

do $$
declare t text;
begin
  foreach t in array array['collection_agencies','placement_invoices','placement_recoveries','write_off_requests'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant())', t);
    execute format('grant select, insert on %I to arrears_app', t);
  end loop;
end $$;
grant update, delete on collection_agencies to arrears_app;
`;
