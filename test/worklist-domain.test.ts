// Issue #6: the worklist's priority score — "overdue amount weighted by days past due and by risk, so the few largest
// overdue accounts come first" — its held amounts, currencies, assignment and order. Tables of cases and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frac } from '../src/domain/law/rational.js';
import {
  AGE_BANDS, type AccountAmounts, type Grade, type WorklistContext, type WorklistCustomer, bandOf, emptyBands, indexByAssignee, parseRate,
  rankWorklist, salesRepReasons, scoreNumber, scoreOf, scoreParts, splitHeld, takeOldestFirst, toBase,
} from '../src/domain/worklist/index.js';

const CONTEXT: WorklistContext = {
  asOf: '2026-11-23', baseCurrency: 'NOK', rates: new Map([['SEK', frac(95n, 100n)], ['EUR', frac(115n, 10n)], ['JPY', frac(7n, 100n)]]),
  segments: [{ name: 'nordic', rule: { countries: ['NO', 'SE'] }, collector: 'kari' }, { name: 'rest', rule: {}, collector: 'ola' }],
  large: { amount: null, sharePercent: frac(5n) },
};

const bands = (...amounts: number[]) => AGE_BANDS.map((_b, i) => BigInt(amounts[i] ?? 0));

function customer(ref: string, overrides: Omit<Partial<WorklistCustomer>, 'amounts'> & { bands?: bigint[]; amounts?: Partial<AccountAmounts> } = {}): WorklistCustomer {
  const currency = overrides.currency ?? 'NOK';
  return {
    customerRef: ref, name: `${ref} AS`, currency, phone: null, salesRep: null, grade: null, gradedOn: null,
    segmentFacts: { customerRef: ref, country: 'NO', currency, language: 'nb', debtorType: 'business', creditLimit: null },
    doNotContact: false, placedWith: null, dunningLevel: 0, nextAction: null, openPromise: false, openDispute: false, activePlan: false, brokenPromiseRecently: false,
    ...overrides,
    amounts: { bands: overrides.bands ?? bands(), oldestDue: '2026-10-01', heldItems: [], promises: [], unappliedCredit: 0n, ...overrides.amounts },
  };
}

describe('age bands', () => {
  it.each([[1, 0], [30, 0], [31, 1], [60, 1], [61, 2], [90, 2], [91, 3], [180, 3], [181, 4], [5000, 4]])('%i days past due → band %i', (days, band) => {
    expect(bandOf(days)).toBe(band);
  });

  it('takes cash on account from the oldest band first', () => {
    const b = bands(100, 0, 50, 0, 30);
    expect(takeOldestFirst(b, 60n)).toEqual(bands(0, 0, 30, 0, 30));
    expect(b).toEqual(bands(100, 0, 20, 0, 0));
  });
});

describe('exchange rates', () => {
  it.each([
    ['1', true], ['0.95', true], ['11.4231', true], ['0', false], ['-1', false], ['1e3', false], ['1,5', false], ['', false], ['1234567890123', false],
  ])('rate "%s" valid: %s', (text, ok) => {
    expect(parseRate(text).ok).toBe(ok);
  });

  it.each([
    [300000n, 'SEK', 'NOK', '0.95', 285000n], // 3,000.00 SEK = 2,850.00 NOK
    [1n, 'SEK', 'NOK', '0.95', 1n], // 0.0095 NOK rounds half up to 0.01
    [100000n, 'JPY', 'NOK', '0.07', 700000n], // 100,000 JPY (no minor unit) = 7,000.00 NOK
    [12345n, 'NOK', 'JPY', '14.2857', 1764n], // 123.45 NOK = 1,763.57 JPY → 1,764
    [1000n, 'KWD', 'NOK', '34.5', 3450n], // 1.000 KWD = 34.50 NOK
  ])('%s minor %s in %s at %s = %s', (amount, currency, base, rate, expected) => {
    const parsed = parseRate(rate);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(toBase(amount, currency, base, parsed.value)).toBe(expected);
  });
});

