export * from './decide-credit.js';
