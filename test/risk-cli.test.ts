// Issue #8 from the command line: `arrears risk --format json` gives {"customers":[{"customerRef","grade","score",
// "parts":{…},"recommendedLimit","reviewDue"}]}, a table without it; credit applications and reviews. The CLI's
// main() is called in-process (no build needed), against its own data folder or PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { main } from '../src/cli/main.js';
import { openPostgres } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { tempDir, writeCsv } from './support/fixtures.js';
import { createScratchDatabase } from './support/pg-scratch.js';
import { engineName } from './support/test-db.js';

type Result = { status: number; stdout: string; stderr: string };
const saved = { data: process.env.ARREARS_DATA, url: process.env.DATABASE_URL };
let drop: () => Promise<void> = async () => undefined;
let dir: string;

async function arrears(...args: string[]): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; });
  process.exitCode = undefined;
  try {
    await main(args);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const status = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { status, stdout: out.join(''), stderr: err.join('') };
}
const json = async (...args: string[]) => {
  const r = await arrears(...args, '--format', 'json');
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(async () => {
  dir = tempDir();
  process.env.ARREARS_DATA = dir;
  if (saved.url) {
    const scratch = await createScratchDatabase(saved.url, 'arrears_cli');
    process.env.DATABASE_URL = scratch.url;
    drop = scratch.drop;
    // Migrated here rather than by `arrears db migrate` in-process: that command's handle runs no Kysely query, so
    // db.destroy() leaves its pg pool (and one connection) open in this long-lived process, and the forced drop at
    // the end would then kill it under our feet. A separate `arrears` process never notices.
    const handle = openPostgres(scratch.url);
    await migrate(handle);
    await sql`select 1`.execute(handle.db);
    await handle.close();
  }
  for (const slug of ['rcli', 'rcli-other']) {
    expect((await arrears('tenant', 'create', '--slug', slug, '--name', `${slug} AS`, '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb')).status).toBe(0);
  }
  const files = {
    customers: writeCsv(dir, 'customers.csv', ['customer_ref,name,country,language,currency,credit_limit,payment_terms_days', 'ON,On Time AS,NO,nb,NOK,20000.00,30', 'SLOW,Slow AS,NO,nb,NOK,1000.00,30']),
    invoices: writeCsv(dir, 'invoices.csv', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
      'O-1,ON,2026-01-01,2026-01-31,NOK,2000.00', 'O-2,ON,2026-02-01,2026-03-03,NOK,2000.00', 'O-3,ON,2026-03-01,2026-03-31,NOK,2000.00',
      'S-1,SLOW,2026-01-01,2026-01-31,NOK,800.00', 'S-2,SLOW,2026-02-01,2026-03-03,NOK,800.00', 'S-3,SLOW,2026-03-01,2026-03-31,NOK,800.00']),
    payments: writeCsv(dir, 'payments.csv', ['payment_ref,customer_ref,date,currency,amount,invoice_numbers',
      'P-1,ON,2026-01-30,NOK,2000.00,O-1', 'P-2,ON,2026-03-03,NOK,2000.00,O-2', 'P-3,ON,2026-03-31,NOK,2000.00,O-3',
      'P-4,SLOW,2026-03-02,NOK,800.00,S-1', 'P-5,SLOW,2026-04-15,NOK,800.00,S-2']),
  };
  for (const [kind, file] of Object.entries(files)) expect((await arrears('import', kind, file, '--tenant', 'rcli')).status).toBe(0);
}, 180_000);
afterAll(async () => {
  if (saved.data === undefined) delete process.env.ARREARS_DATA; else process.env.ARREARS_DATA = saved.data;
  if (saved.url === undefined) delete process.env.DATABASE_URL; else process.env.DATABASE_URL = saved.url;
  await drop();
});

