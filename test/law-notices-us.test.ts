import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkUsAfterConversation,
  checkUsCall,
  checkUsCallAttempts,
  checkUsCallHours,
  checkUsValidationNotice,
  type NoticeDecision,
} from '../src/domain/law/notices/index.js';

const NY = 'America/New_York';
const covered = { collector: 'third-party', debt: 'consumer' } as const;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const earliestOf = (d: NoticeDecision): string | undefined => (d.allowed ? undefined : d.earliest);

describe('US call hours (FDCPA 1692c(a)(1)): 08:00–21:00 consumer-local', () => {
  it.each<[string, boolean, boolean, string | undefined]>([
    // callAt, allowed, verified, earliest
    ['2026-03-10T07:59:00-04:00', false, true, '2026-03-10T12:00:00.000Z'],
    ['2026-03-10T07:59:59.900-04:00', false, true, '2026-03-10T12:00:00.000Z'],
    ['2026-03-10T08:00:00-04:00', true, false, undefined], // "after 8 o'clock": the opening second is our reading
    ['2026-03-10T08:00:01-04:00', true, true, undefined],
    ['2026-03-10T20:59:00-04:00', true, true, undefined],
    ['2026-03-10T20:59:59-04:00', true, true, undefined],
    ['2026-03-10T21:00:00-04:00', false, true, '2026-03-11T12:00:00.000Z'],
    ['2026-03-10T23:30:00-04:00', false, true, '2026-03-11T12:00:00.000Z'],
    ['2026-03-11T01:00:00Z', false, true, '2026-03-11T12:00:00.000Z'], // 21:00 EDT on the 10th, given in UTC
  ])('%s → allowed %s', (callAt, allowed, verified, earliest) => {
    const d = checkUsCallHours({ ...covered, callAt, debtorTimeZone: NY });
    expect(d.allowed).toBe(allowed);
    expect(d.verified).toBe(verified);
    expect(earliestOf(d)).toBe(earliest);
    expect(d.rule).toContain('1692c(a)(1)');
  });

  it('takes epoch milliseconds', () => {
    expect(checkUsCallHours({ ...covered, callAt: Date.parse('2026-03-10T11:59:59Z'), debtorTimeZone: NY }).allowed).toBe(false);
    expect(checkUsCallHours({ ...covered, callAt: Date.parse('2026-03-10T12:00:01Z'), debtorTimeZone: NY }).allowed).toBe(true);
  });

  describe('DST days in America/New_York', () => {
    it.each<[string, boolean, string | undefined]>([
      // 8 March 2026: clocks go 02:00 EST → 03:00 EDT, so 08:00 local is 12:00Z, not 13:00Z
      ['2026-03-08T06:00:00Z', false, '2026-03-08T12:00:00.000Z'], // 01:00 EST
      ['2026-03-08T11:59:00Z', false, '2026-03-08T12:00:00.000Z'], // 07:59 EDT
      ['2026-03-08T12:30:00Z', true, undefined], // 08:30 EDT (a fixed −05:00 would say 07:30)
      ['2026-03-09T00:59:00Z', true, undefined], // 20:59 EDT
      ['2026-03-09T01:00:00Z', false, '2026-03-09T12:00:00.000Z'], // 21:00 EDT
      // 1 November 2026: 02:00 EDT → 01:00 EST, so 08:00 local is 13:00Z
      ['2026-11-01T12:30:00Z', false, '2026-11-01T13:00:00.000Z'], // 07:30 EST (a fixed −04:00 would say 08:30)
      ['2026-11-01T13:00:00Z', true, undefined],
      ['2026-11-02T01:59:00Z', true, undefined], // 20:59 EST
      ['2026-11-02T02:00:00Z', false, '2026-11-02T13:00:00.000Z'], // 21:00 EST
    ])('%s → allowed %s', (callAt, allowed, earliest) => {
      const d = checkUsCallHours({ ...covered, callAt, debtorTimeZone: NY });
      expect(d.allowed).toBe(allowed);
      expect(earliestOf(d)).toBe(earliest);
    });
  });

  it('with an uncertain location the call must suit every zone', () => {
    const d = checkUsCallHours({ ...covered, callAt: '2026-03-10T08:30:00-04:00', debtorTimeZone: [NY, 'America/Los_Angeles'] });
    expect(d.allowed).toBe(false);
    expect(earliestOf(d)).toBe('2026-03-10T15:00:00.000Z'); // 08:00 PDT
  });

  it('zones with no common window give no earliest', () => {
    // In UTC the windows are 08–21 (UTC), 00–13 (Shanghai) and 15–04 (Los Angeles, PDT): no hour is in all three.
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
    const d = checkUsCallHours({ ...covered, callAt: '2026-03-10T12:00:00Z', debtorTimeZone: zones });
    expect(d.allowed).toBe(false);
    expect(earliestOf(d)).toBeUndefined();
    expect(d.reason).toContain('share no');
  });

  it.each([
    [{ collector: 'creditor', debt: 'consumer' }],
    [{ collector: 'third-party', debt: 'business' }],
  ] as const)('%o is not covered', (scope) => {
    const d = checkUsCallHours({ ...scope, callAt: '2026-03-10T03:00:00-04:00', debtorTimeZone: NY });
    expect(d.allowed).toBe(true);
    expect(d.reason).toMatch(/^not covered/);
  });

  it.each([
    ['2026-03-10T08:00:00', NY], // no offset: would be read in the server's zone
    ['2026-02-30T08:00:00Z', NY],
    ['2026-03-10T24:00:00Z', NY],
    ['2026-03-10T08:00:00Z', 'America/Nowhere'],
  ])('refuses %s in %s', (callAt, zone) => {
    expect(() => checkUsCallHours({ ...covered, callAt, debtorTimeZone: zone })).toThrow(RangeError);
  });
});

