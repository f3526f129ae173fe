import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  noReminderFee,
  noStatutoryReminderFee,
  reminderFee,
  seReminderFee,
  type NoNoticeKind,
  type NoSentNotice,
} from '../src/domain/law/reminder-fees.js';
import { NO_INKASSOSATS } from '../src/domain/law/reminder-fee-data.js';
import { addDays } from '../src/domain/dates.js';

const due = '2026-01-10';
const P = (sentOn: string, deadline?: string, feeCharged?: boolean): NoSentNotice => ({ kind: 'purring', sentOn, deadline, feeCharged });

describe('NO inkassoforskriften §1-2: fee = a share of the inkassosats (700 NOK)', () => {
  it.each<[NoNoticeKind, NoSentNotice[], string | undefined, bigint]>([
    ['purring', [], undefined, 3500n], // 1/20 × 700 = 35
    ['inkassovarsel', [], '2026-02-07', 3500n], // 1/20 × 700 = 35
    ['betalingsoppfordring', [P('2026-01-24', '2026-02-07')], '2026-02-22', 10500n], // 3/20 × 700 = 105
  ])('%s → %s øre', (kind, history, deadline, amount) => {
    const sentOn = kind === 'betalingsoppfordring' ? '2026-02-08' : '2026-01-24';
    const fee = noReminderFee({ dueDate: due, notice: { kind, sentOn, deadline }, history });
    expect(fee).toMatchObject({ amount, currency: 'NOK', verified: true });
    expect(fee.reason).toContain('700.00 NOK');
    expect(fee.source).toContain('1989-07-14-562');
  });

  it.each<[string, bigint]>([
    ['2026-01-23', 0n], // 13 days after the due date
    ['2026-01-24', 3500n], // 14 days
  ])('a purring sent %s → %s', (sentOn, amount) => {
    const fee = noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn }, history: [] });
    expect(fee.amount).toBe(amount);
    if (amount === 0n) expect(fee.reason).toContain('13 days after the due date');
  });

  it('a purring that does not state the amount and the claim → 0', () => {
    expect(noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-01-30', statesAmountAndClaim: false }, history: [] }).amount).toBe(0n);
  });

  it('an inkassovarsel giving fewer than 14 days is no §9 varsel → 0', () => {
    const fee = noReminderFee({ dueDate: due, notice: { kind: 'inkassovarsel', sentOn: '2026-01-24', deadline: '2026-02-06' }, history: [] });
    expect(fee).toMatchObject({ amount: 0n, rule: 'inkassoloven §9' });
  });
});

