// `arrears interest` through the real binary, on the worked examples of ../shared/law/late-payment.md §4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let cli: CliEnv;
const run = (...args: string[]) => runCli(cli.env, args);
const interest = (...args: string[]) => {
  const result = run('interest', ...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

beforeAll(async () => { cli = await cliEnv(); });
afterAll(async () => cli.cleanup());

describe(`arrears interest (${engineName})`, () => {
  it.each([
    ['BG €10,000, 30 days at 10.15% act/360', ['--jurisdiction', 'BG', '--principal', '10000.00', '--currency', 'EUR', '--due', '2026-01-10', '--until', '2026-02-09'], { interest: '84.58' }],
    ['DE B2B €10,000, 30 days in H1 2026 + €40', ['--jurisdiction', 'DE', '--principal', '10000.00', '--currency', 'EUR', '--due', '2026-01-31', '--until', '2026-03-02'], { interest: '84.41', fixedCompensation: '40.00' }],
    ['DE consumer: 6.27%, no €40', ['--jurisdiction', 'DE', '--principal', '10000.00', '--currency', 'EUR', '--due', '2026-01-31', '--until', '2026-03-02', '--debtor', 'consumer'], { fixedCompensation: '0.00' }],
    ['UK £5,000 due 2025-12-15, fixed 12.25% + £70', ['--jurisdiction', 'UK', '--principal', '5000.00', '--currency', 'GBP', '--due', '2025-12-15', '--until', '2026-03-15'], { fixedCompensation: '70.00' }],
    ['IN ₹1,00,000, 3 months at 16.5% compounded monthly', ['--jurisdiction', 'IN', '--principal', '100000.00', '--currency', 'INR', '--due', '2026-01-31', '--until', '2026-04-30', '--supplier-size', 'micro'], { interest: '4181.98' }],
  ])('%s', (_name, args, expected) => {
    expect(interest(...args)).toMatchObject(expected);
  });

  it('splits at 1 July and takes parts paid into account', () => {
    const split = interest('--jurisdiction', 'DE', '--principal', '1000.00', '--currency', 'EUR', '--due', '2025-06-15', '--until', '2025-07-15') as { periods: { from: string; to: string; days: number }[] };
    expect(split.periods.map((p) => [p.from, p.to, p.days])).toEqual([['2025-06-16', '2025-06-30', 15], ['2025-07-01', '2025-07-15', 15]]);
    const whole = interest('--jurisdiction', 'DE', '--principal', '1000.00', '--currency', 'EUR', '--due', '2026-01-31', '--until', '2026-03-02');
    const part = interest('--jurisdiction', 'DE', '--principal', '1000.00', '--currency', 'EUR', '--due', '2026-01-31', '--until', '2026-03-02', '--payment', '2026-02-10:500.00');
    expect(Number(part.interest)).toBeLessThan(Number(whole.interest));
  });

  it('fails clearly for an unknown jurisdiction, a missing rate and bad input', () => {
    const unknown = run('interest', '--jurisdiction', 'FR', '--principal', '1.00', '--currency', 'EUR', '--due', '2026-01-01', '--until', '2026-02-01');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/jurisdiction: unknown jurisdiction "FR"/);
    const missing = run('interest', '--jurisdiction', 'SE', '--principal', '1.00', '--currency', 'SEK', '--due', '2027-01-01', '--until', '2027-02-01');
    expect(missing.stderr).toMatch(/for the period 2027-01-01 to 2027-06-30/);
    expect(run('interest', '--jurisdiction', 'DE', '--principal', '0', '--currency', 'EUR', '--due', '2026-01-01', '--until', '2026-02-01').stderr).toMatch(/principal: amount must be greater than zero/);
    expect(run('interest', '--jurisdiction', 'PH', '--principal', '1.00', '--currency', 'PHP', '--due', '2026-01-01', '--until', '2026-02-01').stderr).toMatch(/demand/i);
  });

  it('uses a tenant\'s own rate row when --tenant is given', () => {
    expect(run('tenant', 'create', '--slug', 'lawcli', '--name', 'Law AS', '--country', 'SE', '--currency', 'SEK', '--timezone', 'Europe/Stockholm', '--language', 'sv').status).toBe(0);
    const set = run('rates', 'set', '--tenant', 'lawcli', '--jurisdiction', 'SE', '--series', 'reference', '--from', '2027-01-01', '--percent', '2.5', '--source', 'Riksbank (test)');
    expect(set.stderr).toBe('');
    const answer = interest('--jurisdiction', 'SE', '--principal', '1000.00', '--currency', 'SEK', '--due', '2027-01-01', '--until', '2027-02-01', '--tenant', 'lawcli') as { periods: { ratePercent: string }[] };
    expect(answer.periods[0]?.ratePercent).toBe('10.50');
    const listed = JSON.parse(run('rates', 'list', '--tenant', 'lawcli', '--jurisdiction', 'SE', '--format', 'json').stdout) as { rates: { from: string; origin: string }[] };
    expect(listed.rates.find((r) => r.from === '2027-01-01')?.origin).toBe('tenant');
  });
});
