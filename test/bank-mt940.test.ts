// MT940/MT942: values read by hand from the corpus files, the :61: statement line and the :86: layouts as tables,
// and errors that name the line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BankFileError, readMt940 } from '../src/formats/bank/index.js';
import { parseStatementLine } from '../src/formats/bank/mt940-61.js';
import { parse86 } from '../src/formats/bank/mt940-86.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/bank-statements/', import.meta.url));
const readCorpus = (file: string) => readMt940(fs.readFileSync(path.join(CORPUS, file), 'utf8'), path.basename(file));

function statement(lines: string[]): string {
  return [':20:STMT1', ':25:NL91ABNA0417164300', ':28C:1/1', ':60F:C260301EUR1000,00', ...lines, ':62F:C260302EUR1100,00', '-'].join('\r\n');
}

function failure(run: () => unknown): string {
  try { run(); } catch (error) { if (error instanceof BankFileError) return error.message; throw error; }
  throw new Error('no error');
}

describe('readMt940 on the corpus', () => {
  it('ING structured (IBAN account with currency suffix): 21 lines, /CNTP/ and /REMI/USTD//', () => {
    const file = readCorpus('mt940/zilverline-ing_mt940_iban.txt');
    const [first] = file.statements;
    expect(first?.account).toEqual({ iban: 'NL68INGB0000012345', currency: 'EUR' });
    expect(first?.entries).toHaveLength(21);
    expect(first?.entries[0]).toMatchObject({
      direction: 'debit', amount: 19236n, currency: 'EUR', bookingDate: '2014-08-25', bankReference: '14237654096217',
      payeeName: 'B Bert', payeeIban: 'NL57ABNA0876543211', remittanceText: '22-08-2014 Omschrijving',
    });
    expect(first?.entries[2]).toMatchObject({ direction: 'credit', amount: 2000n, payerName: 'BERTYU M', payerIban: 'NL57ABNA0876543211' });
    expect(first?.closingBalance).toEqual({ amount: 24645n, currency: 'EUR', date: '2014-08-25' });
  });

  it('Rabobank structured: /ORDP//NAME/ is the payer, the :61: line carries the counter-account', () => {
    const file = readCorpus('mt940/zilverline-rabobank_mt940_structured.txt');
    expect(file.statements.map((s) => s.entries.length)).toEqual([2, 7]);
    expect(file.statements[1]?.entries[1]).toMatchObject({
      direction: 'credit', amount: 164076n, bookingDate: '2013-04-04', payerName: 'DLN CONSULTING',
      remittanceText: 'factuurnummer 201303-128cursus certified PO',
    });
    expect(file.statements[1]?.entries[5]).toMatchObject({
      direction: 'credit', amount: 192390n, payerName: 'BEDRIJF NV', payerIban: 'NL82RBOS0602069890', endToEndId: '1134027115',
    });
  });

  it('ABN AMRO SEPA acceptgiro: the ISSUER/REF in /REMI/ is a structured reference', () => {
    const [statement] = readCorpus('mt940/zilverline-abn_abn_structured_sepa_acceptgiro.txt').statements;
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 1050n, payerName: 'BELASTINGDIENST', payerIban: 'NL86INGB0002445588',
      structuredReferences: ['4420043232693268'], additionalInfo: 'ACCEPTGIROBETALING',
    });
  });

  it('Triodos /CNTP/ layout wrapped at odd widths', () => {
    const [statement] = readCorpus('mt940/zilverline-triodos_iban_2.txt').statements;
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 438323n, payerName: 'G-AAAAA N.V.', payerIban: 'NL21RABO0999999999',
      endToEndId: '7293-201801001', remittanceText: '201801001',
    });
    expect(statement?.entries[1]?.remittanceText).toBe('Factuurnummer 201801-001');
  });

  it('Volksbank German layout: 8 statements, 12 credits, payer from ?32 and ?31', () => {
    const file = readCorpus('mt940/jejik-volksbankenraiffeisenbanken.txt');
    expect(file.statements.flatMap((s) => s.entries)).toHaveLength(12);
    expect(file.statements[0]?.account).toEqual({ number: '66642399/93387' });
    expect(file.statements[0]?.entries[0]).toMatchObject({
      direction: 'credit', amount: 6500n, bookingDate: '2020-02-19', payerName: 'Olivia Dorn',
      payerIban: 'DE40500105174675974588', remittanceText: 'einfach so fuer euch IBAN: DE40500105174675974588 BIC: HEISDE66',
      additionalInfo: 'UEBERWEISUNG', bankTransactionCode: '166',
    });
  });

  it('Commerzbank returned direct debit: SEPA keywords run across ?2x subfields and lines', () => {
    const [statement] = readCorpus('mt940/jejik-commerzbank.txt').statements;
    expect(statement?.entries[0]).toMatchObject({
      direction: 'debit', amount: 1235n, reversal: true, endToEndId: 'A1.200080779.400143254.4961336',
      customerReference: 'SEPA-DA20200601221740-34972000-P1', bankReference: '2016021783252833',
      // A returned collection: the other party is the customer who was to pay.
      payerName: 'TESTEREL', payerIban: 'DE50712345600200691329',
    });
  });

  it('MT942 interim report: :90C: totals checked, three PLN 0.01 credits', () => {
    const file = readCorpus('mt940/wolph-mBank_mt942.sta');
    expect(file.format).toBe('mt942');
    expect(file.statements[0]?.entries.map((e) => [e.direction, e.amount, e.currency, e.bankReference])).toEqual([
      ['credit', 1n, 'PLN', 'MB170119012058'], ['credit', 1n, 'PLN', 'MB170119012085'], ['credit', 1n, 'PLN', 'MB170119012121'],
    ]);
  });

  it('warns (does not fail) when a statement does not reconcile', () => {
    const file = readCorpus('mt940/wolph-betterplace-sepa_snippet.sta');
    expect(file.warnings).toEqual([
      'wolph-betterplace-sepa_snippet.sta:25: opening balance -1970431.87 + entries -2501917.30 = -4472349.17, but the closing balance is -4472049.09 EUR',
    ]);
  });
});

