export * from './advice.js';
export * from './assess.js';
export * from './behaviour.js';
export * from './regularity.js';
export * from './score.js';