describe('the score', () => {
  it.each<[string, bigint[], Grade | null, number]>([
    ['1,000.00 at 10 days, not graded', bands(100000), null, 1000],
    ['1,000.00 at 45 days', bands(0, 100000), null, 1250],
    ['1,000.00 at 200 days, grade E', bands(0, 0, 0, 0, 100000), 'E', 3750],
    ['1,000.00 at 200 days, grade A', bands(0, 0, 0, 0, 100000), 'A', 2000],
    ['500.00 young + 500.00 at 100 days, grade D', bands(50000, 0, 0, 50000), 'D', 1875],
    ['0.01 at 10 days', bands(1), null, 0.01],
  ])('%s → %f', (_what, b, grade, expected) => {
    expect(scoreNumber(scoreOf(b, grade).key, 2)).toBe(expected);
  });

  it('explains each part', () => {
    const list = rankWorklist([customer('SE1', { currency: 'SEK', bands: bands(0, 1000000), grade: 'D', gradedOn: '2026-11-20' })], CONTEXT);
    const parts = scoreParts(list.accounts[0]!, CONTEXT);
    expect(parts.overdue).toMatchObject({ value: '9500.00', currency: 'NOK' });
    expect(parts.exchangeRate).toMatchObject({ value: '0.95', missing: false, how: '1 SEK = 0.95 NOK (the tenant\'s rate)' });
    expect(parts.age).toMatchObject({ value: 1.25 });
    expect(parts.age.how).toContain('31-60 days 9500.00 × 1.25');
    expect(parts.risk).toEqual({ value: 1.25, grade: 'D', how: 'risk grade D (as of 2026-11-20): × 1.25' });
  });

  it('ranks a currency without a rate at 1 and says so', () => {
    const list = rankWorklist([customer('US1', { currency: 'USD', bands: bands(100000) })], CONTEXT);
    const parts = scoreParts(list.accounts[0]!, CONTEXT);
    expect(parts.exchangeRate).toMatchObject({ value: '1', missing: true });
    expect(parts.exchangeRate.how).toMatch(/no exchange rate for USD: counted at 1 NOK/);
    expect(parts.overdue.value).toBe('1000.00');
  });
});

describe('what is to work', () => {
  const item = (invoiceId: string, open: number, extra: Partial<{ disputed: number; planned: boolean; band: number; dueDate: string }> = {}) => ({
    invoiceId, open: BigInt(open), disputed: BigInt(extra.disputed ?? 0), planned: extra.planned ?? false, band: extra.band ?? 1, dueDate: extra.dueDate ?? '2026-10-01',
  });
  it.each<[string, Partial<AccountAmounts>, { toWork: bigint; disputed: bigint; promised: bigint; planned: bigint; unapplied: bigint }]>([
    ['an open dispute for part of an invoice', { heldItems: [item('1', 1000, { disputed: 300 })] }, { toWork: 700n, disputed: 300n, promised: 0n, planned: 0n, unapplied: 0n }],
    ['a dispute claiming more than is open', { heldItems: [item('1', 200, { disputed: 300 })] }, { toWork: 0n, disputed: 200n, promised: 0n, planned: 0n, unapplied: 0n }],
    ['an invoice in a payment plan', { heldItems: [item('1', 1000, { planned: true })] }, { toWork: 0n, disputed: 0n, promised: 0n, planned: 1000n, unapplied: 0n }],
    ['a promise for part of its invoices', { heldItems: [item('1', 1000), item('2', 500)], promises: [{ amount: 1200n, invoiceIds: ['1', '2'] }] }, { toWork: 300n, disputed: 0n, promised: 1200n, planned: 0n, unapplied: 0n }],
    ['a promise naming no invoice', { bands: bands(400, 600), promises: [{ amount: 700n, invoiceIds: [] }] }, { toWork: 300n, disputed: 0n, promised: 700n, planned: 0n, unapplied: 0n }],
    ['unapplied cash covering it all', { bands: bands(400, 600), unappliedCredit: 5000n }, { toWork: 0n, disputed: 0n, promised: 0n, planned: 0n, unapplied: 1000n }],
    ['a fully paid invoice a promise still names', { heldItems: [item('1', 0)], promises: [{ amount: 100n, invoiceIds: ['1'] }] }, { toWork: 0n, disputed: 0n, promised: 0n, planned: 0n, unapplied: 0n }],
  ])('%s', (_what, amounts, expected) => {
    const split = splitHeld({ bands: emptyBands(), oldestDue: null, heldItems: [], promises: [], unappliedCredit: 0n, ...amounts });
    expect({ toWork: split.toWork.reduce((a, b) => a + b, 0n), disputed: split.disputed, promised: split.promised, planned: split.planned, unapplied: split.unapplied }).toEqual(expected);
  });

  it('takes cash on account and promises naming no invoice from the oldest money first', () => {
    const split = splitHeld({ bands: bands(400, 0, 0, 0, 600), oldestDue: '2026-01-01', heldItems: [], promises: [], unappliedCredit: 500n });
    expect(split.toWork).toEqual(bands(400, 0, 0, 0, 100));
  });
});