describe(':61: statement line', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['plain credit with entry date', '1405070507C500,NTRFNONREF//B4E07XM00J000023',
      { valueDate: '2014-05-07', bookingDate: '2014-05-07', direction: 'credit', amount: 50000n, transactionType: 'NTRF', bankReference: 'B4E07XM00J000023' }],
    ['no comma in the amount (Knab)', '1407290729C500NTRF29-07-2014 10:05//B4G29PGDCK1QFV3E',
      { amount: 50000n, customerReference: '29-07-2014 10:05' }],
    ['funds code after the mark', '0709040904DR999946,95NMSCNONREF', { direction: 'debit', amount: 99994695n }],
    ['RC: reversal of a credit takes money out', '0709040904RCR204,88NRTINONREF', { direction: 'debit', reversal: true, amount: 20488n }],
    ['RD: reversal of a debit gives it back', '0709040904RD5,00NTRFNONREF', { direction: 'credit', reversal: true }],
    ['entry date across the year end', '2312290102C1,00NTRFREF1', { valueDate: '2023-12-29', bookingDate: '2024-01-02' }],
    ['ASN: an IBAN longer than 16 as reference', '2001010101D65,00NOVBNL47INGB9999999999', { customerReference: 'NL47INGB9999999999' }],
    ['old Rabobank: account and name on the line', '110527D000000001213,28N0440121470966      W.P. Jansen    ',
      { customerReference: '0121470966', supplementary: 'W.P. Jansen', amount: 121328n }],
  ])('%s', (_name, line, expected) => {
    expect(parseStatementLine([line], 'EUR')).toMatchObject(expected);
  });

  it.each([
    ['1405070507X500,NTRF', ':61: "1405070507X500,NTRF" is not a statement line (date, D/C mark, amount, transaction type)'],
    ['1402300230C5,00NTRF', ':61: value date "140230" is not a calendar date'],
    ['140507C5,001NTRF', ':61: amount "5,001" has more decimals than EUR allows (2)'],
    ['140507DK5,00NTRF', ':61: funds code "K" is not the third letter of EUR'],
  ])('rejects %s', (line, reason) => {
    expect(parseStatementLine([line], 'EUR')).toBe(reason);
  });
});

