// payments CSV (payment_ref,customer_ref,date,currency,amount,invoice_numbers) and credit-notes CSV
// (credit_note_number,customer_ref,date,currency,amount,invoice_number). Issue #2: applied to the listed invoices
// in order, each up to its open amount; the rest stays as unapplied cash (or credit) on the customer's account.
import { RowReader } from '../../formats/csv/fields.js';
import { allocateInOrder } from '../../domain/allocation.js';
import { formatAmount } from '../../domain/money.js';
import { customerCache } from './customer-cache.js';
import { type InvoiceRow, findInvoicesByNumbers, insertAdjustment } from '../../store/invoices.js';
import { type NewAllocation, type SettlementKind, type SettlementRow, findSettlements, insertAllocations, insertSettlements, updateSettlement } from '../../store/settlements.js';
import { recordAudit } from '../../store/audit.js';
import type { Classified, FieldError, ImportKind } from './import-types.js';

type Parsed = { ref: string; customerRef: string; date: string; currency: string; amount: bigint; targets: string[] };
type Planned = { invoiceId: bigint; amount: bigint; date: string };
type Resolved = { parsed: Parsed; customerId: bigint; existing?: SettlementRow; plan: Planned[]; reversal: Planned[] };

const COLUMNS = {
  payment: { ref: 'payment_ref', targets: 'invoice_numbers', entity: 'payment' },
  'credit-note': { ref: 'credit_note_number', targets: 'invoice_number', entity: 'credit note' },
} as const;

