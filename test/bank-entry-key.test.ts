// Entry identity (issue #5): re-importing a file, or a later statement that repeats an entry, adds nothing; two
// different bookings never share a key.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountKey, entryKey, entryKeys, readBankFile, readCamt, readMt940, type BankEntry,
} from '../src/formats/bank/index.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/bank-statements/', import.meta.url));
const corpusText = (file: string) => fs.readFileSync(path.join(CORPUS, file), 'utf8');

function mt940(lines: string[], opening = '1000,00', closing = '1000,00'): string {
  return [':20:S', ':25:NL91ABNA0417164300', ':28C:1', `:60F:C260301EUR${opening}`, ...lines, `:62F:C260305EUR${closing}`, '-'].join('\n');
}

const entry: BankEntry = {
  direction: 'credit', amount: 125000n, currency: 'EUR', bookingDate: '2026-03-02', structuredReferences: [],
  documentNumbers: [], remittanceText: 'Invoice 2026-0042', source: { line: 1 },
};

describe('entryKey', () => {
  it('is the same when the same file is read twice', () => {
    for (const file of ['camt053/moov-FI_camt_053_sample.xml', 'mt940/zilverline-ing_mt940_iban.txt', 'bai2/moov-sample1.txt']) {
      const keys = () => readBankFile(corpusText(file), path.basename(file)).statements.map((s) => entryKeys(s));
      expect(keys()).toEqual(keys());
    }
  });

  it('is the same for an entry repeated by a later, overlapping statement (with and without bank reference)', () => {
    const a = ':61:2603020302C100,00NTRFNONREF//REF-A', b = ':61:2603030303C50,00NTRFNONREF', c = ':61:2603040304C20,00NTRFNONREF//REF-C';
    const first = readMt940(mt940([a, ':86:/REMI/INV 1', b, ':86:/REMI/INV 2'], '0,00', '150,00'), 'day1.sta').statements[0]!;
    // The second export wraps field 86 differently: the key does not depend on line breaks or case.
    const second = readMt940(mt940([b, ':86:/REMI/inv', ' 2', c, ':86:/REMI/INV 3'], '100,00', '170,00'), 'day2.sta').statements[0]!;
    const [keyA, keyB1] = entryKeys(first);
    const [keyB2, keyC] = entryKeys(second);
    expect(keyB2).toBe(keyB1);
    expect(new Set([keyA, keyB1, keyC]).size).toBe(3);
    expect(keyA?.startsWith('r:')).toBe(true);
    expect(keyB1?.startsWith('f:')).toBe(true);
  });

  it('tells identical bookings on one statement apart by occurrence, stably', () => {
    // zilverline's ABN AMRO sample has five equal EUR 1000 acceptgiro payments on 2014-01-27, no bank reference.
    const read = () => readBankFile(corpusText('mt940/zilverline-abn_abnamro_structured.txt'), 'abn.txt').statements[1]!;
    const keys = entryKeys(read());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(2)).toEqual(entryKeys(read()).slice(2));
    expect(keys[3]).toBe(entryKey(read().account, read().entries[3]!, 2));
  });

  it('keeps a reused bank reference apart by date and amount (cmxl reuses //55555)', () => {
    const statement = readBankFile(corpusText('mt940/wolph-cmxl-mt940.sta'), 'cmxl.sta').statements[1]!;
    expect(statement.entries.map((e) => e.bankReference)).toEqual(['55555', '55555']);
    const [one, two] = entryKeys(statement);
    expect(one).not.toBe(two);
  });

  it('keeps the details of a camt batch apart although they share the entry reference', () => {
    const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>M</MsgId><CreDtTm>2026-03-02T10:00:00</CreDtTm></GrpHdr>
      <Ntfctn><Id>N</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct><Ntry><Amt Ccy="CHF">20.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
      <BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>LUMP-1</AcctSvcrRef><NtryDtls>
      <TxDtls><Amt Ccy="CHF">10.00</Amt></TxDtls><TxDtls><Amt Ccy="CHF">10.00</Amt></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
    const statement = readCamt(xml, 'n.xml').statements[0]!;
    expect(statement.entries.map((e) => e.bankReference)).toEqual(['LUMP-1', 'LUMP-1']);
    const [one, two] = entryKeys(statement);
    expect(one).not.toBe(two);
  });

  it('gives every entry of every readable corpus statement its own key', () => {
    const files = ['bai2', 'camt052', 'camt053', 'camt054', 'mt940'].flatMap((dir) => fs.readdirSync(path.join(CORPUS, dir)).map((f) => `${dir}/${f}`));
    let checked = 0;
    for (const file of files) {
      let statements;
      try { statements = readBankFile(corpusText(file), path.basename(file)).statements; } catch { continue; }
      for (const statement of statements) {
        const keys = entryKeys(statement);
        expect(new Set(keys).size, file).toBe(keys.length);
        checked += keys.length;
      }
    }
    expect(checked).toBe(850);
  });

  it('names an account the same however it is written', () => {
    expect(accountKey({ number: '1291.99.348' })).toBe(accountKey({ number: '129199348' }));
    expect(accountKey({ iban: 'nl91 abna 0417 1643 00' })).toBe('NL91ABNA0417164300');
    expect(entryKey({ iban: 'NL91ABNA0417164300' }, entry)).toBe(entryKey('NL91ABNA0417164300', entry));
  });

  it('changes with every fact that makes a booking different (property)', () => {
    const variant = fc.record({
      direction: fc.constantFrom<'credit' | 'debit'>('credit', 'debit'),
      amount: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      bookingDate: fc.constantFrom('2026-03-01', '2026-03-02'),
      currency: fc.constantFrom('EUR', 'NOK'),
      bankReference: fc.option(fc.constantFrom('R1', 'R2'), { nil: undefined }),
      remittanceText: fc.constantFrom('INV 1', 'INV 2'),
    });
    fc.assert(fc.property(variant, variant, (a, b) => {
      const one: BankEntry = { ...entry, ...a };
      const two: BankEntry = { ...entry, ...b };
      const same = JSON.stringify({ ...a, amount: String(a.amount) }) === JSON.stringify({ ...b, amount: String(b.amount) });
      // Text only counts when there is no bank reference.
      const sameIgnoringText = same || (a.bankReference !== undefined && JSON.stringify({ ...a, amount: String(a.amount), remittanceText: '' }) === JSON.stringify({ ...b, amount: String(b.amount), remittanceText: '' }));
      expect(entryKey('ACC', one) === entryKey('ACC', two)).toBe(sameIgnoringText);
    }));
  });
});