describe('the ranked worklist', () => {
  it('puts the largest weighted overdue first, ties by customer reference, and leaves out who is not to be worked', () => {
    const list = rankWorklist([
      customer('SMALL', { bands: bands(10000) }),
      customer('B-TIE', { bands: bands(0, 80000) }),
      customer('A-TIE', { bands: bands(100000) }),
      customer('BIG', { bands: bands(0, 0, 0, 0, 10000000) }),
      customer('DNC', { bands: bands(99999999), doNotContact: true }),
      customer('AGENCY', { bands: bands(99999999), placedWith: 'agency' }),
      customer('PAID', { bands: bands(0) }),
      customer('COVERED', { bands: bands(5000), amounts: { unappliedCredit: 5000n } }),
    ], CONTEXT);
    expect(list.accounts.map((a) => a.customerRef)).toEqual(['BIG', 'A-TIE', 'B-TIE', 'SMALL']);
    expect(list.left).toEqual({ doNotContact: 1, placed: 1, nothingToWork: 2 });
  });

  it('assigns the first matching segment\'s collector and brings in the sales representative for large or difficult accounts', () => {
    const sweden = (ref: string, extra: Partial<WorklistCustomer>, amount: number) => customer(ref, {
      ...extra, bands: bands(amount), segmentFacts: { customerRef: ref, country: 'SE', currency: 'NOK', language: 'sv', debtorType: 'business', creditLimit: null },
    });
    const list = rankWorklist([
      sweden('HUGE', { salesRep: 'rita' }, 9000000),
      sweden('SMALL', { salesRep: 'rita' }, 1000),
      sweden('HARD', { salesRep: 'rita', grade: 'E' }, 1000),
      customer('DISPUTING', { salesRep: 'sam', openDispute: true, bands: bands(1000) }),
      customer('US', { bands: bands(1000), segmentFacts: { customerRef: 'US', country: 'US', currency: 'NOK', language: 'en', debtorType: 'business', creditLimit: null } }),
    ], CONTEXT);
    const of = (ref: string) => list.accounts.find((a) => a.customerRef === ref);
    expect(of('HUGE')).toMatchObject({ collector: 'kari', segment: 'nordic' });
    expect(of('HUGE')?.salesRepReasons).toEqual(['large: holds at least 5 % of the tenant\'s overdue money to work']);
    expect(of('SMALL')?.salesRepReasons).toEqual([]);
    expect(of('HARD')?.salesRepReasons).toEqual(['difficult: risk grade E']);
    expect(of('US')).toMatchObject({ collector: 'ola', segment: 'rest' });
    const index = indexByAssignee(list.accounts);
    expect(index.get('rita')?.map((i) => list.accounts[i]?.customerRef)).toEqual(['HUGE', 'HARD']);
    expect(index.get('sam')?.map((i) => list.accounts[i]?.customerRef)).toEqual(['DISPUTING']);
  });

  it.each([
    [{ amount: 100000n, sharePercent: null }, 100000n, 1000000n, ['large: overdue at or above the tenant\'s large-account amount']],
    [{ amount: 100000n, sharePercent: null }, 99999n, 100000n, []],
    [{ amount: null, sharePercent: frac(5n) }, 5000n, 100000n, ['large: holds at least 5 % of the tenant\'s overdue money to work']],
    [{ amount: null, sharePercent: frac(5n) }, 4999n, 100000n, []],
    [{ amount: null, sharePercent: frac(25n, 10n) }, 2500n, 100000n, ['large: holds at least 2.5 % of the tenant\'s overdue money to work']],
    [{ amount: null, sharePercent: null }, 100000n, 100000n, []],
  ])('large-account rule %o: %s of %s', (rule, base, total, expected) => {
    expect(salesRepReasons(base, total, rule, { grade: null, openDispute: false, brokenPromiseRecently: false })).toEqual(expected);
  });
});

const bandsArb = fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: AGE_BANDS.length, maxLength: AGE_BANDS.length });
const gradeArb = fc.constantFrom<Grade | null>(null, 'A', 'B', 'C', 'D', 'E');
const accountArb = fc.record({
  bands: bandsArb,
  unappliedCredit: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  promised: fc.option(fc.bigInt({ min: 1n, max: 10n ** 12n }), { nil: undefined }),
  currency: fc.constantFrom('NOK', 'SEK', 'EUR', 'JPY', 'USD'),
  grade: gradeArb,
});
type AccountInput = { bands: bigint[]; unappliedCredit: bigint; promised: bigint | undefined; currency: string; grade: Grade | null };
const asCustomer = (ref: string, a: AccountInput) => customer(ref, {
  currency: a.currency, grade: a.grade, bands: a.bands,
  amounts: { unappliedCredit: a.unappliedCredit, promises: a.promised === undefined ? [] : [{ amount: a.promised, invoiceIds: [] }] },
});
const keyOf = (c: WorklistCustomer) => rankWorklist([c], CONTEXT).accounts[0]?.key ?? 0n;

