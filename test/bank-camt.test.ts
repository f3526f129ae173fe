// camt.052/053/054: values read by hand from the corpus files, batch bookings split per detail, and errors that
// name the element path.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BankFileError, readCamt } from '../src/formats/bank/index.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/bank-statements/', import.meta.url));
const readCorpus = (file: string) => readCamt(fs.readFileSync(path.join(CORPUS, file), 'utf8'), path.basename(file));

function camt053(entries: string, version = '08'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T18:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>S1</Id>
      <Acct><Id><IBAN>NO93 8601 1117 947</IBAN></Id><Ccy>NOK</Ccy></Acct>
      ${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

function failure(run: () => unknown): string {
  try { run(); } catch (error) { if (error instanceof BankFileError) return error.message; throw error; }
  throw new Error('no error');
}

describe('readCamt on the corpus', () => {
  it('camt.053 PostFinance statement: 32 entries, the first a CHF 24.00 charge', () => {
    const file = readCorpus('camt053/dvbern-postfinance-camt.053_P_CH0309000000250090342_2016053100163801.xml');
    expect(file.format).toBe('camt.053');
    const [statement] = file.statements;
    expect(statement?.account).toEqual({ iban: 'CH0309000000250090342' });
    expect(statement?.entries).toHaveLength(32);
    expect(statement?.entries[0]).toMatchObject({
      direction: 'debit', amount: 2400n, currency: 'CHF', bookingDate: '2016-04-30',
      bankReference: '20160401001027080060699001000107', bankTransactionCode: 'ACMT/ADOP/CHRG',
    });
    // Opening 322 152.16 + entries = closing 322 689.77: this statement reconciles, so no warning.
    expect(file.warnings).toEqual([]);
  });

  it('camt.053 Belgian statement: 268 entries, the first an incoming transfer from Stellar Ltd', () => {
    const [statement] = readCorpus('camt053/subite-BE68793230773034-202411.xml').statements;
    expect(statement?.entries).toHaveLength(268);
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 5000000n, currency: 'EUR', bookingDate: '2024-11-29',
      payerName: 'Stellar Ltd', payerIban: 'BE91516952884376', endToEndId: 'E2ESEKOZLQO41354223',
      remittanceText: 'Transfer ref HBAVHC9717',
    });
  });

  it('camt.053 batch booking: one Ntry of EUR 4230.05 becomes three entries with their own amounts and references', () => {
    const [statement] = readCorpus('camt053/moov-FI_camt_053_sample.xml').statements;
    const batch = statement?.entries.filter((e) => e.batch !== undefined).slice(0, 3);
    expect(batch?.map((e) => [e.amount, e.bankReference, e.batch])).toEqual([
      [200002n, '091029ARCH03001', { index: 1, count: 3 }],
      [100001n, '091029ARCH03002', { index: 2, count: 3 }],
      [123002n, '091029ARCH03003', { index: 3, count: 3 }],
    ]);
    expect(batch?.[0]?.structuredReferences).toEqual(['3900']);
    expect(batch?.[1]?.remittanceText).toBe('Invoices 123 and 321');
  });

  it('camt.053 "8.850" with more digits than EUR has, all zeros, is 8.85', () => {
    const [statement] = readCorpus('camt053/genkgo-camt053.v2.five.decimals.xml').statements;
    expect(statement?.entries[0]?.amount).toBe(885n);
    expect(statement?.openingBalance).toEqual({ amount: 1815n, currency: 'EUR', date: '2014-12-30' });
  });

  it('camt.054 Swiss collective credit (Sammelbuchung) splits into its two payers', () => {
    const [statement] = readCorpus('camt054/dvbern-camt_054_Beispiel_SammelbuchungEs.xml').statements;
    expect(statement?.entries.map((e) => [e.amount, e.payerName, e.bankReference, e.remittanceText])).toEqual([
      [11100n, 'Ada Lovelace', '170727CH00A1ABCD', 'TEST MITTEILUNG'],
      [200n, 'Lord Bayron', '170727CH00A2ABCD', 'TEST MITTEILUNG'],
    ]);
  });

  it('camt.054 Swiss ESR credits carry the 27-digit ESR reference as a structured reference', () => {
    const [statement] = readCorpus('camt054/moov-postfinance-200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_2019042500372179.xml').statements;
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 25000n, currency: 'CHF', payerName: 'Bernasconi Maria',
      structuredReferences: ['120000000000234478943216899'], endToEndId: 'EndToEndId-001-02-02',
    });
  });

  it('camt.054 Finnish credit notification: payer, references and referred invoice numbers', () => {
    const [statement] = readCorpus('camt054/jbank-camt_054_credit_notification_example_finland.xml').statements;
    expect(statement?.entries).toHaveLength(4);
    expect(statement?.entries[0]).toMatchObject({
      direction: 'credit', amount: 8816n, payerName: 'SUOMI OY', bankReference: '201701312588CECZ0804', remittanceText: '9597349',
    });
    expect(statement?.entries[1]).toMatchObject({ structuredReferences: ['9544208'], documentNumbers: ['9582095'] });
  });

  it('camt.054 return of an outgoing payment is marked as a reversal, not a customer payment', () => {
    const [statement] = readCorpus('camt054/moov-postfinance-camt054-returns_p_ch5109000000250092291_1110097606_0_2020112500512470.xml').statements;
    expect(statement?.entries[0]).toMatchObject({ direction: 'credit', amount: 50000n, reversal: true, payerName: 'Robert Schneider SA' });
  });

  it('camt.052 intraday report: RF creditor reference and ultimate debtor', () => {
    const file = readCorpus('camt052/moov-FI_camt_052_sample.xml');
    expect(file.format).toBe('camt.052');
    expect(file.statements[1]?.entries[0]).toMatchObject({
      direction: 'credit', amount: 10000n, structuredReferences: ['RF98123456789012'], payerName: 'DEBTOR',
      ultimateDebtorName: 'ULTIMATE DEBTOR', endToEndId: 'EndToEndIdSCT01',
    });
    expect(file.statements[0]?.entries[0]?.pending).toBe(true);
  });

  it('camt.054 v10 INFO notification: entries are pending and dated from the notification', () => {
    const [statement] = readCorpus('camt054/subite-LT-camt054v10-2024-03-18.xml').statements;
    expect(statement?.entries).toHaveLength(41);
    expect(statement?.entries.every((e) => e.pending === true && e.bookingDate === '2024-03-18')).toBe(true);
  });
});

