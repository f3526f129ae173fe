// One worklist row as the API and CLI show it (issue #6): the score and its parts first, then what a collector
// needs to act — overdue amount and currency, oldest days past due, dunning level, next action, held amounts and
// flags, phone with click-to-call, and who works the account.
import { formatAmount } from '../../domain/money.js';
import { daysBetween } from '../../domain/dates.js';
import { type RankedAccount, type ScoreParts, type WorklistContext, assignees, baseExponent, scoreNumber, scoreParts } from '../../domain/worklist/index.js';
import { telUri } from '../calls/call-tasks.js';

export type WorklistRowJson = {
  rank: number; customerRef: string; customerName: string; score: number; parts: ScoreParts;
  currency: string; overdue: string; baseCurrency: string; overdueInBase: string; oldestDaysPastDue: number | null; dunningLevel: number;
  nextAction: { on: string; what: string } | null; openPromise: boolean; openDispute: boolean; activePlan: boolean;
  held: { disputed: string; promised: string; planned: string; unappliedCash: string };
  phone: string | null; telUri: string | null; riskGrade: string | null;
  collector: string | null; segment: string | null; salesRep: string | null; salesRepAssigned: boolean; salesRepReasons: string[]; assignedTo: string[];
};

export function worklistRowJson(account: RankedAccount, rank: number, context: WorklistContext): WorklistRowJson {
  const { customer, split } = account;
  const money = (amount: bigint) => formatAmount(amount, customer.currency);
  return {
    rank, customerRef: customer.customerRef, customerName: customer.name,
    score: scoreNumber(account.key, baseExponent(context)), parts: scoreParts(account, context),
    currency: customer.currency, overdue: money(account.toWork), baseCurrency: context.baseCurrency, overdueInBase: formatAmount(account.score.base, context.baseCurrency),
    oldestDaysPastDue: split.oldestDue === null ? null : daysBetween(split.oldestDue, context.asOf), dunningLevel: customer.dunningLevel,
    nextAction: customer.nextAction, openPromise: customer.openPromise, openDispute: customer.openDispute, activePlan: customer.activePlan,
    held: { disputed: money(split.disputed), promised: money(split.promised), planned: money(split.planned), unappliedCash: money(split.unapplied) },
    phone: customer.phone, telUri: telUri(customer.phone), riskGrade: customer.grade,
    collector: account.collector, segment: account.segment, salesRep: customer.salesRep,
    salesRepAssigned: customer.salesRep !== null && account.salesRepReasons.length > 0, salesRepReasons: account.salesRepReasons, assignedTo: assignees(account),
  };
}
