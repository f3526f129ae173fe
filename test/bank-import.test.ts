// Issue #5 end to end on the store: a camt.054 file is read, matched and posted in one transaction; a second import
// adds nothing; what waits for a person is confirmed or rejected, and a confirmation teaches the payer account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { DbHandle } from '../src/store/db.js';
import type { TenantRow } from '../src/store/tenants.js';
import { importBankFile } from '../src/app/bank/import-bank-file.js';
import { runDunning } from '../src/app/dunning/run-dunning.js';
import { bankEntries } from '../src/app/bank/bank-entry-json.js';
import { confirmBankEntry, rejectBankEntry } from '../src/app/bank/decide-entry.js';
import { documentReferences } from '../src/domain/document-reference.js';
import { findInvoicesByNumbers } from '../src/store/invoices.js';
import { inTenant } from '../src/store/tenant-scope.js';
import { camt054 } from './support/camt.js';
import { importLines, makeTenant } from './support/fixtures.js';
import { engineName, openTestDb } from './support/test-db.js';

let handle: DbHandle;
let tenant: TenantRow;
const ACCOUNT = 'NO9386011117947';
const bytes = (text: string) => new TextEncoder().encode(text);
let rfOf: (number: string) => Promise<string>;

beforeAll(async () => {
  handle = await openTestDb();
  tenant = await makeTenant(handle.db, 'bank');
  await importLines(handle.db, tenant, 'customers', ['customer_ref,name,country,language,currency',
    'FJORD,Fjordkraft Handel AS,NO,nb,NOK', 'BERGEN,Bergen Bygg AS,NO,nb,NOK', 'TROMSO,Tromsø Fisk AS,NO,nb,NOK']);
  await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
    '2026-0042,FJORD,2026-10-01,2026-10-31,NOK,1250.00', '2026-0043,FJORD,2026-10-02,2026-11-01,NOK,300.00',
    '2026-0050,BERGEN,2026-10-05,2026-11-04,NOK,4000.00', '2026-0051,BERGEN,2026-10-06,2026-11-05,NOK,777.00',
    '2026-0060,TROMSO,2026-10-07,2026-11-06,NOK,999.00']);
  rfOf = async (number) => {
    const invoice = (await inTenant(handle.db, tenant.id, (tx) => findInvoicesByNumbers(tx, tenant.id, [number]))).get(number);
    return documentReferences({ kind: 'invoice', id: invoice?.id ?? 0n }, 'NOK', 'rf').rf;
  };
}, 60_000);
afterAll(async () => handle.close());

