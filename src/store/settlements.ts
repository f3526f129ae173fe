// Payments and credit notes are both settlements: cash or credit that is allocated to invoices, the rest
// staying unapplied on the customer's account. One module serves both so the rules cannot drift apart.
import { sql } from 'kysely';
import type { Executor, Tx } from './db.js';

export type SettlementKind = 'payment' | 'credit-note';

const TABLES = {
  payment: { table: 'payments', ref: 'payment_ref', link: 'payment_id', targets: 'invoice_numbers' },
  'credit-note': { table: 'credit_notes', ref: 'number', link: 'credit_note_id', targets: 'invoice_number' },
} as const;

export type SettlementRow = {
  id: bigint; ref: string; customer_id: bigint; date: string; currency: string; amount: bigint;
  /** The invoice numbers as the source named them, semicolon-separated. */
  targets: string;
  /** Net allocation per invoice id (after reversals). */
  allocated: Map<bigint, bigint>;
};

export async function findSettlements(db: Executor, tenantId: number, kind: SettlementKind, refs: readonly string[]): Promise<Map<string, SettlementRow>> {
  if (refs.length === 0) return new Map();
  const t = TABLES[kind];
  const targets = kind === 'payment'
    ? sql`s.invoice_numbers`
    : sql`coalesce((select number from invoices i where i.tenant_id = s.tenant_id and i.id = s.invoice_id), '')`;
  const result = await sql<{ id: bigint; ref: string; customer_id: bigint; date: string; currency: string; amount: bigint; targets: string; allocations: string | null }>`
    select s.id, s.${sql.ref(t.ref)} as ref, s.customer_id, s.date, s.currency,
      (s.amount + coalesce((select sum(amount) from adjustments a where a.tenant_id = s.tenant_id and a.${sql.ref(t.link)} = s.id), 0))::bigint as amount,
      ${targets} as targets,
      (select string_agg(invoice_id || ':' || total, ',') from (
         select invoice_id, sum(amount) as total from allocations a where a.tenant_id = s.tenant_id and a.${sql.ref(t.link)} = s.id
         group by invoice_id having sum(amount) <> 0) x) as allocations
    from ${sql.table(t.table)} s
    where s.tenant_id = ${tenantId} and s.${sql.ref(t.ref)} = any(${[...new Set(refs)]}::text[])`.execute(db);
  return new Map(result.rows.map((r) => [r.ref, {
    id: r.id, ref: r.ref, customer_id: r.customer_id, date: r.date, currency: r.currency, amount: r.amount, targets: r.targets,
    allocated: new Map((r.allocations ?? '').split(',').filter(Boolean).map((pair) => {
      const [invoice, total] = pair.split(':');
      return [BigInt(invoice ?? '0'), BigInt(total ?? '0')] as const;
    })),
  }]));
}

export type NewSettlement = { ref: string; customer_id: bigint; date: string; currency: string; amount: bigint; targets: string; invoice_id: bigint | null };

/** Inserts a batch and returns ref → id, for the allocations that follow. */
export async function insertSettlements(tx: Tx, tenantId: number, kind: SettlementKind, rows: readonly NewSettlement[]): Promise<Map<string, bigint>> {
  if (rows.length === 0) return new Map();
  const refs = rows.map((r) => r.ref);
  const customers = rows.map((r) => String(r.customer_id));
  const dates = rows.map((r) => r.date);
  const currencies = rows.map((r) => r.currency);
  const amounts = rows.map((r) => String(r.amount));
  const result = kind === 'payment'
    ? await sql<{ id: bigint; ref: string }>`insert into payments (tenant_id, payment_ref, customer_id, date, currency, amount, invoice_numbers)
        select ${tenantId}, * from unnest(${refs}::text[], ${customers}::bigint[], ${dates}::date[], ${currencies}::text[], ${amounts}::bigint[], ${rows.map((r) => r.targets)}::text[])
        returning id, payment_ref as ref`.execute(tx)
    : await sql<{ id: bigint; ref: string }>`insert into credit_notes (tenant_id, number, customer_id, date, currency, amount, invoice_id)
        select ${tenantId}, * from unnest(${refs}::text[], ${customers}::bigint[], ${dates}::date[], ${currencies}::text[], ${amounts}::bigint[], ${rows.map((r) => (r.invoice_id === null ? null : String(r.invoice_id)))}::bigint[])
        returning id, number as ref`.execute(tx);
  return new Map(result.rows.map((r) => [r.ref, r.id]));
}

export async function updateSettlement(tx: Tx, tenantId: number, kind: SettlementKind, id: bigint, fields: { date: string; targets: string; invoice_id: bigint | null }): Promise<void> {
  if (kind === 'payment') {
    await tx.updateTable('payments').set({ date: fields.date, invoice_numbers: fields.targets }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  } else {
    await tx.updateTable('credit_notes').set({ date: fields.date, invoice_id: fields.invoice_id }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  }
}

export type NewAllocation = { invoice_id: bigint; settlement_id: bigint; date: string; amount: bigint };

export async function insertAllocations(tx: Tx, tenantId: number, kind: SettlementKind, rows: readonly NewAllocation[]): Promise<void> {
  if (rows.length === 0) return;
  const link = TABLES[kind].link;
  await sql`insert into allocations (tenant_id, invoice_id, ${sql.ref(link)}, date, amount)
    select ${tenantId}, * from unnest(${rows.map((r) => String(r.invoice_id))}::bigint[], ${rows.map((r) => String(r.settlement_id))}::bigint[],
      ${rows.map((r) => r.date)}::date[], ${rows.map((r) => String(r.amount))}::bigint[])`.execute(tx);
}