describe(`arrears risk (${engineName})`, () => {
  it('prints {"customers":[{customerRef, grade, score, parts, recommendedLimit, reviewDue}]}', async () => {
    const result = await json('risk', '--tenant', 'rcli', '--as-of', '2026-05-31');
    expect(result.customers.map((c: { customerRef: string }) => c.customerRef)).toEqual(['ON', 'SLOW']);
    const [on, slow] = result.customers;
    expect(on).toMatchObject({ customerRef: 'ON', grade: 'A', score: 100, reviewDue: '2027-01-01' });
    expect(typeof on.recommendedLimit).toBe('string');
    expect(on.recommendedLimit).toMatch(/^\d+\.\d{2}$/);
    for (const part of Object.values(on.parts) as { value: unknown; words: string }[]) {
      expect(part).toHaveProperty('value');
      expect(typeof part.words).toBe('string');
    }
    // S-1 30 days late, S-2 43, S-3 open 61 days: 44.7 on average.
    expect(slow.parts.daysBeyondTerms.words).toBe('pays on average 44.7 days late (44.7 weighted by amount) over 3 invoices');
    expect(slow.parts.latePercent.words).toBe('100 % of invoices paid late');
    expect(slow.reviewReasons).toContain('due at once: an invoice reached 60 days past due on 2026-05-30');
  });

  it('prints a table without --format json, one customer with --customer, and saves with --save', async () => {
    const table = await arrears('risk', '--tenant', 'rcli', '--as-of', '2026-05-31');
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^customerRef\s+currency\s+grade\s+score\s+daysLate/);
    expect(table.stdout).toMatch(/\nON\s+NOK\s+A\s+100\s/);
    const one = await json('risk', '--tenant', 'rcli', '--as-of', '2026-05-31', '--customer', 'SLOW', '--save');
    expect(one.customers.map((c: { customerRef: string }) => c.customerRef)).toEqual(['SLOW']);
    expect(one.saved).toBe(1);
  });

  it('says what is wrong and exits 1', async () => {
    const bad = await arrears('risk', '--tenant', 'rcli', '--as-of', '2026-13-01');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('arrears: asOf: no such month');
    const missing = await arrears('risk', '--tenant', 'rcli-other', '--customer', 'ON', '--as-of', '2026-05-31');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no customer "ON"');
  });
});

describe(`arrears credit-application and credit-review (${engineName})`, () => {
  it('submits a new customer\'s application, decides it, and lists it', async () => {
    const submitted = await json('credit-application', 'submit', '--tenant', 'rcli', '--customer', 'NEW', '--name', 'New AS', '--requested-limit', '3000.00', '--terms-days', '30', '--as-of', '2026-05-31');
    expect(submitted).toMatchObject({ customerRef: 'NEW', status: 'pending', newCustomer: true, requestedLimit: '3000.00' });
    const noName = await arrears('credit-application', 'submit', '--tenant', 'rcli', '--customer', 'NEW2', '--requested-limit', '1.00');
    expect(noName.status).toBe(1);
    expect(noName.stderr).toContain('arrears: name: is required for a new customer');
    const decided = await json('credit-application', 'decide', '--tenant', 'rcli', '--id', submitted.id, '--outcome', 'approved', '--limit', '2500.00', '--reason', 'two trade references', '--as-of', '2026-05-31');
    expect(decided).toMatchObject({ status: 'approved', approvedLimit: '2500.00', termsDays: 30, reason: 'two trade references' });
    expect(decided.decidedBy).toMatch(/^cli:/);
    const list = await json('credit-application', 'list', '--tenant', 'rcli', '--status', 'approved');
    expect(list.applications.map((a: { customerRef: string }) => a.customerRef)).toEqual(['NEW']);
    expect((await json('credit-application', 'list', '--tenant', 'rcli-other')).applications).toEqual([]);
    const other = await arrears('credit-application', 'decide', '--tenant', 'rcli-other', '--id', submitted.id, '--outcome', 'declined', '--reason', 'x');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`no credit application ${submitted.id}`);
  });

  it('lists reviews due and records one done', async () => {
    const due = await json('credit-review', 'due', '--tenant', 'rcli', '--as-of', '2026-05-31');
    expect(due.reviews.map((r: { customerRef: string }) => r.customerRef)).toEqual(['SLOW']);
    const recorded = await json('credit-review', 'record', '--tenant', 'rcli', '--customer', 'SLOW', '--outcome', 'changed', '--limit', 'none', '--terms-days', '14',
      '--note', 'cash with order was discussed; limit removed, 14 days', '--reviewed-on', '2026-05-31');
    expect(recorded).toMatchObject({ customerRef: 'SLOW', outcome: 'changed', limitBefore: '1000.00', limitAfter: null, termsAfter: 14 });
    expect((await json('credit-review', 'due', '--tenant', 'rcli', '--as-of', '2026-05-31')).reviews).toEqual([]);
    expect((await json('credit-review', 'list', '--tenant', 'rcli', '--customer', 'SLOW')).reviews).toHaveLength(1);
    const wrong = await arrears('credit-review', 'record', '--tenant', 'rcli', '--customer', 'SLOW', '--outcome', 'fine', '--note', 'x');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('arrears: outcome: one of confirmed, changed, escalated');
  });
});
