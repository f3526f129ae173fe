import { describe, it, expect } from 'vitest';
import {
  DEFAULT_POLICY, gapDaysOf, levelsToJson, parsePolicy, validatePolicy,
  type DunningLevel, type DunningPolicy,
} from '../src/domain/dunning/index.js';

const level = (over: Partial<DunningLevel> = {}): DunningLevel => ({
  trigger: { kind: 'days-past-due', days: 1 },
  channels: ['email'],
  registeredMail: false,
  recipientRoles: ['billing'],
  templateKey: 't',
  addFees: false,
  addInterest: false,
  sideEffects: [],
  minimumOverdue: {},
  graceDays: 0,
  deadlineDays: 10,
  ...over,
});
const policy = (...levels: DunningLevel[]): DunningPolicy => ({ name: 'p', levels });
const dpd = (days: number) => ({ kind: 'days-past-due' as const, days });
const since = (days: number) => ({ kind: 'days-since-previous' as const, days });

describe('DEFAULT_POLICY: the seeds’ ladder', () => {
  const [l1, l2, l3, l4] = DEFAULT_POLICY.levels;

  it('is valid and has four levels at 1, 30, 60 and 90 days past due', () => {
    expect(validatePolicy(DEFAULT_POLICY)).toEqual([]);
    expect(DEFAULT_POLICY.levels.map((l) => l.trigger)).toEqual([dpd(1), dpd(30), dpd(60), dpd(90)]);
  });

  it('starts with a friendly e-mail to the billing contact', () => {
    expect(l1).toMatchObject({ channels: ['email'], recipientRoles: ['billing'], registeredMail: false, addFees: false, sideEffects: [] });
  });

  it('sends the second notice as a registered letter whose deadline is the day before 60 days past due', () => {
    expect(l2).toMatchObject({ channels: ['letter'], registeredMail: true, recipientRoles: ['billing', 'accounts-payable'] });
    expect(30 + (l2?.deadlineDays ?? 0)).toBe(59);
  });

  it('adds executives from the third level on (seed 000), fees, interest and a call task on the final notice', () => {
    expect(l3).toMatchObject({ registeredMail: true, addFees: true, addInterest: true });
    expect(l3?.channels).toEqual(expect.arrayContaining(['letter', 'email', 'call-task']));
    for (const l of [l3, l4]) expect(l?.recipientRoles).toContain('executive');
    for (const l of [l1, l2]) expect(l?.recipientRoles).not.toContain('executive');
  });

  it('holds credit and places the account in-house at 90 days, with a letter and a last deadline', () => {
    expect(l4?.sideEffects).toEqual(['credit-hold', 'placement-in-house']);
    expect(l4?.channels).toContain('letter');
    expect(l4?.deadlineDays).toBeGreaterThan(0);
  });
});

describe('gapDaysOf', () => {
  it.each<[string, DunningPolicy, number, number]>([
    ['difference of days-past-due triggers', DEFAULT_POLICY, 3, 30],
    ['first level has no gap', DEFAULT_POLICY, 1, 0],
    ['explicit minimumGapDays wins', policy(level(), level({ trigger: dpd(30), minimumGapDays: 40 })), 2, 40],
    ['days-since-previous uses its own days', policy(level(), level({ trigger: since(12) })), 2, 12],
    ['days-past-due after days-since-previous: at least one day', policy(level(), level({ trigger: since(12) }), level({ trigger: dpd(40) })), 3, 1],
  ])('%s', (_, p, n, gap) => {
    expect(gapDaysOf(p, n)).toBe(gap);
  });
});

