import { describe, it, expect } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import {
  applyActions, DEFAULT_POLICY, planDunning,
  type CustomerForDunning, type DunningLevel, type DunningPolicy, type OpenItemForDunning,
} from '../src/domain/dunning/index.js';
import { checkSeInkassokrav } from '../src/domain/law/notices/index.js';

const asOf = '2026-04-01';
const ago = (days: number) => addDays(asOf, -days);
const item = (over: Partial<OpenItemForDunning> = {}): OpenItemForDunning => ({
  invoiceId: 'i1', number: '1001', customerRef: 'C1', currency: 'NOK', dueDate: ago(5), open: 100000n, disputed: 0n, levelReached: 0, ...over,
});
const customer = (over: Partial<CustomerForDunning> = {}): CustomerForDunning => ({
  customerRef: 'C1', country: 'GB', doNotContact: false, policy: DEFAULT_POLICY, ...over,
});
const withLevels = (change: (levels: DunningLevel[]) => void): DunningPolicy => {
  const levels = DEFAULT_POLICY.levels.map((l) => ({ ...l }));
  change(levels);
  return { name: 'custom', levels };
};
const plan = (customers: CustomerForDunning[], items: OpenItemForDunning[], contactIntervalDays?: number) =>
  planDunning(asOf, customers, items, contactIntervalDays === undefined ? {} : { contactIntervalDays });

describe('what is never dunned (issue #4)', () => {
  type Expect = { level: number } | RegExp | 'nothing';
  it.each<[string, Partial<CustomerForDunning>, Partial<OpenItemForDunning>, Expect]>([
    ['an invoice 5 days past due gets the first level', {}, {}, { level: 1 }],
    ['a settled invoice', {}, { open: 0n }, 'nothing'],
    ['a credit balance', {}, { open: -500n }, 'nothing'],
    ['an invoice not yet past due', {}, { dueDate: asOf }, 'nothing'],
    ['an invoice at the last level', {}, { levelReached: 4, levelReachedOn: ago(30), dueDate: ago(200) }, 'nothing'],
    ['a fully disputed invoice', {}, { disputed: 100000n }, /^invoice\(s\) 1001 disputed in full$/],
    ['a dispute larger than the open amount', {}, { disputed: 200000n }, /disputed in full/],
    ['a partly disputed invoice (only the rest is dunned)', {}, { disputed: 40000n }, { level: 1 }],
    ['a promise running through today', { activePromiseUntil: asOf, promisedInvoiceIds: ['i1'] }, {}, /^promise to pay until 2026-04-01 covers invoice\(s\) 1001$/],
    ['a promise listing no invoices covers them all', { activePromiseUntil: asOf }, {}, /promise to pay until/],
    ['a promise that lapsed yesterday', { activePromiseUntil: ago(1), promisedInvoiceIds: ['i1'] }, {}, { level: 1 }],
    ['a promise for another invoice', { activePromiseUntil: asOf, promisedInvoiceIds: ['i9'] }, {}, { level: 1 }],
    ['an invoice in an active payment plan', { activePlanInvoiceIds: ['i1'] }, {}, /^invoice\(s\) 1001 in an active payment plan$/],
    ['a customer marked do not contact', { doNotContact: true }, {}, /^customer is marked do not contact$/],
  ])('%s', (_, c, i, expected) => {
    const result = plan([customer(c)], [item(i)]);
    if (expected === 'nothing') {
      expect(result).toEqual({ actions: [], skipped: [] });
    } else if (expected instanceof RegExp) {
      expect(result.actions).toEqual([]);
      expect(result.skipped).toHaveLength(1);
      expect(result.skipped[0]).toMatchObject({ customerRef: 'C1', currency: 'NOK', reason: expect.stringMatching(expected) });
    } else {
      expect(result.skipped).toEqual([]);
      expect(result.actions.map((a) => a.level)).toEqual([expected.level]);
    }
  });

  it('dunns only the undisputed part', () => {
    const [action] = plan([customer()], [item({ disputed: 40000n })]).actions;
    expect(action?.invoices[0]).toMatchObject({ open: 100000n, disputed: 40000n, dunned: 60000n });
    expect(action?.total).toBe(60000n);
  });

  it('resumes after a promise with an earliest date the day after it lapses', () => {
    const [skipped] = plan([customer({ activePromiseUntil: addDays(asOf, 3) })], [item()]).skipped;
    expect(skipped?.earliest).toBe(addDays(asOf, 4));
  });
});

