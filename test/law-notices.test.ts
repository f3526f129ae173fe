import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkNoBetalingsoppfordring,
  checkNoHandOver,
  checkNotice,
  checkPhContactHours,
  checkSeAfterInkassokrav,
  checkSeInkassokrav,
  NOTICE_CHECKS,
  NOTICE_JURISDICTIONS,
  noticeChecksFor,
  type NoticeCheckRequest,
  type NoticeDecision,
} from '../src/domain/law/notices/index.js';
import { addDays } from '../src/domain/dates.js';

const earliestOf = (d: NoticeDecision): string | undefined => (d.allowed ? undefined : d.earliest);

describe('NO inkassoloven §9: hand-over to an agency', () => {
  const due = '2026-01-10';
  it.each<[string, Parameters<typeof checkNoHandOver>[0]['inkassovarsel'], string, boolean, string | undefined]>([
    ['no varsel', null, '2026-03-01', false, undefined],
    ['varsel on the due date', { sentOn: '2026-01-10' }, '2026-03-01', false, undefined],
    ['varsel giving 13 days', { sentOn: '2026-01-25', deadline: '2026-02-07' }, '2026-03-01', false, undefined],
    ['on the deadline day', { sentOn: '2026-01-25' }, '2026-02-08', false, '2026-02-09'],
    ['the day after the 14-day deadline', { sentOn: '2026-01-25' }, '2026-02-09', true, undefined],
    ['a longer deadline still running', { sentOn: '2026-01-25', deadline: '2026-02-20' }, '2026-02-15', false, '2026-02-21'],
    ['a longer deadline run out', { sentOn: '2026-01-25', deadline: '2026-02-20' }, '2026-02-21', true, undefined],
  ])('%s', (_, inkassovarsel, handOverOn, allowed, earliest) => {
    const d = checkNoHandOver({ dueDate: due, inkassovarsel, handOverOn });
    expect(d.allowed).toBe(allowed);
    expect(earliestOf(d)).toBe(earliest);
    expect(d.rule).toBe('inkassoloven §9');
    expect(d.verified).toBe(true);
  });

  it('an electronic varsel is unverified', () => {
    const d = checkNoHandOver({ dueDate: due, inkassovarsel: { sentOn: '2026-01-25', channel: 'electronic' }, handOverOn: '2026-02-09' });
    expect(d).toMatchObject({ allowed: true, verified: false });
  });

  it('never allows a hand-over sooner than 15 days after the varsel (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 90 }), (sentAfter, frist, handAfter) => {
        const sentOn = addDays(due, sentAfter);
        const d = checkNoHandOver({ dueDate: due, inkassovarsel: { sentOn, deadline: addDays(sentOn, frist) }, handOverOn: addDays(sentOn, handAfter) });
        expect(d.allowed).toBe(frist >= 14 && handAfter > frist);
      }),
    );
  });
});

describe('NO inkassoloven §10: betalingsoppfordring', () => {
  const varsel = { sentOn: '2026-01-25' };
  it('needs the varsel deadline run out and a 14-day deadline of its own', () => {
    const base = { dueDate: '2026-01-10', inkassovarsel: varsel };
    expect(checkNoBetalingsoppfordring({ ...base, sentOn: '2026-02-08', deadline: '2026-02-22' })).toMatchObject({ allowed: false, rule: 'inkassoloven §9', earliest: '2026-02-09' });
    expect(checkNoBetalingsoppfordring({ ...base, sentOn: '2026-02-09', deadline: '2026-02-22' })).toMatchObject({ allowed: false, rule: 'inkassoloven §10' });
    expect(checkNoBetalingsoppfordring({ ...base, sentOn: '2026-02-09', deadline: '2026-02-23' })).toMatchObject({ allowed: true, rule: 'inkassoloven §10' });
  });
});

describe('SE inkassokrav: at least 8 days to pay or dispute', () => {
  it.each<[string, boolean]>([
    ['2026-03-09', false],
    ['2026-03-10', true],
    ['2026-03-31', true],
  ])('sent 2026-03-02, deadline %s → allowed %s', (deadline, allowed) => {
    const d = checkSeInkassokrav({ sentOn: '2026-03-02', deadline });
    expect(d.allowed).toBe(allowed);
    expect(d.verified).toBe(true);
  });

  it('no next step before the deadline has run out', () => {
    const inkassokrav = { sentOn: '2026-03-02', deadline: '2026-03-10' };
    expect(checkSeAfterInkassokrav({ inkassokrav, plannedOn: '2026-03-10' })).toMatchObject({ allowed: false, earliest: '2026-03-11' });
    expect(checkSeAfterInkassokrav({ inkassokrav, plannedOn: '2026-03-11' }).allowed).toBe(true);
  });
});

