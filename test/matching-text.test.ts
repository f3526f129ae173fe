import { describe, expect, it } from 'vitest';
import { numberKeys, numbersInText, padToShape } from '../src/domain/matching/invoice-numbers.js';
import { addName, emptyNameIndex, finishNameIndex, searchNames } from '../src/domain/matching/name-index.js';
import { nameSimilarity } from '../src/domain/matching/name-similarity.js';
import { editDistance, foldText, nameTokens, tokenSimilarity } from '../src/domain/matching/normalise.js';
import { checkReference, oneTypoAway, rfReferencesInText, withoutRfReferences } from '../src/domain/matching/references.js';

describe('folding text', () => {
  it.each([
    ['Müller Straße', 'muller strasse'],
    ['Bjørkli Rør', 'bjorkli ror'],
    ['Håkon Ærø', 'hakon aero'],
    ['Петров Трейд ЕООД', 'petrov treyd eood'],
    ['Цветков Христов', 'tsvetkov hristov'],
    ['Щерев Йорданов', 'sherev yordanov'.replace('sherev', 'shterev')],
    ['Łódź', 'lodz'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('name tokens', () => {
  it.each<[string, string[], string[]]>([
    ['Fjordkraft Bygg AS', ['fjordkraft', 'bigg'], ['as']],
    ['FJORDKRAFT BYGG A/S', ['fjordkraft', 'bigg'], ['as']],
    ['Schäfer Logistik GmbH & Co. KG', ['schafer', 'logistik'], ['gmbh']],
    ['SCHAEFER LOGISTIK G.M.B.H.', ['schafer', 'logistik'], ['gmbh']],
    ['Harrington Logistics Limited', ['harrington', 'logistics'], ['ltd']],
    ['Lindqvist Bygg Aktiebolag', ['lindqvist', 'bigg'], ['ab']],
    ['ЕТ „Иван Петров“', ['ivan', 'petrov'], ['et']],
    ['Bygg og Anlegg AS', ['bigg', 'anlegg'], ['as']],
    ['Santos Trading Corp.', ['santos', 'trading'], ['corp']],
    ['Meyer Bau e.K.', ['meier', 'bau'], ['ek']],
    ['ARVIDSSON KONCERN A', ['arvidsson', 'koncern'], []],
    ['AS', ['as'], []],
  ])('%s', (name, tokens, legalForms) => {
    expect(nameTokens(name)).toMatchObject({ tokens, legalForms });
  });

  it.each<[string, string]>([
    ['Цветков Щерев Христов', 'TSVETKOV SHTEREV HRISTOV'],
    ['Цветков Щерев Христов', 'CVETKOV STEREV KHRISTOV'],
    ['Мария Янкова', 'MARIA IANKOVA'],
    ['Müller Bækken Håkon', 'MUELLER BAEKKEN HAAKON'],
  ])('%s and %s are the same words', (a, b) => {
    expect(nameTokens(a).tokens).toEqual(nameTokens(b).tokens);
  });

  it('remembers the words written as abbreviations', () => {
    expect(nameTokens('MIZIYA IVAN. MEBEL EOOD').abbreviated).toEqual(['ivan']);
    expect(nameTokens('Smith & Co. Ltd').abbreviated).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['bygg', 'bygg', 1],
    ['kons', 'konsulent', 0.85],
    ['konsulent', 'konsulnet', 0.85],
    ['hansen', 'hansn', 0.85],
    ['fredriksson', 'fredriksln', 0.7],
    ['schwarzwald', 'schwarzwlad', 0.85],
    ['maschinenbau', 'maschinbau', 0.7],
    ['bau', 'bar', 0],
    ['berg', 'borg', 0.85],
    ['nordlys', 'fjordkraft', 0],
  ])('%s ~ %s = %s', (a, b, similarity) => {
    expect(tokenSimilarity(a, b)).toBe(similarity);
  });

  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
    expect(editDistance('abcd', 'wxyz', 2)).toBe(3);
  });
});

describe('finding customers by the payer\'s name', () => {
  const names = emptyNameIndex();
  const list = [
    'Fjordkraft Bygg AS', 'Fjordkraft Elektro AS', 'Nordlys Bygg AS', 'Hansen Bygg og Anlegg AS', 'Hansen Rør AS',
    'Harrington Logistics Services Ltd', 'Müller Maschinenbau GmbH', 'Петров Трейд ЕООД', 'Moen Sjøbris Regnskap AS',
    'Nordic Consulting AS', 'Nordic Consulting AB',
  ];
  list.forEach((name, i) => addName(names, i, name));
  finishNameIndex(names);
  const top = (payer: string) => searchNames(names, payer, 0.5).map((hit) => [list[hit.customer], Math.round(hit.score * 100) / 100]);

  it.each<[string, string, number]>([
    ['FJORDKRAFT BYGG AS', 'Fjordkraft Bygg AS', 1],
    ['FJORDKRAFT BYGG', 'Fjordkraft Bygg AS', 1],
    ['MUELLER MASCHINENBAU', 'Müller Maschinenbau GmbH', 1],
    ['PETROV TREYD EOOD', 'Петров Трейд ЕООД', 1],
    ['MOEN SJOEBRIS REGNSK', 'Moen Sjøbris Regnskap AS', 0.97],
    ['HLS LTD', 'Harrington Logistics Services Ltd', 0.8],
  ])('%s → %s', (payer, expected, score) => {
    const [first] = top(payer);
    expect(first?.[0]).toBe(expected);
    expect(first?.[1]).toBeGreaterThanOrEqual(score);
  });

  it('a typo still finds the customer, below an equal name', () => {
    const [first] = top('FJORDKRAFT BYGH AS');
    expect(first?.[0]).toBe('Fjordkraft Bygg AS');
    expect(first?.[1]).toBeLessThan(0.97);
  });

  it('a different legal form costs a little, so sister companies are told apart but stay close', () => {
    const hits = top('NORDIC CONSULTING AB');
    expect(hits[0]).toEqual(['Nordic Consulting AB', 1]);
    expect(hits[1]?.[0]).toBe('Nordic Consulting AS');
    expect(hits[1]?.[1]).toBeGreaterThanOrEqual(0.95);
  });

  it('strangers find nobody', () => {
    expect(top('John Doe')).toEqual([]);
  });

  it('compares a payer with one customer\'s names and aliases', () => {
    expect(nameSimilarity('FJORDKRAFT BYGG', ['Fjordkraft Bygg AS'], names)).toBe(1);
    expect(nameSimilarity('FJORDKRAFT BYGG', ['Nordlys Bygg AS', 'Fjordkraft Bygg AS'], names)).toBe(1);
    expect(nameSimilarity('NORDLYS ELEKTRO', ['Fjordkraft Bygg AS'], names)).toBe(0);
  });
});

describe('invoice numbers in text', () => {
  const read = (text: string) => numbersInText(text).filter((n) => !n.fragment).map((n) => n.runs.join('-'));

  it.each<[string, string[]]>([
    // "2026" and "0042" alone are parts of one number joined by "-": never read on their own.
    ['2026-0042', ['2026-0042']],
    ['2026-00421', ['2026-00421']],
    ['201303-128cursus', ['201303-128']],
    // "/" and a space also separate numbers in a list: each alone, and joined.
    ['Faktura 2026/0042 og 2026/0043', ['2026', '2026-0042', '0042', '2026', '2026-0043', '0043']],
    ['10045/10046', ['10045', '10045-10046', '10046']],
  ])('"%s" reads as %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('digit runs joined by "-" or "." to more digits are fragments of a longer number', () => {
    const fragments = numbersInText('2026-0042-1').filter((n) => n.fragment).map((n) => n.runs.join('-'));
    expect(fragments).toEqual(expect.arrayContaining(['2026-0042', '0042-1', '0042']));
  });

  it.each<[string, string[]]>([
    ['Invoice no. 2026-0042', ['INVOICE']],
    ['Rg.-Nr. 2026-0042', ['RG']],
    ['Fakt.nr. 2026.0042', ['FAKTNR']],
    ['Фактура № 2026-0042', ['FAKTURA']],
    ['Invoices 10045, 10046 and 10047', ['INVOICES']],
    ['Kd-Nr. 12345', []],
    ['PO 4500012345', []],
  ])('"%s" is announced by %j', (text, keywords) => {
    const last = numbersInText(text).at(-1);
    expect(last?.precededBy).toEqual(keywords);
  });

  it('keys: all digits without leading zeros, and the digit-group widths', () => {
    expect(numberKeys('INV-00000042')).toEqual({ joined: '42', shape: [8] });
    expect(numberKeys('2026-0042')).toEqual({ joined: '20260042', shape: [4, 4] });
    expect(numberKeys('F-2026/07/0042')).toEqual({ joined: '2026070042', shape: [4, 2, 4] });
    expect(numberKeys('DRAFT')).toBeUndefined();
    expect(padToShape(['2026', '42'], [4, 4])).toBe('20260042');
    expect(padToShape(['2026', '00421'], [4, 4])).toBeUndefined();
  });
});

describe('references in text', () => {
  it('finds RF references in paper and electronic form, and not a mistyped one', () => {
    expect(rfReferencesInText('Ref RF18 5390 0754 7034 thanks')).toEqual(['RF18539007547034']);
    expect(rfReferencesInText('ref:rf18539007547034.')).toEqual(['RF18539007547034']);
    expect(rfReferencesInText('RF18 5390 0754 7035')).toEqual([]);
    expect(rfReferencesInText('SURF18 5390 0754 7034')).toEqual([]);
  });

  it('blanks RF-shaped text before invoice numbers are read', () => {
    expect(withoutRfReferences('RF47 2026 0004 2 Faktura 2026-00043').trim()).toBe('FAKTURA 2026-00043');
  });

  it('checks references with their check digits', () => {
    expect(checkReference('RF18 5390 0754 7034')).toEqual({ compact: 'RF18539007547034', valid: true });
    expect(checkReference('RF18 5390 0754 7035').valid).toBe(false);
    expect(checkReference('12345678903').valid).toBe(true); // KID MOD10
    expect(checkReference('12345678904').valid).toBe(false);
    expect(checkReference('NOTPROVIDED').valid).toBe(false);
  });

  it('lists the references one keystroke away', () => {
    const variants = oneTypoAway('RF18539007547035');
    expect(variants).toContain('RF18539007547034');
    expect(variants).toContain('RF81539007547035');
    expect(variants.every((v) => v.length === 16 && v.startsWith('RF'))).toBe(true);
  });
});
