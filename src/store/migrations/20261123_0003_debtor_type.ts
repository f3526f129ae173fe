// Frozen migration: what the rule packs need to know about the parties (issue #3). Interest and compensation depend
// on whether the debtor is a business, a consumer or a public body; the Indian MSMED pack on the supplier's size.
export const id = '20261123_0003_debtor_type';

export const sql = `
alter table customers add column debtor_type text not null default 'business'
  check (debtor_type in ('business', 'consumer', 'public'));
alter table tenants add column supplier_size text check (supplier_size in ('micro', 'small', 'medium', 'large'));
`;