describe('PH SEC MC 18-2019: no contact before 06:00 or after 22:00', () => {
  const base = { creditor: 'lending-company', debtorTimeZone: 'Asia/Manila', dueDate: '2026-03-01', debtorConsented: false } as const;
  it.each<[string, boolean, boolean, string | undefined]>([
    ['2026-03-10T05:59:00+08:00', false, true, '2026-03-09T22:00:00.000Z'],
    ['2026-03-10T06:00:00+08:00', true, true, undefined],
    ['2026-03-10T21:59:59+08:00', true, true, undefined],
    ['2026-03-10T22:00:00+08:00', false, false, '2026-03-10T22:00:00.000Z'], // "after 10 p.m.": blocking 22:00:00 is our reading
    ['2026-03-10T22:00:01+08:00', false, true, '2026-03-10T22:00:00.000Z'],
  ])('%s → allowed %s', (contactAt, allowed, verified, earliest) => {
    const d = checkPhContactHours({ ...base, contactAt });
    expect(d.allowed).toBe(allowed);
    expect(d.verified).toBe(verified);
    expect(earliestOf(d)).toBe(earliest);
  });

  it.each<[string, boolean]>([
    ['2026-02-23', false], // 15 days past due on 10 March
    ['2026-02-22', true], // 16 days: more than 15
  ])('due %s, contact 23:00 on 10 March → allowed %s', (dueDate, allowed) => {
    expect(checkPhContactHours({ ...base, dueDate, contactAt: '2026-03-10T23:00:00+08:00' }).allowed).toBe(allowed);
  });

  it('the earliest is midnight when the account turns 16 days past due first', () => {
    const d = checkPhContactHours({ ...base, dueDate: '2026-02-23', contactAt: '2026-03-10T23:00:00+08:00' });
    expect(earliestOf(d)).toBe('2026-03-10T16:00:00.000Z'); // 00:00 on 11 March, Manila
  });

  it('consent, or a creditor that is not a lending or financing company, lifts the limit', () => {
    expect(checkPhContactHours({ ...base, debtorConsented: true, contactAt: '2026-03-10T05:00:00+08:00' }).allowed).toBe(true);
    const other = checkPhContactHours({ ...base, creditor: 'other', contactAt: '2026-03-10T05:00:00+08:00' });
    expect(other).toMatchObject({ allowed: true, reason: expect.stringMatching(/^not covered/) });
  });
});

describe('registry', () => {
  it('lists the checks per jurisdiction, none for packs without a notice gate', () => {
    expect(Object.keys(NOTICE_CHECKS).sort()).toEqual([...NOTICE_JURISDICTIONS].sort());
    expect(noticeChecksFor('NO').map((c) => c.check)).toEqual(['hand-over', 'betalingsoppfordring']);
    expect(noticeChecksFor('US').map((c) => c.check)).toEqual(['call-hours', 'call-attempts', 'call-after-conversation', 'call', 'validation-notice']);
    expect(noticeChecksFor('UK')).toEqual([]);
    for (const checks of Object.values(NOTICE_CHECKS)) for (const c of checks) expect(c.source).not.toBe('');
  });

  it('an unknown jurisdiction or check is an error', () => {
    expect(() => noticeChecksFor('XX')).toThrow(/unknown "XX"/);
    expect(() => checkNotice({ jurisdiction: 'NO', check: 'calls', input: {} } as unknown as NoticeCheckRequest)).toThrow(/no notice check "calls"/);
    expect(() => checkNotice({ jurisdiction: 'XX', check: 'calls', input: {} } as unknown as NoticeCheckRequest)).toThrow(RangeError);
  });

  it('routes a request to its check', () => {
    const d = checkNotice({ jurisdiction: 'SE', check: 'inkassokrav', input: { sentOn: '2026-03-02', deadline: '2026-03-09' } });
    expect(d.allowed).toBe(false);
    const us = checkNotice({
      jurisdiction: 'US', check: 'call-hours',
      input: { collector: 'third-party', debt: 'consumer', callAt: '2026-03-10T07:59:00-04:00', debtorTimeZone: 'America/New_York' },
    });
    expect(us).toMatchObject({ allowed: false, earliest: '2026-03-10T12:00:00.000Z' });
  });
});
