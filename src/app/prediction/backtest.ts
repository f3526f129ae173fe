// The time-split backtest (issue #8): train on the ledger as it stood on the cut (loaded as of the cut, so nothing
// later is seen), score the invoices open then and settled by payment between the cut and as-of.
import { backtest, type LedgerInvoice } from '../../domain/prediction/index.js';
import type { Db, Tx } from '../../store/db.js';
import { loadInvoiceHistory } from '../../store/payment-history.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { checkAsOf, checkCut } from './inputs.js';

export type BacktestJson = { maeDays: number | null; baselineMaeDays: number | null; n: number; cut: string; asOf?: string };

export async function backtestOf(tx: Tx, tenantId: number, later: readonly LedgerInvoice[], cut: string): Promise<BacktestJson> {
  const atCut = await loadInvoiceHistory(tx, tenantId, cut);
  return { ...backtest(atCut, later, cut), cut };
}

export async function backtestPredictions(db: Db, tenant: TenantRow, input: { asOf: string; cut?: string | undefined }): Promise<BacktestJson & { asOf: string }> {
  const asOf = checkAsOf(input.asOf, 'asOf');
  const cut = checkCut(input.cut, asOf);
  return inTenant(db, tenant.id, async (tx) => ({ ...(await backtestOf(tx, tenant.id, await loadInvoiceHistory(tx, tenant.id, asOf), cut)), asOf }));
}