describe('folding: one communication per customer and currency', () => {
  const items = [
    item({ invoiceId: 'a', number: 'A', dueDate: ago(5) }),
    item({ invoiceId: 'b', number: 'B', dueDate: ago(62), levelReached: 2, levelReachedOn: ago(32) }),
    item({ invoiceId: 'c', number: 'C', dueDate: ago(40), levelReached: 2, levelReachedOn: ago(3) }),
    item({ invoiceId: 'e', number: 'E', currency: 'EUR', dueDate: ago(3) }),
    item({ invoiceId: 'x', number: 'X', customerRef: 'C2', dueDate: ago(2) }),
  ];
  const result = plan([customer(), customer({ customerRef: 'C2' })], items);

  it('sends one action per customer and currency, at the highest level due', () => {
    expect(result.actions.map((a) => [a.customerRef, a.currency, a.level])).toEqual([['C1', 'EUR', 1], ['C1', 'NOK', 3], ['C2', 'NOK', 1]]);
  });

  it('lists the lower-level invoice in the higher-level letter, each advancing only one level', () => {
    const nok = result.actions.find((a) => a.currency === 'NOK' && a.customerRef === 'C1');
    expect(nok?.invoices.map((i) => [i.number, i.fromLevel, i.toLevel, i.daysPastDue])).toEqual([['B', 2, 3, 62], ['A', 0, 1, 5]]);
    expect(nok).toMatchObject({ templateKey: 'final-notice', addFees: true, addInterest: true, total: 200000n, registeredMail: true });
    expect(nok?.channels).toContain('call-task');
    expect(nok?.recipientRoles).toContain('executive');
  });

  it('leaves out invoices not due for a level (C reached level 2 three days ago)', () => {
    expect(result.actions.flatMap((a) => a.invoices.map((i) => i.number))).not.toContain('C');
  });

  it('prints the longest deadline any listed invoice’s level asks for', () => {
    const nok = result.actions.find((a) => a.currency === 'NOK' && a.customerRef === 'C1');
    expect(nok?.deadline).toBe(addDays(asOf, 14));
    const folded = plan([customer()], [items[0]!, item({ invoiceId: 'd', number: 'D', dueDate: ago(31), levelReached: 1, levelReachedOn: ago(30) })]);
    expect(folded.actions[0]).toMatchObject({ level: 2, deadline: addDays(asOf, 29) });
  });

  it('applyActions moves each listed invoice to its own toLevel, with the action’s deadline', () => {
    const after = applyActions(items, result.actions, asOf);
    expect(after.map((i) => [i.number, i.levelReached, i.levelReachedOn ?? null])).toEqual([
      ['A', 1, asOf], ['B', 3, asOf], ['C', 2, ago(3)], ['E', 1, asOf], ['X', 1, asOf],
    ]);
    expect(after[1]?.levelDeadline).toBe(addDays(asOf, 14));
    expect(planDunning(asOf, [customer(), customer({ customerRef: 'C2' })], after).actions).toEqual([]);
  });
});

