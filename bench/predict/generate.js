// A synthetic ledger with realistic payment habits for the prediction benchmark (issue #8): steady late payers,
// month-end payers, payment-run payers, customers getting worse, seasonal ones (slower around the holidays) and a few
// erratic ones; large invoices wait for an approval. Seeded (mulberry32): the same options give the same ledger.
const DAY = 86_400_000;
const TERMS = [14, 30, 30, 30, 45, 60];
export const HABITS = [['steady', 35], ['month-end', 15], ['run-day', 10], ['worsening', 15], ['seasonal', 15], ['erratic', 10]];

export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const weekday = (day) => (((day + 4) % 7) + 7) % 7;
const nextWeekday = (day) => (weekday(day) === 6 ? day + 2 : weekday(day) === 0 ? day + 1 : day);
const monthEndOnOrAfter = (day) => {
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY;
};
const runOnOrAfter = (day, runDay) => {
  const d = new Date(day * DAY);
  const run = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), runDay) / DAY;
  return run >= day ? run : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, runDay) / DAY;
};

function pick(next, weighted) {
  let r = next() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of weighted) { r -= w; if (r < 0) return value; }
  return weighted[weighted.length - 1][0];
}
const normal = (next) => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

/**
 * `customers` customers buying over `months` months up to `asOf`, about `perMonth` invoices each a month.
 * Returns rows for the CSV importer (amounts as decimal strings in EUR) and, per invoice, the truth.
 */
export function generateLedger({ customers = 800, months = 24, perMonth = 1.5, asOf = '2026-11-23', seed = 8 } = {}) {
  const next = random(seed);
  const end = dayOf(asOf);
  const start = end - Math.round(months * 30.4);
  const customerRows = [];
  const invoices = [];
  const payments = [];
  for (let c = 0; c < customers; c++) {
    const ref = `P${String(c + 1).padStart(6, '0')}`;
    const habit = pick(next, HABITS);
    const terms = TERMS[Math.floor(next() * TERMS.length)];
    const base = Math.round(-5 + next() * 35);
    const noise = 2 + next() * 5;
    const slope = 0.05 + next() * 0.12; // worsening: days later per day of time
    const runDay = [10, 15, 20, 25][Math.floor(next() * 4)];
    const typical = Math.exp(6 + next() * 4);
    const onboard = start + Math.floor(next() * (end - start) * 0.5);
    customerRows.push({ customer_ref: ref, name: `Payer ${c + 1} Ltd`, country: 'IE', language: 'en', currency: 'EUR', payment_terms_days: String(terms) });
    const count = Math.max(1, Math.round(((end - onboard) / 30.4) * perMonth * (0.5 + next())));
    for (let k = 0; k < count; k++) {
      const issue = nextWeekday(onboard + Math.floor(next() * (end - onboard)));
      if (issue > end) continue;
      const due = issue + terms;
      const cents = Math.max(1000, Math.round(typical * Math.exp(normal(next) * 0.8) * 100));
      let delay = base + normal(next) * noise;
      if (habit === 'worsening') delay += Math.max(0, (due - (end - 365)) * slope);
      if (habit === 'seasonal') { const m = new Date(due * DAY).getUTCMonth(); if (m === 11 || m === 0 || m === 6) delay += 25; }
      if (habit === 'erratic') delay = -10 + next() * 100;
      if (cents > typical * 300) delay += 8; // large invoices wait for approval
      let paid = nextWeekday(Math.max(issue + 1, due + Math.round(delay)));
      if (habit === 'month-end') paid = nextWeekday(monthEndOnOrAfter(paid));
      if (habit === 'run-day') paid = nextWeekday(runOnOrAfter(paid, runDay));
      const number = `${ref}-${String(k + 1).padStart(4, '0')}`;
      const amount = (cents / 100).toFixed(2);
      const neverPaid = next() < 0.015;
      invoices.push({ invoice_number: number, customer_ref: ref, issue_date: isoOf(issue), due_date: isoOf(due), currency: 'EUR', amount, paidOn: neverPaid ? null : isoOf(paid), habit });
      if (!neverPaid && paid <= end) payments.push({ payment_ref: `PAY-${number}`, customer_ref: ref, date: isoOf(paid), currency: 'EUR', amount, invoice_numbers: number });
    }
  }
  return { customers: customerRows, invoices, payments };
}
