// Amounts round-trip exactly through every format, in the currency's exponent (JPY 0, EUR 2, KWD 3), as bigint
// minor units: written the way each format writes them, read back unchanged (property tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankExponent, parseDecimalAmount, parseImpliedAmount } from '../src/formats/bank/amounts.js';
import { readBai2, readCamt, readMt940 } from '../src/formats/bank/index.js';

const currency = fc.constantFrom('EUR', 'JPY', 'KWD', 'CHF', 'NOK');
const minor = fc.bigInt({ min: 0n, max: 10n ** 13n });
const lines = fc.array(fc.record({ credit: fc.boolean(), minor: fc.bigInt({ min: 1n, max: 10n ** 11n }) }), { minLength: 1, maxLength: 8 });

/** Minor units as a decimal with `separator`, plus `padding` extra zero decimals (camt allows up to 5). */
function decimal(value: bigint, code: string, separator: '.' | ',', padding = 0): string {
  const exponent = bankExponent(code);
  const digits = value.toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent) + '0'.repeat(padding);
  return fraction === '' ? `${whole}${separator === ',' ? ',' : ''}` : `${whole}${separator}${fraction}`;
}

const signed = (items: { credit: boolean; minor: bigint }[]) => items.reduce((s, l) => s + (l.credit ? l.minor : -l.minor), 0n);

describe('amount parsing', () => {
  it('reads decimals with point or comma and zero padding back to the same minor units', () => {
    fc.assert(fc.property(minor, currency, fc.constantFrom<'.' | ','>('.', ','), fc.integer({ min: 0, max: 2 }), (value, code, separator, padding) => {
      expect(parseDecimalAmount(decimal(value, code, separator, padding), code, separator)).toEqual({ ok: true, value });
    }));
  });

  it('never rounds: a non-zero digit beyond the exponent is an error', () => {
    fc.assert(fc.property(minor, currency, fc.integer({ min: 1, max: 9 }), (value, code, digit) => {
      const text = `${decimal(value, code, '.', 0)}${bankExponent(code) === 0 ? '.' : ''}${digit}`;
      expect(parseDecimalAmount(text, code, '.').ok).toBe(false);
    }));
  });

  it('reads BAI2 implied-decimal amounts (leading zeros, optional sign) unchanged', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (value, zeros) => {
      const text = `${value < 0n ? '-' : '+'}${'0'.repeat(zeros)}${value < 0n ? -value : value}`;
      expect(parseImpliedAmount(text, true)).toEqual({ ok: true, value });
    }));
  });
});

describe('amounts through the readers', () => {
  it('MT940: :61: amounts and the balances come back exactly, and the statement reconciles', () => {
    fc.assert(fc.property(lines, currency, (items, code) => {
      const total = signed(items);
      const closing = `${total < 0n ? 'D' : 'C'}260302${code}${decimal(total < 0n ? -total : total, code, ',')}`;
      const text = [':20:P', ':25:NL91ABNA0417164300', `:60F:C260301${code}0,`,
        ...items.map((l, i) => `:61:2603020302${l.credit ? 'C' : 'D'}${decimal(l.minor, code, ',')}NTRFREF${i}`),
        `:62F:${closing}`].join('\n');
      const file = readMt940(text, 'p.sta');
      expect(file.statements[0]?.entries.map((e) => [e.direction === 'credit', e.amount, e.currency])).toEqual(items.map((l) => [l.credit, l.minor, code]));
      expect(file.statements[0]?.closingBalance?.amount).toBe(total);
      expect(file.warnings).toEqual([]);
    }));
  });

  it('camt.053: Ntry amounts with up to five decimals come back exactly', () => {
    fc.assert(fc.property(lines, currency, fc.integer({ min: 0, max: 2 }), (items, code, padding) => {
      const entries = items.map((l) => `<Ntry><Amt Ccy="${code}">${decimal(l.minor, code, '.', padding)}</Amt><CdtDbtInd>${l.credit ? 'CRDT' : 'DBIT'}</CdtDbtInd>
        <Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>`).join('');
      const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2026-03-02T10:00:00</CreDtTm></GrpHdr>
        <Stmt><Id>S</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>${entries}</Stmt></BkToCstmrStmt></Document>`;
      expect(readCamt(xml, 'p.xml').statements[0]?.entries.map((e) => [e.direction === 'credit', e.amount])).toEqual(items.map((l) => [l.credit, l.minor]));
    }));
  });

  it('BAI2: 16 amounts come back exactly and the trailers add up', () => {
    fc.assert(fc.property(lines, fc.constantFrom('USD', 'JPY', 'KWD'), (items, code) => {
      const total = items.reduce((s, l) => s + l.minor, 0n);
      const text = ['01,S,R,260302,1200,1,,,2/', `02,R,S,1,260302,,${code},2/`, '03,1/',
        ...items.map((l) => `16,${l.credit ? '195' : '495'},${l.minor},,,,X`),
        `49,${total},${items.length + 2}/`, `98,${total},1,${items.length + 4}/`, `99,${total},1,${items.length + 6}/`].join('\n');
      expect(readBai2(text, 'p.bai').statements[0]?.entries.map((e) => [e.direction === 'credit', e.amount, e.currency])).toEqual(items.map((l) => [l.credit, l.minor, code]));
    }));
  });
});
