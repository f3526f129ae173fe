import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '../src/domain/dates.js';
import {
  applyActions, applyContacts, DEFAULT_POLICY, gapDaysOf, planDunning, triggerFloors, validatePolicy,
  type CustomerForDunning, type DunningPolicy, type OpenItemForDunning, type PlannedAction,
} from '../src/domain/dunning/index.js';
import { checkNoHandOver, checkSeInkassokrav } from '../src/domain/law/notices/index.js';

const asOf = '2026-06-15';

const MINIMUMS: DunningPolicy = {
  name: 'minimums',
  levels: DEFAULT_POLICY.levels.map((l, k) => ({ ...l, minimumOverdue: { NOK: BigInt(k) * 200_000n, EUR: 5_000n } })),
};
const TIGHT: DunningPolicy = {
  name: 'tight',
  levels: DEFAULT_POLICY.levels.map((l, k) =>
    k === 2 ? { ...l, deadlineDays: 3 } : k === 3 ? { ...l, trigger: { kind: 'days-past-due' as const, days: 65 } } : l),
};
const SINCE: DunningPolicy = {
  name: 'since-previous',
  levels: [
    { ...DEFAULT_POLICY.levels[0]!, trigger: { kind: 'days-past-due', days: -2 }, deadlineDays: 2 },
    { ...DEFAULT_POLICY.levels[0]!, trigger: { kind: 'days-since-previous', days: 10 }, graceDays: 2, deadlineDays: 7 },
    { ...DEFAULT_POLICY.levels[2]!, trigger: { kind: 'days-since-previous', days: 15 } },
    { ...DEFAULT_POLICY.levels[3]!, trigger: { kind: 'days-past-due', days: 40 }, minimumGapDays: 20 },
  ],
};
const POLICIES = [DEFAULT_POLICY, MINIMUMS, TIGHT, SINCE];

const arbCustomer = (ref: string) =>
  fc.record({
    country: fc.constantFrom('NO', 'SE', 'GB', 'US', 'BG'),
    doNotContact: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    lastContactAgo: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    promise: fc.option(fc.record({ endsIn: fc.integer({ min: -5, max: 20 }), all: fc.boolean() }), { nil: undefined }),
    policy: fc.constantFrom(...POLICIES),
  }).map((c): CustomerForDunning => ({
    customerRef: ref,
    country: c.country,
    doNotContact: c.doNotContact,
    policy: c.policy,
    ...(c.lastContactAgo === undefined ? {} : { lastContactOn: addDays(asOf, -c.lastContactAgo) }),
    ...(c.promise === undefined ? {} : { activePromiseUntil: addDays(asOf, c.promise.endsIn), ...(c.promise.all ? {} : { promisedInvoiceIds: ['i0', 'i3'] }) }),
    activePlanInvoiceIds: ['i5'],
  }));

const arbItem = (k: number) =>
  fc.record({
    customer: fc.constantFrom('C0', 'C1', 'C2'),
    currency: fc.constantFrom('NOK', 'EUR'),
    daysPastDue: fc.integer({ min: -10, max: 200 }),
    level: fc.integer({ min: 0, max: 4 }),
    reachedAgo: fc.integer({ min: 0, max: 120 }),
    deadlineIn: fc.option(fc.integer({ min: -60, max: 30 }), { nil: undefined }),
    open: fc.bigInt({ min: -1_000n, max: 900_000n }),
    disputed: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 900_000n })),
  }).map((i): OpenItemForDunning => ({
    invoiceId: `i${k}`, number: `F${k}`, customerRef: i.customer, currency: i.currency, dueDate: addDays(asOf, -i.daysPastDue),
    open: i.open, disputed: i.disputed, levelReached: i.level,
    ...(i.level > 0 ? { levelReachedOn: addDays(asOf, -i.reachedAgo) } : {}),
    ...(i.level > 0 && i.deadlineIn !== undefined ? { levelDeadline: addDays(asOf, i.deadlineIn) } : {}),
  }));

const arbBook = fc.tuple(
  fc.tuple(arbCustomer('C0'), arbCustomer('C1'), arbCustomer('C2')),
  fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => arbItem(k)))),
);

