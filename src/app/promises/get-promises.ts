// Reading promises (issue #6): the list with filters, and one promise with what has been received toward it.
import { decidePromise } from '../../domain/promises/decide-promise.js';
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { listPromises, promisePayments } from '../../store/promises.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { NotFoundError } from '../errors.js';
import { checkDate, checkId } from './commitment-input.js';
import { type PromiseJson, promiseJson } from './promise-json.js';

export type PromiseQuery = { status?: string | undefined; customerRef?: string | undefined; collector?: string | undefined; limit: number; offset: number };

export async function listPromisesPage(db: Db, tenant: TenantRow, query: PromiseQuery): Promise<{ promises: PromiseJson[]; limit: number; offset: number }> {
  const rows = await inTenant(db, tenant.id, (tx) => listPromises(tx, tenant.id, query));
  return { promises: rows.map(promiseJson), limit: query.limit, offset: query.offset };
}

export type PromiseDetail = PromiseJson & { asOf: string; progress: { received: string; remaining: string } | null };

/** One promise; while it is active, what the counted payments came to by asOf (null once decided). */
export async function getPromise(db: Db, tenant: TenantRow, idText: string, asOfText: string): Promise<PromiseDetail> {
  const id = checkId(idText, 'promise');
  const asOf = checkDate(asOfText, 'asOf');
  return inTenant(db, tenant.id, async (tx) => {
    const [row] = await listPromises(tx, tenant.id, { ids: [id] });
    if (!row) throw new NotFoundError(`no promise ${idText}`);
    const json = promiseJson(row);
    if (row.status !== 'active') return { ...json, asOf, progress: null };
    const payments = await promisePayments(tx, tenant.id, [id], asOf);
    const outcome = decidePromise({ amount: row.amount, madeOn: row.made_on, promisedDate: row.promised_date, graceDays: row.grace_days }, payments, asOf);
    const remaining = outcome.status === 'active' ? outcome.remaining : row.amount > outcome.received ? row.amount - outcome.received : 0n;
    return { ...json, asOf, progress: { received: formatAmount(outcome.received, json.currency), remaining: formatAmount(remaining, json.currency) } };
  });
}
