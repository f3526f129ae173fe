// Frozen migration: what issue #6 adds to the promises and payment plans of 0004 — the business date each was made
// (payments count from then), a note, the plan's frequency, and the decision: when, by whom, what was received,
// and why it was cancelled. New columns only; 0004's row-level security and grants cover the tables.
export const id = '20261123_0008_promises_plans';

export const sql = `
alter table promises add column made_on date;
update promises set made_on = created_at::date;
alter table promises alter column made_on set not null;
alter table promises alter column made_on set default current_date;
alter table promises add column note text;
-- kept: the date the payments reached the amount; broken: the day after date + grace; cancelled: the day it was.
alter table promises add column decided_on date;
alter table promises add column decided_by text;
alter table promises add column received bigint;
alter table promises add column cancel_reason text;
create index promises_status on promises (tenant_id, status);
create index promises_decided on promises (tenant_id, decided_on) where decided_on is not null;

alter table payment_plans add column made_on date;
update payment_plans set made_on = created_at::date;
alter table payment_plans alter column made_on set not null;
alter table payment_plans alter column made_on set default current_date;
alter table payment_plans add column frequency text not null default 'monthly' check (frequency in ('weekly', 'biweekly', 'monthly'));
alter table payment_plans add column note text;
alter table payment_plans add column decided_on date;
alter table payment_plans add column decided_by text;
alter table payment_plans add column cancel_reason text;
create index payment_plans_status on payment_plans (tenant_id, status);

grant update (decided_on, decided_by, received, cancel_reason) on promises to arrears_app;
grant update (decided_on, decided_by, cancel_reason) on payment_plans to arrears_app;
`;
