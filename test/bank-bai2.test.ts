// BAI2: values read by hand from the corpus files, 16/88 continuation layouts as a table, control totals and
// record counts, and errors that name the line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BankFileError, readBai2, type BankEntry } from '../src/formats/bank/index.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/bank-statements/', import.meta.url));
const corpusText = (file: string) => fs.readFileSync(path.join(CORPUS, file), 'utf8');
const readCorpus = (file: string) => readBai2(corpusText(file), path.basename(file));

/** A one-account file around `details`, with trailers that add up (`records`: physical records in `details`). */
function bai2(details: string[], amount: number, records = details.length, account = '03,12345,USD/'): string {
  const accountRecords = records + 2;
  return [
    '01,SENDER,RECEIVER,260302,1200,1,,,2/',
    '02,RECEIVER,SENDER,1,260302,,USD,2/',
    account,
    ...details,
    `49,${amount},${accountRecords}/`,
    `98,${amount},1,${accountRecords + 2}/`,
    `99,${amount},1,${accountRecords + 4}/`,
  ].join('\n');
}

function failure(run: () => unknown): string {
  try { run(); } catch (error) { if (error instanceof BankFileError) return error.message; throw error; }
  throw new Error('no error');
}

describe('readBai2 on the corpus', () => {
  it('moov sample1: two CAD accounts, 11 and 6 details, value-dated', () => {
    const file = readCorpus('bai2/moov-sample1.txt');
    expect(file.statements.map((s) => [s.account, s.entries.length])).toEqual([
      [{ number: '10200123456', currency: 'CAD' }, 11], [{ number: '10200123456', currency: 'CAD' }, 6],
    ]);
    expect(file.statements[0]?.entries[0]).toEqual({
      direction: 'debit', amount: 2500n, currency: 'CAD', bookingDate: '2006-03-17', valueDate: '2006-03-16',
      structuredReferences: [], documentNumbers: [], remittanceText: 'RETURNED CHEQUE', bankTransactionCode: '409', source: { line: 5 },
    } satisfies BankEntry);
    expect(file.statements[0]?.entries[3]).toMatchObject({ direction: 'credit', amount: 203500n, remittanceText: 'TFR 1020 0345678' });
  });

  it('venturehacks eod: a Fedwire credit, originator and beneficiary from the 88 lines', () => {
    const [statement] = readCorpus('bai2/venturehacks-eod.bai2').statements;
    expect(statement?.entries).toHaveLength(1);
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 8325982n, currency: 'USD', bookingDate: '2010-08-31', bankTransactionCode: '195',
      payerName: 'OPTIONS LINK WIRE CLEARING', payeeName: 'YOUR NAME HERE INC',
    });
    expect(statement?.entries[0]?.remittanceText).toMatch(/^FED NO: 20100831L1B77D1CDSDSDJSIO15608310954FT01 SENDER BNK:=ETRADE BANK .* OBI:=INVOICE 123456$/);
  });

  it('venturehacks eod with slashes inside the text keeps them', () => {
    const [statement] = readCorpus('bai2/venturehacks-eod_with_slash_in_text.bai2').statements;
    expect(statement?.entries[0]?.remittanceText).toContain('ORG ADDRESS:=2/AV MAIN 2/AVENUE DE ANGELLIST 3/MX /MEXICO ;');
  });

  it('SVB: two groups for the same account, one per as-of date', () => {
    const file = readCorpus('bai2/moj-svb_us_example.bai2');
    expect(file.statements.map((s) => s.entries[0] && [s.entries[0].bookingDate, s.entries[0].amount, s.entries[0].bankReference, s.entries[0].remittanceText])).toEqual([
      ['2022-02-01', 490196n, '172629', 'SOME PAYMENT ACH OFFSET'], ['2022-02-02', 905800n, '150675', 'SOME PAYMENT ACH OFFSET'],
    ]);
  });

  it('Citi UK: GBP 0.01, references in the 16, text only in the 88 lines', () => {
    const [statement] = readCorpus('bai2/moj-citi_example.bai2').statements;
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 1n, currency: 'GBP', valueDate: '2015-07-15', bankReference: '1234567890', customerReference: 'RP12312312312312',
    });
    expect(statement?.entries[0]?.remittanceText).toMatch(/^FR:FP SIP INCOMING ENDT:20150715 TRID:RP12312312312312 /);
  });

  it('moov sample3: several records per line and a record wrapped without a record code', () => {
    const file = readCorpus('bai2/moov-sample3.txt');
    expect(file.statements[0]?.entries.slice(0, 2).map((e) => e.remittanceText)).toEqual(['TRANSFER PAYPAL PPD', 'TRANSFER MSPBNA BANK PPD']);
    expect(file.statements[7]?.entries[0]?.remittanceText).toBe('111111 ACH_SETL 1111111111 111111111111111 1111111111');
  });

  it('moov sample4 (hand-anonymised, wrong trailers) reads with warnings when asked, Goldman labels used', () => {
    const file = readBai2(corpusText('bai2/moov-sample4-continuations-newline-delimited.txt'), 's4.txt', { controlTotals: 'warn' });
    expect(file.warnings[0]).toBe('s4.txt:22: 49 account control total is -1260161341762 but the records add up to 7999960');
    expect(file.statements[1]?.entries[0]).toMatchObject({
      direction: 'debit', amount: 60000n, bankReference: 'SPB2322984714570', customerReference: '1111', endToEndId: '1111', payerName: 'TEST INC',
    });
  });
});

