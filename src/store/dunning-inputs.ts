// What the dunning planner needs, loaded in a few set-based queries (issue #4): open items with their dunning
// state and disputed part, and customers with their exclusions.
// Each query returns one text value, a line per row (text-rows.ts, docs/decisions/0008).
import { sql, type RawBuilder } from 'kysely';
import { escapedText as escaped, lineFields as fields, textLines as lines, unescapeText } from './text-rows.js';
import type { OpenItemForDunning, TriggerFloor } from '../domain/dunning/index.js';
import type { Tx } from './db.js';
import { fromDayNumber } from '../domain/dates.js';
import { settledByInvoice } from './settled-query.js';

/** The items whose next level some policy could trigger on asOf (see trigger-floor.ts); none when no floors. */
function floorCondition(floors: readonly TriggerFloor[]): RawBuilder<unknown> {
  const cases = floors.flatMap((f) => {
    const parts = [
      ...(f.dueOnOrBefore ? [sql`i.due_date <= ${f.dueOnOrBefore}`] : []),
      ...(f.reachedOnOrBefore ? [sql`st.level_on <= ${f.reachedOnOrBefore}`] : []),
    ];
    return parts.length === 0 ? [] : [sql`when ${f.levelReached} then (${sql.join(parts, sql` or `)})`];
  });
  if (cases.length === 0) return sql`false`;
  return sql`case coalesce(st.level, 0) ${sql.join(cases, sql` `)} else false end`;
}

/**
 * Invoices issued by asOf with a positive open amount at asOf, with their level reached and disputed part, that
 * pass one of the trigger floors. `customerRefOf` names each item's customer from its id (the caller loaded the
 * customers already; joining them here would cost a hash join over every item).
 */
export async function loadDunningItems(
  tx: Tx, tenantId: number, asOf: string, floors: readonly TriggerFloor[], customerRefOf: (customerId: string) => string | undefined,
): Promise<Map<string, OpenItemForDunning[]>> {
  // Grouping a million items by customer sorts them: with the default 4 MB of work memory the sort spilled to disk
  // (an external merge of ~60 MB in the 1M benchmark); this transaction's run may use more, as a batch job would.
  await sql`set local work_mem = '256MB'`.execute(tx);
  const result = await sql<{ rows: string | null }>`
    with ${settledByInvoice(tenantId, asOf)},
    disputed as (
      select di.invoice_id, sum(di.amount)::bigint as amount from dispute_invoices di
        join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
       where di.tenant_id = ${tenantId} and d.status = 'open' group by di.invoice_id
    ),
    items as (
      select i.id, i.customer_id, i.currency, i.due_date, i.amount - coalesce(s.amount, 0) as open,
        -- level:level date:disputed part, only for the few items that have any (empty for the rest).
        case when st.invoice_id is null and d.invoice_id is null then ''
             else concat(coalesce(st.level, 0), ':', st.level_on, ':', least(coalesce(d.amount, 0), i.amount - coalesce(s.amount, 0))) end as state,
        i.number
      from invoices i
      left join settled s on s.invoice_id = i.id
      left join disputed d on d.invoice_id = i.id
      left join invoice_dunning st on st.tenant_id = i.tenant_id and st.invoice_id = i.id
      where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} and ${floorCondition(floors)}
    )
    -- One block per customer: a header line "=customer_id", then its items, so the process looks each customer up
    -- once and keeps its items together (docs/decisions/0008).
    select string_agg(block, E'\n') as rows from (
      select '=' || customer_id || E'\n' || string_agg(concat_ws(',', id, currency, due_date - date '1970-01-01', open, state, ${escaped(sql`number`)}), E'\n') as block
        from items where open > 0 group by customer_id) blocks`.execute(tx);
  const byCustomer = new Map<string, OpenItemForDunning[]>();
  let customerRef = '';
  let bucket: OpenItemForDunning[] = [];
  // Due dates travel as day numbers (cheaper for the database to print than dates); a tenant has a few hundred.
  const dates = new Map<string, string>();
  const dateOf = (day: string): string => {
    let date = dates.get(day);
    if (date === undefined) {
      date = fromDayNumber(Number(day));
      dates.set(day, date);
    }
    return date;
  };
  for (const line of lines(result.rows[0]?.rows)) {
    if (line.startsWith('=')) {
      const id = line.slice(1);
      const ref = customerRefOf(id);
      if (ref === undefined) throw new Error(`dunning inputs: no customer ${id}`);
      customerRef = ref;
      bucket = [];
      byCustomer.set(customerRef, bucket);
    } else {
      bucket.push(itemOf(line, customerRef, dateOf));
    }
  }
  return byCustomer;
}

