// Issue #6: the root-cause report for management (the feedback loop of seed 001): disputes per reason, product
// or department and month — how many, how much was disputed and credited, and how long they took to resolve.
import { daysBetween } from '../dates.js';

export type RootCauseDimension = 'reason' | 'product' | 'department';

export type DisputeFact = {
  reason: string; product: string | null; department: string | null; currency: string; openedOn: string;
  status: 'open' | 'resolved-credit' | 'resolved-return' | 'rejected'; resolvedOn: string | null; disputed: bigint; credited: bigint;
};

export type RootCauseGroup = {
  key: string | null; month: string; count: number; resolved: number;
  disputed: Map<string, bigint>; credited: Map<string, bigint>; medianDaysToResolve: number | null;
};

/** The median of a list of numbers, the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * Groups by the dimension's value and the month the dispute was opened. Credited counts only disputes resolved by
 * a credit (note or return); days to resolve count every resolved dispute, rejections included. Sorted by month,
 * then by count (most first), then key (none last).
 */
export function rootCauses(facts: readonly DisputeFact[], by: RootCauseDimension): RootCauseGroup[] {
  const groups = new Map<string, RootCauseGroup & { days: number[] }>();
  for (const f of facts) {
    const key = f[by];
    const month = f.openedOn.slice(0, 7);
    const id = `${month}\u0000${key ?? '\u0001'}`;
    let g = groups.get(id);
    if (!g) { g = { key, month, count: 0, resolved: 0, disputed: new Map(), credited: new Map(), medianDaysToResolve: null, days: [] }; groups.set(id, g); }
    g.count += 1;
    g.disputed.set(f.currency, (g.disputed.get(f.currency) ?? 0n) + f.disputed);
    if (f.status === 'resolved-credit' || f.status === 'resolved-return') g.credited.set(f.currency, (g.credited.get(f.currency) ?? 0n) + f.credited);
    if (f.status !== 'open' && f.resolvedOn !== null) { g.resolved += 1; g.days.push(daysBetween(f.openedOn, f.resolvedOn)); }
  }
  return [...groups.values()]
    .map(({ days, ...g }) => ({ ...g, medianDaysToResolve: median(days) }))
    .sort((a, b) => (a.month !== b.month ? (a.month < b.month ? -1 : 1) : b.count !== a.count ? b.count - a.count : compareKeys(a.key, b.key)));
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
