// Frozen migration: each customer's latest risk grade (issue #8), computed from the ledger by the nightly job and on
// demand, kept so the worklist (issue #6) can weight by risk without recomputing payment history per request.
export const id = '20261123_0013_customer_risk';

export const sql = `
create table customer_risk (
  tenant_id integer not null references tenants(id),
  customer_id bigint not null,
  grade char(1) not null check (grade in ('A', 'B', 'C', 'D', 'E')),
  score integer not null check (score between 0 and 100),
  parts jsonb not null,
  recommended_limit bigint,
  review_due date,
  as_of date not null,
  computed_at timestamptz not null default now(),
  primary key (tenant_id, customer_id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
alter table customer_risk enable row level security;
create policy tenant_isolation on customer_risk using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on customer_risk to arrears_app;
`;
