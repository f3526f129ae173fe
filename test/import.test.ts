import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { ImportFailed } from '../src/app/import/import-types.js';
import { getAging } from '../src/app/get-aging.js';
import { getInvoice } from '../src/app/read-documents.js';
import { CsvFormatError } from '../src/formats/csv/read-csv.js';
import { CUSTOMERS, INVOICES, importLines, makeTenant, tempDir } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db);
  expect(await importLines(handle.db, tenant, 'customers', CUSTOMERS)).toMatchObject({ imported: 3, rejected: 0 });
  expect(await importLines(handle.db, tenant, 'invoices', INVOICES)).toMatchObject({ imported: 4 });
});
afterAll(async () => handle.close());

async function failure(kind: string, lines: string[]) {
  try {
    await importLines(handle.db, tenant, kind, lines);
  } catch (error) {
    if (error instanceof ImportFailed) return error.summary.errors;
    throw error;
  }
  throw new Error('expected the import to fail');
}

const HEAD = 'invoice_number,customer_ref,issue_date,due_date,currency,amount';

describe(`invoice import errors fail the whole file (${engineName})`, () => {
  it.each([
    ['unknown customer', 'X-1,NOPE,2026-01-01,2026-01-31,NOK,10.00', 'customer_ref', /unknown customer "NOPE"/],
    ['malformed date', 'X-1,C001,2026/01/01,2026-01-31,NOK,10.00', 'issue_date', /not a date/],
    ['impossible date', 'X-1,C001,2026-02-30,2026-03-31,NOK,10.00', 'issue_date', /no such day/],
    ['malformed amount', 'X-1,C001,2026-01-01,2026-01-31,NOK,1O.00', 'amount', /not a decimal amount/],
    ['zero amount', 'X-1,C001,2026-01-01,2026-01-31,NOK,0.00', 'amount', /greater than zero/],
    ['negative amount', 'X-1,C001,2026-01-01,2026-01-31,NOK,-5.00', 'amount', /positive/],
    ['too many decimals', 'X-1,C001,2026-01-01,2026-01-31,NOK,10.001', 'amount', /NOK has 2 decimal digits/],
    ['other currency', 'X-1,C001,2026-01-01,2026-01-31,SEK,10.00', 'currency', /not the currency of customer C001 \(NOK\)/],
    ['unknown currency', 'X-1,C001,2026-01-01,2026-01-31,NKO,10.00', 'currency', /ISO 4217/],
    ['due before issue', 'X-1,C001,2026-01-31,2026-01-01,NOK,10.00', 'due_date', /before issue date/],
    ['missing number', ',C001,2026-01-01,2026-01-31,NOK,10.00', 'invoice_number', /required/],
  ])('%s', async (_name, row, field, message) => {
    const errors = await failure('invoices', [HEAD, 'OK-1,C001,2026-01-01,2026-01-31,NOK,10.00', row]);
    expect(errors).toEqual([{ line: 3, field, message: expect.stringMatching(message) }]);
    await expect(getInvoice(handle.db, tenant.id, 'OK-1')).rejects.toThrow(/no invoice/);
  });

  it('reports a duplicate number within the file on its second line', async () => {
    const errors = await failure('invoices', [HEAD, 'D-1,C001,2026-01-01,2026-01-31,NOK,10.00', 'D-1,C001,2026-01-01,2026-01-31,NOK,10.00']);
    expect(errors).toEqual([{ line: 3, field: 'invoice_number', message: 'duplicate invoice_number "D-1" in the file' }]);
  });

  it('reports every bad row, and each bad field of a row', async () => {
    const errors = await failure('invoices', [HEAD, 'A,NOPE,2026-01-01,2026-01-31,NOK,1', 'B,C001,bad,2026-01-31,NOK,0', 'C,C001,2026-01-01,2026-01-31,NOK,5']);
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual(['2:customer_ref', '3:issue_date', '3:amount']);
  });

  it('rejects a file without a required column before reading rows', async () => {
    await expect(importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,currency,amount', 'A,C001,2026-01-01,NOK,1']))
      .rejects.toThrow(CsvFormatError);
    await expect(importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,currency,amount'])).rejects.toThrow(/missing required column\(s\): due_date/);
  });

  it('rejects a structurally broken CSV with its line', async () => {
    await expect(importLines(handle.db, tenant, 'invoices', [HEAD, 'A,C001,2026-01-01,2026-01-31,NOK,1', 'B,C001,2026-01-01'])).rejects.toThrow(/invoices.csv:3: wrong number of fields for the header/);
  });
});

describe(`re-import and --update (${engineName})`, () => {
  it('changes nothing when the same file is imported again', async () => {
    expect(await importLines(handle.db, tenant, 'customers', CUSTOMERS)).toMatchObject({ imported: 0, unchanged: 3, updated: 0 });
    expect(await importLines(handle.db, tenant, 'invoices', INVOICES)).toMatchObject({ imported: 0, unchanged: 4 });
  });

  it('refuses a changed row without --update and applies it with --update as an adjustment', async () => {
    const changed = [INVOICES[0] ?? '', 'INV-4,C003,2026-06-01,2026-07-15,NOK,120.00,,'];
    const errors = await failure('invoices', changed);
    expect(errors[0]).toMatchObject({ line: 2, field: 'due_date', message: expect.stringMatching(/use --update/) });
    expect(await importLines(handle.db, tenant, 'invoices', changed, { update: true })).toMatchObject({ updated: 1 });
    expect(await getInvoice(handle.db, tenant.id, 'INV-4')).toMatchObject({ dueDate: '2026-07-15', amount: '120.00', open: '120.00' });
    expect(await importLines(handle.db, tenant, 'invoices', changed)).toMatchObject({ unchanged: 1 });
  });

  it('never moves an invoice to another customer, even with --update', async () => {
    const errors = await failure('invoices', [HEAD, 'INV-3,C001,2026-03-01,2026-03-15,NOK,400.00']);
    expect(errors[0]).toMatchObject({ field: 'customer_ref', message: expect.stringMatching(/belongs to another customer/) });
  });
});

describe(`--skip-invalid (${engineName})`, () => {
  it('lands the valid rows and writes the bad ones with a reason column', async () => {
    const rejects = path.join(tempDir(), 'rejects.csv');
    const summary = await importLines(handle.db, tenant, 'invoices', [HEAD, 'S-1,C002,2026-04-01,2026-04-15,NOK,10.00', 'S-2,NOPE,2026-04-01,2026-04-15,NOK,10.00'], { skipInvalid: true, rejectsFile: rejects });
    expect(summary).toMatchObject({ imported: 1, rejected: 1, errors: [{ line: 3, field: 'customer_ref' }] });
    expect(fs.readFileSync(rejects, 'utf8')).toBe(`${HEAD},reason\nS-2,NOPE,2026-04-01,2026-04-15,NOK,10.00,"customer_ref: unknown customer ""NOPE"""\n`);
    expect(await getInvoice(handle.db, tenant.id, 'S-1')).toMatchObject({ open: '10.00' });
  });
});

describe(`payments and credit notes (${engineName})`, () => {
  const PAY = 'payment_ref,customer_ref,date,currency,amount,invoice_numbers';
  it('applies in the order listed, each up to its open amount, the rest unapplied', async () => {
    expect(await importLines(handle.db, tenant, 'payments', [PAY, 'P-1,C001,2026-03-10,NOK,3000.00,INV-2;INV-1'])).toMatchObject({ imported: 1 });
    expect(await getInvoice(handle.db, tenant.id, 'INV-2')).toMatchObject({ open: '0.00' });
    expect(await getInvoice(handle.db, tenant.id, 'INV-1')).toMatchObject({ open: '500.50' });
    expect(await importLines(handle.db, tenant, 'payments', [PAY, 'P-2,C001,2026-03-11,NOK,600.00,INV-1;INV-2'])).toMatchObject({ imported: 1 });
    expect(await getInvoice(handle.db, tenant.id, 'INV-1')).toMatchObject({ open: '0.00' });
    const aging = await getAging(handle.db, tenant.id, { asOf: '2026-03-31' });
    const c001 = aging.currencies[0]?.customers.find((c) => c.customerRef === 'C001');
    expect(c001).toMatchObject({ unapplied: '-99.50', total: '-99.50' });
  });

  it('rejects unknown invoices and invoices of another customer', async () => {
    const errors = await failure('payments', [PAY, 'P-3,C001,2026-03-10,NOK,1.00,NOPE', 'P-4,C001,2026-03-10,NOK,1.00,INV-3']);
    expect(errors).toEqual([
      { line: 2, field: 'invoice_numbers', message: 'unknown invoice "NOPE"' },
      { line: 3, field: 'invoice_numbers', message: 'invoice INV-3 belongs to another customer, not C001' },
    ]);
  });

  it('re-imports a payment unchanged and re-applies it with --update', async () => {
    expect(await importLines(handle.db, tenant, 'payments', [PAY, 'P-1,C001,2026-03-10,NOK,3000.00,INV-2;INV-1'])).toMatchObject({ unchanged: 1 });
    expect(await importLines(handle.db, tenant, 'payments', [PAY, 'P-9,C002,2026-03-20,NOK,100.00,INV-3'])).toMatchObject({ imported: 1 });
    expect(await importLines(handle.db, tenant, 'payments', [PAY, 'P-9,C002,2026-03-20,NOK,150.00,INV-3'], { update: true })).toMatchObject({ updated: 1 });
    expect(await getInvoice(handle.db, tenant.id, 'INV-3')).toMatchObject({ open: '250.00' });
  });

  it('credits an invoice with a credit note', async () => {
    const CN = 'credit_note_number,customer_ref,date,currency,amount,invoice_number';
    expect(await importLines(handle.db, tenant, 'credit-notes', [CN, 'CN-1,C002,2026-03-25,NOK,50.00,INV-3', 'CN-2,C002,2026-03-25,NOK,5.00,'])).toMatchObject({ imported: 2 });
    expect(await getInvoice(handle.db, tenant.id, 'INV-3')).toMatchObject({ open: '200.00' });
    const aging = await getAging(handle.db, tenant.id, { asOf: '2026-03-31' });
    expect(aging.currencies[0]?.customers.find((c) => c.customerRef === 'C002')).toMatchObject({ unapplied: '-5.00', total: '195.00' });
  });
});
