// Turns an invoice's dated settlements (allocations, write-offs; reversals are negative) into the schedule of
// principal paid that the interest engine takes: one positive part per date, in date order, never more in all
// than the principal. A reversal takes back the latest parts first, as if they had not been paid.
import type { BusinessDate } from './dates.js';

export type DatedAmount = { date: BusinessDate; amount: bigint };

export function paymentSchedule(settlements: readonly DatedAmount[], principal: bigint): DatedAmount[] {
  const byDate = new Map<BusinessDate, bigint>();
  for (const s of settlements) byDate.set(s.date, (byDate.get(s.date) ?? 0n) + s.amount);
  const parts: DatedAmount[] = [];
  let paid = 0n;
  for (const date of [...byDate.keys()].sort()) {
    let amount = byDate.get(date) ?? 0n;
    if (amount > 0n) {
      const room = principal - paid;
      const part = amount < room ? amount : room;
      if (part > 0n) { parts.push({ date, amount: part }); paid += part; }
      continue;
    }
    while (amount < 0n && parts.length > 0) {
      const last = parts[parts.length - 1];
      if (!last) break;
      const back = -amount < last.amount ? -amount : last.amount;
      last.amount -= back;
      paid -= back;
      amount += back;
      if (last.amount === 0n) parts.pop();
    }
  }
  return parts;
}
