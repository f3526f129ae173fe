// The cash-application bench's bank-file writers (bench/matching/write-*.js): what they write is read by the
// product's own readers, and every entry comes back as written — amount, currency, date, bank reference, structured
// references, text, payer name and IBAN — except what the format cannot carry, which each writer's `carried…`
// function states (and docs/benchmarks.md lists, since it affects matching). Also the reference rewriting: the
// payer's reference becomes the product's, a mistyped one stays mistyped.
import { describe, expect, it } from 'vitest';
import { readBankFile, validateBankCsvMapping, type BankEntry } from '../src/formats/bank/index.js';
import { documentReferences } from '../src/domain/document-reference.js';
import { parseCreditorReference, parseKid, parseOcrReference } from '../src/domain/payment-reference.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { generateTenant } from '../bench/matching/generate.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { writeCamt054, carriedByCamt } from '../bench/matching/write-camt.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { writeMt940, carriedByMt940, mt940CutsText } from '../bench/matching/write-mt940.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { writeBai2, carriedByBai2 } from '../bench/matching/write-bai2.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { writeBankCsv, carriedByCsv, bankCsvMapping } from '../bench/matching/write-csv.js';
// @ts-expect-error plain-JS bench modules have no type declarations
import { rewriteReferences } from '../bench/matching/write-references.js';

type Entry = {
  id: string; amount: bigint; currency: string; date: string; structuredReferences: string[]; remittanceText: string;
  payerName?: string; payerIban?: string;
};
type Carried = Pick<Entry, 'amount' | 'currency' | 'date' | 'structuredReferences' | 'remittanceText' | 'payerName' | 'payerIban'> & { bankReference: string };

const IBAN = 'NO9386011117947';
const LONG = 'Betaling for varer levert i oktober og november, jf. avtale & ordre <45001234> "hast"; se også kreditnota; '
  + 'takk for et godt samarbeid i året som gikk, vi ser frem til neste sesong med mange nye oppdrag og prosjekter sammen '
  + 'med dere og deres dyktige medarbeidere i hele regionen, både i nord og i sør, i øst og i vest, og langs kysten.';

/** Generated entries (the bench's own noise) plus the awkward ones a writer must survive. */
function entries(): Entry[] {
  const generated = (generateTenant({ invoices: 3000, entries: 1500, seed: 7 }) as { entries: Entry[] }).entries;
  const edge: Entry[] = [
    { id: 'X0000001', amount: 123456789n, currency: 'NOK', date: '2026-11-20', structuredReferences: ['RF18 5390 0754 7034', '1234567897', 'RF712348231'], remittanceText: LONG, payerName: 'HANSEN & SØNNER A/S', payerIban: 'NO93 8601 1117 947' },
    { id: 'X0000002', amount: 1n, currency: 'EUR', date: '2026-11-23', structuredReferences: [], remittanceText: 'Фактура № 2026-00042 / Rg.-Nr. 2026-00043', payerName: 'ЕТ „Иван Петров“' },
    { id: 'X0000003', amount: 100000000n, currency: 'PHP', date: '2026-11-19', structuredReferences: [], remittanceText: '' },
    { id: 'X0000004', amount: 5000n, currency: 'GBP', date: '2026-11-21', structuredReferences: ['RF18539007547034'], remittanceText: 'Inv 2026-00001; 2026-00002', payerName: 'O\'Neill "Builders" Ltd' },
  ];
  return [...generated, ...edge];
}

function readBack(text: string, fileName: string, csvMapping?: unknown): Map<string, Carried> {
  const file = readBankFile(text, fileName, { controlTotals: 'enforce', ...(csvMapping ? { csvMapping } : {}) });
  expect(file.warnings).toEqual([]);
  const all = file.statements.flatMap((s) => s.entries);
  expect(all.every((e: BankEntry) => e.direction === 'credit' && !e.pending && !e.reversal)).toBe(true);
  return new Map(all.map((e: BankEntry) => [e.bankReference ?? '', {
    amount: e.amount, currency: e.currency, date: e.bookingDate, bankReference: e.bankReference ?? '',
    structuredReferences: [...e.structuredReferences, ...e.documentNumbers], remittanceText: e.remittanceText,
    payerName: e.payerName, payerIban: e.payerIban,
  }]));
}

function expectAllCarried(list: Entry[], read: Map<string, Carried>, carried: (e: Entry) => Carried): void {
  expect(read.size).toBe(list.length);
  const differing = list.filter((e) => JSON.stringify(read.get(e.id), big) !== JSON.stringify(carried(e), big));
  expect(differing.slice(0, 3).map((e) => ({ wrote: e, read: read.get(e.id), expected: carried(e) }))).toEqual([]);
}
const big = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

