// Frozen migration: the prioritised worklist (issue #6) — customers' sales representatives, the tenant's exchange
// rates and worklist settings, and the change log its per-process cache checks so cash posted a moment ago is seen
// at once (docs/decisions/0010-worklist-currencies.md, src/domain/worklist/README.md).
export const id = '20261123_0015_worklist';

export const sql = `
-- Issue #6: "large or difficult ones also [go] to the customer's sales representative". A name, like a collector's.
alter table customers add column sales_rep text check (sales_rep is null or length(sales_rep) between 1 and 200);

-- Tenant-maintained rates: one unit of currency is worth rate units of the tenant's base currency (exact decimal).
create table exchange_rates (
  tenant_id integer not null references tenants(id),
  currency char(3) not null,
  rate numeric not null check (rate > 0),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id, currency)
);
alter table exchange_rates enable row level security;
create policy tenant_isolation on exchange_rates using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update, delete on exchange_rates to arrears_app;

-- When an account is "large" and goes to the sales representative too: an amount in the base currency (null: none)
-- and a share of the tenant's overdue money to work (percent). No row: no amount, 5 %.
create table worklist_settings (
  tenant_id integer not null references tenants(id),
  large_account_amount bigint check (large_account_amount > 0),
  large_account_share numeric check (large_account_share > 0 and large_account_share <= 100),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (tenant_id)
);
alter table worklist_settings enable row level security;
create policy tenant_isolation on worklist_settings using (tenant_id = arrears_tenant()) with check (tenant_id = arrears_tenant());
grant select, insert, update on worklist_settings to arrears_app;

-- The transactions that changed what the worklist reads, one row per (tenant, transaction). A cached worklist
-- remembers the snapshot it was computed in and is stale once a row exists whose transaction that snapshot does
-- not see: no counter row to lock, so concurrent writers never wait on each other, on PGlite or PostgreSQL.
-- tenant_id 0: a write made outside any tenant's transaction (the owner role: migrations, bulk loads).
create table ledger_changes (
  tenant_id integer not null,
  xid xid8 not null,
  changed_at timestamptz not null default clock_timestamp(),
  primary key (tenant_id, xid)
);
alter table ledger_changes enable row level security;
create policy tenant_isolation on ledger_changes using (tenant_id = arrears_tenant() or tenant_id = 0) with check (tenant_id = arrears_tenant());
grant select, delete on ledger_changes to arrears_app;

-- Statement-level, so a 10,000-row import batch costs one row write, not 10,000. Security definer: the
-- application role only reads the log.
create function arrears_note_ledger_change() returns trigger language plpgsql security definer set search_path from current as $f$
begin
  insert into ledger_changes (tenant_id, xid) values (coalesce(arrears_tenant(), 0), pg_current_xact_id())
    on conflict (tenant_id, xid) do update set changed_at = clock_timestamp();
  return null;
end $f$;

do $$
declare t text;
begin
  foreach t in array array['invoices', 'credit_notes', 'payments', 'allocations', 'write_offs', 'adjustments',
                           'promises', 'promise_invoices', 'disputes', 'dispute_invoices', 'payment_plans', 'payment_plan_invoices',
                           'customers', 'contacts', 'customer_segments', 'customer_risk', 'invoice_dunning', 'call_tasks', 'placements',
                           'exchange_rates', 'worklist_settings', 'tenants'] loop
    execute format('create trigger %I after insert or update or delete on %I for each statement execute function arrears_note_ledger_change()',
                   t || '_worklist_change', t);
  end loop;
end $$;

-- The customer page (GET /api/customers/{ref}) lists the customer's contacts: without this, a sequential scan of
-- every contact in the database per page at 100,000 customers (npm run bench -- worklist).
create index contacts_customer on contacts (tenant_id, customer_id);
`;
