// Payment-date prediction (issue #8): see README.md for the model, its features and measured results.
export type { InvoicePrediction, LedgerInvoice, PredictionFeatures } from './types.js';
export { isOpenOn, isTrainingInvoice, trainModel, type PredictionModel } from './model.js';
export { predictInvoice } from './predict.js';
export { trainAddBaseline, baselineDate } from './baseline.js';
export { backtest, DEFAULT_CUT_DAYS, type BacktestResult } from './backtest.js';

import { isOpenOn, trainModel } from './model.js';
import { predictInvoice } from './predict.js';
import type { InvoicePrediction, LedgerInvoice } from './types.js';

/** Every invoice open on as-of with its prediction, learned from what was settled by then. */
export function predictOpenInvoices(invoices: readonly LedgerInvoice[], asOf: string): InvoicePrediction[] {
  const model = trainModel(invoices, asOf);
  const out: InvoicePrediction[] = [];
  for (const invoice of invoices) if (isOpenOn(invoice, asOf)) out.push(predictInvoice(model, invoice));
  return out;
}
