export * from './routing.js';
export * from './credit-plan.js';
export * from './root-causes.js';