describe('US 7-in-7 (Reg F 1006.14(b)(2)(i))', () => {
  const daily = (first: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) => new Date(Date.parse(first) + i * DAY_MS).toISOString());

  it('the 8th call in 7 days is blocked until the first falls out of the window', () => {
    const previous = daily('2026-03-10T14:00:00Z', 7); // 10:00 EDT on 10–16 March
    const d = checkUsCallAttempts({ ...covered, callAt: '2026-03-16T15:00:00-04:00', debtorTimeZone: NY, previousAttempts: previous });
    expect(d.allowed).toBe(false);
    expect(d.verified).toBe(true);
    expect(earliestOf(d)).toBe('2026-03-17T14:00:00.000Z');
    expect(checkUsCallAttempts({ ...covered, callAt: '2026-03-17T14:00:00Z', debtorTimeZone: NY, previousAttempts: previous }).allowed).toBe(true);
  });

  it('the 7th call is allowed', () => {
    const d = checkUsCallAttempts({ ...covered, callAt: '2026-03-16T15:00:00-04:00', debtorTimeZone: NY, previousAttempts: daily('2026-03-10T14:00:00Z', 6) });
    expect(d.allowed).toBe(true);
  });

  it('blocked by the rolling 168 hours alone is marked unverified', () => {
    const previous = Array.from({ length: 7 }, (_, i) => `2026-03-10T20:0${i}:00-04:00`);
    const d = checkUsCallAttempts({ ...covered, callAt: '2026-03-17T09:00:00-04:00', debtorTimeZone: NY, previousAttempts: previous });
    expect(d.allowed).toBe(false);
    expect(d.verified).toBe(false);
    expect(earliestOf(d)).toBe('2026-03-18T00:00:00.000Z'); // 168 h after the first of them: 20:00 EDT on the 17th
  });

  it('refuses an attempt after the call being checked', () => {
    expect(() =>
      checkUsCallAttempts({ ...covered, callAt: '2026-03-10T10:00:00-04:00', debtorTimeZone: NY, previousAttempts: ['2026-03-11T10:00:00-04:00'] }),
    ).toThrow(RangeError);
  });
});

describe('US no call within 7 days after a conversation (Reg F 1006.14(b)(2)(ii))', () => {
  const talked = '2026-03-10T15:00:00-04:00';
  it.each<[string, boolean, boolean]>([
    ['2026-03-10T16:00:00-04:00', false, true], // same day
    ['2026-03-16T20:00:00-04:00', false, true], // day 7
    ['2026-03-17T09:00:00-04:00', false, false], // day 8, but inside 168 h: conservative block
    ['2026-03-17T15:00:00-04:00', true, true],
  ])('%s → allowed %s', (callAt, allowed, verified) => {
    const d = checkUsAfterConversation({ ...covered, callAt, debtorTimeZone: NY, lastConversationAt: talked });
    expect(d.allowed).toBe(allowed);
    expect(d.verified).toBe(verified);
    if (!d.allowed) expect(d.earliest).toBe('2026-03-17T19:00:00.000Z');
  });

  it('no conversation → allowed', () => {
    expect(checkUsAfterConversation({ ...covered, callAt: talked, debtorTimeZone: NY, lastConversationAt: null }).allowed).toBe(true);
  });
});

