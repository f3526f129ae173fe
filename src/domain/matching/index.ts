// Cash application matching (issue #5): pure, no I/O, no clock. See README.md for the choices made.
export type {
  Alternative, BankEntry, MatchCustomer, MatchFlag, MatchIndexInput, MatchOpenItem, MatchOptions, MatchProposal,
  MatchStatus, PayerAccount, ProposedAllocation,
} from './types.js';
export { buildMatchIndex, learnPayerAccount, recordPosting, type MatchIndex } from './match-index.js';
export { matchEntry } from './match-entry.js';
export { deductionLimit } from './amounts.js';
export { numbersInText } from './invoice-numbers.js';
export { nameTokens } from './normalise.js';

/** The default threshold: precision of automatic posting ≥ 99.9 % on bench/matching. */
export const DEFAULT_AUTO_POST_THRESHOLD = 0.9;
