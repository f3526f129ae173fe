// GET /api/worklist and `arrears worklist` (issue #6): the accounts to work, highest priority score first, for one
// collector (accounts assigned to them, or to them as the sales representative) or for everyone; paged.
import { type RankedAccount, SCORE_FORMULA } from '../../domain/worklist/index.js';
import type { Db } from '../../store/db.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { cachedWorklist } from './worklist-cache.js';
import { type WorklistRowJson, worklistRowJson } from './worklist-json.js';

export type WorklistQuery = { asOf: string; collector?: string | undefined; limit: number; offset: number };

export type WorklistJson = {
  asOf: string; baseCurrency: string; collector: string | null; formula: string;
  total: number; limit: number; offset: number; rows: WorklistRowJson[];
  /** Customers with overdue money left off the list, and why. */
  leftOut: { doNotContact: number; placedWithAgencyOrLegal: number; nothingToWork: number };
  computedAt: string; cached: boolean;
};

export const MAX_PAGE = 500;

// A row is rendered once per computed worklist (its rank and parts cannot change until it is recomputed), so the
// first pages, which collectors read all day, cost no formatting after the first read.
const rendered = new WeakMap<RankedAccount, WorklistRowJson>();

export async function getWorklist(db: Db, tenant: TenantRow, query: WorklistQuery): Promise<WorklistJson> {
  const asOf = checkAsOf(query.asOf, 'asOf');
  const collector = query.collector?.trim();
  if (query.collector !== undefined && (!collector || collector.length > 200)) throw new InputError('collector', 'a collector\'s name, 1 to 200 characters');
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_PAGE) throw new InputError('limit', `a whole number from 1 to ${MAX_PAGE}`);
  if (!Number.isInteger(query.offset) || query.offset < 0) throw new InputError('offset', 'a whole number, 0 or more');
  const { worklist, cached } = await cachedWorklist(db, tenant, asOf);
  const accounts = worklist.worklist.accounts;
  const positions = collector ? (worklist.byAssignee.get(collector) ?? []) : undefined;
  const total = positions ? positions.length : accounts.length;
  const rows: WorklistRowJson[] = [];
  for (let k = query.offset; k < Math.min(total, query.offset + query.limit); k++) {
    const position = positions ? (positions[k] ?? 0) : k;
    const account = accounts[position];
    if (!account) continue;
    let row = rendered.get(account);
    if (!row) { row = worklistRowJson(account, position + 1, worklist.context); rendered.set(account, row); }
    rows.push(row);
  }
  const left = worklist.worklist.left;
  return {
    asOf, baseCurrency: worklist.context.baseCurrency, collector: collector ?? null, formula: SCORE_FORMULA,
    total, limit: query.limit, offset: query.offset, rows,
    leftOut: { doNotContact: left.doNotContact, placedWithAgencyOrLegal: left.placed, nothingToWork: left.nothingToWork },
    computedAt: worklist.computedAt.toISOString(), cached,
  };
}
