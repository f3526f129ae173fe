// Resolving a dispute (issue #6): a credit note (full, or in part per invoice) at once; goods taken back (the
// credit is fixed now and issued when the goods arrive); or rejected (dunning resumes for the amount).
import { planDisputeCredit } from '../../domain/disputes/index.js';
import { formatAmount, parsePositiveAmount } from '../../domain/money.js';
import type { Db, Tx } from '../../store/db.js';
import { type DisputeRow, closeDispute, findDispute, markReturnAccepted, setDisputeCredits } from '../../store/disputes.js';
import { recordAudit } from '../../store/audit.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { type DisputeJson, disputeId, disputeJson, stateOf } from './dispute-json.js';
import { issueDisputeCredit } from './issue-dispute-credit.js';

export type ResolveInput = {
  outcome: 'credit-note' | 'return' | 'rejected'; note: string; date: string; actor: string;
  invoices?: { invoiceNumber: string; amount: string }[] | undefined;
};

async function load(tx: Tx, tenantId: number, id: string): Promise<DisputeRow> {
  const row = await findDispute(tx, tenantId, disputeId(id));
  if (!row) throw new NotFoundError(`no dispute "${id}"`);
  return row;
}

async function reload(tx: Tx, tenantId: number, row: DisputeRow): Promise<DisputeJson> {
  return disputeJson(await load(tx, tenantId, String(row.id)));
}

function checkDate(date: string, row: DisputeRow): string {
  const on = checkAsOf(date, 'date');
  if (on < row.openedOn) throw new InputError('date', `${on} is before the dispute was opened (${row.openedOn})`);
  return on;
}

export async function resolveDispute(db: Db, tenant: TenantRow, id: string, input: ResolveInput): Promise<DisputeJson> {
  const note = input.note.trim();
  if (note === '') throw new InputError('note', 'is required: say how the dispute was settled');
  return inTenant(db, tenant.id, async (tx) => {
    const row = await load(tx, tenant.id, id);
    const state = stateOf(row);
    if (state !== 'open') throw new InputError('outcome', `dispute ${row.id} is ${state}${state === 'return-pending' ? '; record the goods received instead' : ''}`);
    const on = checkDate(input.date, row);
    if (input.outcome === 'rejected') {
      if (input.invoices !== undefined) throw new InputError('invoices', 'a rejected dispute credits nothing');
      await closeDispute(tx, tenant.id, row.id, { status: 'rejected', on, by: input.actor, note, creditNoteId: null });
      await recordAudit(tx, tenant.id, { actor: input.actor, action: 'reject', entity: 'dispute', entityKey: String(row.id), reason: note, details: { on } });
      return reload(tx, tenant.id, row);
    }
    const requested = input.invoices?.map((r, k) => {
      const amount = parsePositiveAmount(r.amount, row.currency);
      if (!amount.ok) throw new InputError(`invoices.${k}.amount`, amount.reason);
      return { invoiceNumber: r.invoiceNumber, amount: amount.value };
    });
    const plan = planDisputeCredit(row.invoices.map((i) => ({ invoiceNumber: i.number, disputed: i.amount })), requested, (m) => formatAmount(m, row.currency));
    if (!plan.ok) throw new InputError(plan.field, plan.reason);
    const byNumber = new Map(row.invoices.map((i) => [i.number, i.invoiceId]));
    await setDisputeCredits(tx, tenant.id, row.id, plan.lines.map((l) => ({ invoiceId: byNumber.get(l.invoiceNumber) ?? 0n, amount: l.credit })));
    const details = { on, credit: formatAmount(plan.total, row.currency), invoices: plan.lines.map((l) => ({ invoiceNumber: l.invoiceNumber, credit: formatAmount(l.credit, row.currency) })) };
    if (input.outcome === 'return') {
      await markReturnAccepted(tx, tenant.id, row.id, on, note);
      await recordAudit(tx, tenant.id, { actor: input.actor, action: 'accept-return', entity: 'dispute', entityKey: String(row.id), reason: note, details });
      return reload(tx, tenant.id, row);
    }
    const credited = await load(tx, tenant.id, id);
    const creditNoteId = await issueDisputeCredit(tx, tenant.id, credited, on, input.actor);
    await closeDispute(tx, tenant.id, row.id, { status: 'resolved-credit', on, by: input.actor, note, creditNoteId });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'resolve-credit', entity: 'dispute', entityKey: String(row.id), reason: note, details });
    return reload(tx, tenant.id, row);
  });
}

/** The returned goods arrived: the credit fixed when the return was accepted is issued now. */
export async function receiveReturnedGoods(db: Db, tenant: TenantRow, id: string, input: { date: string; note?: string | undefined; actor: string }): Promise<DisputeJson> {
  return inTenant(db, tenant.id, async (tx) => {
    const row = await load(tx, tenant.id, id);
    const state = stateOf(row);
    if (state !== 'return-pending') throw new InputError('status', `dispute ${row.id} is ${state}, not waiting for returned goods`);
    const on = checkDate(input.date, row);
    if (row.returnAcceptedOn !== null && on < row.returnAcceptedOn) throw new InputError('date', `${on} is before the return was accepted (${row.returnAcceptedOn})`);
    const creditNoteId = await issueDisputeCredit(tx, tenant.id, row, on, input.actor);
    const note = [row.resolutionNote, input.note?.trim()].filter(Boolean).join(' / ');
    await closeDispute(tx, tenant.id, row.id, { status: 'resolved-return', on, by: input.actor, note, creditNoteId });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'goods-received', entity: 'dispute', entityKey: String(row.id), reason: input.note, details: { on } });
    return reload(tx, tenant.id, row);
  });
}
