// Time-split backtest (issue #8): train as of a cut date on what the ledger knew then, predict the invoices open at
// the cut that were settled (by payment) afterwards, and compare with when they were settled. Mean absolute error in
// days of the model and of the ADD baseline on the same invoices.
import { toDayNumber } from '../dates.js';
import { baselineDate, trainAddBaseline } from './baseline.js';
import { isOpenOn, trainModel } from './model.js';
import { predictInvoice } from './predict.js';
import type { LedgerInvoice } from './types.js';

export interface BacktestResult { maeDays: number | null; baselineMaeDays: number | null; n: number }

/** How far before as-of the cut lies by default: one 13-week forecast horizon. */
export const DEFAULT_CUT_DAYS = 91;

/**
 * `atCut`: the ledger as it stood on the cut (the training data); `later`: as it stands now (the outcomes). Only
 * invoices open on the cut and settled by payment after it are scored; the ones still open now are not (their
 * payment date is unknown), which leaves the slowest payers out of both errors alike.
 */
export function backtest(atCut: readonly LedgerInvoice[], later: readonly LedgerInvoice[], cut: string): BacktestResult {
  const outcomes = new Map<bigint, number>();
  for (const invoice of later) {
    if (invoice.settledOn !== null && invoice.settledOn > cut && invoice.paid > 0n && invoice.writtenOff === 0n) outcomes.set(invoice.invoiceId, toDayNumber(invoice.settledOn));
  }
  const model = trainModel(atCut, cut);
  const baseline = trainAddBaseline(atCut, cut);
  let modelError = 0;
  let baselineError = 0;
  let n = 0;
  for (const invoice of atCut) {
    if (!isOpenOn(invoice, cut)) continue;
    const actual = outcomes.get(invoice.invoiceId);
    if (actual === undefined) continue;
    modelError += Math.abs(toDayNumber(predictInvoice(model, invoice).predictedDate) - actual);
    baselineError += Math.abs(toDayNumber(baselineDate(baseline, invoice)) - actual);
    n += 1;
  }
  const mean = (total: number) => (n === 0 ? null : Math.round((total / n) * 100) / 100);
  return { maeDays: mean(modelError), baselineMaeDays: mean(baselineError), n };
}
