// Statutory late-payment interest for the rule packs NO, SE, BG, PH, IN, EU, UK, DE (issue #3). Pure: the rate
// and fee tables come in as data, no clock is read. Decisions where the law or the law file is silent:
// docs/decisions/0005-interest-rule-packs.md.
import { addDays } from '../dates.js';
import { accrueCompoundMonthly } from './accrue-compound.js';
import { accrueSimple } from './accrue-simple.js';
import { balanceOn, type Accrual } from './accrual.js';
import { computeCompensation, type CompensationResult } from './compensation.js';
import { BUILT_IN_FEES, type FeeTable } from './fee-data.js';
import { PACKS, type Pack } from './packs.js';
import type { RateRow, RateTable } from './rate-data.js';
import { isLatestStepRow } from './rate-table.js';
import { formatDecimal, roundHalfUp, sumFractions } from './rational.js';
import { checkRequest, type CheckedRequest } from './request.js';
import { interestStart } from './start-date.js';
import { LawError, type InterestRequest, type InterestResult } from './types.js';

export {
  LawError,
  type DebtorType,
  type InterestPeriod,
  type InterestRequest,
  type InterestResult,
  type Jurisdiction,
  type SupplierSize,
} from './types.js';
export type { RateTable } from './rate-data.js';

/** A note when the pack gives nothing for this debt (LawError when we cannot tell without more input). */
function outOfScope(r: CheckedRequest, pack: Pack): string | undefined {
  if (r.debtor === 'consumer' && !pack.coversConsumers) {
    return r.jurisdiction === 'EU'
      ? 'Directive 2011/7/EU does not cover consumer debts: no statutory interest or compensation under the EU pack.'
      : 'The Late Payment of Commercial Debts (Interest) Act 1998 covers business debts only: ' +
          'no statutory interest or compensation for a consumer.';
  }
  if (r.jurisdiction !== 'IN') return undefined;
  if (r.supplierSize === undefined) {
    throw new LawError('supplierSize', 'IN interest (MSMED Act s.16) is owed only to micro and small suppliers; give the size');
  }
  if (r.supplierSize === 'medium' || r.supplierSize === 'large') {
    return `MSMED Act s.16 interest is owed to micro and small suppliers only, not to a ${r.supplierSize} one: none is due.`;
  }
  return undefined;
}

function accrue(r: CheckedRequest, pack: Pack, start: string, rates: RateTable): Accrual[] {
  const legs = pack.legs(r.debtor);
  const common = { lastDay: r.until, principal: r.principal, payments: r.payments, legs, rates };
  if (pack.method === 'compound-monthly') return accrueCompoundMonthly({ ...common, start });
  return accrueSimple({ ...common, firstDay: addDays(start, 1), fixed: pack.method === 'fixed' });
}

function rateNotes(rows: readonly RateRow[], rates: RateTable, until: string): string[] {
  return rows.flatMap((row) => {
    const name = `${row.jurisdiction} ${row.series} ${row.percent}% from ${row.from}`;
    const notes = row.verified ? [] : [`${name} is unverified${row.note ? `: ${row.note}` : ''}.`];
    if (isLatestStepRow(rates, row)) {
      notes.push(`${name} is the newest row in the rate table; taken as still in force through ${until}.`);
    }
    return notes;
  });
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

type Context = { pack: Pack; notes: string[]; rates: RateTable };

function result(
  r: CheckedRequest,
  accruals: readonly Accrual[],
  comp: CompensationResult | undefined,
  extra: Context,
): InterestResult {
  const interest = roundHalfUp(sumFractions(accruals.map((a) => a.interest)));
  const fixedCompensation = comp?.amount ?? 0n;
  const rows = unique(accruals.flatMap((a) => a.rows));
  const unpaid = balanceOn(r.principal, r.payments, addDays(r.until, 1));
  return {
    jurisdiction: r.jurisdiction,
    principal: r.principal,
    currency: r.currency,
    interest,
    fixedCompensation,
    total: unpaid + interest + fixedCompensation,
    periods: accruals.map((a) => ({
      from: a.from, to: a.to, days: a.days, ratePercent: formatDecimal(a.percent), interest: roundHalfUp(a.interest),
    })),
    verified:
      rows.every((row) => row.verified) &&
      (comp?.verified ?? true) &&
      (accruals.length === 0 || extra.pack.unverifiedReading === undefined),
    sources: unique([...extra.pack.sources, ...rows.map((row) => row.source), ...(comp?.sources ?? [])]),
    notes: unique([...extra.notes, ...rateNotes(rows, extra.rates, r.until), ...(comp?.notes ?? [])]),
  };
}

/**
 * Interest from the day after the start (due date, demand, or the statutory default) through `until` inclusive,
 * computed exactly and rounded once, half-up, to the currency's minor unit; plus the pack's fixed compensation
 * when at least one day bore interest. `total` = unpaid principal + interest + fixedCompensation, i.e. what the
 * debtor owes at `until` (principal + interest + fixedCompensation when nothing was paid).
 * Throws LawError(field, reason) for bad input or a rate/fee the tables lack for a needed period.
 */
export function computeInterest(
  request: InterestRequest,
  rates: RateTable,
  fees: FeeTable = BUILT_IN_FEES,
): InterestResult {
  const r = checkRequest(request);
  const pack = PACKS[r.jurisdiction];
  const excluded = outOfScope(r, pack);
  if (excluded) return result(r, [], undefined, { pack, notes: [excluded], rates });
  const { start, notes: startNotes } = interestStart(r);
  const accruals = accrue(r, pack, start, rates);
  const lateFrom = addDays(start, 1);
  const { jurisdiction, principal, currency, debtor, reminderFeesCharged } = r;
  // Compensation is owed per late debt: only when at least one day bore interest.
  const comp = accruals.length === 0
    ? undefined
    : computeCompensation({ jurisdiction, principal, currency, debtor, lateFrom, reminderFeesCharged }, fees);
  const notes = [...pack.notes, ...startNotes];
  if (accruals.length === 0) notes.push(`No day bears interest: interest would start on ${lateFrom}.`);
  if (accruals.length > 0 && pack.unverifiedReading) notes.push(pack.unverifiedReading);
  if (r.jurisdiction === 'EU' && r.currency !== 'EUR') {
    notes.push('The EU pack uses the ECB rate; a Member State outside the euro uses its own central bank rate.');
  }
  return result(r, accruals, comp, { pack, notes, rates });
}
