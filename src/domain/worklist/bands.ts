// Age bands of the worklist score (issue #6: "overdue amount weighted by days past due"). An older debt is harder
// to collect and nearer the 90-day placement (seed 002), so it weighs more; the weights are moderate so the amount
// still decides (seed 001: "the few invoices that are most of the money" come first). README.md gives the table.

export type AgeBand = { from: number; to: number | null; weightPercent: bigint };

export const AGE_BANDS: readonly AgeBand[] = [
  { from: 1, to: 30, weightPercent: 100n },
  { from: 31, to: 60, weightPercent: 125n },
  { from: 61, to: 90, weightPercent: 150n },
  { from: 91, to: 180, weightPercent: 200n },
  { from: 181, to: null, weightPercent: 250n },
];

/** Amounts per age band, youngest first (index = AGE_BANDS index). */
export type BandAmounts = bigint[];

export const emptyBands = (): BandAmounts => AGE_BANDS.map(() => 0n);

/** The band of an item `daysPastDue` (≥ 1) days past due. */
export function bandOf(daysPastDue: number): number {
  const index = AGE_BANDS.findIndex((b) => b.to === null || daysPastDue <= b.to);
  return index < 0 ? AGE_BANDS.length - 1 : index;
}

export function bandLabel(index: number): string {
  const band = AGE_BANDS[index];
  if (!band) return '?';
  return band.to === null ? `${band.from}+ days` : `${band.from}-${band.to} days`;
}

export const bandTotal = (bands: readonly bigint[]): bigint => bands.reduce((a, b) => a + b, 0n);

/** Takes up to `amount` out of the bands, oldest first (cash on account settles the oldest debt first); returns what was taken per band. */
export function takeOldestFirst(bands: BandAmounts, amount: bigint): BandAmounts {
  const taken = emptyBands();
  let left = amount;
  for (let i = bands.length - 1; i >= 0 && left > 0n; i--) {
    const here = bands[i] ?? 0n;
    const take = here < left ? here : left;
    bands[i] = here - take;
    taken[i] = take;
    left -= take;
  }
  return taken;
}
