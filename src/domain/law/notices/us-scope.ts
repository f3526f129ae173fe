// FDCPA 15 U.S.C. 1692a(6) / Reg F 12 CFR 1006.2(i): the rules bind debt collectors (third parties and debt buyers)
// collecting consumer debts (personal, family or household purposes). A creditor collecting its own debts under its
// own name, or any business debt, is outside them — such a step is allowed with the reason "not covered". A creditor
// using another name to collect is a debt collector (1692a(6)): pass 'third-party' for it.
import { allow, type NoticeDecision, type RuleCitation } from './decision.js';

export interface UsScope {
  collector: 'third-party' | 'creditor';
  debt: 'consumer' | 'business';
}

export const US_SCOPE: RuleCitation = {
  rule: 'FDCPA 1692a(5)-(6), Reg F 1006.2',
  source: '15 U.S.C. 1692a; 12 CFR 1006.2 (consumerfinance.gov/rules-policy/regulations/1006)',
  verified: true,
};

/** The "not covered" answer, or undefined when the FDCPA rules apply. */
export function usNotCovered(scope: UsScope): NoticeDecision | undefined {
  if (scope.collector === 'creditor') {
    return allow(US_SCOPE, 'not covered: the FDCPA and Reg F bind third-party debt collectors, not a creditor collecting its own debt');
  }
  if (scope.debt === 'business') {
    return allow(US_SCOPE, 'not covered: the FDCPA and Reg F apply to consumer debts only, not business debts');
  }
  return undefined;
}
