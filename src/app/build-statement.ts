// Customer statement (issue #2): balance-forward or open-item, as JSON data or a PDF in the customer's language.
import { bucketsFrom, DEFAULT_BOUNDS } from '../domain/aging.js';
import { compareDates } from '../domain/dates.js';
import { formatAmount } from '../domain/money.js';
import { type BalanceForwardStatement, type OpenItemStatement, type StatementType, balanceForward, openItemStatement } from '../domain/statement.js';
import type { Db } from '../store/db.js';
import { findCustomer } from '../store/customers.js';
import { customerEntries, customerOpenItems } from '../store/customer-ledger.js';
import { inTenant } from '../store/tenant-scope.js';
import type { TenantRow } from '../store/tenants.js';
import { InputError, NotFoundError } from './errors.js';
import { checkAsOf } from './get-aging.js';

export type StatementRequest = { customerRef: string; from: string; to: string; type: StatementType };

export type StatementData = {
  tenant: TenantRow;
  customer: { customerRef: string; name: string; language: string; country: string; currency: string };
  statement: BalanceForwardStatement | OpenItemStatement;
};

export async function buildStatement(db: Db, tenant: TenantRow, request: StatementRequest): Promise<StatementData> {
  const from = checkAsOf(request.from, 'from');
  const to = checkAsOf(request.to, 'to');
  if (compareDates(from, to) > 0) throw new InputError('from', `${from} is after --to ${to}`);
  if (request.type !== 'open-item' && request.type !== 'balance-forward') throw new InputError('type', 'must be open-item or balance-forward');
  return inTenant(db, tenant.id, async (tx) => {
    const customer = await findCustomer(tx, tenant.id, request.customerRef);
    if (!customer) throw new NotFoundError(`no customer "${request.customerRef}" in tenant ${tenant.slug}`);
    const statement = request.type === 'balance-forward'
      ? balanceForward(await customerEntries(tx, tenant.id, customer.id, to), from, to)
      : await (async () => {
        const open = await customerOpenItems(tx, tenant.id, customer.id, to);
        return openItemStatement(open.items, open.unapplied, to, bucketsFrom(DEFAULT_BOUNDS));
      })();
    return {
      tenant,
      customer: { customerRef: customer.customer_ref, name: customer.name, language: customer.language ?? tenant.default_language, country: customer.country ?? tenant.country, currency: customer.currency },
      statement,
    };
  });
}

/** The JSON form: amounts as decimal strings in the customer's currency. */
export function statementJson(data: StatementData): unknown {
  const cur = data.customer.currency;
  const money = (v: bigint) => formatAmount(v, cur);
  const s = data.statement;
  const head = { customerRef: data.customer.customerRef, name: data.customer.name, currency: cur, type: s.type };
  if (s.type === 'balance-forward') {
    return { ...head, from: s.from, to: s.to, openingBalance: money(s.openingBalance), closingBalance: money(s.closingBalance),
      lines: s.lines.map((l) => ({ date: l.date, kind: l.kind, reference: l.reference, dueDate: l.dueDate ?? null,
        debit: money(l.amount > 0n ? l.amount : 0n), credit: money(l.amount < 0n ? -l.amount : 0n), balance: money(l.balance) })) };
  }
  return { ...head, asOf: s.asOf, unapplied: money(s.unapplied), closingBalance: money(s.closingBalance),
    items: s.items.map((i) => ({ number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, amount: money(i.amount), open: money(i.open), daysPastDue: i.daysPastDue })),
    aging: Object.fromEntries(s.aging.labels.map((label, i) => [label, money(s.aging.amounts.buckets[i] ?? 0n)])) };
}