describe(':86: layouts', () => {
  it.each<[string, string[], Record<string, unknown>]>([
    ['Dutch ABN AMRO /TRTP/ with top-level party', ['/TRTP/SEPA OVERBOEKING/IBAN/NL25ABNA0987654321/BIC/ABNANL2A/NAME/', 'FOOBAR/REMI/SAVINGS/EREF/NOTPROVIDED/ORDP//ID/203798473'],
      { text: 'SAVINGS', additionalInfo: 'SEPA OVERBOEKING', counterparty: { name: 'FOOBAR', iban: 'NL25ABNA0987654321' } }],
    ['Dutch ING /CNTP/ and /REMI/USTD//', ['/EREF/02164810730000043//MARF/M12345678909//CSID/NL39KPN12345', '0000000//CNTP/NL75INGB0000012345/INGBNL2A/KPN - MOBIEL///REMI/UST', 'D//Factuurnr: 2015/123456789.00/'],
      { endToEndId: '02164810730000043', text: 'Factuurnr: 2015/123456789.00', counterparty: { name: 'KPN - MOBIEL', iban: 'NL75INGB0000012345' } }],
    ['Dutch ING structured creditor reference', ['/CNTP/NL86INGB0002445588/INGBNL2A/BELASTINGDIENST///REMI/STRD/CUR/1234567890123456/'],
      { structuredReferences: ['1234567890123456'], text: '' }],
    ['Dutch Rabobank /ORDP/ and /ULTD/', ['/EREF/E2E-7/ORDP//NAME/Bedrijf B.V./IBAN/NL82RBOS0602069890/ULTD//NAME/Dochter B.V./REMI/INV 2026-0042'],
      { endToEndId: 'E2E-7', ordering: { name: 'Bedrijf B.V.', iban: 'NL82RBOS0602069890' }, ultimateDebtorName: 'Dochter B.V.', text: 'INV 2026-0042' }],
    ['Dutch return', ['/RTRN/MS03/EREF/X1/REMI/retour'], { returned: true, endToEndId: 'X1' }],
    ['German SEPA keywords across subfields', ['166?00GUTSCHRIFT?100399?20EREF+EndToEndIdTFNR20004000?2101?22SVWZ', '+INV 2026-0042 UND 43?30PBNKDEFF100?31DE42100100100043921105?32Ri', 'chter Renate'],
      { endToEndId: 'EndToEndIdTFNR2000400001', text: 'INV 2026-0042 UND 43', additionalInfo: 'GUTSCHRIFT', bankTransactionCode: '166',
        counterparty: { name: 'Richter Renate', iban: 'DE42100100100043921105' } }],
    ['German KREF+ and ABWA+', ['171?00SEPA EINZUG?20KREF+K-1?21SVWZ+Miete Maerz?22ABWA+Tochter GmbH?32Mutter AG'],
      { customerReference: 'K-1', text: 'Miete Maerz', ultimateDebtorName: 'Tochter GmbH', counterparty: { name: 'Mutter AG' } }],
    ['German without keywords: full 27-character subfields are one text', ['000>100987654321', '>20ALGEMENE TUSSENREKENING KOS>21TEN VAN 01-10-2010'],
      { text: 'ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2010' }],
    ['German without keywords: short subfields are separate phrases', ['834?00KONTENPOOL?102?20BUCHUNG AUF KTO 7402050699?21BANKLEITZAHL'],
      { text: 'BUCHUNG AUF KTO 7402050699 BANKLEITZAHL', additionalInfo: 'KONTENPOOL' }],
    ['Polish ?38 IBAN split over a line', [' 020?00Wyplata?20FAKTURA 333?32HUTA SZKLA?38PL081060007600007777777 ', '77777 '],
      { text: 'FAKTURA 333', counterparty: { name: 'HUTA SZKLA', iban: 'PL08106000760000777777777777' } }],
    ['free text with a leading IBAN (SNS/ASN)', ['NL39RABO0300065264 f. spark bedrijf n.v.', 'factuur 2026-0042'],
      { text: 'NL39RABO0300065264 f. spark bedrijf n.v. factuur 2026-0042', counterparty: { iban: 'NL39RABO0300065264' } }],
    ['free text: a leading number that fails MOD 97 is not taken for an IBAN', ['NL47INGB9999999999 hr paulissen'], { counterparty: {} }],
    ['ABN AMRO labelled layout', ['SEPA ACCEPTGIROBETALING          IBAN: NL86INGB0002445588', 'BIC: INGBNL2A                    NAAM: BELASTINGDIENST', 'BETALINGSKENM.: 1234567890098876 ID DEBITEUR: 777777777'],
      { counterparty: { name: 'BELASTINGDIENST', iban: 'NL86INGB0002445588' }, structuredReferences: ['1234567890098876'] }],
    ['free text wrapped at 65 characters is glued back', ['0123456789012345678901234567890123456789012345678901234567890', 'ABC'],
      { text: '0123456789012345678901234567890123456789012345678901234567890ABC' }],
  ])('%s', (_name, lines, expected) => {
    expect(parse86(lines)).toMatchObject(expected);
  });
});