describe('minimum overdue per level and currency', () => {
  const minimums = withLevels((l) => {
    l[0] = { ...l[0]!, minimumOverdue: { NOK: 50000n } };
    l[2] = { ...l[2]!, minimumOverdue: { NOK: 500000n } };
  });
  const c = customer({ policy: minimums });

  it.each<[string, OpenItemForDunning[], number | RegExp]>([
    ['under the minimum', [item({ open: 30000n })], /^total 300\.00 NOK under the level 1 minimum 500\.00 NOK$/],
    ['exactly the minimum', [item({ open: 50000n })], 1],
    ['two small invoices together reach it', [item({ open: 30000n }), item({ invoiceId: 'i2', number: '1002', open: 20000n })], 1],
    ['a currency with no minimum listed', [item({ open: 1n, currency: 'EUR' })], 1],
    ['a partly disputed invoice counts only its undisputed part', [item({ open: 60000n, disputed: 20000n })], /under the level 1 minimum/],
    ['a final notice under its minimum waits while the reminder goes alone',
      [item({ open: 60000n }), item({ invoiceId: 'i2', number: '1002', open: 100000n, dueDate: ago(61), levelReached: 2, levelReachedOn: ago(31) })], 1],
    ['the final notice goes when the total reaches its minimum',
      [item({ open: 400000n }), item({ invoiceId: 'i2', number: '1002', open: 100000n, dueDate: ago(61), levelReached: 2, levelReachedOn: ago(31) })], 3],
  ])('%s', (_, items, expected) => {
    const result = plan([c], items);
    if (expected instanceof RegExp) {
      expect(result.actions).toEqual([]);
      expect(result.skipped[0]?.reason).toMatch(expected);
    } else {
      expect(result.actions.map((a) => a.level)).toEqual([expected]);
    }
  });

  it('the waiting final-notice invoice is not in the reminder', () => {
    const items = [item({ open: 60000n }), item({ invoiceId: 'i2', number: '1002', open: 100000n, dueDate: ago(61), levelReached: 2, levelReachedOn: ago(31) })];
    expect(plan([c], items).actions[0]?.invoices.map((i) => i.number)).toEqual(['1001']);
  });
});

describe('contact limit: one contact per customer per N days', () => {
  it.each<[string, number | undefined, number | undefined, string | null]>([
    ['contacted 3 days ago (default 7)', 3, undefined, `contacted on ${ago(3)}; next contact allowed from ${addDays(ago(3), 7)}`],
    ['contacted today', 0, undefined, `contacted on ${asOf}; next contact allowed from ${addDays(asOf, 7)}`],
    ['contacted 7 days ago', 7, undefined, null],
    ['never contacted', undefined, undefined, null],
    ['contacted 8 days ago, interval 10', 8, 10, `contacted on ${ago(8)}; next contact allowed from ${addDays(ago(8), 10)}`],
    ['limit turned off', 0, 0, null],
  ])('%s', (_, daysAgo, interval, reason) => {
    const c = customer(daysAgo === undefined ? {} : { lastContactOn: ago(daysAgo) });
    const result = plan([c], [item()], interval);
    if (reason === null) expect(result.actions).toHaveLength(1);
    else expect(result.skipped).toEqual([{ customerRef: 'C1', currency: 'NOK', reason, earliest: reason.slice(-10) }]);
  });

  it('the do-not-contact flag outranks every other reason', () => {
    const result = plan([customer({ doNotContact: true, lastContactOn: ago(1) })], [item({ disputed: 100000n })]);
    expect(result.skipped[0]?.reason).toBe('customer is marked do not contact');
  });

  it('rejects a negative interval', () => {
    expect(() => plan([customer()], [item()], -1)).toThrow(RangeError);
  });
});

