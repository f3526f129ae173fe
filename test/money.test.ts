import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  exponentOf,
  formatAmount,
  isCurrency,
  parseAmount,
  parsePositiveAmount,
  splitByWeights,
} from '../src/domain/money.js';

describe('exponentOf', () => {
  it.each([
    ['NOK', 2],
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['CLF', 4],
  ])('%s has %i minor digits', (currency, exponent) => {
    expect(exponentOf(currency)).toBe(exponent);
  });
});

describe('parseAmount', () => {
  it.each<[string, string, bigint]>([
    ['10', 'NOK', 1000n],
    ['10.5', 'NOK', 1050n],
    ['10.50', 'NOK', 1050n],
    ['0.01', 'NOK', 1n],
    ['0', 'NOK', 0n],
    ['0.00', 'NOK', 0n],
    ['-0.01', 'NOK', -1n],
    ['-10.5', 'NOK', -1050n],
    [' 5.00 ', 'NOK', 500n],
    ['\t5.00\n', 'NOK', 500n],
    ['007.10', 'NOK', 710n],
    ['1250.00', 'NOK', 125000n],
    ['12345678901234567890.12', 'NOK', 1234567890123456789012n],
    ['10', 'JPY', 10n],
    ['1000', 'JPY', 1000n],
    ['-3', 'JPY', -3n],
    ['10', 'BHD', 10000n],
    ['10.5', 'BHD', 10500n],
    ['10.505', 'BHD', 10505n],
    ['0.001', 'BHD', 1n],
  ])('%j in %s → %s', (text, currency, expected) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ['10.505', 'NOK'],
    ['0.001', 'NOK'],
    ['10.5', 'JPY'],
    ['10.0', 'JPY'],
    ['10.', 'JPY'],
    ['1.0000', 'BHD'],
    ['1,000.00', 'NOK'],
    ['1 000.00', 'NOK'],
    ['10,50', 'NOK'],
    ['', 'NOK'],
    ['   ', 'NOK'],
    ['.5', 'NOK'],
    ['5.', 'NOK'],
    ['-', 'NOK'],
    ['--5', 'NOK'],
    ['+5', 'NOK'],
    ['- 5', 'NOK'],
    ['1e3', 'NOK'],
    ['abc', 'NOK'],
    ['NOK 5', 'NOK'],
    ['5 NOK', 'NOK'],
    ['0x10', 'NOK'],
    ['Infinity', 'NOK'],
    ['NaN', 'NOK'],
  ])('%j in %s is an error', (text, currency) => {
    const result = parseAmount(text, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe('');
  });

  it('says how many digits the currency allows when there are too many', () => {
    const result = parseAmount('10.505', 'NOK');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('NOK has 2 decimal digits') });
  });
});

