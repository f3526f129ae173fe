// Format detection from content (the file name only breaks ties) and the readBankFile dispatcher.
import { describe, expect, it } from 'vitest';
import { BankFileError, detectBankFormat, readBankFile } from '../src/formats/bank/index.js';

describe('detectBankFormat', () => {
  it.each<[string, string, string, string | undefined]>([
    ['camt.053 with a prefix', '\uFEFF<?xml version="1.0"?><ns2:Document xmlns:ns2="x"><ns2:BkToCstmrStmt>', 'a.xml', 'camt.053'],
    ['camt.054', '<Document><BkToCstmrDbtCdtNtfctn><GrpHdr/>', 'b', 'camt.054'],
    ['camt.052', '<Document>\n  <BkToCstmrAcctRpt>', 'c.xml', 'camt.052'],
    ['a payment order is not a statement', '<Document><CstmrCdtTrfInitn>', 'pain.xml', undefined],
    ['MT940 in a SWIFT envelope', '{1:F01INGBNL2AXXXX00001}\n{4:\n:20:MPBZ\n:25:0001234567\n:60F:C100722EUR0,00\n', 'x.sta', 'mt940'],
    ['MT942', ':20:X\n:25:PL29114010810000267002001002\n:34F:PLN0\n:13D:1701191815+0100\n:61:1701190119CN0,01NTRFNONREF', 'x.txt', 'mt942'],
    ['BAI2 named .txt', '01,0004,12345,060321,0829,001,80,1,2/\n02,12345,0004,1,060317,,CAD,/', 'sample.txt', 'bai2'],
    ['a broken BAI2 record still goes to the BAI2 reader', '00,0004,1/2/345,06/0321,0829,001,80,1,2/', 'x.txt', 'bai2'],
    ['CSV by name', 'Date,Amount\n2026-03-02,1.00', 'export.CSV', 'csv'],
    ['anything else', 'Dear customer,', 'letter.txt', undefined],
  ])('%s', (_name, text, fileName, format) => {
    expect(detectBankFormat(text, fileName)).toBe(format);
  });
});

describe('readBankFile', () => {
  it('names the file when it cannot tell the format', () => {
    expect(() => readBankFile('Dear customer,', 'letter.txt')).toThrow(BankFileError);
    expect(() => readBankFile('Dear customer,', 'letter.txt')).toThrow(
      'letter.txt:1: not a bank file this reader knows: expected camt.052/053/054 XML, MT940/MT942, BAI2, or CSV with a column mapping',
    );
  });

  it('reads a file of unknown name as CSV when the account has a mapping', () => {
    const read = readBankFile('Date;Amount\n02.03.2026;10,00\n', 'upload', {
      csvMapping: { delimiter: ';', dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', currency: 'EUR', columns: { bookingDate: 'Date', amount: 'Amount' } },
    });
    expect(read.statements[0]?.entries[0]).toMatchObject({ direction: 'credit', amount: 1000n, bookingDate: '2026-03-02' });
  });
});
