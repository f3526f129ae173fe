// What the dunning planner needs, loaded in a few set-based queries (issue #4): open items with their dunning
// state and disputed part, and customers with their exclusions.
// Each query returns one text value, a line per row (text-rows.ts, docs/decisions/0008).
import { sql, type RawBuilder } from 'kysely';
import { escapedText as escaped, lineFields as fields, textLines as lines, unescapeText } from './text-rows.js';
import type { OpenItemForDunning, TriggerFloor } from '../domain/dunning/index.js';
import type { Tx } from './db.js';
import { fromDayNumber } from '../domain/dates.js';
import { settlementRows } from './settled-query.js';

/**
 * The last field of an item line may hold commas (the reader takes everything after the fifth); only a backslash or a
 * newline needs escaping, and an invoice number almost never has one, so most rows skip the replace calls.
 */
const lastField = (column: RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`case when strpos(${column}, E'\n') = 0 and strpos(${column}, '\\') = 0 then ${column} else replace(replace(${column}, '\\', '\\\\'), E'\n', '\\n') end`;

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
    -- What was settled by asOf and what is disputed now, per invoice, in one relation: one hash join over the
    -- million items instead of two (most invoices have neither).
    with reduced as (
      select invoice_id, sum(settled)::bigint as settled, sum(disputed)::bigint as disputed from (
        select invoice_id, amount as settled, 0::bigint as disputed from (${settlementRows(tenantId, asOf)}) s
        union all select di.invoice_id, 0, di.amount from dispute_invoices di
          join disputes d on d.tenant_id = di.tenant_id and d.id = di.dispute_id
         where di.tenant_id = ${tenantId} and d.status = 'open'
      ) r group by invoice_id
    ),
    items as (
      select i.id, i.customer_id, i.currency, i.due_date, i.amount - coalesce(r.settled, 0) as open,
        -- level:level date:disputed part, only for the few items that have any (empty for the rest).
        case when st.invoice_id is null and coalesce(r.disputed, 0) = 0 then ''
             else concat(coalesce(st.level, 0), ':', st.level_on, ':', least(coalesce(r.disputed, 0), i.amount - coalesce(r.settled, 0))) end as state,
        i.number
      from invoices i
      left join reduced r on r.invoice_id = i.id
      left join invoice_dunning st on st.tenant_id = i.tenant_id and st.invoice_id = i.id
      where i.tenant_id = ${tenantId} and i.issue_date <= ${asOf} and ${floorCondition(floors)}
    )
    -- One block per customer: a header line "=customer_id", then its items, so the process looks each customer up
    -- once and keeps its items together (docs/decisions/0008).
    select string_agg(block, E'\n') as rows from (
      select '=' || customer_id || E'\n' || string_agg(concat_ws(',', id, currency, due_date - date '1970-01-01', open, state, ${lastField(sql`number`)}), E'\n') as block
        from items where open > 0 group by customer_id) blocks`.execute(tx);
  return parseItems(result.rows[0]?.rows ?? '', customerRefOf);
}

/**
 * Reads the blocks in place, line by line, without splitting the text first (a million line strings less for the
 * collector). Due dates travel as day numbers (cheaper for the database to print than dates); a tenant has a few
 * hundred, each turned into a date once. A customer's items nearly always share one currency string.
 */
function parseItems(text: string, customerRefOf: (customerId: string) => string | undefined): Map<string, OpenItemForDunning[]> {
  const byCustomer = new Map<string, OpenItemForDunning[]>();
  const dates = new Map<number, string>();
  let customerRef = '';
  let currency = '';
  let bucket: OpenItemForDunning[] = [];
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.charCodeAt(start) === 61 /* = */) {
      const id = text.slice(start + 1, end);
      const ref = customerRefOf(id);
      if (ref === undefined) throw new Error(`dunning inputs: no customer ${id}`);
      customerRef = ref;
      bucket = [];
      byCustomer.set(customerRef, bucket);
    } else {
      // id,currency,due day number,open,state,number — the last free text: five commas located one after the other.
      const c1 = text.indexOf(',', start);
      const c2 = text.indexOf(',', c1 + 1);
      const c3 = text.indexOf(',', c2 + 1);
      const c4 = text.indexOf(',', c3 + 1);
      const c5 = text.indexOf(',', c4 + 1);
      if (c1 < 0 || c5 < 0 || c5 > end) throw new Error(`dunning inputs: malformed item row "${text.slice(start, Math.min(end, start + 80))}"`);
      if (c2 - c1 - 1 !== currency.length || !text.startsWith(currency, c1 + 1)) currency = text.slice(c1 + 1, c2);
      const day = dayNumberAt(text, c2 + 1, c3);
      let dueDate = dates.get(day);
      if (dueDate === undefined) {
        dueDate = fromDayNumber(day);
        dates.set(day, dueDate);
      }
      const item: OpenItemForDunning = {
        invoiceId: text.slice(start, c1), customerRef, number: unescapeText(text.slice(c5 + 1, end)), currency, dueDate,
        open: amountAt(text, c3 + 1, c4), disputed: 0n, levelReached: 0,
      };
      if (c5 > c4 + 1) readState(item, text.slice(c4 + 1, c5));
      bucket.push(item);
    }
    start = end + 1;
  }
  return byCustomer;
}

/** The (possibly negative) whole number written between `from` and `to`. */
function dayNumberAt(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === 45; /* - */
  let value = 0;
  for (let i = negative ? from + 1 : from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Error(`dunning inputs: malformed due day "${text.slice(from, to)}"`);
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** A positive amount in minor units; up to 15 digits read without making a substring (a million per run). */
function amountAt(text: string, from: number, to: number): bigint {
  if (to - from > 15 || text.charCodeAt(from) === 45 /* - */) return BigInt(text.slice(from, to));
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Error(`dunning inputs: malformed amount "${text.slice(from, to)}"`);
    value = value * 10 + digit;
  }
  return BigInt(value);
}

/** level:level_on:disputed, only for the few items that have a dunning level or a disputed part. */
function readState(item: OpenItemForDunning, state: string): void {
  const [level, levelOn, disputed] = state.split(':') as [string, string, string];
  item.levelReached = Number(level);
  if (levelOn) item.levelReachedOn = levelOn;
  if (disputed !== '0') item.disputed = BigInt(disputed);
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