describe('parsePositiveAmount', () => {
  it.each<[string, string, bigint]>([
    ['10', 'NOK', 1000n],
    ['0.01', 'NOK', 1n],
    [' 5.00 ', 'NOK', 500n],
    ['1', 'JPY', 1n],
    ['0.001', 'BHD', 1n],
  ])('%j in %s → %s', (text, currency, expected) => {
    expect(parsePositiveAmount(text, currency)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, string]>([
    ['0', 'NOK', 'greater than zero'],
    ['0.00', 'NOK', 'greater than zero'],
    ['-0.00', 'NOK', 'greater than zero'],
    ['-0.01', 'NOK', 'positive'],
    ['-5', 'JPY', 'positive'],
    ['10.505', 'NOK', 'decimal digits'],
    ['1,000.00', 'NOK', 'not a decimal amount'],
    ['', 'NOK', 'not a decimal amount'],
    ['.5', 'NOK', 'not a decimal amount'],
    ['5.', 'NOK', 'not a decimal amount'],
  ])('%j in %s is an error mentioning %j', (text, currency, reason) => {
    const result = parsePositiveAmount(text, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('formatAmount', () => {
  it.each<[bigint, string, string]>([
    [125000n, 'NOK', '1250.00'],
    [0n, 'NOK', '0.00'],
    [5n, 'NOK', '0.05'],
    [50n, 'NOK', '0.50'],
    [100n, 'NOK', '1.00'],
    [-1n, 'NOK', '-0.01'],
    [-5n, 'NOK', '-0.05'],
    [-125000n, 'NOK', '-1250.00'],
    [1234567890123456789012n, 'NOK', '12345678901234567890.12'],
    [0n, 'JPY', '0'],
    [5n, 'JPY', '5'],
    [1000n, 'JPY', '1000'],
    [-7n, 'JPY', '-7'],
    [0n, 'BHD', '0.000'],
    [1n, 'BHD', '0.001'],
    [10505n, 'BHD', '10.505'],
    [-10n, 'BHD', '-0.010'],
    [1n, 'CLF', '0.0001'],
  ])('%s minor units of %s → %j', (minor, currency, expected) => {
    expect(formatAmount(minor, currency)).toBe(expected);
  });

  it('round-trips through parseAmount for any amount in NOK, JPY, BHD and EUR', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.constantFrom('NOK', 'JPY', 'BHD', 'EUR'), (minor, currency) => {
        expect(parseAmount(formatAmount(minor, currency), currency)).toEqual({ ok: true, value: minor });
      }),
      { numRuns: 1000 },
    );
  });

  it('always writes exactly the currency\'s number of fraction digits', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.constantFrom('NOK', 'JPY', 'BHD', 'EUR'), (minor, currency) => {
        const text = formatAmount(minor, currency);
        const exponent = exponentOf(currency);
        expect(text).toMatch(exponent === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${exponent}}$`));
        // No leading zeros beyond the single one before the point.
        expect(text).not.toMatch(/^-?0\d/);
      }),
    );
  });
});

describe('isCurrency', () => {
  it.each(['NOK', 'EUR', 'USD', 'JPY', 'BHD', 'SEK', 'DKK', 'GBP', 'CLF'])('%s is a currency', (code) => {
    expect(isCurrency(code)).toBe(true);
  });

  it.each(['NKO', 'nok', 'Nok', '', 'NO', 'NOKK', ' NOK', 'XXX', 'ABC', '123'])('%j is not a currency', (code) => {
    expect(isCurrency(code)).toBe(false);
  });
});

describe('splitByWeights', () => {
  it.each<[bigint, bigint[], bigint[]]>([
    [100n, [1n, 1n], [50n, 50n]],
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [101n, [1n, 1n], [51n, 50n]],
    [10n, [1n, 2n, 3n], [2n, 3n, 5n]],
    [0n, [1n, 2n], [0n, 0n]],
    [7n, [1n, 0n], [7n, 0n]],
    [7n, [0n, 5n], [0n, 7n]],
    [1n, [1n, 1n, 1n], [1n, 0n, 0n]],
    [2n, [1n, 1n, 1n], [1n, 1n, 0n]],
    [5n, [3n], [5n]],
    [-100n, [1n, 1n, 1n], [-33n, -33n, -34n]],
    [-1n, [1n, 1n], [0n, -1n]],
  ])('%s split by %s → %s', (total, weights, expected) => {
    const parts = splitByWeights(total, weights);
    expect(parts).toEqual(expected);
  });

  it('returns no parts for no weights', () => {
    expect(splitByWeights(100n, [])).toEqual([]);
  });

  it.each<[bigint[]]>([[[0n]], [[0n, 0n]], [[1n, -1n]], [[-3n]]])('rejects weights %s that do not add up to a positive number', (weights) => {
    expect(() => splitByWeights(100n, weights)).toThrow(/positive/);
  });

  const total = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const weights = fc
    .array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0n));

  it('parts always add up to the total', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = splitByWeights(t, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('each part is within 1 of its exact share total × w / Σw', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = splitByWeights(t, ws);
        const weightSum = ws.reduce((a, b) => a + b, 0n);
        parts.forEach((part, i) => {
          // |part − t·w/Σw| < 1  ⇔  |part·Σw − t·w| < Σw
          const diff = part * weightSum - t * (ws[i] ?? 0n);
          expect(diff < 0n ? -diff : diff).toBeLessThan(weightSum);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('a zero weight always gets zero', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        splitByWeights(t, ws).forEach((part, i) => {
          if (ws[i] === 0n) expect(part).toBe(0n);
        });
      }),
    );
  });

  it('is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const copy = [...ws];
        const first = splitByWeights(t, ws);
        expect(ws).toEqual(copy);
        expect(splitByWeights(t, ws)).toEqual(first);
        expect(splitByWeights(t, copy)).toEqual(first);
      }),
    );
  });
});
