// A recovery against a placement (issue #6: "date, gross amount collected by the agency, commission computed from the
// agency's rate — rounded half-up once — or given; net remitted"). The gross is the debtor's cash: posted to the
// ledger as a payment allocated to the placed invoices, oldest first, through the bank import's posting code; the
// commission is the creditor's collection cost, kept with the recovery (src/domain/placements/README.md). On an
// invoice written off, the recovered part first reverses the write-off (bad debt recovered), then is allocated.
import { formatAmount, parseAmount, parsePositiveAmount } from '../../domain/money.js';
import { commissionOf } from '../../domain/placements/commission.js';
import { planRecovery } from '../../domain/placements/recovery.js';
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { lockPlacement, placedInvoices } from '../../store/placements.js';
import { insertLinkedWriteOffs, insertRecovery, recoveryCount } from '../../store/placements-recoveries.js';
import { inTenant } from '../../store/tenant-scope.js';
import { postPayments } from '../bank/post-payment.js';
import { InputError } from '../errors.js';
import { checkAsOf } from '../get-aging.js';
import { placementDetailIn, placementOr404 } from './get-placements.js';
import { type PlacementDetail, type RecoveryJson, placementId } from './placement-json.js';
import { rateOf } from './place-accounts.js';

export type RecoveryInput = {
  id: string; date: string; gross: string; commission?: string | undefined; reference?: string | undefined; note?: string | undefined; actor: string;
};

export type RecoveryResult = {
  recovery: RecoveryJson; allocations: { invoiceNumber: string; amount: string; reversedWriteOff: string }[]; unapplied: string; placement: PlacementDetail;
};

export async function recordRecovery(db: Db, tenantId: number, input: RecoveryInput): Promise<RecoveryResult> {
  const date = checkAsOf(input.date, 'date');
  return inTenant(db, tenantId, async (tx) => {
    await lockPlacement(tx, tenantId, placementId(input.id));
    const placement = await placementOr404(tx, tenantId, input.id);
    // Recalled: the agency may still remit what it collected before; closed: the case is done.
    if (placement.status === 'closed') throw new InputError('id', `placement ${placement.id} is closed`);
    if (date < placement.placed_on) throw new InputError('date', `${date} is before the placement (${placement.placed_on})`);
    const currency = placement.currency;
    const gross = parsePositiveAmount(input.gross, currency);
    if (!gross.ok) throw new InputError('gross', gross.reason);
    let commission = commissionOf(gross.value, rateOf(placement.commission_rate) ?? 0n);
    const given = input.commission !== undefined && input.commission.trim() !== '';
    if (given) {
      const parsed = parseAmount(input.commission ?? '', currency);
      if (!parsed.ok) throw new InputError('commission', parsed.reason);
      if (parsed.value < 0n) throw new InputError('commission', 'must not be negative');
      if (parsed.value > gross.value) throw new InputError('commission', `is more than the ${formatAmount(gross.value, currency)} collected`);
      commission = parsed.value;
    }
    const invoices = await placedInvoices(tx, tenantId, placement.id);
    const plan = planRecovery(invoices.map((i) => ({ id: i.id, number: i.number, issueDate: i.issue_date, dueDate: i.due_date, open: i.open, writtenOff: i.written_off })), gross.value);
    const ref = `PLC${placement.id}-R${(await recoveryCount(tx, tenantId, placement.id)) + 1}`;
    const paid = await postPayments(tx, tenantId, [{
      ref, date, currency, amount: gross.value, payerCustomerId: placement.customer_id,
      allocations: plan.lines.map((l) => ({ invoiceId: l.invoiceId, invoiceNumber: l.number, customerId: placement.customer_id, amount: l.allocated })),
    }]);
    const paymentId = paid.get(ref);
    if (paymentId === undefined) throw new Error(`payment ${ref} was not posted`);
    const recoveryId = await insertRecovery(tx, tenantId, {
      placementId: placement.id, date, gross: gross.value, commission, commissionGiven: given, paymentId,
      reference: input.reference?.trim() || null, note: input.note?.trim() || null, actor: input.actor,
    });
    await insertLinkedWriteOffs(tx, tenantId, plan.lines.filter((l) => l.reversesWriteOff > 0n).map((l) => ({
      invoiceId: l.invoiceId, date, amount: -l.reversesWriteOff, reason: `bad debt recovered: placement ${placement.id}, payment ${ref}`, recoveryId,
    })));
    const money = (v: bigint) => formatAmount(v, currency);
    await recordAudit(tx, tenantId, {
      actor: input.actor, action: 'placement-recovery', entity: 'placement', entityKey: String(placement.id), reason: input.note?.trim() || undefined,
      details: { recovery: recoveryId, date, gross: money(gross.value), commission: money(commission), commissionGiven: given, payment: ref, unapplied: money(plan.unapplied) },
    });
    const detail = await placementDetailIn(tx, tenantId, String(placement.id));
    const recovery = detail.recoveryList.find((r) => r.id === String(recoveryId));
    if (!recovery) throw new Error(`recovery ${recoveryId} vanished`);
    return {
      recovery, placement: detail, unapplied: money(plan.unapplied),
      allocations: plan.lines.map((l) => ({ invoiceNumber: l.number, amount: money(l.allocated), reversedWriteOff: money(l.reversesWriteOff) })),
    };
  });
}
