// Issue #6: the credit decision — automatic holds over the limit or too long past due, manual holds — pure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditFacts, type CreditPolicy, DEFAULT_CREDIT_POLICY, decideCredit, holdThreshold } from '../src/domain/credit/index.js';

const facts = (over: Partial<CreditFacts>): CreditFacts => ({ currency: 'NOK', limit: 100_000n, exposure: 40_000n, oldestDaysPastDue: null, manualHold: null, ...over });

describe('decideCredit', () => {
  it.each<[string, Partial<CreditFacts>, CreditPolicy, { allowed: boolean; codes: string[]; automatic: boolean; available: bigint | null }]>([
    ['within the limit, nothing late', {}, DEFAULT_CREDIT_POLICY, { allowed: true, codes: [], automatic: false, available: 60_000n }],
    ['exactly at the limit', { exposure: 100_000n }, DEFAULT_CREDIT_POLICY, { allowed: true, codes: [], automatic: false, available: 0n }],
    ['one minor unit over', { exposure: 100_001n }, DEFAULT_CREDIT_POLICY, { allowed: false, codes: ['over-limit'], automatic: true, available: 0n }],
    ['over, but within a 10 % tolerance', { exposure: 110_000n }, { maxDaysPastDue: 90, limitTolerancePercent: 10 }, { allowed: true, codes: [], automatic: false, available: 0n }],
    ['over the tolerance', { exposure: 110_001n }, { maxDaysPastDue: 90, limitTolerancePercent: 10 }, { allowed: false, codes: ['over-limit'], automatic: true, available: 0n }],
    ['no limit set', { limit: null, exposure: 9_999_999n }, DEFAULT_CREDIT_POLICY, { allowed: true, codes: [], automatic: false, available: null }],
    ['a limit of zero: cash only', { limit: 0n, exposure: 1n }, DEFAULT_CREDIT_POLICY, { allowed: false, codes: ['over-limit'], automatic: true, available: 0n }],
    ['credit balance under a zero limit', { limit: 0n, exposure: -500n }, DEFAULT_CREDIT_POLICY, { allowed: true, codes: [], automatic: false, available: 500n }],
    ['the limit rule switched off', { exposure: 500_000n }, { maxDaysPastDue: 90, limitTolerancePercent: null }, { allowed: true, codes: [], automatic: false, available: 0n }],
    ['90 days past due is still allowed', { oldestDaysPastDue: 90 }, DEFAULT_CREDIT_POLICY, { allowed: true, codes: [], automatic: false, available: 60_000n }],
    ['91 days past due', { oldestDaysPastDue: 91 }, DEFAULT_CREDIT_POLICY, { allowed: false, codes: ['past-due'], automatic: true, available: 60_000n }],
    ['a tenant with 60 days', { oldestDaysPastDue: 61 }, { maxDaysPastDue: 60, limitTolerancePercent: 0 }, { allowed: false, codes: ['past-due'], automatic: true, available: 60_000n }],
    ['the age rule switched off', { oldestDaysPastDue: 400 }, { maxDaysPastDue: null, limitTolerancePercent: 0 }, { allowed: true, codes: [], automatic: false, available: 60_000n }],
    ['manual hold alone', { manualHold: { reason: 'bankruptcy rumours' } }, DEFAULT_CREDIT_POLICY, { allowed: false, codes: ['manual'], automatic: false, available: 60_000n }],
    ['every reason at once', { exposure: 200_000n, oldestDaysPastDue: 120, manualHold: { reason: 'x' } }, DEFAULT_CREDIT_POLICY, { allowed: false, codes: ['over-limit', 'past-due', 'manual'], automatic: true, available: 0n }],
  ])('%s', (_name, over, policy, expected) => {
    const decision = decideCredit(facts(over), policy);
    expect(decision.newCreditAllowed).toBe(expected.allowed);
    expect(decision.hold.active).toBe(!expected.allowed);
    expect(decision.hold.automatic).toBe(expected.automatic);
    expect(decision.hold.reasons.map((r) => r.code)).toEqual(expected.codes);
    expect(decision.why).toHaveLength(expected.codes.length);
    expect(decision.available).toBe(expected.available);
  });

  it('explains itself in money and days', () => {
    expect(decideCredit(facts({ exposure: 123_456n, oldestDaysPastDue: 95 }), DEFAULT_CREDIT_POLICY).why).toEqual([
      'exposure 1234.56 NOK exceeds the credit limit 1000.00 NOK',
      'an item is 95 days past due, more than the 90 days allowed',
    ]);
  });

  it.each([[100_000n, 0, 100_000n], [100_000n, 5, 105_000n], [999n, 10, 1098n], [0n, 50, 0n]])('holdThreshold(%s, %s %%) = %s', (limit, percent, expected) => {
    expect(holdThreshold(limit, percent)).toBe(expected);
  });

  const policies = fc.record({ maxDaysPastDue: fc.option(fc.nat(400), { nil: null }), limitTolerancePercent: fc.option(fc.nat(100), { nil: null }) });
  const anyFacts = fc.record({
    limit: fc.option(fc.bigInt({ min: 0n, max: 1_000_000n }), { nil: null }), exposure: fc.bigInt({ min: -100_000n, max: 2_000_000n }),
    oldestDaysPastDue: fc.option(fc.nat(500), { nil: null }), manual: fc.boolean(),
  });

  it('is monotone in exposure and in days past due: more owed or older never turns a hold into credit', () => {
    fc.assert(fc.property(anyFacts, policies, fc.bigInt({ min: 0n, max: 1_000_000n }), fc.nat(200), (f, policy, more, older) => {
      const base = facts({ limit: f.limit, exposure: f.exposure, oldestDaysPastDue: f.oldestDaysPastDue, manualHold: f.manual ? { reason: 'r' } : null });
      const worse = { ...base, exposure: base.exposure + more, oldestDaysPastDue: base.oldestDaysPastDue === null ? null : base.oldestDaysPastDue + older };
      const a = decideCredit(base, policy);
      const b = decideCredit(worse, policy);
      if (!a.newCreditAllowed) expect(b.newCreditAllowed).toBe(false);
      if (a.available !== null && b.available !== null) expect(b.available).toBeLessThanOrEqual(a.available);
    }));
  });

  it('allows new credit exactly when there is no hold, and a manual hold always holds', () => {
    fc.assert(fc.property(anyFacts, policies, (f, policy) => {
      const d = decideCredit(facts({ limit: f.limit, exposure: f.exposure, oldestDaysPastDue: f.oldestDaysPastDue, manualHold: f.manual ? { reason: 'r' } : null }), policy);
      expect(d.newCreditAllowed).toBe(!d.hold.active);
      if (f.manual) expect(d.newCreditAllowed).toBe(false);
      expect(d.hold.automatic).toBe(d.hold.reasons.some((r) => r.code !== 'manual'));
    }));
  });
});
