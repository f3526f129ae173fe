// Frozen migration: credit decisions made by people (issue #8: "a credit application for a new customer records
// the decision, who made it and why"; "a review schedule"). The risk advice is computed, never stored here as a
// decision: an application or a review is what a person decided, next to the advice they saw.
export const id = '20261123_0014_credit_decisions';

export const sql = `
-- An application for credit by a new customer (customer_id null until an approval opens the account) or an
-- existing one. Pending until a person decides; the decision fields are written once, with who and why.
create table credit_applications (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  customer_id bigint,
  customer_ref text not null,
  -- true: no customer had this ref when it applied (an approval opens the account).
  new_customer boolean not null,
  name text not null,
  currency char(3) not null,
  requested_limit bigint not null check (requested_limit >= 0),
  requested_terms_days integer check (requested_terms_days >= 0),
  note text,
  submitted_on date not null,
  submitted_by text not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
  approved_limit bigint check (approved_limit >= 0),
  terms_days integer check (terms_days >= 0),
  decision_reason text,
  decided_on date,
  decided_by text,
  -- The grade, score and advice on the day of the decision, so anyone can see whether the person followed it.
  advice jsonb,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id),
  check ((status = 'pending') = (decided_on is null)),
  check (status = 'pending' or (decided_by is not null and decision_reason is not null)),
  check (status <> 'approved' or approved_limit is not null)
);
create index credit_applications_status on credit_applications (tenant_id, status, id);
create index credit_applications_ref on credit_applications (tenant_id, customer_ref);

-- A credit review done: who, when, the outcome and a note; the limit and terms before and after; the risk seen.
create table credit_reviews (
  tenant_id integer not null references tenants(id),
  id bigint generated always as identity,
  customer_id bigint not null,
  reviewed_on date not null,
  outcome text not null check (outcome in ('confirmed', 'changed', 'escalated')),
  note text not null check (length(note) > 0),
  grade char(1) check (grade in ('A', 'B', 'C', 'D', 'E')),
  score integer check (score between 0 and 100),
  recommended_limit bigint,
  limit_before bigint, limit_after bigint,
  terms_before integer, terms_after integer,
  next_review_on date,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers(tenant_id, id)
);
create index credit_reviews_customer on credit_reviews (tenant_id, customer_id, reviewed_on);

alter table credit_applications enable row level security;
create policy tenant_isolation on credit_applications using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on credit_applications to arrears_app;
grant update (customer_id, status, approved_limit, terms_days, decision_reason, decided_on, decided_by, advice) on credit_applications to arrears_app;
alter table credit_reviews enable row level security;
create policy tenant_isolation on credit_reviews using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert on credit_reviews to arrears_app;
`;
