import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeInterest, type InterestRequest } from '../src/domain/law/interest.js';
import { accrueSimple } from '../src/domain/law/accrue-simple.js';
import { simpleInterest } from '../src/domain/law/accrual.js';
import { PACKS } from '../src/domain/law/packs.js';
import { BUILT_IN_RATES } from '../src/domain/law/rate-data.js';
import { mergeRates } from '../src/domain/law/rate-table.js';
import { frac, roundHalfUp, sumFractions } from '../src/domain/law/rational.js';
import { addDays } from '../src/domain/dates.js';

// Days 0..545 from 2025-01-01 stay inside the built-in table (2025 H1 … 2026 H1).
const day = (max = 545) => fc.integer({ min: 0, max }).map((n) => addDays('2025-01-01', n));
const principal = fc.bigInt({ min: 0n, max: 10n ** 12n });

const CASES: readonly Omit<InterestRequest, 'principal' | 'due' | 'until'>[] = [
  { jurisdiction: 'NO', currency: 'NOK' },
  { jurisdiction: 'SE', currency: 'SEK' },
  { jurisdiction: 'BG', currency: 'EUR' },
  { jurisdiction: 'PH', currency: 'PHP' },
  { jurisdiction: 'IN', currency: 'INR', supplierSize: 'small' },
  { jurisdiction: 'EU', currency: 'EUR' },
  { jurisdiction: 'UK', currency: 'GBP' },
  { jurisdiction: 'DE', currency: 'EUR', debtor: 'consumer' },
];

const request = (c: (typeof CASES)[number], p: bigint, due: string, until: string): InterestRequest => ({
  ...c, principal: p, due, until, ...(c.jurisdiction === 'PH' ? { demandDate: due } : {}),
});

describe('properties', () => {
  it('interest never decreases as `until` moves later', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), principal, day(), day(), day(), (c, p, due, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = computeInterest(request(c, p, due, early), BUILT_IN_RATES).interest;
        const second = computeInterest(request(c, p, due, late), BUILT_IN_RATES).interest;
        expect(second >= first).toBe(true);
      }),
    );
  });

  it('interest never decreases as the principal grows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), principal, principal, day(), day(), (c, a, b, due, until) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const first = computeInterest(request(c, small, due, until), BUILT_IN_RATES).interest;
        const second = computeInterest(request(c, large, due, until), BUILT_IN_RATES).interest;
        expect(second >= first).toBe(true);
      }),
    );
  });

  // DE with the same Basiszinssatz in both halves of 2025: the split at 1 July must not change the exact sum.
  const flat = mergeRates(BUILT_IN_RATES, [
    { jurisdiction: 'DE', series: 'base', from: '2025-07-01', percent: '2.27', source: 'test', verified: true },
  ]);

  it('splitting at a period boundary sums exactly to the unsplit computation when the rate is the same', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), day(364), day(364), (p, a, b) => {
        const [firstDay, lastDay] = a <= b ? [a, b] : [b, a];
        const periods = accrueSimple({ firstDay, lastDay, principal: p, payments: [], legs: PACKS.DE.legs('business'), rates: flat, fixed: false });
        const days = periods.reduce((n, x) => n + x.days, 0);
        const whole = simpleInterest(p, frac(1127n, 100n), days, 365n);
        expect(sumFractions(periods.map((x) => x.interest))).toEqual(whole);
        expect(periods.length).toBe(firstDay < '2025-07-01' && lastDay >= '2025-07-01' ? 2 : 1);
      }),
    );
  });

  it('the total interest is the exact sum rounded once, whatever the periods show', () => {
    fc.assert(
      fc.property(principal, day(364), day(364), (p, a, b) => {
        const [due, until] = a <= b ? [a, b] : [b, a];
        const r = computeInterest({ jurisdiction: 'DE', principal: p, currency: 'EUR', due, until }, flat);
        const days = r.periods.reduce((n, x) => n + x.days, 0);
        expect(r.interest).toBe(roundHalfUp(simpleInterest(p, frac(1127n, 100n), days, 365n)));
        const shown = r.periods.reduce((n, x) => n + x.interest, 0n);
        expect(shown - r.interest <= 1n && r.interest - shown <= 1n).toBe(true);
      }),
    );
  });

  it('paying part of the principal never raises the interest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), principal, day(), day(), day(), fc.bigInt({ min: 1n, max: 100n }), (c, p, due, until, paid, pct) => {
        fc.pre(p > 0n);
        const amount = (p * pct) / 100n || 1n;
        const without = computeInterest(request(c, p, due, until), BUILT_IN_RATES).interest;
        const withPayment = computeInterest({ ...request(c, p, due, until), payments: [{ date: paid, amount }] }, BUILT_IN_RATES).interest;
        expect(withPayment <= without).toBe(true);
      }),
    );
  });
});
