// Issue #5: the structured reference on each of our documents, and reading it back from a bank entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocumentReference, documentReferences, nationalSchemeFor, referenceBase, type DocumentKind } from '../src/domain/document-reference.js';
import { formatPaymentReference, parseCreditorReference, parseKid, parseOcrReference } from '../src/domain/payment-reference.js';

describe('document references', () => {
  it.each([
    [{ kind: 'invoice' as const, id: 42n }, 'NOK', 'kid-mod10' as const, { rf: 'RF', national: '1000000042' }],
    [{ kind: 'invoice' as const, id: 42n }, 'EUR', 'kid-mod10' as const, { rf: 'RF' }],
    [{ kind: 'customer' as const, id: 7n }, 'SEK', 'ocr' as const, { rf: 'RF', national: '2000000007' }],
    [{ kind: 'dunning-action' as const, id: 123456n }, 'NOK', 'rf' as const, { rf: 'RF' }],
  ])('%o in %s under %s', (target, currency, scheme, expected: { rf: string; national?: string }) => {
    const refs = documentReferences(target, currency, scheme);
    expect(refs.rf.startsWith(expected.rf)).toBe(true);
    expect(parseCreditorReference(refs.rf).ok).toBe(true);
    expect(refs.rf.slice(4)).toBe(referenceBase(target));
    if (expected.national) expect(refs.national?.startsWith(expected.national)).toBe(true);
    else expect(refs.national).toBeUndefined();
  });

  it('has one length for every id up to a billion, so no printed reference starts with another of ours', () => {
    const short = documentReferences({ kind: 'invoice', id: 110n }, 'NOK', 'kid-mod10');
    const long = documentReferences({ kind: 'invoice', id: 1101n }, 'NOK', 'kid-mod10');
    expect(short.rf.length).toBe(long.rf.length);
    expect(short.rf.slice(4)).toBe('1000000110');
    expect(short.national).toHaveLength(11);
    expect(documentReferences({ kind: 'invoice', id: 999_999_999n }, 'EUR', 'rf').rf).toHaveLength(14);
  });

  it('puts KID on NOK and OCR on SEK only', () => {
    expect(nationalSchemeFor('kid-mod11', 'NOK')).toBe('kid-mod11');
    expect(nationalSchemeFor('kid-mod11', 'SEK')).toBeUndefined();
    expect(nationalSchemeFor('ocr', 'SEK')).toBe('ocr');
    expect(nationalSchemeFor('ocr', 'NOK')).toBeUndefined();
    expect(nationalSchemeFor('rf', 'NOK')).toBeUndefined();
  });

  it('reads back every reference it makes, in electronic and printed form', () => {
    const kinds: DocumentKind[] = ['invoice', 'customer', 'dunning-action'];
    fc.assert(fc.property(fc.constantFrom(...kinds), fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.constantFrom('rf', 'kid-mod10', 'kid-mod11', 'ocr') as fc.Arbitrary<'rf' | 'kid-mod10' | 'kid-mod11' | 'ocr'>, (kind, id, scheme) => {
      const currency = scheme === 'ocr' ? 'SEK' : 'NOK';
      const refs = documentReferences({ kind, id }, currency, scheme);
      expect(decodeDocumentReference(refs.rf, scheme)).toEqual({ kind, id });
      expect(decodeDocumentReference(formatPaymentReference(refs.rf), scheme)).toEqual({ kind, id });
      if (refs.national) {
        expect(decodeDocumentReference(refs.national, scheme)).toEqual({ kind, id });
        if (scheme === 'ocr') expect(parseOcrReference(refs.national).ok).toBe(true);
        else expect(parseKid(refs.national, scheme === 'kid-mod10' ? 'mod10' : 'mod11').ok).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('never reads a mistyped reference as another document', () => {
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.nat(), fc.integer({ min: 1, max: 9 }), (id, at, bump) => {
      const { rf } = documentReferences({ kind: 'invoice', id }, 'EUR', 'rf');
      const i = 2 + (at % (rf.length - 2));
      const digit = rf[i] as string;
      if (!/\d/.test(digit)) return;
      const typo = rf.slice(0, i) + String((Number(digit) + bump) % 10) + rf.slice(i + 1);
      expect(decodeDocumentReference(typo, 'rf')).toBeUndefined();
    }), { numRuns: 500 });
  });

  it.each([
    ['RF18539007547034', 'another creditor\'s RF reference (ISO 11649 example)'],
    ['12345678', 'digits under the RF scheme'],
    ['RF00', 'too short'],
    ['invoice 42', 'free text'],
    ['', 'empty'],
  ])('ignores %s (%s)', (text) => expect(decodeDocumentReference(text, 'rf')).toBeUndefined());

  it('refuses a non-positive id', () => {
    expect(() => referenceBase({ kind: 'invoice', id: 0n })).toThrow(/positive/);
  });
});