describe('readMt940 on built statements', () => {
  it('attaches each :86: to its :61: and ignores the statement-level :86: after the balances', () => {
    const text = statement([
      ':61:2603020302C100,00NTRFNONREF//BANKREF1', ':86:/EREF/E1/ORDP//NAME/Fjord AS/REMI/INV 2026-0042',
      ':61:2603020302D0,50NCHGNONREF', ':62F:C260302EUR1099,50', ':86:/SUM/2/1/100,00/0,50/',
    ]).replace(':62F:C260302EUR1100,00\r\n', '');
    const [first] = readMt940(text, 's.sta').statements;
    expect(first?.entries.map((e) => [e.direction, e.amount, e.payerName, e.remittanceText])).toEqual([
      ['credit', 10000n, 'Fjord AS', 'INV 2026-0042'], ['debit', 50n, undefined, ''],
    ]);
  });

  it.each([
    [[':20:X', ':25:1', ':60F:C260301EUR1,00', ':61:2603020302C1,00NTRFX'], 's.sta:1: statement has no :62F: closing balance (truncated file?)'],
    [[':20:X', ':60F:C260301EUR1,00', ':62F:C260301EUR1,00'], 's.sta:1: statement has no :25: account identification'],
    [[':20:X', ':25:1', ':60F:C260301EUR1,00', ':61:2603020302C1,00XTRFX', ':62F:C260301EUR1,00'], 's.sta:4: :61: "2603020302C1,00XTRFX" is not a statement line (date, D/C mark, amount, transaction type)'],
    [[':20:X', ':25:1', ':60F:C260301XYZ1,00', ':62F:C260301EUR1,00'], 's.sta:3: :60F: "XYZ" is not an ISO 4217 currency code'],
    [[':25:1', ':20:X'], 's.sta:1: :25: comes before the :20: that starts a statement'],
  ])('rejects a broken statement: %s', (lines, message) => {
    expect(failure(() => readMt940(lines.join('\n'), 's.sta'))).toBe(message);
  });

  it('fails MT942 :90C: totals that do not match, or lists them with controlTotals warn', () => {
    const text = [':20:X', ':25:PL29114010810000267002001002', ':28C:1/1', ':34F:PLN0', ':13D:1701191815+0100',
      ':61:1701190119CN0,01NTRFNONREF', ':90C:2PLN0,01'].join('\n');
    expect(failure(() => readMt940(text, 'i.sta'))).toBe('i.sta:7: :90C: number of credit lines is 2 but the records add up to 1');
    expect(readMt940(text, 'i.sta', { controlTotals: 'warn' }).warnings).toEqual([
      'i.sta:7: :90C: number of credit lines is 2 but the records add up to 1',
    ]);
  });
});
