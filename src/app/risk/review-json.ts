// A credit review done, as it crosses a boundary: limits as decimal strings in the customer's currency.
import { formatAmount } from '../../domain/money.js';
import type { Grade } from '../../domain/risk/index.js';
import type { ReviewRow } from '../../store/credit-decisions.js';

export type ReviewJson = {
  id: string; customerRef: string; reviewedOn: string; outcome: 'confirmed' | 'changed' | 'escalated'; note: string; reviewedBy: string;
  grade: Grade | null; score: number | null; recommendedLimit: string | null; limitBefore: string | null; limitAfter: string | null;
  termsBefore: number | null; termsAfter: number | null; nextReviewOn: string | null;
};

export function reviewJson(row: ReviewRow, customerRef: string, currency: string): ReviewJson {
  const money = (v: bigint | null) => (v === null ? null : formatAmount(v, currency));
  return {
    id: String(row.id), customerRef, reviewedOn: row.reviewedOn, outcome: row.outcome, note: row.note, reviewedBy: row.createdBy,
    grade: row.grade, score: row.score, recommendedLimit: money(row.recommendedLimit), limitBefore: money(row.limitBefore), limitAfter: money(row.limitAfter),
    termsBefore: row.termsBefore, termsAfter: row.termsAfter, nextReviewOn: row.nextReviewOn,
  };
}