describe('properties', () => {
  it('more overdue never lowers a customer\'s score, all else equal', () => {
    fc.assert(fc.property(accountArb, fc.nat(AGE_BANDS.length - 1), fc.bigInt({ min: 1n, max: 10n ** 12n }), (a, band, more) => {
      const before = keyOf(asCustomer('C', a));
      const bigger = [...a.bands];
      bigger[band] = (bigger[band] ?? 0n) + more;
      expect(keyOf(asCustomer('C', { ...a, bands: bigger }))).toBeGreaterThanOrEqual(before);
    }));
  });

  it('an older debt never scores lower than the same amount younger', () => {
    fc.assert(fc.property(bandsArb, gradeArb, fc.nat(AGE_BANDS.length - 2), fc.bigInt({ min: 1n, max: 10n ** 9n }), (b, grade, from, amount) => {
      const young = [...b];
      young[from] = (young[from] ?? 0n) + amount;
      const old = [...b];
      old[from + 1] = (old[from + 1] ?? 0n) + amount;
      expect(scoreOf(old, grade).key).toBeGreaterThanOrEqual(scoreOf(young, grade).key);
    }));
  });

  it('a riskier grade never scores lower', () => {
    fc.assert(fc.property(bandsArb, (b) => {
      const keys = (['A', 'B', 'C', 'D', 'E'] as const).map((g) => scoreOf(b, g).key);
      expect([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(keys);
    }));
  });

  it('a paid customer never appears: nothing overdue, or cash on account covering it all', () => {
    fc.assert(fc.property(accountArb, (a) => {
      const total = a.bands.reduce((x, y) => x + y, 0n);
      const paidUp = asCustomer('PAID', { ...a, unappliedCredit: total + a.unappliedCredit });
      const nothing = asCustomer('NONE', { ...a, bands: a.bands.map(() => 0n) });
      expect(rankWorklist([paidUp, nothing], CONTEXT).accounts).toEqual([]);
    }));
  });

  it('every unit of overdue money is either to work or shown as held, never lost or counted twice', () => {
    fc.assert(fc.property(accountArb, fc.array(fc.record({ open: fc.bigInt({ min: -100n, max: 10n ** 9n }), disputed: fc.bigInt({ min: 0n, max: 10n ** 9n }), planned: fc.boolean(), band: fc.nat(4) }), { maxLength: 5 }),
      (a, items) => {
        const heldItems = items.map((i, k) => ({ ...i, invoiceId: String(k), dueDate: '2026-10-01' }));
        const promises = a.promised === undefined ? [] : [{ amount: a.promised, invoiceIds: heldItems.filter((_i, k) => k % 2 === 0).map((i) => i.invoiceId) }];
        const split = splitHeld({ bands: a.bands, oldestDue: null, heldItems, promises, unappliedCredit: a.unappliedCredit });
        const inflow = a.bands.reduce((x, y) => x + y, 0n) + heldItems.reduce((x, i) => x + (i.open > 0n ? i.open : 0n), 0n);
        const outflow = split.toWork.reduce((x, y) => x + y, 0n) + split.disputed + split.promised + split.planned + split.unapplied;
        expect(outflow).toBe(inflow);
        expect(split.toWork.every((v) => v >= 0n)).toBe(true);
      }));
  });

  it('orders deterministically: highest score first, ties by customer reference, whatever the input order', () => {
    fc.assert(fc.property(fc.array(accountArb, { minLength: 1, maxLength: 12 }), fc.nat(), (accounts, seed) => {
      const customers = accounts.map((a, k) => asCustomer(`C${String(k).padStart(2, '0')}`, a));
      const shuffled = [...customers].sort((x, y) => ((x.customerRef.charCodeAt(2) * 31 + seed) % 7) - ((y.customerRef.charCodeAt(2) * 31 + seed) % 7));
      const ranked = rankWorklist(customers, CONTEXT).accounts;
      expect(rankWorklist(shuffled, CONTEXT).accounts.map((x) => x.customerRef)).toEqual(ranked.map((x) => x.customerRef));
      for (let k = 1; k < ranked.length; k++) {
        const [p, q] = [ranked[k - 1]!, ranked[k]!];
        expect(p.key > q.key || (p.key === q.key && p.customerRef < q.customerRef)).toBe(true);
      }
    }));
  });
});
