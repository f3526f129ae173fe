// Issue #4/#6: call tasks are due in the customer's business hours (local weekdays 09:00–17:00).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, nextCallSlot } from '../src/domain/call-schedule.js';
import { localClock } from '../src/domain/law/notices/local-time.js';
import { telUri } from '../src/app/calls/call-tasks.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('nextCallSlot', () => {
  it.each([
    // [from (UTC), zone, expected (UTC), why]
    ['2026-11-23T06:00:00Z', 'Europe/Oslo', '2026-11-23T08:00:00Z', 'Monday 07:00 Oslo → 09:00 the same day'],
    ['2026-11-23T10:30:00Z', 'Europe/Oslo', '2026-11-23T10:30:00Z', 'Monday 11:30 Oslo is inside: now'],
    ['2026-11-23T16:00:00Z', 'Europe/Oslo', '2026-11-24T08:00:00Z', 'Monday 17:00 Oslo is closing time → Tuesday 09:00'],
    ['2026-11-27T17:00:00Z', 'Europe/Oslo', '2026-11-30T08:00:00Z', 'Friday 18:00 → Monday 09:00'],
    ['2026-11-28T10:00:00Z', 'Europe/Oslo', '2026-11-30T08:00:00Z', 'Saturday → Monday 09:00'],
    ['2026-11-23T12:00:00Z', 'America/New_York', '2026-11-23T14:00:00Z', 'Monday 07:00 New York → 09:00 EST'],
    ['2026-11-22T23:30:00Z', 'Asia/Manila', '2026-11-23T01:00:00Z', 'Monday 07:30 Manila → 09:00'],
    ['2026-11-23T04:00:00Z', 'Asia/Kolkata', '2026-11-23T04:00:00Z', 'Monday 09:30 Kolkata (UTC+5:30) is inside'],
    ['2026-03-27T23:00:00Z', 'Europe/Oslo', '2026-03-30T07:00:00Z', 'Saturday before the spring change → Monday 09:00 CEST'],
  ])('%s in %s → %s (%s)', (from, zone, expected) => {
    expect(iso(nextCallSlot(at(from), zone))).toBe(expected);
  });

  it('always lands on a local weekday inside 09:00–17:00, never before the start', () => {
    const zones = ['Europe/Oslo', 'Europe/Sofia', 'America/Los_Angeles', 'Asia/Manila', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
    fc.assert(fc.property(fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2028-01-01T00:00:00Z') }), fc.constantFrom(...zones), (from, zone) => {
      const slot = nextCallSlot(from, zone);
      const clock = localClock(slot, zone);
      expect(slot).toBeGreaterThanOrEqual(from);
      expect(isoWeekday(clock.date)).toBeLessThan(5);
      expect(clock.secondOfDay).toBeGreaterThanOrEqual(9 * 3600);
      expect(clock.secondOfDay).toBeLessThan(17 * 3600);
      expect(slot - from).toBeLessThan(4 * 86_400_000);
    }), { numRuns: 300 });
  });

  it('refuses business hours that close before they open', () => {
    expect(() => nextCallSlot(0, 'UTC', { open: 17 * 3600, close: 9 * 3600 })).toThrow(/open must come before close/);
  });
});

describe('telUri', () => {
  it.each([
    ['+47 22 33 44 55', 'tel:+4722334455'],
    ['(212) 555-0100', 'tel:2125550100'],
    ['+63 2 8123 4567', 'tel:+63281234567'],
    ['', null],
    [null, null],
    ['n/a', null],
  ])('%s → %s', (phone, uri) => expect(telUri(phone)).toBe(uri));
});
