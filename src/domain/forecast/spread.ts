// How one invoice's predicted payment spreads over the forecast weeks (issue #8: "expected collections per week,
// with a low and high band"). The 80 % interval says 10 % of the probability lies before `low`, 40 % between `low`
// and the predicted date, 40 % up to `high` and 10 % after it; each part is spread evenly over its days, the tails
// over half the width of their neighbouring part. Probabilities are whole parts per million (not money).
export const PPM = 1_000_000;

/** Parts per million of the payment falling in each of `weeks` weeks from `startDay`, then one for "later". */
export function weekShares(low: number, predicted: number, high: number, startDay: number, weeks: number): number[] {
  const lowWidth = Math.max(1, predicted - low);
  const highWidth = Math.max(1, high - predicted);
  // Day d is the span [d, d + 1): the predicted day itself is a real day of the distribution.
  const pieces: [number, number, number][] = [
    [low - lowWidth / 2, low, 0.1], [low, predicted + 0.5, 0.4], [predicted + 0.5, high + 1, 0.4], [high + 1, high + 1 + highWidth / 2, 0.1],
  ];
  const shares = new Array<number>(weeks + 1).fill(0);
  for (const [from, to, mass] of pieces) {
    const width = to - from;
    if (width <= 0) { shares[bucketOf(from, startDay, weeks)]! += mass; continue; }
    for (let w = 0; w <= weeks; w += 1) {
      const weekFrom = w === 0 ? Number.NEGATIVE_INFINITY : startDay + 7 * w;
      const weekTo = w === weeks ? Number.POSITIVE_INFINITY : startDay + 7 * (w + 1);
      const overlap = Math.min(to, weekTo) - Math.max(from, weekFrom);
      if (overlap > 0) shares[w]! += (mass * overlap) / width;
    }
  }
  return shares.map((s) => Math.round(s * PPM));
}

/** Before the first week counts in week 1 (an overdue invoice predicted before as-of); after the last, "later". */
function bucketOf(day: number, startDay: number, weeks: number): number {
  return Math.min(weeks, Math.max(0, Math.floor((day - startDay) / 7)));
}