describe('bench bank-file writers read back through the product readers', () => {
  const list = entries();

  it('camt.054.001.08 carries everything', () => {
    const xml = writeCamt054(list, { account: IBAN }) as string;
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"');
    expect(readBankFile(xml, 'n.xml').format).toBe('camt.054');
    const read = readBack(xml, 'n.xml');
    expectAllCarried(list, read, carriedByCamt);
    expect(read.get('X0000001')?.remittanceText).toBe(LONG.replace(/\s+/g, ' ').trim()); // three Ustrd of ≤ 140
    expect(Math.max(...[...xml.matchAll(/<Ustrd>(.*?)<\/Ustrd>/g)].map((m) => (m[1] ?? '').replace(/&\w+;/g, '_').length))).toBeLessThanOrEqual(140);
  });

  it('MT940 (Dutch :86:) carries everything but text beyond 6 × 65 characters; balances reconcile', () => {
    const text = writeMt940(list, { account: IBAN, openingMinor: 1000n }) as string;
    const file = readBankFile(text, 'n.sta');
    expect(file.format).toBe('mt940');
    for (const s of file.statements) {
      expect((s.openingBalance?.amount ?? 0n) + s.entries.reduce((t, e) => t + e.amount, 0n)).toBe(s.closingBalance?.amount);
    }
    expect(text.split('\r\n').every((line) => line.length <= 65 || line.startsWith(':61:'))).toBe(true);
    expectAllCarried(list, readBack(text, 'n.sta'), carriedByMt940);
    expect(list.filter(mt940CutsText).map((e) => e.id)).toEqual(['X0000001']);
  });

  it('BAI2 with correct control totals: references move into the text, the payer IBAN is lost', () => {
    const text = writeBai2(list, { accountNumber: '86011117947' }) as string;
    expect(readBankFile(text, 'n.bai2').format).toBe('bai2');
    expect(text).toMatch(/\n88,/);
    expect(text.split('\n').every((line) => line.length <= 80)).toBe(true);
    const read = readBack(text, 'n.bai2');
    expectAllCarried(list, read, carriedByBai2);
    expect(read.get('X0000001')).toMatchObject({ structuredReferences: [], payerIban: undefined, payerName: 'HANSEN & SØNNER A/S' });
    expect(read.get('X0000001')?.remittanceText.startsWith('RF18 5390 0754 7034 1234567897 RF712348231 Betaling')).toBe(true);
  });

  it('CSV with the mapping saved for the account: the first reference structured, others in the text', () => {
    const mapping = bankCsvMapping(IBAN);
    expect(validateBankCsvMapping(mapping).ok).toBe(true);
    const read = readBack(writeBankCsv(list) as string, 'n.csv', mapping);
    expectAllCarried(list, read, carriedByCsv);
    expect(read.get('X0000001')?.structuredReferences).toEqual(['RF18 5390 0754 7034']);
    expect(read.get('X0000004')?.payerName).toBe('O\'Neill "Builders" Ltd');
  });
});

describe('rewriteReferences: payers quote the references the product printed', () => {
  const passes = (ref: string) => {
    const c = ref.replace(/\s/g, '');
    return c.startsWith('RF') ? parseCreditorReference(c).ok : parseKid(c, 'mod10').ok || parseKid(c, 'mod11').ok || parseOcrReference(c).ok;
  };

  it('keeps correct references correct and mistyped ones mistyped, one slip from the product\'s', () => {
    type Item = { number: string; currency: string; paymentReferences: string[] };
    type Truth = Map<string, { kind: string; allocations: { invoiceNumber: string }[] }>;
    const tenant = generateTenant({ invoices: 3000, entries: 1500, seed: 11 }) as { openItems: Item[]; entries: Entry[]; truth: Truth };
    const invoiceIds = new Map(tenant.openItems.map((item, i) => [item.number, BigInt(i + 1)]));
    const before = tenant.entries.map((e) => ({ ...e, structuredReferences: [...e.structuredReferences] }));
    const stats = rewriteReferences({ entries: tenant.entries, openItems: tenant.openItems, truth: tenant.truth, invoiceIds, scheme: 'kid-mod10', seed: 11 }) as Record<string, number>;
    expect(stats.mistyped).toBeGreaterThan(0);
    expect(stats.inText).toBeGreaterThan(0);
    const itemOf = new Map(tenant.openItems.map((item) => [item.number, item]));
    tenant.entries.forEach((entry, i) => {
      const kind = tenant.truth.get(entry.id)?.kind ?? '';
      const original = before[i] as Entry;
      expect(entry.structuredReferences.length).toBe(original.structuredReferences.length);
      if (!kind.startsWith('mistyped')) {
        expect(entry.structuredReferences.every(passes)).toBe(true);
        return;
      }
      const item = itemOf.get(tenant.truth.get(entry.id)?.allocations[0]?.invoiceNumber ?? '') as Item;
      const ours = documentReferences({ kind: 'invoice', id: invoiceIds.get(item.number) as bigint }, item.currency, 'kid-mod10');
      const typed = (entry.structuredReferences[0] ?? '').replace(/\s/g, '');
      const meant = typed.startsWith('RF') ? ours.rf : ours.national ?? ours.rf;
      expect(passes(typed)).toBe(false);
      expect(typed.length).toBe(meant.length);
      expect([...typed].filter((c, k) => c !== meant[k]).length).toBeLessThanOrEqual(2);
    });
  });
});
