// Checks and loads shared by the prediction use cases (issue #8): the ledger as it stood on as-of and who the
// customers are. Every load goes through loadInvoiceHistory, which sees nothing dated after as-of.
import { addDays } from '../../domain/dates.js';
import { DEFAULT_CUT_DAYS } from '../../domain/prediction/index.js';
import type { Tx } from '../../store/db.js';
import { type InvoiceHistory, loadInvoiceHistory } from '../../store/payment-history.js';
import { type CustomerDirectoryEntry, loadCustomerDirectory } from '../../store/prediction-customers.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';

export { checkAsOf };

export function checkWeeks(weeks: number | string | undefined): number {
  const value = typeof weeks === 'string' ? Number(weeks) : weeks ?? 13;
  if (!Number.isInteger(value) || value < 1 || value > 52) throw new InputError('weeks', 'a whole number of weeks from 1 to 52');
  return value;
}

/** The backtest's cut: given, or one forecast horizon (91 days) before as-of; it must lie before as-of. */
export function checkCut(cut: string | undefined, asOf: string): string {
  const value = cut === undefined ? addDays(asOf, -DEFAULT_CUT_DAYS) : checkAsOf(cut, 'cut');
  if (value >= asOf) throw new InputError('cut', `the backtest cut must lie before as-of ${asOf}`);
  return value;
}

export type PredictionInputs = { history: InvoiceHistory[]; customers: Map<bigint, CustomerDirectoryEntry> };

export async function loadPredictionInputs(tx: Tx, tenantId: number, asOf: string): Promise<PredictionInputs> {
  const history = await loadInvoiceHistory(tx, tenantId, asOf);
  const customers = new Map((await loadCustomerDirectory(tx, tenantId)).map((c) => [c.id, c]));
  return { history, customers };
}
