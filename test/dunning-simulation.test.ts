// Issue #4: "Test the ladder on a clock that moves day by day over 120 days for a customer who never pays, one who
// pays after the first reminder, one who disputes, and one who promises."
import { describe, it, expect } from 'vitest';
import { addDays, daysBetween } from '../src/domain/dates.js';
import {
  applyActions, applyContacts, DEFAULT_POLICY, planDunning,
  type CustomerForDunning, type DunningPolicy, type OpenItemForDunning, type PlannedAction, type Skipped,
} from '../src/domain/dunning/index.js';
import { checkNoHandOver } from '../src/domain/law/notices/index.js';

const DUE = '2026-01-05';
const day = (n: number) => addDays(DUE, n);

type Sent = { day: number; level: number; action: PlannedAction };
type Story = {
  ref: string;
  country: string;
  policy?: DunningPolicy;
  /** Days after DUE the invoice falls due (default 0). */
  dueIn?: number;
  /** The customer's doings on day n, posted before that day's run. */
  on?: (n: number, item: OpenItemForDunning, customer: CustomerForDunning) => [OpenItemForDunning, CustomerForDunning];
};

const STORIES: Story[] = [
  { ref: 'NEVER', country: 'GB' },
  { ref: 'NEVER-NO', country: 'NO' },
  // Due 5 days later, so their second level (day 35) falls inside the missed days 31–40.
  { ref: 'LATER', country: 'GB', dueIn: 5 },
  { ref: 'LATER-NO', country: 'NO', dueIn: 5 },
  { ref: 'PAYS', country: 'GB', on: (n, i, c) => [n === 10 ? { ...i, open: 0n } : i, c] },
  { ref: 'DISPUTES', country: 'SE', on: (n, i, c) => [n === 20 ? { ...i, disputed: i.open } : i, c] },
  {
    ref: 'PROMISES',
    country: 'GB',
    on: (n, i, c) => [i, n === 20 ? { ...c, activePromiseUntil: day(45), promisedInvoiceIds: [i.invoiceId] } : c],
  },
];

/** Runs the planner on each day in `runDays`, sending every action and recording the state after it. */
function simulate(stories: Story[], runDays: (n: number) => boolean, days = 120) {
  let customers: CustomerForDunning[] = stories.map((s) => ({ customerRef: s.ref, country: s.country, doNotContact: false, policy: s.policy ?? DEFAULT_POLICY }));
  let items: OpenItemForDunning[] = stories.map((s) => ({
    invoiceId: `inv-${s.ref}`, number: `F-${s.ref}`, customerRef: s.ref, currency: 'NOK', dueDate: day(s.dueIn ?? 0), open: 1_250_000n, disputed: 0n, levelReached: 0,
  }));
  const sent = new Map<string, Sent[]>(stories.map((s) => [s.ref, []]));
  const skipped = new Map<string, { day: number; skipped: Skipped }[]>(stories.map((s) => [s.ref, []]));
  for (let n = 0; n <= days; n += 1) {
    for (const [k, story] of stories.entries()) {
      if (!story.on) continue;
      const [item, customer] = story.on(n, items[k]!, customers[k]!);
      items[k] = item;
      customers[k] = customer;
    }
    if (!runDays(n)) continue;
    const plan = planDunning(day(n), customers, items);
    for (const action of plan.actions) sent.get(action.customerRef)?.push({ day: n, level: action.level, action });
    for (const s of plan.skipped) skipped.get(s.customerRef)?.push({ day: n, skipped: s });
    items = applyActions(items, plan.actions, day(n));
    customers = applyContacts(customers, plan.actions, day(n));
    expect(planDunning(day(n), customers, items).actions).toEqual([]);
  }
  return { sent, skipped, items };
}

const ladder = (sent: Sent[] | undefined) => (sent ?? []).map((s) => [s.day, s.level]);

