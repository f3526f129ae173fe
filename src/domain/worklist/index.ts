// The prioritised worklist (issue #6): pure scoring, splitting off held amounts, assignment and ranking.
export * from './bands.js';
export * from './exchange.js';
export * from './held.js';
export * from './score.js';
export * from './assign.js';
export * from './rank.js';
export * from './parts.js';
