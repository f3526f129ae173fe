// What an amount says about the invoices it is for (issue #5): equal, a partial payment (oldest due first, the rest
// stays open), an overpayment (the excess is unapplied cash), or a short payment that looks like a discount taken or
// a deduction, which a person decides.
import { allocateInOrder } from '../allocation.js';
import { exponentOf, type Currency } from '../money.js';

export type Target = { item: number; open: bigint };

export type AmountFit = {
  relation: 'equal' | 'short' | 'over';
  allocations: { item: number; amount: bigint }[];
  unapplied: bigint;
  /** Σ open − amount when short. */
  shortfall: bigint;
  /** For a short payment: what the shortfall looks like. */
  shortKind?: 'discount-taken' | 'deduction' | 'partial';
  discountPercent?: string;
};

/** Cash discounts printed on invoices ("2/10 net 30"): 0.5 % steps up to 5 %, in tenths of a percent. */
const DISCOUNT_PERMILLE = [5n, 10n, 15n, 20n, 25n, 30n, 35n, 40n, 50n];

/**
 * The largest bank charge a payer may plausibly have deducted, in major units: about EUR 50 in each currency (SEPA
 * and SWIFT "SHA"/"OUR" charges run EUR 5–40). A currency not listed gets 50 major units.
 */
const DEDUCTION_LIMIT_MAJOR: Readonly<Record<string, bigint>> = {
  NOK: 500n, SEK: 500n, DKK: 400n, ISK: 8000n, PHP: 3000n, INR: 4500n, JPY: 8000n, HUF: 20000n, CZK: 1200n,
  PLN: 200n, BGN: 100n, RON: 250n, CNY: 400n, ZAR: 1000n, MXN: 1000n, TRY: 2000n,
};

export function deductionLimit(currency: Currency): bigint {
  return (DEDUCTION_LIMIT_MAJOR[currency] ?? 50n) * 10n ** BigInt(exponentOf(currency));
}

/** A shortfall within one minor unit per invoice of a round cash-discount percentage. */
function discountPercent(total: bigint, shortfall: bigint, invoices: number): string | undefined {
  const tolerance = BigInt(Math.max(1, invoices));
  for (const permille of DISCOUNT_PERMILLE) {
    const expected = (total * permille + 500n) / 1000n;
    const gap = shortfall > expected ? shortfall - expected : expected - shortfall;
    if (gap <= tolerance) return `${permille / 10n}${permille % 10n === 0n ? '' : `.${permille % 10n}`}`;
  }
  return undefined;
}

/** Words with which payers announce a partial payment ("Teilzahlung", "delbetaling", "a konto"). */
const PARTIAL_WORDS = /\b(part(ial)?[ -]?payment|instal+ment|delbetal(ing|ning)|teilzahlung|abschlag|a[ -]?konto|acconto|avdrag|rata|partial)\b/i;

export function saysPartial(text: string): boolean {
  return PARTIAL_WORDS.test(text);
}

/**
 * Fits an amount to invoices taken oldest due first. A shortfall of at most 5 %, or within the deduction limit and at
 * most a quarter, is not a partial payment but something a person settles (write off the fee, accept the discount,
 * or chase it) — unless the payer says it is a partial payment.
 */
export function fitAmount(amount: bigint, targets: readonly Target[], currency: Currency, partial = false): AmountFit {
  const total = targets.reduce((s, t) => s + t.open, 0n);
  const { allocations, unapplied } = allocateInOrder(amount, targets.map((t) => ({ key: t.item, open: t.open })));
  const fit = allocations.map((a) => ({ item: a.key, amount: a.amount }));
  if (amount === total) return { relation: 'equal', allocations: fit, unapplied, shortfall: 0n };
  if (amount > total) return { relation: 'over', allocations: fit, unapplied, shortfall: 0n };
  const shortfall = total - amount;
  const percent = partial ? undefined : discountPercent(total, shortfall, targets.length);
  if (percent !== undefined) return { relation: 'short', allocations: fit, unapplied, shortfall, shortKind: 'discount-taken', discountPercent: percent };
  const small = shortfall * 20n <= total || (shortfall <= deductionLimit(currency) && shortfall * 4n <= total);
  return { relation: 'short', allocations: fit, unapplied, shortfall, shortKind: small && !partial ? 'deduction' : 'partial' };
}

export type SubsetResult = { items: number[]; ambiguous: boolean } | undefined;

/**
 * Open items whose open amounts add up exactly to `amount` (two or more of them), from the given items in order
 * (oldest due first): the first combination found prefers the oldest. Stops after `effort` steps; a second
 * combination found within the effort makes the result ambiguous.
 */
export function subsetSum(amount: bigint, targets: readonly Target[], effort: number): SubsetResult {
  const usable = targets.filter((t) => t.open > 0n && t.open <= amount);
  const suffix: bigint[] = new Array<bigint>(usable.length + 1).fill(0n);
  for (let i = usable.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0n) + (usable[i]?.open ?? 0n);
  const found: number[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  const search = (from: number, left: bigint): void => {
    if (found.length >= 2 || steps >= effort) return;
    if (left === 0n) {
      if (chosen.length >= 2) found.push([...chosen]);
      return;
    }
    if ((suffix[from] ?? 0n) < left) return;
    for (let i = from; i < usable.length; i++) {
      if (found.length >= 2 || ++steps >= effort) return;
      const target = usable[i];
      if (!target || target.open > left) continue;
      chosen.push(target.item);
      search(i + 1, left - target.open);
      chosen.pop();
    }
  };
  search(0, amount);
  const first = found[0];
  if (!first) return undefined;
  return { items: first, ambiguous: found.length > 1 || steps >= effort };
}
