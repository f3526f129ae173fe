// The risk score (issue #8: "a risk grade (A–E) and a score with its parts shown in plain words"). 100 means no
// warning sign; each part takes off at most its weight, the weights add up to 100, and each part says in words what
// it saw. A few hard facts cap the grade whatever the points say. Weights and reasons: README.md.
import { formatAmount } from '../money.js';
import { holdThreshold } from '../credit/decide-credit.js';
import type { Behaviour } from './behaviour.js';
import { RECENT_DAYS } from './behaviour.js';
import { regularityWords } from './regularity.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Most points each part can take off the score; they add up to 100. Trend and regularity are shown, not scored. */
export const WEIGHTS = {
  daysBeyondTerms: 35, latePercent: 15, longestDelay: 15, brokenPromises: 15, disputes: 5, exposure: 10, writeOffs: 5, trend: 0, regularity: 0,
} as const;
export type PartName = keyof typeof WEIGHTS;

/** Lowest score for each grade. */
export const GRADE_FLOORS: readonly [Grade, number][] = [['A', 85], ['B', 70], ['C', 55], ['D', 40], ['E', 0]];
/** Fewer invoices with a known outcome than this: at best grade C (too little history to trust a good record). */
export const MIN_HISTORY = 3;

export type Part = { value: number | string | null; points: number; maxPoints: number; words: string };
export type Cap = { grade: Grade; words: string };
export type Score = { score: number; grade: Grade; parts: Record<PartName, Part>; caps: Cap[] };

export type ScoreContext = { currency: string; creditLimit: bigint | null; limitTolerancePercent: number | null };

const round1 = (value: number) => Math.round(value * 10) / 10;
const points = (name: PartName, raw: number) => round1(Math.min(WEIGHTS[name], Math.max(0, raw)));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The days scored: the worse of the year and the last 90 days, so a customer getting worse is scored on now. */
export function scoredDays(b: Behaviour): number | null {
  if (b.weightedDays === null) return null;
  return b.recentWeightedDays !== null && b.recentWeightedDays > b.weightedDays ? b.recentWeightedDays : b.weightedDays;
}

export function isOverLimit(b: Behaviour, ctx: ScoreContext): boolean {
  if (ctx.creditLimit === null || ctx.limitTolerancePercent === null) return false;
  return b.exposure > holdThreshold(ctx.creditLimit, ctx.limitTolerancePercent);
}

function daysPart(b: Behaviour): Part {
  const days = scoredDays(b);
  if (days === null || b.averageDays === null) return { value: null, points: 0, maxPoints: WEIGHTS.daysBeyondTerms, words: 'no invoice due in the last year to judge by' };
  const recent = days !== b.weightedDays ? `; ${days} days on invoices due in the last ${RECENT_DAYS} days, which is what is scored` : '';
  const words = days === 0 && b.averageDays === 0 ? `pays on time (${plural(b.timed.length, 'invoice')} due in the last year)`
    : `pays on average ${b.averageDays} days late (${b.weightedDays} weighted by amount) over ${plural(b.timed.length, 'invoice')}${recent}`;
  return { value: days, points: points('daysBeyondTerms', days), maxPoints: WEIGHTS.daysBeyondTerms, words };
}

function trendPart(b: Behaviour): Part {
  const t = b.trendDays;
  if (t === null) return { value: null, points: 0, maxPoints: 0, words: `too few invoices due in the last ${RECENT_DAYS} days to see a trend (${b.recentCount})` };
  const direction = t > 0 ? 'getting worse' : t < 0 ? 'getting better' : 'steady';
  return { value: t, points: 0, maxPoints: 0, words: `${direction}: ${b.recentWeightedDays} days late on invoices due in the last ${RECENT_DAYS} days against ${b.weightedDays} over the year` };
}

function latePart(b: Behaviour): Part {
  if (b.latePercent === null) return { value: null, points: 0, maxPoints: WEIGHTS.latePercent, words: 'no invoice due in the last year' };
  return { value: b.latePercent, points: points('latePercent', (b.latePercent * WEIGHTS.latePercent) / 100), maxPoints: WEIGHTS.latePercent, words: `${b.latePercent} % of invoices paid late` };
}

/** Nothing off up to 15 days; then a point per 6 days, all 15 at 105 days. */
function longestPart(b: Behaviour): Part {
  if (b.longest === null) return { value: null, points: 0, maxPoints: WEIGHTS.longestDelay, words: 'no delay seen' };
  const { days, number } = b.longest;
  const words = days === 0 ? 'never late' : `longest delay ${plural(days, 'day')} (invoice ${number})`;
  return { value: days, points: points('longestDelay', (days - 15) / 6), maxPoints: WEIGHTS.longestDelay, words };
}

