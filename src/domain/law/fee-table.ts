// Tenant overrides of the fixed-compensation table, mirroring rate-table.ts.
import { parseBusinessDate } from '../dates.js';
import { isCurrency, parseAmount } from '../money.js';
import type { FeeRow, FeeTable } from './fee-data.js';
import { isJurisdiction, LawError } from './types.js';

export type FeeRowInput = {
  jurisdiction: string;
  fee: string;
  from: string;
  amount: string;
  currency: string;
  debtAtLeast?: string;
  source?: string;
};

/** Why a fee row cannot be used, or null when it is fine. */
export function validateFeeRow(row: FeeRowInput): string | null {
  if (!isJurisdiction(row.jurisdiction)) return `unknown jurisdiction "${row.jurisdiction}"`;
  if (row.fee !== 'compensation') return `unknown fee "${row.fee}"`;
  const date = parseBusinessDate(row.from);
  if (!date.ok) return `from: ${date.reason}`;
  if (!isCurrency(row.currency)) return `currency: unknown currency "${row.currency}"`;
  const amount = parseAmount(row.amount, row.currency);
  if (!amount.ok) return `amount: ${amount.reason}`;
  if (amount.value < 0n) return 'amount: must not be negative';
  if (row.debtAtLeast !== undefined) {
    const bound = parseAmount(row.debtAtLeast, row.currency);
    if (!bound.ok) return `debtAtLeast: ${bound.reason}`;
    if (bound.value < 0n) return 'debtAtLeast: must not be negative';
  }
  if (row.source !== undefined && row.source.trim() === '') return 'source: say where the amount comes from';
  return null;
}

const key = (row: FeeRowInput): string =>
  `${row.jurisdiction} ${row.fee} ${row.from} ${row.currency} ${row.debtAtLeast ?? '*'}`;

/** Built-in fees with a tenant's rows applied (same jurisdiction, fee, from, currency and tier replaces). */
export function mergeFees(builtIn: FeeTable, overrides: readonly FeeRow[]): FeeTable {
  const merged = new Map<string, FeeRow>(builtIn.map((row) => [key(row), row]));
  const seen = new Set<string>();
  for (const row of overrides) {
    const reason = validateFeeRow(row);
    if (reason) throw new LawError('fees', `${key(row)}: ${reason}`);
    if (seen.has(key(row))) throw new LawError('fees', `${key(row)}: given twice in the overrides`);
    seen.add(key(row));
    merged.set(key(row), row);
  }
  return [...merged.values()];
}