describe('16 records with 88 continuations', () => {
  it.each<[string, string[], number, number | undefined, Partial<BankEntry>[]]>([
    ['text continued line by line', ['16,195,100,,,,FED NO: 123', '88,ORG:=ACME CORP', '88,OBI:=INVOICE 2026-0042'], 100, undefined,
      [{ remittanceText: 'FED NO: 123 ORG:=ACME CORP OBI:=INVOICE 2026-0042', payerName: 'ACME CORP' }]],
    ['record ended by "/" before the text, text in the 88', ['16,191,100,V,260301,,BREF1,CREF1/', '88,FR:FP SIP INCOMING'], 100, undefined,
      [{ valueDate: '2026-03-01', bankReference: 'BREF1', customerReference: 'CREF1', remittanceText: 'FR:FP SIP INCOMING' }]],
    ['fields continued in the 88 (BAI2 spec sample, funds type S)', ['16,115,100,S,50,30,20/', '88,AX13612,B096132,AMALGAMATED CORP. LOCKBOX', '88,DEPOSIT-MISC. RECEIVABLES'], 100, undefined,
      [{ bankReference: 'AX13612', customerReference: 'B096132', remittanceText: 'AMALGAMATED CORP. LOCKBOX DEPOSIT-MISC. RECEIVABLES' }]],
    ['funds type D with two distributions', ['16,165,300,D,2,0,100,1,200,BREF,CREF,ACH CREDIT'], 300, undefined,
      [{ amount: 300n, bankReference: 'BREF', customerReference: 'CREF', remittanceText: 'ACH CREDIT' }]],
    ['slashes inside the text', ['16,195,100,,,,ORG ADDRESS:=2/AV MAIN 2/AVENUE', '88,/MEXICO ;'], 100, undefined,
      [{ remittanceText: 'ORG ADDRESS:=2/AV MAIN 2/AVENUE /MEXICO ;' }]],
    ['slashes inside the customer reference (moov-io issue 113)', ['16,447,100,,SPB1,AB/GS/RP0001,ACH Credit Payment'], 100, undefined,
      [{ direction: 'debit', bankReference: 'SPB1', customerReference: 'AB/GS/RP0001', remittanceText: 'ACH Credit Payment' }]],
    ['empty text, then a continuation', ['16,174,100,Z,,50848,/', '88,SAMPLE CONTINUATION TEXT,/'], 100, undefined,
      [{ customerReference: '50848', remittanceText: 'SAMPLE CONTINUATION TEXT,' }]],
    ['two records on one line', ['16,142,100,Z,,,A PPD/ 16,142,200,Z,,,B PPD/'], 300, 2,
      [{ amount: 100n, remittanceText: 'A PPD' }, { amount: 200n, remittanceText: 'B PPD' }]],
    ['a wrapped line without a record code', ['16,142,100,Z,,,111 ACH', '222 SETL/'], 100, 1,
      [{ remittanceText: '111 ACH 222 SETL' }]],
    ['890 non-monetary information counts in the total but is no entry', ['16,890,0,,,,NOTE', '16,142,100,,,,PAID'], 100, undefined,
      [{ remittanceText: 'PAID' }]],
  ])('%s', (_name, details, amount, records, expected) => {
    const [statement] = readBai2(bai2(details, amount, records), 'c.bai').statements;
    expect(statement?.entries).toMatchObject(expected);
    expect(statement?.entries).toHaveLength(expected.length);
  });

  it('03 summaries continued in an 88, a type code ending the 03 (ministryofjustice/bai2 #50), count in the total', () => {
    // 010 500 + 045 700 + 100 100 (summaries) + 100 (detail) = 1400.
    const file = bai2(['16,142,100,,,,X'], 1400, 2, '03,12345,USD,010,500,,,045/\n88,700,,,100,100,1,/');
    expect(readBai2(file, 's.bai').statements[0]?.entries).toHaveLength(1);
    expect(() => readBai2(file.replace('49,1400', '49,1300'), 's.bai')).toThrow('s.bai:6: 49 account control total is 1300 but the records add up to 1400');
  });
});

describe('BAI2 errors', () => {
  it.each<[string, string, string]>([
    ['an amount that is not a number', bai2(['16,142,12a,,,,X'], 0), 'e.bai:4: 16 record: amount "12a" is not an unsigned whole number'],
    ['a status code in a detail', bai2(['16,010,100,,,,X'], 100), 'e.bai:4: 16 record: type code 010 is a status code, not a credit or debit transaction'],
    ['an unknown funds type', bai2(['16,142,100,X,,,T'], 100), 'e.bai:4: 16 record: funds type "X" is not 0, 1, 2, V, S, D or Z'],
    ['a wrong account control total', bai2(['16,142,100,,,,X'], 101), 'e.bai:5: 49 account control total is 101 but the records add up to 100'],
    ['a wrong record count', bai2(['16,142,100,,,,X'], 100, 2), 'e.bai:5: 49 number of records is 4 but the records add up to 3'],
    ['a test-only group', bai2([], 0).replace('02,RECEIVER,SENDER,1,', '02,RECEIVER,SENDER,4,'), 'e.bai:2: 02 record: group status 4 (test only) cannot be imported as cash'],
    ['a truncated file', bai2(['16,142,100,,,,X'], 100).split('\n').slice(0, 5).join('\n'), 'e.bai:5: file ends where a 03 account or the 98 group trailer was expected (truncated file?)'],
    ['a record after the file trailer', `${bai2([], 0)}\n02,R,S,1,260302,,USD,2/`, 'e.bai:7: 02 record after the 99 file trailer'],
    ['an 88 with nothing before it', '88,X/', 'e.bai:1: 88 continuation record with no record before it'],
    ['a file that is not BAI2', 'Date,Amount\n2026-03-02,10.00', 'e.bai:1: "Date,Amount" does not start with a BAI2 record code'],
  ])('rejects %s', (_name, text, message) => {
    expect(failure(() => readBai2(text, 'e.bai'))).toBe(message);
  });
});