/** No level skipped, never two contacts within 7 days, NO hand-over only after the varsel's deadline. */
function expectLawful(story: string, sent: Sent[], country: string, policy: DunningPolicy = DEFAULT_POLICY, due = DUE) {
  sent.forEach((s, k) => {
    expect(s.level, `${story} level ${k + 1}`).toBe(k + 1);
    const previous = sent[k - 1];
    if (previous === undefined) return;
    expect(s.day - previous.day, `${story}: contact limit`).toBeGreaterThanOrEqual(7);
    expect(day(s.day) > previous.action.deadline, `${story}: level ${s.level} after the level ${previous.level} deadline`).toBe(true);
    const trigger = policy.levels[k]?.trigger;
    const before = policy.levels[k - 1]?.trigger;
    if (trigger?.kind === 'days-past-due' && before?.kind === 'days-past-due') {
      expect(s.day - previous.day, `${story}: gap before level ${s.level}`).toBeGreaterThanOrEqual(trigger.days - before.days);
    }
    if (country === 'NO' && s.action.sideEffects.includes('placement-in-house')) {
      const varsel = { sentOn: day(previous.day), deadline: previous.action.deadline };
      expect(checkNoHandOver({ dueDate: due, inkassovarsel: varsel, handOverOn: day(s.day) }).allowed).toBe(true);
      expect(daysBetween(day(previous.day), day(s.day))).toBeGreaterThanOrEqual(15);
    }
  });
}

describe('120 days, one run a day', () => {
  const { sent, skipped } = simulate(STORIES, () => true);

  it('the customer who never pays gets levels 1, 2, 3, 4 on days 1, 30, 60, 90 and nothing more', () => {
    expect(ladder(sent.get('NEVER'))).toEqual([[1, 1], [30, 2], [60, 3], [90, 4]]);
    expect(sent.get('NEVER')?.[3]?.action.sideEffects).toEqual(['credit-hold', 'placement-in-house']);
    expect(skipped.get('NEVER')).toEqual([]);
  });

  it('the NO customer who never pays is placed no sooner than 15 days after the varsel', () => {
    expect(ladder(sent.get('NEVER-NO'))).toEqual([[1, 1], [30, 2], [60, 3], [90, 4]]);
    expectLawful('NEVER-NO', sent.get('NEVER-NO') ?? [], 'NO');
  });

  it('the customer who pays on day 10 hears nothing after the first reminder', () => {
    expect(ladder(sent.get('PAYS'))).toEqual([[1, 1]]);
    expect(skipped.get('PAYS')).toEqual([]);
  });

  it('the customer who disputes everything on day 20 gets no more dunning, and is listed as disputed', () => {
    expect(ladder(sent.get('DISPUTES'))).toEqual([[1, 1]]);
    const reasons = skipped.get('DISPUTES') ?? [];
    expect(reasons[0]?.day).toBe(30);
    expect(reasons.every((r) => r.skipped.reason === 'invoice(s) F-DISPUTES disputed in full')).toBe(true);
  });

  it('the customer who promises is paused until day 45 and resumes at the next level the day the promise lapses', () => {
    expect(ladder(sent.get('PROMISES'))).toEqual([[1, 1], [46, 2], [76, 3], [106, 4]]);
    const paused = (skipped.get('PROMISES') ?? []).filter((s) => s.skipped.reason.startsWith('promise'));
    expect(paused.map((s) => s.day)).toEqual(Array.from({ length: 16 }, (_, k) => 30 + k));
    expect(paused[0]?.skipped.earliest).toBe(day(46));
  });

  it('a customer whose invoice falls due 5 days later follows the same ladder 5 days later', () => {
    expect(ladder(sent.get('LATER'))).toEqual([[6, 1], [35, 2], [65, 3], [95, 4]]);
  });

  it('every ladder is lawful', () => {
    for (const story of STORIES) expectLawful(story.ref, sent.get(story.ref) ?? [], story.country, DEFAULT_POLICY, day(story.dueIn ?? 0));
  });
});