describe('catch-up: a missed day never skips a level', () => {
  it('an invoice at level 1, now 65 days past due, gets level 2, not 3', () => {
    const result = plan([customer()], [item({ dueDate: ago(65), levelReached: 1, levelReachedOn: ago(64) })]);
    expect(result.actions[0]?.invoices[0]).toMatchObject({ fromLevel: 1, toLevel: 2 });
    expect(result.actions[0]?.level).toBe(2);
  });

  it('level 3 waits the gap between the triggers (30 days) after level 2, with the reason and date', () => {
    const at2 = item({ dueDate: ago(66), levelReached: 2, levelReachedOn: ago(1) });
    const result = plan([customer()], [at2]);
    expect(result.actions).toEqual([]);
    expect(result.skipped[0]).toMatchObject({ reason: `level 3 for invoice 1001 not before ${addDays(ago(1), 30)}: at least 30 days after level 2 on ${ago(1)}`, earliest: addDays(ago(1), 30) });
    expect(planDunning(addDays(ago(1), 29), [customer()], [at2]).actions).toEqual([]);
    expect(planDunning(addDays(ago(1), 30), [customer()], [at2]).actions[0]?.level).toBe(3);
  });

  it('never before the previous level’s printed deadline has run out', () => {
    const result = plan([customer()], [item({ dueDate: ago(40), levelReached: 1, levelReachedOn: ago(35), levelDeadline: asOf })]);
    expect(result.skipped[0]).toMatchObject({ reason: expect.stringContaining(`the level 1 deadline ${asOf} has not run out`), earliest: addDays(asOf, 1) });
  });

  it('grace days delay the trigger', () => {
    const graced = withLevels((l) => { l[0] = { ...l[0]!, graceDays: 3 }; });
    expect(plan([customer({ policy: graced })], [item({ dueDate: ago(3) })]).actions).toEqual([]);
    expect(plan([customer({ policy: graced })], [item({ dueDate: ago(4) })]).actions).toHaveLength(1);
  });

  it('a days-since-previous level counts from the day the invoice reached the previous level', () => {
    const p = withLevels((l) => { l[1] = { ...l[1]!, trigger: { kind: 'days-since-previous', days: 20 } }; });
    const at1 = item({ dueDate: ago(25), levelReached: 1, levelReachedOn: ago(19) });
    expect(plan([customer({ policy: p })], [at1]).actions).toEqual([]);
    expect(plan([customer({ policy: p })], [{ ...at1, levelReachedOn: ago(20) }]).actions[0]?.level).toBe(2);
  });

  it('a courtesy reminder goes before the due date', () => {
    const p: DunningPolicy = { name: 'courtesy', levels: [{ ...DEFAULT_POLICY.levels[0]!, trigger: { kind: 'days-past-due', days: -3 }, deadlineDays: 3 }, ...DEFAULT_POLICY.levels] };
    const [action] = plan([customer({ policy: p })], [item({ dueDate: addDays(asOf, 3) })]).actions;
    expect(action?.invoices[0]?.daysPastDue).toBe(-3);
  });
});

// A ladder where placement follows the final notice after only 5 days, so the law (not the policy) holds it back.
const TIGHT = withLevels((l) => {
  l[2] = { ...l[2]!, deadlineDays: 3 };
  l[3] = { ...l[3]!, trigger: { kind: 'days-past-due', days: 65 } };
});