describe('readCamt on built documents', () => {
  const entry = (amount: string, extra = '') => `<Ntry><Amt Ccy="NOK">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>A-1</AcctSvcrRef>${extra}</Ntry>`;

  it('reads a prefixed namespace and a v8 party (Dbtr/Pty/Nm)', () => {
    const xml = camt053(entry('1250.00', `<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Fjord AS</Nm></Pty></Dbtr></RltdPties>
      <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>`))
      .replace('<Document xmlns=', '<c:Document xmlns:c=').replace(/<(\/?)(?!\?|c:|!)/g, '<$1c:');
    const [statement] = readCamt(xml, 'p.xml').statements;
    expect(statement?.account).toEqual({ iban: 'NO9386011117947', currency: 'NOK' });
    expect(statement?.entries[0]).toMatchObject({ amount: 125000n, payerName: 'Fjord AS', structuredReferences: ['RF18539007547034'] });
  });

  it.each([
    ['1250.001', 'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt', 'amount "1250.001" has more decimals than NOK allows (2)'],
    ['12,50', 'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt', 'amount "12,50" is not a number'],
    ['-5.00', 'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt', 'amount "-5.00" is not a number'],
  ])('rejects amount %s at %s', (amount, element, reason) => {
    expect(failure(() => readCamt(camt053(entry(amount)), 'bad.xml'))).toBe(`bad.xml:${element}: ${reason}`);
  });

  it('names the element of a missing credit/debit indicator', () => {
    const xml = camt053('<Ntry><Amt Ccy="NOK">1.00</Amt><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>');
    expect(failure(() => readCamt(xml, 'bad.xml'))).toBe('bad.xml:Document/BkToCstmrStmt/Stmt[1]/Ntry[1]: CdtDbtInd is missing');
  });

  it('names the line of XML that is not well-formed', () => {
    const xml = camt053(entry('1.00')).replace('</Stmt>', '</Stmnt>');
    expect(failure(() => readCamt(xml, 'bad.xml'))).toMatch(/^bad\.xml:10: XML is not well-formed: /);
  });

  it('refuses a DOCTYPE (entity expansion) and a namespace that contradicts the message', () => {
    const doctype = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n${camt053(entry('1.00')).split('\n').slice(1).join('\n')}`;
    expect(failure(() => readCamt(doctype, 'd.xml'))).toBe('d.xml:2: XML declares a DOCTYPE, which camt messages never do');
    const wrong = camt053(entry('1.00')).replace('camt.053.001.08', 'camt.054.001.08');
    expect(failure(() => readCamt(wrong, 'w.xml'))).toBe('w.xml:Document: the namespace says camt.054 but the message is a camt.053');
    const old = camt053(entry('1.00'), '01');
    expect(failure(() => readCamt(old, 'o.xml'))).toBe('o.xml:Document: camt.053.001.01 is not supported; versions .001.02 and later are');
  });

  it('reads a later version (.001.13) whose namespace parses', () => {
    expect(readCamt(camt053(entry('1.00'), '13'), 'v13.xml').statements[0]?.entries).toHaveLength(1);
  });

  it('keeps a batch as one entry when its details carry no amounts, with the parties they share', () => {
    const details = '<NtryDtls><TxDtls><RmtInf><Ustrd>INV 1</Ustrd></RmtInf></TxDtls><TxDtls><RmtInf><Ustrd>INV 2</Ustrd></RmtInf></TxDtls></NtryDtls>';
    const [statement] = readCamt(camt053(entry('30.00', details)), 'b.xml').statements;
    expect(statement?.entries).toHaveLength(1);
    expect(statement?.entries[0]).toMatchObject({ amount: 3000n, remittanceText: 'INV 1 INV 2', bankReference: 'A-1' });
    expect(statement?.entries[0]?.batch).toBeUndefined();
  });
});