export function settlementsKind(kind: SettlementKind): ImportKind<Parsed, Resolved> {
  const c = COLUMNS[kind];
  const customersOf = customerCache();
  return {
    name: kind === 'payment' ? 'payments' : 'credit-notes',
    tables: [kind === 'payment' ? 'payments' : 'credit_notes', 'allocations', 'adjustments'],
    required: [c.ref, 'customer_ref', 'date', 'currency', 'amount'],
    optional: [c.targets],
    keyField: c.ref,
    key: (p) => p.ref,
    parse(values) {
      const row = new RowReader(values);
      const ref = row.text(c.ref, { required: true, max: 100 }) ?? '';
      const customerRef = row.text('customer_ref', { required: true, max: 100 }) ?? '';
      const date = row.date('date');
      const currency = row.currency('currency');
      const amount = row.amount('amount', currency);
      const raw = row.text(c.targets, { max: 10_000 }) ?? '';
      const targets = kind === 'payment' ? raw.split(';').map((n) => n.trim()).filter(Boolean) : raw ? [raw] : [];
      const twice = targets.find((n, i) => targets.indexOf(n) !== i);
      if (twice) row.fail(c.targets, `invoice ${twice} is listed twice`);
      if (row.errors.length > 0 || amount === null) return { errors: row.errors };
      return { value: { ref, customerRef, date, currency, amount, targets } };
    },
    async classify(tx, batch, options) {
      const customers = await customersOf(tx, options.tenantId, batch.map((r) => r.value.customerRef));
      const invoices = await findInvoicesByNumbers(tx, options.tenantId, batch.flatMap((r) => r.value.targets));
      const existing = await findSettlements(tx, options.tenantId, kind, batch.map((r) => r.value.ref));
      // Open amounts move as rows are planned, so two payments on one invoice in the same file see each other.
      const open = new Map([...invoices.values()].map((i) => [i.id, i.open]));
      const out: Classified<Resolved>[] = [];
      for (const { line, value } of batch) {
        const customer = customers.get(value.customerRef);
        if (!customer) { out.push({ line, errors: [{ field: 'customer_ref', message: `unknown customer "${value.customerRef}"` }] }); continue; }
        if (customer.currency !== value.currency) {
          out.push({ line, errors: [{ field: 'currency', message: `${value.currency} is not the currency of customer ${customer.customer_ref} (${customer.currency})` }] });
          continue;
        }
        const targetErrors = checkTargets(value, customer.id, invoices, c.targets);
        if (targetErrors.length > 0) { out.push({ line, errors: targetErrors }); continue; }
        const found = existing.get(value.ref);
        if (found) {
          const verdict = compareExisting(found, value, customer.id, options.update, c.entity);
          if (verdict === 'unchanged') { out.push({ line, outcome: 'unchanged', value: { parsed: value, customerId: customer.id, plan: [], reversal: [] } }); continue; }
          if (verdict !== 'update') { out.push({ line, errors: [verdict] }); continue; }
        }
        const reversal = found ? [...found.allocated].map(([invoiceId, amount]) => ({ invoiceId, amount: -amount, date: value.date })) : [];
        for (const r of reversal) open.set(r.invoiceId, (open.get(r.invoiceId) ?? 0n) - r.amount);
        const targets = value.targets.map((n) => invoices.get(n)).filter((i): i is InvoiceRow => i !== undefined);
        const { allocations } = allocateInOrder(value.amount, targets.map((i) => ({ key: i, open: open.get(i.id) ?? 0n })));
        const plan = allocations.map((a) => ({ invoiceId: a.key.id, amount: a.amount, date: a.key.issue_date > value.date ? a.key.issue_date : value.date }));
        for (const p of plan) open.set(p.invoiceId, (open.get(p.invoiceId) ?? 0n) - p.amount);
        out.push({ line, outcome: found ? 'update' : 'insert', value: { parsed: value, customerId: customer.id, existing: found, plan, reversal } });
      }
      return out;
    },
    async write(tx, rows, options) {
      const inserts = rows.filter((r) => r.outcome === 'insert');
      const ids = await insertSettlements(tx, options.tenantId, kind, inserts.map(({ value: { parsed, customerId, plan } }) => ({
        ref: parsed.ref, customer_id: customerId, date: parsed.date, currency: parsed.currency, amount: parsed.amount,
        targets: parsed.targets.join(';'), invoice_id: kind === 'credit-note' ? (plan[0]?.invoiceId ?? null) : null,
      })));
      const allocations: NewAllocation[] = [];
      for (const { value } of inserts) {
        const id = ids.get(value.parsed.ref);
        if (id === undefined) throw new Error(`inserted ${value.parsed.ref} but got no id back`);
        for (const p of value.plan) allocations.push({ invoice_id: p.invoiceId, settlement_id: id, date: p.date, amount: p.amount });
      }
      for (const { outcome, value } of rows) {
        const found = value.existing;
        if (outcome !== 'update' || !found) continue;
        const { parsed } = value;
        await updateSettlement(tx, options.tenantId, kind, found.id, { date: parsed.date, targets: parsed.targets.join(';'), invoice_id: value.plan[0]?.invoiceId ?? null });
        if (parsed.amount !== found.amount) {
          await insertAdjustment(tx, options.tenantId, { [kind === 'payment' ? 'payment_id' : 'credit_note_id']: found.id, date: parsed.date, amount: parsed.amount - found.amount, reason: 'CSV import --update: amount corrected' });
        }
        for (const p of [...value.reversal, ...value.plan]) allocations.push({ invoice_id: p.invoiceId, settlement_id: found.id, date: p.date, amount: p.amount });
        await recordAudit(tx, options.tenantId, { actor: options.actor, action: 'update', entity: c.entity, entityKey: found.ref, reason: 'CSV import --update',
          details: { before: { date: found.date, amount: found.amount, targets: found.targets }, after: { date: parsed.date, amount: parsed.amount, targets: parsed.targets.join(';') } } });
      }
      await insertAllocations(tx, options.tenantId, kind, allocations);
    },
  };
}

function checkTargets(value: Parsed, customerId: bigint, invoices: Map<string, InvoiceRow>, field: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const number of value.targets) {
    const invoice = invoices.get(number);
    if (!invoice) errors.push({ field, message: `unknown invoice "${number}"` });
    else if (invoice.customer_id !== customerId) errors.push({ field, message: `invoice ${number} belongs to another customer, not ${value.customerRef}` });
  }
  return errors;
}

function compareExisting(found: SettlementRow, value: Parsed, customerId: bigint, update: boolean, entity: string): 'unchanged' | 'update' | FieldError {
  if (found.customer_id !== customerId) return { field: 'customer_ref', message: `${entity} ${found.ref} belongs to another customer; it cannot move to ${value.customerRef}` };
  const changed = found.date !== value.date ? { field: 'date', was: found.date, now: value.date }
    : found.amount !== value.amount ? { field: 'amount', was: formatAmount(found.amount, found.currency), now: formatAmount(value.amount, found.currency) }
      : found.targets !== value.targets.join(';') ? { field: 'invoices', was: found.targets || '(none)', now: value.targets.join(';') || '(none)' }
        : undefined;
  if (!changed) return 'unchanged';
  if (update) return 'update';
  return { field: changed.field, message: `${entity} ${found.ref} already exists with ${changed.field} "${changed.was}"; use --update to change it to "${changed.now}"` };
}