describe('checkUsCall (all call rules together)', () => {
  it('moves the earliest into the next calling window', () => {
    // The conversation clears at 22:00 EDT on the 17th, after hours: next window 08:00 EDT on the 18th.
    const d = checkUsCall({
      ...covered, callAt: '2026-03-11T10:00:00-04:00', debtorTimeZone: NY, previousAttempts: [], lastConversationAt: '2026-03-10T22:00:00-04:00',
    });
    expect(d.allowed).toBe(false);
    expect(earliestOf(d)).toBe('2026-03-18T12:00:00.000Z');
  });

  it('joins the reasons of every blocking rule', () => {
    const d = checkUsCall({
      ...covered, callAt: '2026-03-11T22:00:00-04:00', debtorTimeZone: NY, previousAttempts: [], lastConversationAt: '2026-03-11T10:00:00-04:00',
    });
    expect(d.allowed).toBe(false);
    expect(d.rule).toContain('1692c(a)(1)');
    expect(d.rule).toContain('1006.14(b)(2)(ii)');
  });

  const zone = fc.constantFrom(NY, 'America/Los_Angeles', 'America/Chicago', 'Pacific/Honolulu');
  const start = Date.parse('2026-02-20T00:00:00Z');
  const offsets = fc.array(fc.integer({ min: 0, max: 40 * DAY_MS }), { maxLength: 60 });

  it('a caller that calls only when allowed never makes more than 7 attempts in any 7 days', () => {
    fc.assert(
      fc.property(zone, offsets, (tz, candidates) => {
        const made: number[] = [];
        for (const t of [...candidates].sort((a, b) => a - b).map((o) => start + o)) {
          const d = checkUsCall({ ...covered, callAt: t, debtorTimeZone: tz, previousAttempts: made, lastConversationAt: null });
          if (d.allowed) made.push(t);
        }
        for (const t of made) {
          expect(made.filter((a) => a <= t && t - a < 7 * DAY_MS).length).toBeLessThanOrEqual(7);
        }
      }),
    );
  });

  it('the earliest it names is allowed, and a millisecond before it is not', () => {
    fc.assert(
      fc.property(zone, offsets, fc.option(fc.integer({ min: 0, max: 40 * DAY_MS })), fc.integer({ min: 0, max: 40 * DAY_MS }), (tz, attempts, talk, at) => {
        const callAt = start + at;
        const previousAttempts = attempts.map((o) => start + o).filter((a) => a <= callAt);
        const lastConversationAt = talk === null || start + talk > callAt ? null : start + talk;
        const input = { ...covered, debtorTimeZone: tz, previousAttempts, lastConversationAt };
        const d = checkUsCall({ ...input, callAt });
        if (d.allowed || d.earliest === undefined) return;
        const earliest = Date.parse(d.earliest);
        expect(checkUsCall({ ...input, callAt: earliest }).allowed).toBe(true);
        expect(checkUsCall({ ...input, callAt: earliest - 1 }).allowed).toBe(false);
      }),
    );
  });
});

describe('US validation notice (Reg F 1006.34(a)): within 5 days of the initial communication', () => {
  const base = { ...covered, initialCommunicationOn: '2026-03-02', asOf: '2026-03-20' };
  it.each<[string | null, string, boolean, boolean]>([
    ['2026-03-02', '2026-03-02', true, true], // in the initial communication
    ['2026-03-07', '2026-03-20', true, true], // 5th day
    ['2026-03-08', '2026-03-20', false, false], // 6th calendar day: late under our conservative count
    [null, '2026-03-07', true, true], // not yet due
    [null, '2026-03-08', false, false], // overdue
  ])('sent %s, as of %s → allowed %s', (sent, asOf, allowed, verified) => {
    const d = checkUsValidationNotice({ ...base, validationNoticeOn: sent, asOf });
    expect(d.allowed).toBe(allowed);
    expect(d.verified).toBe(verified);
    expect(d.deadline).toBe('2026-03-07');
  });

  it('is not needed when the debt was paid before it was due (1006.34(a)(2))', () => {
    const d = checkUsValidationNotice({ ...base, validationNoticeOn: null, paidInFullOn: '2026-03-04' });
    expect(d.allowed).toBe(true);
    expect(d.reason).toContain('paid in full');
  });

  it('a creditor collecting its own debt is not covered', () => {
    const d = checkUsValidationNotice({ ...base, collector: 'creditor', validationNoticeOn: null });
    expect(d).toMatchObject({ allowed: true, reason: expect.stringMatching(/^not covered/) });
  });

  it('refuses a notice dated before the initial communication', () => {
    expect(() => checkUsValidationNotice({ ...base, validationNoticeOn: '2026-03-01' })).toThrow(RangeError);
  });
});

describe('checkUsCall scope', () => {
  it('answers "not covered" once for a creditor, and cites all call rules when allowed', () => {
    const base = { callAt: '2026-03-10T03:00:00-04:00', debtorTimeZone: NY, previousAttempts: [], lastConversationAt: null };
    expect(checkUsCall({ ...base, collector: 'creditor', debt: 'consumer' }).reason).toMatch(/^not covered[^;]*$/);
    const d = checkUsCall({ ...base, ...covered, callAt: '2026-03-10T10:00:00-04:00' });
    expect(d).toMatchObject({ allowed: true, verified: true });
    expect(d.rule).toContain('1006.14(b)(2)');
  });
});
