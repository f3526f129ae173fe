// Fixed compensation per late invoice (issue #3): EU/DE €40, UK £40/£70/£100 by size, BG 80 BGN (€40.90 from
// 2026), SE 450 SEK förseningsersättning, NO standardkompensasjon less reminder fees already charged.
import { formatAmount, parseAmount } from '../money.js';
import { BUILT_IN_FEES, type FeeRow, type FeeTable } from './fee-data.js';
import { LawError, type DebtorType, type Jurisdiction } from './types.js';

export type CompensationRequest = {
  jurisdiction: Jurisdiction;
  /** The late debt in minor units of `currency` (UK tiers look at its size). */
  principal: bigint;
  currency: string;
  debtor: DebtorType;
  /** First day of delay; the amount in force that day applies. */
  lateFrom: string;
  /** Reminder fees already charged on the debt, minor units of `currency`. */
  reminderFeesCharged?: bigint;
};

export type CompensationResult = { amount: bigint; verified: boolean; sources: string[]; notes: string[] };

type Rule = { debtors: readonly DebtorType[]; outOfScope: string };

const NOT_CONSUMERS: readonly DebtorType[] = ['business', 'public'];

const RULES: Record<Jurisdiction, Rule> = {
  EU: { debtors: NOT_CONSUMERS, outOfScope: 'The €40 of Directive 2011/7 art. 6 is due from business and public debtors only.' },
  UK: { debtors: NOT_CONSUMERS, outOfScope: 'LPCDA s.5A compensation applies to business debts only.' },
  DE: { debtors: NOT_CONSUMERS, outOfScope: 'The €40 Pauschale (§288(5) BGB) is not due from a consumer.' },
  BG: { debtors: NOT_CONSUMERS, outOfScope: 'TZ art. 309a recovery costs apply to commercial transactions only.' },
  SE: { debtors: NOT_CONSUMERS, outOfScope: 'Förseningsersättning (§4a) is due from businesses and authorities only.' },
  NO: { debtors: NOT_CONSUMERS, outOfScope: 'Standardkompensasjon (§3a) is due from business and public debtors only.' },
  PH: { debtors: [], outOfScope: 'PH law fixes no compensation for late payment.' },
  IN: { debtors: [], outOfScope: 'The MSMED Act fixes no compensation amount (interest only).' },
};

const none = (note: string): CompensationResult => ({ amount: 0n, verified: true, sources: [], notes: [note] });

function minor(text: string, currency: string, what: string): bigint {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new LawError('fees', `${what}: ${parsed.reason}`);
  return parsed.value;
}

/** Per size tier, the newest row in force; then the highest tier the debt reaches. */
function pickTier(rows: readonly FeeRow[], principal: bigint, currency: string): FeeRow | undefined {
  const newest = new Map<string, FeeRow>();
  for (const row of rows) {
    const tier = row.debtAtLeast ?? '0';
    const current = newest.get(tier);
    if (!current || current.from < row.from) newest.set(tier, row);
  }
  return [...newest.entries()]
    .map(([tier, row]) => ({ row, bound: minor(tier, currency, `${row.jurisdiction} ${row.from} debtAtLeast`) }))
    .filter((t) => t.bound <= principal)
    .sort((a, b) => (a.bound < b.bound ? 1 : a.bound > b.bound ? -1 : 0))[0]?.row;
}

const DEDUCTION: Partial<Record<Jurisdiction, string>> = {
  NO: 'purregebyr already charged are deducted (§3a)',
  SE: 'the 60/180 SEK fees already charged are deducted (the exact offset wording is unverified)',
};

/** NO §3a deducts reminder fees charged; SE does the same by IMY's "instead of" reading, unverified. */
function deductReminderFees(
  request: CompensationRequest,
  amount: bigint,
  notes: string[],
): { amount: bigint; verified: boolean } {
  const charged = request.reminderFeesCharged ?? 0n;
  const what = DEDUCTION[request.jurisdiction];
  if (charged <= 0n || what === undefined) return { amount, verified: true };
  notes.push(`Reminder fees of ${formatAmount(charged, request.currency)} ${request.currency}: ${what}.`);
  return { amount: amount > charged ? amount - charged : 0n, verified: request.jurisdiction === 'NO' };
}

/**
 * The pack's fixed compensation for one late debt, in the debt's currency. A fee fixed in another currency gives 0
 * with a note: no exchange rate is invented here (BG has its own EUR row from 2026).
 */
export function computeCompensation(request: CompensationRequest, fees: FeeTable = BUILT_IN_FEES): CompensationResult {
  const { jurisdiction, currency, lateFrom } = request;
  const rule = RULES[jurisdiction];
  if (!rule.debtors.includes(request.debtor)) return none(rule.outOfScope);
  const inForce = fees.filter((f) => f.jurisdiction === jurisdiction && f.fee === 'compensation' && f.from <= lateFrom);
  if (inForce.length === 0) {
    throw new LawError('fees', `no ${jurisdiction} compensation amount in force on ${lateFrom}; add a fee row`);
  }
  const row = pickTier(inForce.filter((f) => f.currency === currency), request.principal, currency);
  if (!row) {
    const fixedIn = [...new Set(inForce.map((f) => f.currency))].join('/');
    return none(
      `${jurisdiction} compensation is fixed in ${fixedIn}; the debt is in ${currency} and no exchange rate ` +
        'is applied here, so none is added.',
    );
  }
  const notes: string[] = [];
  if (jurisdiction === 'SE') notes.push('The 450 SEK replaces the 60 SEK reminder fee and the 180 SEK collection fee.');
  if (!row.verified) {
    notes.push(`Compensation ${row.amount} ${row.currency} from ${row.from} is unverified: ${row.note ?? 'see the fee table'}.`);
  }
  const amount = minor(row.amount, row.currency, `${row.jurisdiction} ${row.from} amount`);
  const deducted = deductReminderFees(request, amount, notes);
  return { amount: deducted.amount, verified: row.verified && deducted.verified, sources: [row.source], notes };
}