describe('validatePolicy', () => {
  it.each<[string, DunningPolicy, RegExp]>([
    ['no levels', policy(), /at least one level/],
    ['blank name', { name: ' ', levels: [level()] }, /name: must not be blank/],
    ['triggers not escalating', policy(level({ trigger: dpd(30) }), level({ trigger: dpd(30) })), /level 2: .*levels must escalate/],
    ['triggers going back', policy(level({ trigger: dpd(30) }), level({ trigger: dpd(60) }), level({ trigger: dpd(45) })), /level 3: .*not after an earlier level's 60/],
    ['first level since previous', policy(level({ trigger: since(5) })), /level 1: the first level has no previous level/],
    ['since-previous of 0 days', policy(level(), level({ trigger: since(0) })), /level 2: trigger.days: must be at least 1/],
    ['fractional days', policy(level({ trigger: dpd(1.5) })), /must be a whole number of days/],
    ['negative grace', policy(level({ graceDays: -1 })), /graceDays: must be at least 0/],
    ['deadline of 0 days', policy(level({ deadlineDays: 0 })), /deadlineDays: must be at least 1/],
    ['gap of 0 days', policy(level(), level({ trigger: dpd(30), minimumGapDays: 0 })), /minimumGapDays: must be at least 1/],
    ['no channel', policy(level({ channels: [] })), /channels: at least one is needed/],
    ['unknown channel', policy(level({ channels: ['fax' as 'email'] })), /channels: unknown "fax"/],
    ['channel twice', policy(level({ channels: ['email', 'email'] })), /channels: listed twice/],
    ['registered mail without a letter', policy(level({ registeredMail: true })), /registeredMail: needs the letter channel/],
    ['no recipients', policy(level({ recipientRoles: [] })), /recipientRoles: at least one/],
    ['unknown side effect', policy(level(), level({ trigger: dpd(30), sideEffects: ['prison' as 'legal'] })), /sideEffects: unknown "prison"/],
    ['placed twice', policy(level(), level({ trigger: dpd(30), sideEffects: ['placement-in-house', 'placement-agency'] })), /in-house or with an agency, not both/],
    ['placement first', policy(level({ sideEffects: ['placement-agency'] })), /level 1: placement or legal action cannot be the first level/],
    ['blank template', policy(level({ templateKey: '' })), /templateKey: must not be blank/],
    ['unknown currency', policy(level({ minimumOverdue: { NKO: 100n } })), /"NKO" is not an ISO 4217 currency/],
    ['negative minimum', policy(level({ minimumOverdue: { NOK: -1n } })), /minimumOverdue.NOK: must be a non-negative amount/],
    ['next level before the previous deadline', policy(level({ deadlineDays: 14 }), level({ trigger: dpd(10) })), /level 2: may follow level 1 after 9 days, before level 1's 14-day deadline/],
  ])('%s', (_, p, reason) => {
    const reasons = validatePolicy(p);
    expect(reasons.some((r) => reason.test(r)), reasons.join('\n')).toBe(true);
  });

  it('accepts a courtesy reminder before the due date and a days-since-previous ladder', () => {
    const p = policy(level({ trigger: dpd(-3), deadlineDays: 3 }), level({ trigger: dpd(1) }), level({ trigger: since(14), deadlineDays: 10 }));
    expect(validatePolicy(p)).toEqual([]);
  });
});

describe('policy JSON (dunning_policies.levels)', () => {
  it('round-trips the default policy with minimums as decimal strings', () => {
    const p: DunningPolicy = {
      name: 'with minimums',
      levels: DEFAULT_POLICY.levels.map((l, i) => ({ ...l, minimumOverdue: { NOK: BigInt(i) * 10000n, JPY: 500n }, ...(i === 2 ? { minimumGapDays: 31 } : {}) })),
    };
    const json = JSON.parse(JSON.stringify(levelsToJson(p.levels))) as unknown;
    expect((json as { minimumOverdue: Record<string, string> }[])[1]?.minimumOverdue).toEqual({ NOK: '100.00', JPY: '500' });
    expect(parsePolicy(p.name, json)).toEqual({ ok: true, value: p });
  });

  it.each<[string, unknown, RegExp]>([
    ['not a list', { levels: 1 }, /levels: must be a list/],
    ['bad trigger', [{ ...levelsToJson([level()])[0], trigger: { kind: 'weekly' } }], /level 1: trigger: must be/],
    ['bad channel', [{ ...levelsToJson([level()])[0], channels: ['fax'] }], /level 1: channels: must be a list of email/],
    ['bad minimum', [{ ...levelsToJson([level()])[0], minimumOverdue: { NOK: '1.234' } }], /minimumOverdue.NOK: NOK has 2 decimal digits/],
    ['bad currency', [{ ...levelsToJson([level()])[0], minimumOverdue: { NKO: '1' } }], /minimumOverdue.NKO: must be a decimal string for an ISO 4217 currency/],
    ['invalid policy', levelsToJson([level({ trigger: dpd(5) }), level({ trigger: dpd(5) })]), /levels must escalate/],
  ])('refuses %s with reasons', (_, json, reason) => {
    const parsed = parsePolicy('p', json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reasons.some((r) => reason.test(r)), parsed.reasons.join('\n')).toBe(true);
  });
});