describe('NO inkassoforskriften §1-3: how many fees', () => {
  const first = P('2026-01-24', '2026-02-07', true);
  const second = P('2026-02-08', '2026-02-22', true);

  it('a third purring → 0', () => {
    const fee = noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-03-01' }, history: [first, second] });
    expect(fee).toMatchObject({ amount: 0n, rule: 'inkassoforskriften §1-3' });
  });

  it.each<[string, bigint]>([
    ['2026-02-07', 0n], // the first purring's deadline has not run out
    ['2026-02-08', 3500n],
  ])('a second purring sent %s → %s', (sentOn, amount) => {
    expect(noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn }, history: [first] }).amount).toBe(amount);
  });

  it('no second fee when the first purring gave fewer than 14 days', () => {
    const short = P('2026-01-24', '2026-02-03', true);
    expect(noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-03-01' }, history: [short] }).amount).toBe(0n);
  });

  it('purring → inkassovarsel → betalingsoppfordring all carry fees', () => {
    const varsel: NoSentNotice = { kind: 'inkassovarsel', sentOn: '2026-02-08', deadline: '2026-02-22', feeCharged: true };
    expect(noReminderFee({ dueDate: due, notice: { kind: 'inkassovarsel', sentOn: '2026-02-08', deadline: '2026-02-22' }, history: [first] }).amount).toBe(3500n);
    expect(noReminderFee({ dueDate: due, notice: { kind: 'betalingsoppfordring', sentOn: '2026-02-23', deadline: '2026-03-09' }, history: [first, varsel] }).amount).toBe(10500n);
  });

  it.each<[string, NoSentNotice[], NoNoticeKind]>([
    ['a purring after an inkassovarsel', [{ kind: 'inkassovarsel', sentOn: '2026-01-24', deadline: '2026-02-07', feeCharged: true }], 'purring'],
    ['an inkassovarsel after two purringer', [first, second], 'inkassovarsel'],
    ['a second betalingsoppfordring', [first, { kind: 'betalingsoppfordring', sentOn: '2026-02-08', deadline: '2026-02-22', feeCharged: true }], 'betalingsoppfordring'],
  ])('%s → 0', (_, history, kind) => {
    const fee = noReminderFee({ dueDate: due, notice: { kind, sentOn: '2026-03-10', deadline: '2026-03-24' }, history });
    expect(fee).toMatchObject({ amount: 0n, rule: 'inkassoforskriften §1-3' });
  });

  it('a betalingsoppfordring before any 14-day deadline was missed → 0', () => {
    const fee = noReminderFee({ dueDate: due, notice: { kind: 'betalingsoppfordring', sentOn: '2026-02-05', deadline: '2026-02-19' }, history: [first] });
    expect(fee).toMatchObject({ amount: 0n, rule: 'inkassoforskriften §1-2' });
  });

  it('replays history without feeCharged: an early purring carried no fee and does not count', () => {
    const history = [P('2026-01-15', '2026-01-29'), P('2026-01-30', '2026-02-13')];
    expect(noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-02-14' }, history }).amount).toBe(3500n);
    expect(noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-03-14' }, history: [...history, P('2026-02-14')] }).amount).toBe(0n);
  });

  it('never charges more than the regulation allows, whatever the sequence (property)', () => {
    const kind = fc.constantFrom<NoNoticeKind>('purring', 'inkassovarsel', 'betalingsoppfordring');
    const notice = fc.record({ kind, gap: fc.integer({ min: 0, max: 30 }), frist: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(notice, { maxLength: 8 }), (notices) => {
        const history: NoSentNotice[] = [];
        let sentOn = due;
        for (const n of notices) {
          sentOn = addDays(sentOn, n.gap);
          const sent = { kind: n.kind, sentOn, deadline: addDays(sentOn, n.frist) };
          const fee = noReminderFee({ dueDate: due, notice: sent, history });
          if (fee.amount > 0n && n.kind !== 'betalingsoppfordring') expect(sentOn >= addDays(due, 14)).toBe(true);
          history.push({ ...sent, feeCharged: fee.amount > 0n });
        }
        const charged = history.filter((h) => h.feeCharged).map((h) => h.kind[0]).join('').toUpperCase();
        expect(charged).toMatch(/^(P{0,2}B?|P?I?B?)$/);
        const fees = history.filter((h) => h.feeCharged && h.kind !== 'betalingsoppfordring');
        const [firstFee, secondFee] = fees;
        if (firstFee?.kind === 'purring' && secondFee) expect(secondFee.sentOn > (firstFee.deadline ?? '')).toBe(true);
      }),
    );
  });
});

describe('NO fee amounts are dated data', () => {
  it('uses the inkassosats in force on the sending date', () => {
    const data = [...NO_INKASSOSATS, { ...NO_INKASSOSATS[0]!, from: '2027-01-01', inkassosats: '800.00', verified: false }];
    expect(noReminderFee({ dueDate: '2026-12-01', notice: { kind: 'purring', sentOn: '2026-12-31' }, history: [], data })).toMatchObject({ amount: 3500n, verified: true });
    expect(noReminderFee({ dueDate: '2026-12-01', notice: { kind: 'purring', sentOn: '2027-01-01' }, history: [], data })).toMatchObject({ amount: 4000n, verified: false });
  });

  it('a sending date before the data is an error naming it', () => {
    expect(() => noReminderFee({ dueDate: '2020-08-01', notice: { kind: 'purring', sentOn: '2020-09-30' }, history: [] })).toThrow(/2020-09-30.*data starts 2020-10-01/);
  });

  it('a history notice after the notice is an error', () => {
    expect(() => noReminderFee({ dueDate: due, notice: { kind: 'purring', sentOn: '2026-01-24' }, history: [P('2026-02-01')] })).toThrow(RangeError);
  });
});

describe('SE lag (1981:739)', () => {
  const base = { debtor: 'consumer', dueDate: '2026-03-01', feeAgreed: true, alreadyCharged: [] } as const;
  const remind = { kind: 'betalningspaminnelse', sentOn: '2026-03-10' } as const;
  const demand = { kind: 'inkassokrav', sentOn: '2026-03-20' } as const;

  it('60 SEK reminder fee only if agreed when the debt arose, once per invoice', () => {
    expect(seReminderFee({ ...base, notice: remind })).toMatchObject({ amount: 6000n, currency: 'SEK', verified: true });
    expect(seReminderFee({ ...base, feeAgreed: false, notice: remind })).toMatchObject({ amount: 0n, rule: '1981:739 §2' });
    expect(seReminderFee({ ...base, alreadyCharged: ['betalningspaminnelse'], notice: remind }).amount).toBe(0n);
  });

  it('180 SEK for an inkassokrav, agreed or not; a second one → 0 (unverified)', () => {
    expect(seReminderFee({ ...base, feeAgreed: false, notice: demand })).toMatchObject({ amount: 18000n, verified: true });
    expect(seReminderFee({ ...base, alreadyCharged: ['inkassokrav'], notice: demand })).toMatchObject({ amount: 0n, verified: false });
  });

  it.each(['business', 'public'] as const)('a %s debtor: 450 SEK förseningsersättning instead of 60/180 (offset unverified)', (debtor) => {
    for (const notice of [remind, demand]) {
      const fee = seReminderFee({ ...base, debtor, notice });
      expect(fee).toMatchObject({ amount: 0n, verified: false, rule: '1981:739 §4a' });
      expect(fee.replacedBy).toMatchObject({ name: 'förseningsersättning', amount: 45000n, currency: 'SEK' });
    }
  });

  it('nothing for a notice sent before the debt fell due', () => {
    expect(seReminderFee({ ...base, notice: { ...remind, sentOn: '2026-03-01' } }).amount).toBe(0n);
  });
});

describe('packs without a statutory reminder fee', () => {
  it.each<['BG' | 'PH' | 'IN' | 'EU' | 'UK' | 'DE' | 'US', string, boolean]>([
    ['PH', 'PHP', false],
    ['IN', 'INR', true],
    ['EU', 'EUR', true],
    ['UK', 'GBP', true],
    ['DE', 'EUR', true],
    ['BG', 'EUR', true],
    ['US', 'USD', false],
  ])('%s → 0 %s with a reason', (jurisdiction, currency, verified) => {
    const fee = reminderFee({ jurisdiction });
    expect(fee).toMatchObject({ amount: 0n, currency, verified });
    expect(fee.reason).not.toBe('');
  });

  it('EU, UK and DE point at the fixed compensation', () => {
    for (const j of ['EU', 'UK', 'DE'] as const) expect(noStatutoryReminderFee(j).reason).toMatch(/covers recovery costs/);
  });

  it('BG is in BGN before the euro', () => {
    expect(noStatutoryReminderFee('BG', '2025-12-31').currency).toBe('BGN');
    expect(noStatutoryReminderFee('BG', '2026-01-01').currency).toBe('EUR');
  });

  it('the dispatcher routes NO and SE to their rules', () => {
    expect(reminderFee({ jurisdiction: 'NO', dueDate: due, notice: { kind: 'purring', sentOn: '2026-01-24' }, history: [] }).amount).toBe(3500n);
    expect(reminderFee({ jurisdiction: 'SE', debtor: 'business', dueDate: due, notice: { kind: 'inkassokrav', sentOn: '2026-01-24' }, feeAgreed: false, alreadyCharged: [] }).amount).toBe(0n);
    expect(() => reminderFee({ jurisdiction: 'XX' } as never)).toThrow(RangeError);
  });
});