describe('dunning planner properties', () => {
  it('the policies used here are valid', () => {
    for (const p of POLICIES) expect(validatePolicy(p), p.name).toEqual([]);
  });

  // The store pre-filters items with triggerFloors (src/store/dunning-inputs.ts); the filter must never change a plan.
  it('the trigger floors drop only items the planner would ignore', () => {
    const floors = triggerFloors(POLICIES, asOf);
    const passes = (item: OpenItemForDunning) => floors.some((f) => f.levelReached === item.levelReached && (
      (f.dueOnOrBefore !== undefined && item.dueDate <= f.dueOnOrBefore) ||
      (f.reachedOnOrBefore !== undefined && item.levelReachedOn !== undefined && item.levelReachedOn <= f.reachedOnOrBefore)));
    fc.assert(
      fc.property(arbBook, ([customers, items]) => {
        expect(planDunning(asOf, customers, items.filter(passes))).toEqual(planDunning(asOf, customers, items));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: after applyActions, a second plan for the same day sends nothing', () => {
    fc.assert(
      fc.property(arbBook, fc.boolean(), ([customers, items], contacts) => {
        const first = planDunning(asOf, customers, items);
        const after = applyActions(items, first.actions, asOf);
        const customersAfter = contacts ? applyContacts(customers, first.actions, asOf) : customers;
        expect(planDunning(asOf, customersAfter, after).actions).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('lists no settled or wholly disputed invoice, advances each by exactly one level, and adds up', () => {
    fc.assert(
      fc.property(arbBook, ([customers, items]) => {
        const { actions } = planDunning(asOf, customers, items);
        const seen = new Set<string>();
        for (const action of actions) {
          const customer = customers.find((c) => c.customerRef === action.customerRef);
          expect(customer?.doNotContact).toBe(false);
          expect(action.level).toBe(Math.max(...action.invoices.map((i) => i.toLevel)));
          expect(action.total).toBe(action.invoices.reduce((t, i) => t + i.dunned, 0n));
          for (const invoice of action.invoices) {
            expect(seen.has(invoice.invoiceId)).toBe(false);
            seen.add(invoice.invoiceId);
            expect(invoice.open > 0n && invoice.dunned > 0n && invoice.dunned === invoice.open - invoice.disputed).toBe(true);
            expect(invoice.toLevel).toBe(invoice.fromLevel + 1);
            expect(invoice.invoiceId).not.toBe('i5');
          }
          if (customer?.country === 'SE') expect(checkSeInkassokrav({ sentOn: asOf, deadline: action.deadline }).allowed).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('over 150 days of random payments and disputes, levels never go down, skip or break a gap or the NO varsel', () => {
    const arbEvents = fc.array(fc.record({ day: fc.integer({ min: 0, max: 150 }), invoice: fc.integer({ min: 0, max: 5 }), kind: fc.constantFrom('pay', 'part', 'dispute', 'undispute') }), { maxLength: 12 });
    const arbDue = fc.array(fc.integer({ min: -30, max: 40 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...POLICIES), fc.constantFrom('NO', 'SE', 'GB'), arbDue, arbEvents, fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 30 }), (policy, country, dues, events, missed) => {
        const start = '2026-01-01';
        let customers: CustomerForDunning[] = [{ customerRef: 'C', country, doNotContact: false, policy }];
        let items: OpenItemForDunning[] = dues.map((d, k) => ({
          invoiceId: `i${k}`, number: `F${k}`, customerRef: 'C', currency: k % 2 === 0 ? 'NOK' : 'EUR', dueDate: addDays(start, d), open: 500_000n, disputed: 0n, levelReached: 0,
        }));
        const history = new Map<string, { on: string; level: number; deadline: string }[]>();
        const skippedDays = new Set(missed);
        for (let n = 0; n <= 150; n += 1) {
          const today = addDays(start, n);
          items = items.map((item, k) => events.filter((e) => e.day === n && e.invoice === k).reduce(applyEvent, item));
          if (skippedDays.has(n)) continue;
          const { actions } = planDunning(today, customers, items);
          const before = items;
          items = applyActions(items, actions, today);
          customers = applyContacts(customers, actions, today);
          items.forEach((item, k) => {
            expect(item.levelReached).toBeGreaterThanOrEqual(before[k]!.levelReached);
            expect(item.levelReached - before[k]!.levelReached).toBeLessThanOrEqual(1);
          });
          recordSent(history, actions, today);
        }
        for (const [invoiceId, sent] of history) checkLadder(policy, country, items.find((i) => i.invoiceId === invoiceId)!, sent);
      }),
      { numRuns: 150 },
    );
  });
});

function applyEvent(item: OpenItemForDunning, event: { kind: string }): OpenItemForDunning {
  if (event.kind === 'pay') return { ...item, open: 0n, disputed: 0n };
  if (event.kind === 'part') return { ...item, open: item.open / 2n, disputed: item.disputed > item.open / 2n ? item.open / 2n : item.disputed };
  if (event.kind === 'dispute') return { ...item, disputed: item.open };
  return { ...item, disputed: 0n };
}

function recordSent(history: Map<string, { on: string; level: number; deadline: string }[]>, actions: PlannedAction[], on: string): void {
  for (const action of actions) {
    for (const invoice of action.invoices) {
      expect(invoice.open).toBeGreaterThan(0n);
      const sent = history.get(invoice.invoiceId) ?? [];
      sent.push({ on, level: invoice.toLevel, deadline: action.deadline });
      history.set(invoice.invoiceId, sent);
    }
  }
}

function checkLadder(policy: DunningPolicy, country: string, item: OpenItemForDunning, sent: { on: string; level: number; deadline: string }[]): void {
  sent.forEach((s, k) => {
    expect(s.level).toBe(k + 1);
    const previous = sent[k - 1];
    if (previous === undefined) return;
    expect(daysBetween(previous.on, s.on)).toBeGreaterThanOrEqual(gapDaysOf(policy, s.level));
    expect(s.on > previous.deadline).toBe(true);
    const handOver = (policy.levels[s.level - 1]?.sideEffects ?? []).some((e) => e !== 'credit-hold');
    if (country === 'NO' && handOver) {
      const decision = checkNoHandOver({ dueDate: item.dueDate, inkassovarsel: { sentOn: previous.on, deadline: previous.deadline }, handOverOn: s.on });
      expect(decision.allowed, decision.reason).toBe(true);
    }
  });
}
