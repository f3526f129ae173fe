import { describe, it, expect } from 'vitest';
import { computeCompensation, type CompensationRequest } from '../src/domain/law/compensation.js';
import { BUILT_IN_FEES } from '../src/domain/law/fee-data.js';
import { LawError } from '../src/domain/law/types.js';

const request = (change: Partial<CompensationRequest>): CompensationRequest => ({
  jurisdiction: 'EU', principal: 100_000n, currency: 'EUR', debtor: 'business', lateFrom: '2026-01-11', ...change,
});

describe('computeCompensation', () => {
  it.each<[string, Partial<CompensationRequest>, bigint, boolean]>([
    ['EU €40 for a business', {}, 4000n, true],
    ['EU €40 for a public debtor', { debtor: 'public' }, 4000n, true],
    ['EU nothing for a consumer', { debtor: 'consumer' }, 0n, true],
    ['UK £40 below £1,000', { jurisdiction: 'UK', currency: 'GBP', principal: 99_999n }, 4000n, true],
    ['UK £70 from £1,000', { jurisdiction: 'UK', currency: 'GBP', principal: 100_000n }, 7000n, true],
    ['UK £70 up to £9,999.99', { jurisdiction: 'UK', currency: 'GBP', principal: 999_999n }, 7000n, true],
    ['UK £100 from £10,000', { jurisdiction: 'UK', currency: 'GBP', principal: 1_000_000n }, 10_000n, true],
    ['DE €40 for a business', { jurisdiction: 'DE' }, 4000n, true],
    ['DE nothing for a consumer', { jurisdiction: 'DE', debtor: 'consumer' }, 0n, true],
    ['BG 80 BGN on a lev debt', { jurisdiction: 'BG', currency: 'BGN', lateFrom: '2025-06-01' }, 8000n, true],
    ['BG €40.90 from 2026 (our conversion, unverified)', { jurisdiction: 'BG' }, 4090n, false],
    ['SE 450 SEK for a business', { jurisdiction: 'SE', currency: 'SEK' }, 45_000n, true],
    ['SE 450 SEK for an authority', { jurisdiction: 'SE', currency: 'SEK', debtor: 'public' }, 45_000n, true],
    ['SE nothing for a consumer', { jurisdiction: 'SE', currency: 'SEK', debtor: 'consumer' }, 0n, true],
    ['SE less the 60 SEK reminder fee already charged (offset unverified)', { jurisdiction: 'SE', currency: 'SEK', reminderFeesCharged: 6000n }, 39_000n, false],
    ['NO 470 NOK in H1 2025', { jurisdiction: 'NO', currency: 'NOK', lateFrom: '2025-03-01' }, 47_000n, true],
    ['NO less two purringer of 35 NOK', { jurisdiction: 'NO', currency: 'NOK', lateFrom: '2025-03-01', reminderFeesCharged: 7000n }, 40_000n, true],
    ['NO never below zero', { jurisdiction: 'NO', currency: 'NOK', lateFrom: '2025-03-01', reminderFeesCharged: 50_000n }, 0n, true],
    ['NO H2 2025 amount carried forward, unverified', { jurisdiction: 'NO', currency: 'NOK', lateFrom: '2025-07-01' }, 47_000n, false],
    ['NO nothing for a consumer', { jurisdiction: 'NO', currency: 'NOK', debtor: 'consumer', lateFrom: '2025-03-01' }, 0n, true],
    ['PH none', { jurisdiction: 'PH', currency: 'PHP' }, 0n, true],
    ['IN none', { jurisdiction: 'IN', currency: 'INR' }, 0n, true],
  ])('%s', (_name, change, amount, verified) => {
    const result = computeCompensation(request(change), BUILT_IN_FEES);
    expect(result.amount).toBe(amount);
    expect(result.verified).toBe(verified);
  });

  it.each<[string, Partial<CompensationRequest>]>([
    ['EU on a sterling debt', { currency: 'GBP' }],
    ['DE on a Swiss franc debt', { jurisdiction: 'DE', currency: 'CHF' }],
    ['BG on a euro debt before the euro value applies', { jurisdiction: 'BG', lateFrom: '2025-12-31' }],
  ])('%s: no exchange rate here, so 0 with a note', (_name, change) => {
    const result = computeCompensation(request(change), BUILT_IN_FEES);
    expect(result.amount).toBe(0n);
    expect(result.notes[0]).toContain('no exchange rate');
  });

  it('cites its source', () => {
    expect(computeCompensation(request({ jurisdiction: 'UK', currency: 'GBP' })).sources[0]).toContain('s.5A');
  });

  it('says the 450 SEK replaces the 60/180 SEK fees', () => {
    expect(computeCompensation(request({ jurisdiction: 'SE', currency: 'SEK' })).notes.join(' ')).toContain('replaces');
  });

  it('a fee table with no amount in force is an error, not a zero', () => {
    expect(() => computeCompensation(request({ jurisdiction: 'NO', currency: 'NOK', lateFrom: '2024-12-31' }))).toThrow(LawError);
  });
});