/** One item line: id,currency,due day number,open,state,number (state = level:level_on:disputed, or empty) — a million of them. */
function itemOf(line: string, customerRef: string, dateOf: (dayNumber: string) => string): OpenItemForDunning {
  // Six fields, the last free text: five commas located one after the other.
  const c1 = line.indexOf(',');
  const c2 = line.indexOf(',', c1 + 1);
  const c3 = line.indexOf(',', c2 + 1);
  const c4 = line.indexOf(',', c3 + 1);
  const c5 = line.indexOf(',', c4 + 1);
  if (c1 < 0 || c5 < 0) throw new Error(`dunning inputs: malformed item row "${line.slice(0, 80)}"`);
  const item: OpenItemForDunning = {
    invoiceId: line.slice(0, c1), customerRef, number: unescapeText(line.slice(c5 + 1)), currency: line.slice(c1 + 1, c2), dueDate: dateOf(line.slice(c2 + 1, c3)),
    open: BigInt(line.slice(c3 + 1, c4)), disputed: 0n, levelReached: 0,
  };
  if (c5 > c4 + 1) {
    // level:level_on:disputed
    const [level, levelOn, disputed] = line.slice(c4 + 1, c5).split(':') as [string, string, string];
    item.levelReached = Number(level);
    if (levelOn) item.levelReachedOn = levelOn;
    if (disputed !== '0') item.disputed = BigInt(disputed);
  }
  return item;
}

export type DunningCustomerRow = {
  customerId: string; customerRef: string; country: string; doNotContact: boolean; policyId: string | null; lastContactOn: string | null;
  /** For segment rules (src/domain/segments.ts). */
  currency: string; language: string; debtorType: string; creditLimit: bigint | null;
  promises: { until: string; invoiceIds: string[] }[]; planInvoiceIds: string[];
};

/** Every customer with its last contact and policy; active promises (date + grace ≥ asOf) and plans come separately. */
export async function loadDunningCustomers(tx: Tx, tenantId: number, asOf: string): Promise<DunningCustomerRow[]> {
  const customers = await sql<{ rows: string | null }>`
    with contacted as (
      select a.customer_id, max(r.as_of) as last_on from dunning_actions a
        join dunning_runs r on r.tenant_id = a.tenant_id and r.id = a.run_id
       where a.tenant_id = ${tenantId} and a.status in ('planned', 'approved', 'sent') and r.as_of <= ${asOf}
       group by a.customer_id
    )
    select string_agg(concat_ws(',', c.id, coalesce(c.country, t.country), c.do_not_contact, coalesce(c.dunning_policy_id::text, ''),
        coalesce(k.last_on::text, ''), c.currency, ${escaped(sql`coalesce(c.language, t.default_language)`)}, c.debtor_type, coalesce(c.credit_limit::text, ''),
        ${escaped(sql`c.customer_ref`)}), E'\n') as rows
      from customers c join tenants t on t.id = c.tenant_id left join contacted k on k.customer_id = c.id
     where c.tenant_id = ${tenantId}`.execute(tx);
  const promises = await sql<{ customer_id: string; until: string; invoice_ids: string[] | null }>`
    select p.customer_id::text, (p.promised_date + p.grace_days)::text as until,
      (select array_agg(pi.invoice_id::text) from promise_invoices pi where pi.tenant_id = p.tenant_id and pi.promise_id = p.id) as invoice_ids
      from promises p where p.tenant_id = ${tenantId} and p.status = 'active' and p.promised_date + p.grace_days >= ${asOf}`.execute(tx);
  const plans = await sql<{ customer_id: string; invoice_id: string }>`
    select pp.customer_id::text, ppi.invoice_id::text from payment_plans pp
      join payment_plan_invoices ppi on ppi.tenant_id = pp.tenant_id and ppi.plan_id = pp.id
     where pp.tenant_id = ${tenantId} and pp.status = 'active'`.execute(tx);
  const promisesOf = groupBy(promises.rows, (r) => r.customer_id);
  const plansOf = groupBy(plans.rows, (r) => r.customer_id);
  return lines(customers.rows[0]?.rows).map((line) => {
    const [id, country, doNotContact, policyId, lastOn, currency, language, debtorType, creditLimit, customerRef] = fields(line, 10) as [string, string, string, string, string, string, string, string, string, string];
    return {
      customerId: id, customerRef, country: country.trim(), currency: currency.trim(), language, debtorType, creditLimit: creditLimit === '' ? null : BigInt(creditLimit), doNotContact: doNotContact === 't' || doNotContact === 'true', policyId: policyId || null, lastContactOn: lastOn || null,
      promises: (promisesOf.get(id) ?? []).map((p) => ({ until: p.until, invoiceIds: p.invoice_ids ?? [] })),
      planInvoiceIds: (plansOf.get(id) ?? []).map((p) => p.invoice_id),
    };
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
