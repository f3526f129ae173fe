import { describe, expect, it } from 'vitest';
import { deductionLimit, fitAmount, saysPartial, subsetSum, type Target } from '../src/domain/matching/amounts.js';

const targets = (...opens: bigint[]): Target[] => opens.map((open, item) => ({ item, open }));

describe('what an amount says about the invoices it is for', () => {
  it.each<[string, bigint, bigint[], string, string | undefined, [number, bigint][], bigint]>([
    ['equal to one invoice', 1_250_000n, [1_250_000n], 'equal', undefined, [[0, 1_250_000n]], 0n],
    ['equal to two', 1_330_000n, [1_250_000n, 80_000n], 'equal', undefined, [[0, 1_250_000n], [1, 80_000n]], 0n],
    ['more: the excess is unapplied', 1_300_000n, [1_250_000n], 'over', undefined, [[0, 1_250_000n]], 50_000n],
    ['half: a partial payment, in the order given', 700_000n, [500_000n, 500_000n], 'short', 'partial', [[0, 500_000n], [1, 200_000n]], 0n],
    ['exactly 2 % short: a cash discount', 1_225_000n, [1_250_000n], 'short', 'discount-taken', [[0, 1_225_000n]], 0n],
    ['1 % short of two invoices, rounded per invoice', 1_316_699n, [1_250_000n, 80_000n], 'short', 'discount-taken', [[0, 1_250_000n], [1, 66_699n]], 0n],
    ['NOK 15 short of NOK 12,500: a deduction', 1_248_500n, [1_250_000n], 'short', 'deduction', [[0, 1_248_500n]], 0n],
    ['4.4 % short: a deduction', 1_195_000n, [1_250_000n], 'short', 'deduction', [[0, 1_195_000n]], 0n],
    ['NOK 173 short of NOK 302: within the limit but most of it, a partial payment', 12_900n, [30_228n], 'short', 'partial', [[0, 12_900n]], 0n],
    ['EUR 60 short of EUR 1,000 (6 %, over the limit): a partial payment', 94_000n, [100_000n], 'short', 'partial', [[0, 94_000n]], 0n],
  ])('%s', (_name, amount, opens, relation, shortKind, allocations, unapplied) => {
    const currency = _name.includes('EUR') ? 'EUR' : 'NOK';
    const fit = fitAmount(amount, targets(...opens), currency);
    expect(fit.relation).toBe(relation);
    expect(fit.shortKind).toBe(shortKind);
    expect(fit.allocations.map((a) => [a.item, a.amount])).toEqual(allocations);
    expect(fit.unapplied).toBe(unapplied);
  });

  it('names the discount percentage', () => {
    expect(fitAmount(1_231_250n, targets(1_250_000n), 'NOK').discountPercent).toBe('1.5');
    expect(fitAmount(1_212_500n, targets(1_250_000n), 'NOK').discountPercent).toBe('3');
  });

  it('a payer who says "part payment" makes any shortfall a partial payment', () => {
    expect(fitAmount(1_225_000n, targets(1_250_000n), 'NOK', true).shortKind).toBe('partial');
    expect(fitAmount(1_248_500n, targets(1_250_000n), 'NOK', true).shortKind).toBe('partial');
    expect(['Teilzahlung Rechnung 1', 'delbetaling', 'Part payment', 'a konto', 'ACCONTO'].every(saysPartial)).toBe(true);
    expect(['Payment', 'Betaling faktura 2026-0042', 'Departure'].some(saysPartial)).toBe(false);
  });

  it.each<[string, bigint]>([['EUR', 5_000n], ['GBP', 5_000n], ['NOK', 50_000n], ['SEK', 50_000n], ['PHP', 300_000n], ['JPY', 8_000n], ['KWD', 50_000n]])(
    'deduction limit in %s: %s minor units', (currency, limit) => {
      expect(deductionLimit(currency)).toBe(limit);
    },
  );
});

describe('bounded subset-sum over a customer\'s open items', () => {
  it.each<[string, bigint, bigint[], number[] | undefined, boolean]>([
    ['one combination', 35_000n, [10_000n, 25_000n, 70_000n], [0, 1], false],
    ['the oldest combination first, and two of them are ambiguous', 50_000n, [10_000n, 20_000n, 30_000n, 40_000n], [0, 3], true],
    ['three items', 60_000n, [10_000n, 20_000n, 30_000n, 45_000n], [0, 1, 2], false],
    ['a single equal item is not a combination', 50_000n, [50_000n, 7n], undefined, false],
    ['exact sums only', 25_000n, [10_000n, 20_000n], undefined, false],
    ['nothing open', 25_000n, [], undefined, false],
  ])('%s', (_name, amount, opens, items, ambiguous) => {
    const result = subsetSum(amount, targets(...opens), 20_000);
    if (items === undefined) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result).toEqual({ items, ambiguous });
  });

  it('stops at the effort limit, and a combination found before it is only a suggestion of one of possibly many', () => {
    const many = targets(...Array.from({ length: 20 }, () => 1_000n));
    const result = subsetSum(10_000n, many, 50);
    expect(result === undefined || result.ambiguous).toBe(true);
  });
});