describe('notice periods the law requires', () => {
  const at3 = item({ dueDate: ago(65), levelReached: 3, levelReachedOn: ago(5) });

  it('elsewhere, the tight policy places the account 5 days after the final notice', () => {
    expect(plan([customer({ policy: TIGHT })], [at3]).actions[0]?.level).toBe(4);
  });

  it('NO: no placement before the inkassovarsel’s 14-day deadline has run out (inkassoloven §9)', () => {
    const result = plan([customer({ policy: TIGHT, country: 'NO' })], [at3]);
    expect(result.actions).toEqual([]);
    expect(result.skipped[0]).toMatchObject({ rule: 'inkassoloven §9', earliest: addDays(ago(5), 15) });
    expect(result.skipped[0]?.reason).toMatch(/^inkassoloven §9: level 4 for invoice 1001: the inkassovarsel of .* cannot hand the claim to an agency before/);
    expect(planDunning(addDays(ago(5), 15), [customer({ policy: TIGHT, country: 'NO' })], [at3]).actions[0]?.level).toBe(4);
  });

  it('NO: the jurisdiction can be set apart from the country', () => {
    expect(plan([customer({ policy: TIGHT, jurisdictionNotices: 'NO' })], [at3]).skipped[0]?.rule).toBe('inkassoloven §9');
  });

  it('NO: the level before placement is sent with at least 14 days, since it is the varsel', () => {
    const at2 = item({ dueDate: ago(60), levelReached: 2, levelReachedOn: ago(30) });
    expect(plan([customer({ policy: TIGHT, country: 'NO' })], [at2]).actions[0]?.deadline).toBe(addDays(asOf, 14));
    expect(plan([customer({ policy: TIGHT })], [at2]).actions[0]?.deadline).toBe(addDays(asOf, 3));
  });

  it('NO: a varsel that gave under 14 days blocks placement with no date (a new varsel is needed)', () => {
    const result = plan([customer({ country: 'NO' })], [item({ dueDate: ago(120), levelReached: 3, levelReachedOn: ago(30), levelDeadline: ago(25) })]);
    expect(result.skipped[0]).toMatchObject({ rule: 'inkassoloven §9' });
    expect(result.skipped[0]?.earliest).toBeUndefined();
  });

  it('SE: every demand gives at least 8 days to pay or dispute', () => {
    const short = withLevels((l) => { l[0] = { ...l[0]!, deadlineDays: 3 }; });
    const se = plan([customer({ policy: short, country: 'SE' })], [item()]).actions[0];
    expect(se?.deadline).toBe(addDays(asOf, 8));
    expect(checkSeInkassokrav({ sentOn: asOf, deadline: se?.deadline ?? asOf }).allowed).toBe(true);
    expect(plan([customer({ policy: short })], [item()]).actions[0]?.deadline).toBe(addDays(asOf, 3));
  });

  it('SE: no next level before the previous demand’s deadline has run out', () => {
    const quick: DunningPolicy = {
      name: 'quick',
      levels: [
        { ...DEFAULT_POLICY.levels[0]!, deadlineDays: 3 },
        { ...DEFAULT_POLICY.levels[1]!, trigger: { kind: 'days-past-due', days: 5 } },
      ],
    };
    const at1 = item({ dueDate: ago(5), levelReached: 1, levelReachedOn: ago(4) });
    const se = plan([customer({ policy: quick, country: 'SE' })], [at1]);
    expect(se.actions).toEqual([]);
    expect(se.skipped[0]).toMatchObject({ rule: expect.stringContaining('god inkassosed'), earliest: addDays(ago(4), 9) });
    expect(plan([customer({ policy: quick })], [at1]).actions[0]?.level).toBe(2);
  });
});

describe('most relevant reason per customer and currency', () => {
  it('a postponement outranks a promise on another invoice', () => {
    const c = customer({ activePromiseUntil: asOf, promisedInvoiceIds: ['i1'] });
    const items = [item(), item({ invoiceId: 'i2', number: '1002', dueDate: ago(66), levelReached: 2, levelReachedOn: ago(1) })];
    const result = plan([c], items);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.reason).toMatch(/^level 3 for invoice 1002 not before/);
  });

  it('a promise outranks a payment plan and a dispute, naming every invoice it covers', () => {
    const c = customer({ activePromiseUntil: asOf, promisedInvoiceIds: ['i1', 'i3'], activePlanInvoiceIds: ['i2'] });
    const items = [item(), item({ invoiceId: 'i2', number: '1002' }), item({ invoiceId: 'i3', number: '1003' }), item({ invoiceId: 'i4', number: '1004', disputed: 100000n })];
    expect(plan([c], items).skipped).toEqual([{ customerRef: 'C1', currency: 'NOK', reason: `promise to pay until ${asOf} covers invoice(s) 1001, 1003`, earliest: addDays(asOf, 1) }]);
  });

  it('a customer with an action is not also skipped', () => {
    const items = [item(), item({ invoiceId: 'i2', number: '1002', disputed: 100000n })];
    expect(plan([customer()], items)).toMatchObject({ skipped: [], actions: [{ level: 1 }] });
  });
});

describe('inputs', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['a bad as-of date', () => planDunning('2026-02-30', [customer()], [item()]), /asOf/],
    ['an item of an unknown customer', () => planDunning(asOf, [], [item()]), /no customer "C1"/],
    ['a level without its date', () => planDunning(asOf, [customer()], [item({ dueDate: ago(40), levelReached: 1 })]), /levelReachedOn is required/],
    ['a negative disputed amount', () => planDunning(asOf, [customer()], [item({ disputed: -1n })]), /disputed must not be negative/],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
