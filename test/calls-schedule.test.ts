// Issue #6: "a tenant can reserve peak calling hours for calls only" — call tasks go into the peak window when one
// is left that day; SMS wait for the window to end; the tenant's calling day is validated; reach rate by hour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachByHour } from '../src/domain/call-outcomes.js';
import { type CallHours, isoWeekday, nextCallSlot, outsidePeak, parseCallHours, peakWindowAt } from '../src/domain/call-schedule.js';
import { localClock } from '../src/domain/law/notices/local-time.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const H = 3600;
const PEAK: CallHours = { open: 9 * H, close: 17 * H, peak: [{ open: 10 * H, close: 12 * H }, { open: 14 * H, close: 16 * H }] };

describe('nextCallSlot with peak windows (Oslo, CET = UTC+1 in November)', () => {
  it.each([
    ['2026-11-23T06:00:00Z', '2026-11-23T09:00:00Z', 'Monday 07:00 → the first peak window at 10:00, not 09:00'],
    ['2026-11-22T23:00:00Z', '2026-11-23T09:00:00Z', 'Monday 00:00 (the start of the day) → 10:00'],
    ['2026-11-23T09:30:00Z', '2026-11-23T09:30:00Z', 'Monday 10:30 is inside the first window: now'],
    ['2026-11-23T11:15:00Z', '2026-11-23T13:00:00Z', 'Monday 12:15, between windows → 14:00'],
    ['2026-11-23T14:59:00Z', '2026-11-23T14:59:00Z', 'Monday 15:59 is inside the second window'],
    ['2026-11-23T15:30:00Z', '2026-11-23T15:30:00Z', 'Monday 16:30: no window left that day, the call is still made today'],
    ['2026-11-23T16:30:00Z', '2026-11-24T09:00:00Z', 'Monday 17:30, closed → Tuesday 10:00'],
    ['2026-11-28T10:00:00Z', '2026-11-30T09:00:00Z', 'Saturday → Monday 10:00'],
  ])('%s → %s (%s)', (from, expected) => {
    expect(iso(nextCallSlot(at(from), 'Europe/Oslo', PEAK))).toBe(expected);
  });

  it('without peak windows it is the business-hours slot, as before', () => {
    expect(iso(nextCallSlot(at('2026-11-23T06:00:00Z'), 'Europe/Oslo', { open: 9 * H, close: 17 * H, peak: [] }))).toBe('2026-11-23T08:00:00Z');
  });

  it('lands inside a peak window whenever the business slot is at or before the day\'s last window ends', () => {
    const zones = ['Europe/Oslo', 'America/New_York', 'Asia/Manila', 'Asia/Kolkata', 'Pacific/Auckland'];
    fc.assert(fc.property(fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2028-01-01T00:00:00Z') }), fc.constantFrom(...zones), (from, zone) => {
      const plain = nextCallSlot(from, zone);
      const slot = nextCallSlot(from, zone, PEAK);
      const clock = localClock(slot, zone);
      expect(slot).toBeGreaterThanOrEqual(plain);
      expect(localClock(plain, zone).date).toBe(clock.date);
      expect(isoWeekday(clock.date)).toBeLessThan(5);
      expect(clock.secondOfDay).toBeGreaterThanOrEqual(9 * H);
      expect(clock.secondOfDay).toBeLessThan(17 * H);
      if (localClock(plain, zone).secondOfDay < 16 * H) expect(peakWindowAt(slot, zone, PEAK.peak ?? [])).toBeDefined();
    }), { numRuns: 300 });
  });
});

describe('outsidePeak (SMS wait for the peak window to end)', () => {
  const peak = PEAK.peak ?? [];
  it.each([
    ['2026-11-23T09:30:00Z', '2026-11-23T11:00:00Z', 'Monday 10:30 → 12:00'],
    ['2026-11-23T11:00:00Z', '2026-11-23T11:00:00Z', 'Monday 12:00 is outside: the window is [10:00, 12:00)'],
    ['2026-11-23T13:00:00Z', '2026-11-23T15:00:00Z', 'Monday 14:00 → 16:00'],
    ['2026-11-28T09:30:00Z', '2026-11-28T09:30:00Z', 'Saturday 10:30: no peak hours at the weekend'],
  ])('%s → %s (%s)', (from, expected) => {
    expect(iso(outsidePeak(at(from), 'Europe/Oslo', peak))).toBe(expected);
  });

  it('never returns an instant inside a peak window, nor before the start', () => {
    fc.assert(fc.property(fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }), (from) => {
      const t = outsidePeak(from, 'America/Chicago', peak);
      expect(t).toBeGreaterThanOrEqual(from);
      expect(peakWindowAt(t, 'America/Chicago', peak)).toBeUndefined();
      expect(t - from).toBeLessThanOrEqual(2 * H * 1000);
    }), { numRuns: 300 });
  });
});

describe('parseCallHours', () => {
  it('reads business hours and sorted peak windows', () => {
    expect(parseCallHours({ businessOpen: '08:30', businessClose: '17:00', peakWindows: ['14:00-16:00', '10:00-12:00'] }))
      .toEqual({ ok: true, value: { open: 8.5 * H, close: 17 * H, peak: [{ open: 10 * H, close: 12 * H }, { open: 14 * H, close: 16 * H }] } });
  });
  it.each([
    [{ businessOpen: '9', businessClose: '17:00', peakWindows: [] }, 'businessOpen'],
    [{ businessOpen: '09:00', businessClose: '25:00', peakWindows: [] }, 'businessClose'],
    [{ businessOpen: '17:00', businessClose: '09:00', peakWindows: [] }, 'businessClose'],
    [{ businessOpen: '09:00', businessClose: '17:00', peakWindows: ['10-12'] }, 'peakWindows.0'],
    [{ businessOpen: '09:00', businessClose: '17:00', peakWindows: ['10:00-12:00', '12:00-11:00'] }, 'peakWindows.1'],
    [{ businessOpen: '09:00', businessClose: '17:00', peakWindows: ['08:00-10:00'] }, 'peakWindows.0'],
    [{ businessOpen: '09:00', businessClose: '17:00', peakWindows: ['10:00-12:00', '11:00-13:00'] }, 'peakWindows'],
  ])('%j is refused on %s', (input, field) => {
    const result = parseCallHours(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe(field);
  });
});

describe('reachByHour', () => {
  it('counts reached calls per local hour, ignores wrong numbers, and ranks the best hours', () => {
    const call = (isoAt: string, outcome: Parameters<typeof reachByHour>[0][number]['outcome']) => ({ calledAtMs: at(isoAt), timeZone: 'Europe/Oslo', outcome });
    const report = reachByHour([
      call('2026-11-23T09:05:00Z', 'promise'), call('2026-11-23T09:40:00Z', 'no-answer'), call('2026-11-24T09:10:00Z', 'refused'),
      call('2026-11-23T13:00:00Z', 'no-answer'), call('2026-11-23T13:30:00Z', 'left-message'), call('2026-11-23T13:45:00Z', 'paid-already'),
      call('2026-11-23T13:50:00Z', 'wrong-number'),
    ], 2);
    expect(report.hours).toEqual([
      { hour: 10, calls: 3, reached: 2, rate: 0.6667 },
      { hour: 14, calls: 3, reached: 1, rate: 0.3333 },
    ]);
    expect(report.best.map((h) => h.hour)).toEqual([10, 14]);
    expect(reachByHour([call('2026-11-23T09:05:00Z', 'promise')], 2).best).toEqual([]);
  });
});
