// One customer's risk as of a day (issue #8): behaviour from the ledger, the score and grade with their parts, the
// credit advice and the next review. Pure and deterministic: the same ledger and asOf give the same answer.
import { type CreditAdvice, type ReviewHistory, type ReviewPlan, adviseCredit, planReview } from './advice.js';
import { type Behaviour, type RiskDispute, type RiskInvoice, type RiskPromise, measureBehaviour } from './behaviour.js';
import { type Score, isOverLimit, scoreBehaviour } from './score.js';

export type RiskInput = {
  asOf: string;
  customer: { currency: string; creditLimit: bigint | null; termsDays: number | null };
  invoices: readonly RiskInvoice[];
  promises: readonly RiskPromise[];
  disputes: readonly RiskDispute[];
  /** Payments and credit on account not yet applied, in the customer's currency, by asOf. */
  unapplied: bigint;
  review: ReviewHistory;
  /** The tenant's credit policy tolerance over the limit (src/domain/credit); null: the limit is never breached. */
  limitTolerancePercent: number | null;
};

export type RiskAssessment = Score & { overLimit: boolean; behaviour: Behaviour; advice: CreditAdvice; review: ReviewPlan };

export function assessRisk(input: RiskInput): RiskAssessment {
  const { asOf, customer } = input;
  const behaviour = measureBehaviour({ asOf, currency: customer.currency, invoices: input.invoices, promises: input.promises, disputes: input.disputes, unapplied: input.unapplied });
  const ctx = { currency: customer.currency, creditLimit: customer.creditLimit, limitTolerancePercent: input.limitTolerancePercent };
  const score = scoreBehaviour(behaviour, ctx);
  const overLimit = isOverLimit(behaviour, ctx);
  const adviceContext = { asOf, currency: customer.currency, creditLimit: customer.creditLimit, termsDays: customer.termsDays, grade: score.grade, score: score.score, overLimit };
  return {
    ...score, overLimit, behaviour,
    advice: adviseCredit(behaviour, input.invoices, adviceContext),
    review: planReview(behaviour, input.review, adviceContext),
  };
}
