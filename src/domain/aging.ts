// Aging: days past due = as-of minus due date; "current" is ≤ 0, then one bucket per boundary, then "N+" (issue #2).

export type Buckets = { labels: string[]; bounds: number[] };

export const DEFAULT_BOUNDS: readonly number[] = [30, 60, 90];

export type BucketsCheck = { ok: true; value: Buckets } | { ok: false; reason: string };

/** "30,60,90" → current, 1-30, 31-60, 61-90, 90+. Boundaries must be positive and strictly increasing. */
export function parseBuckets(spec: string | undefined): BucketsCheck {
  if (spec === undefined || spec.trim() === '') return { ok: true, value: bucketsFrom(DEFAULT_BOUNDS) };
  const parts = spec.split(',').map((p) => p.trim());
  const bounds: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, reason: `bucket boundary is not a whole number of days: "${part}"` };
    const value = Number(part);
    if (value <= 0) return { ok: false, reason: 'bucket boundaries must be greater than zero' };
    const previous = bounds[bounds.length - 1];
    if (previous !== undefined && value <= previous) {
      return { ok: false, reason: `bucket boundaries must increase: ${previous} then ${value}` };
    }
    bounds.push(value);
  }
  return { ok: true, value: bucketsFrom(bounds) };
}

export function bucketsFrom(bounds: readonly number[]): Buckets {
  const labels = ['current'];
  let lower = 1;
  for (const bound of bounds) {
    labels.push(`${lower}-${bound}`);
    lower = bound + 1;
  }
  labels.push(`${bounds[bounds.length - 1] ?? 0}+`);
  return { labels, bounds: [...bounds] };
}

/** Index into labels for a number of days past due. */
export function bucketIndex(daysPastDue: number, buckets: Buckets): number {
  if (daysPastDue <= 0) return 0;
  const index = buckets.bounds.findIndex((bound) => daysPastDue <= bound);
  return index === -1 ? buckets.bounds.length + 1 : index + 1;
}

export type AgedAmounts = { total: bigint; unapplied: bigint; buckets: bigint[] };

export function emptyAged(buckets: Buckets): AgedAmounts {
  return { total: 0n, unapplied: 0n, buckets: buckets.labels.map(() => 0n) };
}

/** Adds open items and unapplied cash; total = sum of buckets + unapplied, by construction. */
export function addAged(into: AgedAmounts, bucket: number | 'unapplied', amount: bigint): void {
  if (bucket === 'unapplied') into.unapplied += amount;
  else into.buckets[bucket] = (into.buckets[bucket] ?? 0n) + amount;
  into.total += amount;
}