function promisesPart(b: Behaviour): Part {
  const { broken, kept } = b.promises;
  const words = broken === 0 && kept === 0 ? 'no promise to pay decided in the last year' : `${plural(broken, 'broken promise')} in the last year (${kept} kept)`;
  return { value: broken, points: points('brokenPromises', broken * 5), maxPoints: WEIGHTS.brokenPromises, words };
}

function disputesPart(b: Behaviour): Part {
  const d = b.disputes;
  const words = d.raised === 0 ? 'no dispute raised in the last year'
    : `${plural(d.raised, 'dispute')} raised in the last year: ${d.credited} ended in a credit or return, ${d.rejected} rejected, ${d.open} still open`;
  return { value: d.raised, points: points('disputes', d.rejected * 2.5), maxPoints: WEIGHTS.disputes, words };
}

/** Nothing off up to 80 % of the limit; up to 5 points to 100 %; all 10 over the limit (with the tenant's tolerance). */
function exposurePart(b: Behaviour, ctx: ScoreContext): Part {
  const money = (minor: bigint) => `${formatAmount(minor, ctx.currency)} ${ctx.currency}`;
  if (ctx.creditLimit === null) return { value: null, points: 0, maxPoints: WEIGHTS.exposure, words: `exposure ${money(b.exposure)}; no credit limit set` };
  const over = isOverLimit(b, ctx);
  if (ctx.creditLimit === 0n) {
    return { value: null, points: over ? WEIGHTS.exposure : 0, maxPoints: WEIGHTS.exposure, words: `exposure ${money(b.exposure)} on a cash-only account (limit 0)` };
  }
  const percent = Number((b.exposure * 100n) / ctx.creditLimit);
  const raw = over ? WEIGHTS.exposure : (percent - 80) / 4;
  const words = `exposure ${money(b.exposure)} is ${percent} % of the ${money(ctx.creditLimit)} limit${over ? ': over the limit' : ''}`;
  return { value: percent, points: points('exposure', raw), maxPoints: WEIGHTS.exposure, words };
}

function writeOffPart(b: Behaviour, ctx: ScoreContext): Part {
  const value = formatAmount(b.writtenOff, ctx.currency);
  if (b.writtenOff <= 0n) return { value, points: 0, maxPoints: WEIGHTS.writeOffs, words: 'nothing written off in the last year' };
  return { value, points: WEIGHTS.writeOffs, maxPoints: WEIGHTS.writeOffs, words: `${value} ${ctx.currency} written off in the last year` };
}

function caps(b: Behaviour): Cap[] {
  const found: Cap[] = [];
  if (b.timed.length < MIN_HISTORY) found.push({ grade: 'C', words: `at best C: ${plural(b.timed.length, 'invoice')} with a known outcome, fewer than ${MIN_HISTORY}` });
  if (b.writtenOff > 0n) found.push({ grade: 'D', words: 'at best D: a loss was written off in the last year' });
  if (b.oldestOpenDays > 90) found.push({ grade: 'D', words: `at best D: an item is ${b.oldestOpenDays} days past due` });
  return found;
}

export function gradeOf(score: number): Grade {
  return (GRADE_FLOORS.find(([, floor]) => score >= floor) ?? ['E', 0])[0];
}

const worse = (a: Grade, b: Grade): Grade => (GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b);

export function scoreBehaviour(b: Behaviour, ctx: ScoreContext): Score {
  const parts: Record<PartName, Part> = {
    daysBeyondTerms: daysPart(b), trend: trendPart(b), latePercent: latePart(b), longestDelay: longestPart(b),
    brokenPromises: promisesPart(b), disputes: disputesPart(b), exposure: exposurePart(b, ctx), writeOffs: writeOffPart(b, ctx),
    regularity: { value: b.regularity.pattern, points: 0, maxPoints: 0, words: regularityWords(b.regularity) },
  };
  // Summed in tenths of a point (integers), so the rounding of the score never depends on float addition order.
  const tenths = Object.values(parts).reduce((s, p) => s + Math.round(p.points * 10), 0);
  const score = Math.max(0, Math.min(100, Math.round((1000 - tenths) / 10)));
  const found = caps(b);
  const grade = found.reduce<Grade>((g, cap) => worse(g, cap.grade), gradeOf(score));
  return { score, grade, parts, caps: found };
}