describe(`bank import (${engineName})`, () => {
  it('posts a payment with our reference at once, queues what it is unsure of, and leaves debits alone', async () => {
    const file = camt054(ACCOUNT, [
      { amount: '1250.00', currency: 'NOK', date: '2026-11-20', ref: 'B-1', rf: await rfOf('2026-0042'), payerName: 'Fjordkraft Handel AS', payerIban: 'NO8330001234567' },
      { amount: '4000.00', currency: 'NOK', date: '2026-11-20', ref: 'B-2', text: 'Faktura 2026-0050', payerName: 'Bergen Bygg AS' },
      { amount: '500.00', currency: 'NOK', date: '2026-11-20', ref: 'B-3', text: 'refusjon', payerName: 'Ukjent Person' },
      { amount: '80.00', currency: 'NOK', date: '2026-11-20', ref: 'B-4', credit: false, text: 'bank fee' },
      { amount: '999.00', currency: 'NOK', date: '2026-11-21', ref: 'B-5', text: 'payment', payerName: 'TF Holding', payerIban: 'NO5015032080119' },
    ]);
    const summary = await importBankFile(handle.db, tenant, { fileName: 'notif-1.xml', bytes: bytes(file), actor: 'test' });
    expect(summary).toMatchObject({ entries: 5, duplicates: 0 });
    expect(summary.matched).toBeGreaterThanOrEqual(2);
    expect(summary.matched + summary.suggested + summary.unmatched).toBe(4);
    const entries = (await bankEntries(handle.db, tenant, { limit: 50, offset: 0 })).entries;
    const byRef = new Map(entries.map((e) => [e.bankReference, e]));
    expect(byRef.get('B-1')).toMatchObject({ status: 'matched', customerRef: 'FJORD', amount: '1250.00' });
    expect(byRef.get('B-1')?.explanation.join(' ')).toMatch(/2026-0042/);
    expect(byRef.get('B-1')?.paymentId).not.toBeNull();
    expect(byRef.get('B-2')).toMatchObject({ status: 'matched', customerRef: 'BERGEN' });
    expect(byRef.get('B-3')?.status).toBe('unmatched');
    expect(byRef.get('B-4')).toMatchObject({ status: 'not-incoming', direction: 'debit' });
    // Cash posted is cash seen: the two invoices are no longer open.
    const open = await inTenant(handle.db, tenant.id, (tx) => findInvoicesByNumbers(tx, tenant.id, ['2026-0042', '2026-0050', '2026-0043']));
    expect(open.get('2026-0042')?.open).toBe(0n);
    expect(open.get('2026-0050')?.open).toBe(0n);
    expect(open.get('2026-0043')?.open).toBe(30000n);
  });

  it('adds nothing when the same file, or a statement repeating its entries, comes again', async () => {
    const file = camt054(ACCOUNT, [
      { amount: '1250.00', currency: 'NOK', date: '2026-11-20', ref: 'B-1', rf: await rfOf('2026-0042'), payerName: 'Fjordkraft Handel AS', payerIban: 'NO8330001234567' },
    ]);
    const again = await importBankFile(handle.db, tenant, { fileName: 'notif-1-again.xml', bytes: bytes(file), actor: 'test' });
    expect(again).toMatchObject({ entries: 1, matched: 0, suggested: 0, unmatched: 0, duplicates: 1 });
  });

  it('lets a person confirm a suggestion with corrected allocations, and learns the payer account', async () => {
    const entries = (await bankEntries(handle.db, tenant, { limit: 50, offset: 0 })).entries;
    const tromso = entries.find((e) => e.bankReference === 'B-5');
    expect(tromso?.status).not.toBe('matched');
    await expect(confirmBankEntry(handle.db, tenant, tromso?.id ?? '', { allocations: [{ invoiceNumber: '2026-0060', amount: '1000.00' }], actor: 'kari' })).rejects.toThrow(/only 999.00 NOK open/);
    await expect(confirmBankEntry(handle.db, tenant, tromso?.id ?? '', { allocations: [{ invoiceNumber: 'NOPE', amount: '1.00' }], actor: 'kari' })).rejects.toThrow(/no invoice "NOPE"/);
    const confirmed = await confirmBankEntry(handle.db, tenant, tromso?.id ?? '', { allocations: [{ invoiceNumber: '2026-0060', amount: '999.00' }], actor: 'kari' });
    expect(confirmed).toMatchObject({ status: 'confirmed', customerRef: 'TROMSO', decidedBy: 'kari' });
    await expect(confirmBankEntry(handle.db, tenant, tromso?.id ?? '', { actor: 'kari' })).rejects.toThrow(/confirmed; only suggested or unmatched/);
    // The next payment from that account matches by itself.
    const next = camt054(ACCOUNT, [{ amount: '777.00', currency: 'NOK', date: '2026-11-22', ref: 'B-6', text: 'thanks', payerName: 'TF', payerIban: 'NO50 1503 2080 119' }]);
    await importLines(handle.db, tenant, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount', '2026-0061,TROMSO,2026-11-01,2026-12-01,NOK,777.00']);
    const summary = await importBankFile(handle.db, tenant, { fileName: 'notif-2.xml', bytes: bytes(next), actor: 'test' });
    expect(summary.matched).toBe(1);
  });

  it('rejects what is not a customer payment, with a reason', async () => {
    const entries = (await bankEntries(handle.db, tenant, { status: 'unmatched', limit: 50, offset: 0 })).entries;
    const refund = entries.find((e) => e.bankReference === 'B-3');
    await expect(rejectBankEntry(handle.db, tenant, refund?.id ?? '', { reason: ' ', actor: 'kari' })).rejects.toThrow(/say why/);
    expect(await rejectBankEntry(handle.db, tenant, refund?.id ?? '', { reason: 'refund from a supplier', actor: 'kari' })).toMatchObject({ status: 'rejected' });
    await expect(rejectBankEntry(handle.db, tenant, '99999999', { reason: 'x', actor: 'kari' })).rejects.toThrow(/no bank entry/);
  });

  it('refuses a broken file with its line and reason, and writes nothing', async () => {
    const before = (await bankEntries(handle.db, tenant, { limit: 500, offset: 0 })).entries.length;
    const negative = path.resolve(import.meta.dirname, '../../shared/corpus/bank-statements/bai2/venturehacks-NEGATIVE-invalid_checksum_eod.bai2');
    await expect(importBankFile(handle.db, tenant, { fileName: 'venturehacks-NEGATIVE-invalid_checksum_eod.bai2', bytes: fs.readFileSync(negative), actor: 'test' }))
      .rejects.toThrow(/venturehacks-NEGATIVE-invalid_checksum_eod\.bai2:\d+: .*control total/);
    await expect(importBankFile(handle.db, tenant, { fileName: 'x.xml', bytes: bytes(camt054('NO0000000000000', [])), account: ACCOUNT, actor: 'test' }))
      .rejects.toThrow(/statement is for account/);
    expect((await bankEntries(handle.db, tenant, { limit: 500, offset: 0 })).entries.length).toBe(before);
  });

  it('reads a real bank statement from the corpus without posting anything of ours', async () => {
    const file = path.resolve(import.meta.dirname, '../../shared/corpus/bank-statements/camt053/subite-BE68793230773034-202411.xml');
    const summary = await importBankFile(handle.db, tenant, { fileName: path.basename(file), bytes: fs.readFileSync(file), actor: 'test' });
    expect(summary.entries).toBe(268);
    expect(summary.matched).toBe(0);
    expect(summary.duplicates).toBe(0);
  });

  it('matches a payment of a reminder\'s total, by the reminder\'s reference, to exactly the invoices it listed', async () => {
    const other = await makeTenant(handle.db, 'bank-letter');
    await importLines(handle.db, other, 'customers', ['customer_ref,name,country,language,currency,email', 'LATE,Sen Betaler AS,NO,nb,NOK,ap@late.example']);
    await importLines(handle.db, other, 'invoices', ['invoice_number,customer_ref,issue_date,due_date,currency,amount',
      'L-1,LATE,2026-09-01,2026-10-01,NOK,100.00', 'L-2,LATE,2026-09-02,2026-10-02,NOK,50.00', 'L-3,LATE,2026-11-01,2026-12-01,NOK,70.00']);
    const run = await runDunning(handle.db, other, { asOf: '2026-10-10', dryRun: false, actor: 'test' });
    expect(run.actions.map((a) => a.invoices.map((i) => i.number))).toEqual([['L-1', 'L-2']]);
    const action = await inTenant(handle.db, other.id, (tx) => tx.selectFrom('dunning_actions').select('id').executeTakeFirstOrThrow());
    const rf = documentReferences({ kind: 'dunning-action', id: action.id }, 'NOK', 'rf').rf;
    // The e-mail carries the same reference the payer will type.
    const mail = await inTenant(handle.db, other.id, (tx) => tx.selectFrom('outbox').select('body').where('channel', '=', 'email').executeTakeFirstOrThrow());
    expect(mail.body?.replace(/\s/g, '')).toContain(rf);
    const file = camt054(ACCOUNT, [{ amount: '150.00', currency: 'NOK', date: '2026-10-15', ref: 'L-PAY', rf, payerName: 'Sen Betaler AS' }]);
    expect(await importBankFile(handle.db, other, { fileName: 'l.xml', bytes: bytes(file), actor: 'test' })).toMatchObject({ matched: 1 });
    const open = await inTenant(handle.db, other.id, (tx) => findInvoicesByNumbers(tx, other.id, ['L-1', 'L-2', 'L-3']));
    expect([open.get('L-1')?.open, open.get('L-2')?.open, open.get('L-3')?.open]).toEqual([0n, 0n, 7000n]);
  });
});
