// Frozen migration: customer groups — a customer's parent company (issue #5: "payments from a parent company";
// issue #6's agency and credit work reads the same link).
export const id = '20261123_0012_customer_groups';

export const sql = `
alter table customers add column parent_customer_id bigint;
alter table customers add constraint customers_parent foreign key (tenant_id, parent_customer_id) references customers(tenant_id, id);
alter table customers add constraint customers_parent_not_self check (parent_customer_id is null or parent_customer_id <> id);
create index customers_parent on customers (tenant_id, parent_customer_id) where parent_customer_id is not null;
`;