describe('120 days with no runs on days 31–40', () => {
  const { sent } = simulate(STORIES, (n) => n < 31 || n > 40);

  it('catches up a level that fell due in the gap on day 41, then keeps the policy’s gaps', () => {
    expect(ladder(sent.get('LATER'))).toEqual([[6, 1], [41, 2], [71, 3], [101, 4]]);
    expect(ladder(sent.get('LATER-NO'))).toEqual([[6, 1], [41, 2], [71, 3], [101, 4]]);
  });

  it('leaves the ladders that had nothing due in the gap as they were', () => {
    expect(ladder(sent.get('NEVER'))).toEqual([[1, 1], [30, 2], [60, 3], [90, 4]]);
    expect(ladder(sent.get('PAYS'))).toEqual([[1, 1]]);
    expect(ladder(sent.get('DISPUTES'))).toEqual([[1, 1]]);
    expect(ladder(sent.get('PROMISES'))).toEqual([[1, 1], [46, 2], [76, 3], [106, 4]]);
  });

  it('skips no level and breaks no notice period', () => {
    for (const story of STORIES) expectLawful(story.ref, sent.get(story.ref) ?? [], story.country, DEFAULT_POLICY, day(story.dueIn ?? 0));
  });
});

describe('120 days with no runs on days 30–39 (the second level’s trigger day missed)', () => {
  const { sent } = simulate(STORIES, (n) => n < 30 || n > 39);

  it('sends level 2 on day 40 and shifts the rest of the ladder, never compressing it', () => {
    expect(ladder(sent.get('NEVER'))).toEqual([[1, 1], [40, 2], [70, 3], [100, 4]]);
    expect(ladder(sent.get('NEVER-NO'))).toEqual([[1, 1], [40, 2], [70, 3], [100, 4]]);
    for (const story of STORIES) expectLawful(story.ref, sent.get(story.ref) ?? [], story.country, DEFAULT_POLICY, day(story.dueIn ?? 0));
  });
});

describe('the law, not the policy, holds back a placement that follows the final notice after 5 days', () => {
  const TIGHT: DunningPolicy = {
    name: 'tight',
    levels: DEFAULT_POLICY.levels.map((l, k) =>
      k === 2 ? { ...l, deadlineDays: 3 } : k === 3 ? { ...l, trigger: { kind: 'days-past-due' as const, days: 65 } } : l),
  };
  const stories: Story[] = [
    { ref: 'TIGHT-GB', country: 'GB', policy: TIGHT },
    { ref: 'TIGHT-NO', country: 'NO', policy: TIGHT },
  ];

  it.each([
    ['every day', (_: number) => true],
    ['with days 61–70 missed', (n: number) => n < 61 || n > 70],
  ])('%s', (_, runDays) => {
    const { sent, skipped } = simulate(stories, runDays);
    const gb = sent.get('TIGHT-GB') ?? [];
    const no = sent.get('TIGHT-NO') ?? [];
    expect(gb.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    expect(no.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    // The NO final notice is the inkassovarsel: 14 days, so placement no sooner than the 15th day after it.
    expect(no[2]?.action.deadline).toBe(day((no[2]?.day ?? 0) + 14));
    expect((no[3]?.day ?? 0) - (no[2]?.day ?? 0)).toBe(15);
    // Elsewhere only the contact limit (7 days) holds it back.
    if (runDays(67)) expect((gb[3]?.day ?? 0) - (gb[2]?.day ?? 0)).toBe(7);
    expectLawful('TIGHT-NO', no, 'NO', TIGHT);
    const blocked = (skipped.get('TIGHT-NO') ?? []).filter((s) => s.skipped.rule === 'inkassoloven §9');
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.every((s) => s.skipped.earliest === day(no[3]?.day ?? 0))).toBe(true);
  });
});
