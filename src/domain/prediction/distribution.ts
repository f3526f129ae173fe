// A recency-weighted sample of payment delays (days from due date to settlement) with weighted quantiles, also
// conditional on the delay exceeding a number of days: an invoice still open on as-of has, by then, already taken
// longer than that (issue #8: learn only from what the ledger knew; what it knows includes "not paid yet").
export class DelaySample {
  private constructor(readonly delays: Int32Array, private readonly cumulative: Float64Array, readonly count: number) {}

  static of(delays: readonly number[], weights: readonly number[]): DelaySample {
    const order = delays.map((_, i) => i).sort((a, b) => (delays[a] ?? 0) - (delays[b] ?? 0));
    const sorted = new Int32Array(order.length);
    const cumulative = new Float64Array(order.length);
    let running = 0;
    order.forEach((index, k) => {
      sorted[k] = delays[index] ?? 0;
      running += weights[index] ?? 0;
      cumulative[k] = running;
    });
    return new DelaySample(sorted, cumulative, order.length);
  }

  get weight(): number {
    return this.count === 0 ? 0 : (this.cumulative[this.count - 1] ?? 0);
  }

  /** Weight of the samples with delay > `above`. */
  weightAbove(above: number): number {
    const start = this.firstAbove(above);
    return this.weight - (start === 0 ? 0 : (this.cumulative[start - 1] ?? 0));
  }

  /** How many samples have delay > `above`. */
  countAbove(above: number): number {
    return this.count - this.firstAbove(above);
  }

  /** The weighted q-quantile of the delays greater than `above` (−Infinity: all), or null when none is. */
  quantileAbove(q: number, above = Number.NEGATIVE_INFINITY): number | null {
    const start = this.firstAbove(above);
    if (start >= this.count) return null;
    const before = start === 0 ? 0 : (this.cumulative[start - 1] ?? 0);
    const mass = this.weight - before;
    if (mass <= 0) return null;
    const target = before + q * mass;
    let lo = start;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) >= target) hi = mid; else lo = mid + 1;
    }
    return this.delays[lo] ?? null;
  }

  private firstAbove(above: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.delays[mid] ?? 0) > above) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}

/** Weighted median of (value, weight) pairs; null when empty. */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number | null {
  return values.length === 0 ? null : DelaySample.of(values, weights).quantileAbove(0.5);
}
