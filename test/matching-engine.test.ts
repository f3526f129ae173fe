import { describe, expect, it } from 'vitest';
import {
  type BankEntry, type MatchCustomer, type MatchFlag, type MatchOpenItem, type MatchProposal, buildMatchIndex,
  learnPayerAccount, matchEntry, recordPosting,
} from '../src/domain/matching/index.js';
import { creditorReference, formatCreditorReference, kid, ocrReference } from '../src/domain/payment-reference.js';

function value(result: { ok: true; value: string } | { ok: false; reason: string }): string {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const rf = (base: string) => formatCreditorReference(value(creditorReference(base)));
const kid10 = (base: string) => value(kid(base, 'mod10'));
const kid11 = (base: string) => value(kid(base, 'mod11'));
const ocr = (base: string) => value(ocrReference(base));

const customers: MatchCustomer[] = [
  { customerRef: 'C1', name: 'Fjordkraft Bygg AS' },
  { customerRef: 'C2', name: 'Nordlys Elektro AS' },
  { customerRef: 'C3', name: 'Müller Maschinenbau GmbH' },
  { customerRef: 'C4', name: 'Петров Трейд ЕООД' },
  { customerRef: 'C5', name: 'Santos Trading Corporation' },
  { customerRef: 'C6', name: 'Harrington Logistics Ltd' },
  { customerRef: 'P1', name: 'Vestland Gruppen AS' },
  { customerRef: 'C7', name: 'Vestland Rør AS', parentRef: 'P1' },
  { customerRef: 'C8', name: 'Vestland Maling AB', parentRef: 'P1' },
  { customerRef: 'C9', name: 'Lindqvist Bygg AB' },
];

function item(number: string, customerRef: string, currency: string, open: bigint, dueDate: string, references: string[]): MatchOpenItem {
  return { invoiceId: `id-${number}`, number, customerRef, currency, open, amount: open, dueDate, paymentReferences: references };
}

const KID_0042 = kid10('000120260042');
const KID11_0045 = kid11('000220260045');
const OCR_0600 = ocr('20260600');

const openItems: MatchOpenItem[] = [
  // ISO 11649 Annex A's reference, printed on invoice 2026-0042 (the example explanation).
  item('2026-0042', 'C1', 'NOK', 1_250_000n, '2026-02-15', ['RF18 5390 0754 7034', KID_0042]),
  item('2026-0043', 'C1', 'NOK', 80_000n, '2026-03-01', [rf('20260043'), kid10('000120260043')]),
  item('2026-0044', 'C1', 'NOK', 45_000n, '2026-03-15', [rf('20260044'), kid10('000120260044')]),
  item('2026-0041', 'C2', 'NOK', 99_900n, '2026-02-01', [rf('20260041')]),
  item('2026-0045', 'C2', 'NOK', 50_000n, '2026-02-20', [rf('20260045'), KID11_0045]),
  item('2026-0100', 'C3', 'EUR', 200_000n, '2026-01-31', [rf('20260100')]),
  item('2026-0101', 'C3', 'EUR', 35_000n, '2026-02-28', [rf('20260101')]),
  item('2026-0102', 'C3', 'EUR', 120_000n, '2026-03-31', [rf('20260102')]),
  item('2026-0200', 'C4', 'EUR', 500_000n, '2026-02-10', [rf('20260200')]),
  item('2026-0300', 'C5', 'PHP', 15_000_000n, '2026-02-10', [rf('20260300')]),
  item('2026-0400', 'C6', 'GBP', 64_000n, '2026-01-10', [rf('20260400')]),
  item('2026-0401', 'C6', 'GBP', 64_000n, '2026-02-10', [rf('20260401')]),
  item('2026-0500', 'C7', 'NOK', 300_000n, '2026-02-10', [rf('20260500')]),
  item('2026-0501', 'C8', 'SEK', 700_000n, '2026-02-10', [rf('20260501')]),
  item('2026-0600', 'C9', 'SEK', 450_000n, '2026-02-10', [rf('20260600'), OCR_0600]),
];

const KNOWN_IBAN = 'NO93 8601 1117 947';

function freshIndex() {
  return buildMatchIndex({ openItems, customers, payerAccounts: [{ iban: KNOWN_IBAN, customerRef: 'C1' }] });
}

const index = freshIndex();
let serial = 0;

function entry(fields: Partial<BankEntry>): BankEntry {
  return { id: `E${++serial}`, amount: 0n, currency: 'NOK', date: '2026-03-20', structuredReferences: [], remittanceText: '', ...fields };
}

function match(fields: Partial<BankEntry>, on = index): MatchProposal {
  return matchEntry(on, entry(fields), { autoPostThreshold: 0.9 });
}

const allocations = (p: MatchProposal) => p.allocations.map((a) => [a.invoiceNumber, a.amount] as const);

type Case = [string, Partial<BankEntry>, MatchProposal['status'], [string, bigint][], MatchFlag[]];

describe('structured references (strongest)', () => {
  it.each<Case>([
    ['RF, paper form, amount equal', { amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7034'] }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['RF, electronic form', { amount: 1_250_000n, structuredReferences: ['RF18539007547034'] }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['RF typed in lower case with dashes', { amount: 1_250_000n, structuredReferences: ['rf18-5390-0754-7034'] }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['KID MOD10', { amount: 1_250_000n, structuredReferences: [KID_0042] }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['KID MOD11', { amount: 50_000n, structuredReferences: [KID11_0045] }, 'matched', [['2026-0045', 50_000n]], []],
    ['Swedish OCR', { amount: 450_000n, currency: 'SEK', structuredReferences: [OCR_0600] }, 'matched', [['2026-0600', 450_000n]], []],
    ['RF inside the free text', { amount: 1_250_000n, remittanceText: 'Betaling RF18 5390 0754 7034 takk' }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['KID inside the free text', { amount: 1_250_000n, remittanceText: `KID ${KID_0042}` }, 'matched', [['2026-0042', 1_250_000n]], []],
    ['two references, amount equal to both', { amount: 1_330_000n, structuredReferences: ['RF18 5390 0754 7034', rf('20260043')] }, 'matched', [['2026-0042', 1_250_000n], ['2026-0043', 80_000n]], []],
    ['partial payment: posted, the rest stays open', { amount: 500_000n, structuredReferences: ['RF18 5390 0754 7034'] }, 'matched', [['2026-0042', 500_000n]], ['short-payment']],
    ['partial over two invoices: oldest due first', { amount: 1_260_000n, structuredReferences: [rf('20260043'), 'RF18 5390 0754 7034'] }, 'matched', [['2026-0042', 1_250_000n], ['2026-0043', 10_000n]], ['short-payment']],
    ['overpayment: the excess is unapplied cash', { amount: 1_300_000n, structuredReferences: ['RF18 5390 0754 7034'] }, 'matched', [['2026-0042', 1_250_000n]], ['overpayment']],
    ['2 % cash discount taken: for a person', { amount: 1_225_000n, structuredReferences: ['RF18 5390 0754 7034'] }, 'suggested', [['2026-0042', 1_225_000n]], ['discount-taken']],
    ['bank charge deducted: for a person', { amount: 1_248_500n, structuredReferences: ['RF18 5390 0754 7034'] }, 'suggested', [['2026-0042', 1_248_500n]], ['deduction']],
    ['a small shortfall the payer calls a part payment', { amount: 1_248_500n, structuredReferences: ['RF18 5390 0754 7034'], remittanceText: 'Delbetaling' }, 'matched', [['2026-0042', 1_248_500n]], ['short-payment']],
    ['another currency: never allocated', { amount: 110_000n, currency: 'EUR', structuredReferences: ['RF18 5390 0754 7034'] }, 'suggested', [], ['currency-mismatch']],
    ['one digit wrong: not a reference match, one keystroke from 2026-0042', { amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7035'] }, 'suggested', [['2026-0042', 1_250_000n]], ['invalid-reference']],
    ['one digit wrong, but the remembered payer account agrees', { amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7035'], payerIban: KNOWN_IBAN }, 'matched', [['2026-0042', 1_250_000n]], ['invalid-reference']],
    ['a valid reference no open invoice carries', { amount: 1_250_000n, structuredReferences: [rf('99999999')] }, 'unmatched', [], ['unknown-reference']],
  ])('%s', (_name, fields, status, expected, flags) => {
    const proposal = match(fields);
    expect(proposal.status).toBe(status);
    expect(allocations(proposal)).toEqual(expected);
    expect(proposal.flags).toEqual(expect.arrayContaining(flags));
    expect(proposal.unapplied + proposal.allocations.reduce((s, a) => s + a.amount, 0n)).toBe(fields.amount);
  });

  it('explains itself the way a person reads it', () => {
    const proposal = match({ amount: 1_250_000n, structuredReferences: ['RF18539007547034'] });
    expect(proposal.explanation[0]).toBe('RF18 5390 0754 7034 is invoice 2026-0042, amount equal');
    expect(proposal.confidence).toBeGreaterThanOrEqual(0.99);
    expect(proposal.customerRef).toBe('C1');
  });

  it('explains a partial payment and an overpayment with the amounts', () => {
    expect(match({ amount: 500_000n, structuredReferences: ['RF18 5390 0754 7034'] }).explanation.join('\n'))
      .toContain('5000.00 NOK paid of 12500.00 NOK open on invoice 2026-0042, 7500.00 NOK short');
    expect(match({ amount: 1_300_000n, structuredReferences: ['RF18 5390 0754 7034'] }).explanation.join('\n'))
      .toContain('500.00 NOK left as unapplied cash');
  });
});

describe('invoice numbers in the text', () => {
  it.each([
    'Faktura 2026-0042', 'INV 2026/0042', 'Invoice no. 2026 0042', 'Rechnung 20260042', 'Rg.-Nr. 2026.0042',
    'payment of invoice 2026-42', 'inv#2026-0042', 'Фактура № 2026-0042', 'Betaling 2026-0042 takk', 'Factuur 2026_0042',
  ])('"%s" is invoice 2026-0042', (text) => {
    const proposal = match({ amount: 1_250_000n, remittanceText: text });
    expect(proposal.status).toBe('matched');
    expect(allocations(proposal)).toEqual([['2026-0042', 1_250_000n]]);
  });

  it.each([
    ['a longer number', 'Faktura 2026-00421'],
    ['a number with one more digit in front', 'Faktura 12026-0042'],
    ['a sub-number', 'Faktura 2026-0042-1'],
    ['a different sequence', 'Faktura 2026-00420'],
    ['digits glued to more digits', 'Ref 202600421'],
  ])('never a different number: %s ("%s")', (_name, text) => {
    const proposal = match({ amount: 1_250_000n, remittanceText: text });
    expect(proposal.allocations.map((a) => a.invoiceNumber)).not.toContain('2026-0042');
  });

  it('"2026-0041" is 2026-0041, not 2026-0042, and a different amount is not posted on a number alone', () => {
    const proposal = match({ amount: 1_250_000n, remittanceText: 'Faktura 2026-0041' });
    expect(proposal.allocations.map((a) => a.invoiceNumber)).toEqual(['2026-0041']);
    expect(proposal.status).toBe('suggested');
  });

  it('several invoice numbers: several allocations', () => {
    const proposal = match({ amount: 1_375_000n, remittanceText: 'Faktura 2026-0042, 2026-0043 og 2026-0044' });
    expect(proposal.status).toBe('matched');
    expect(allocations(proposal)).toEqual([['2026-0042', 1_250_000n], ['2026-0043', 80_000n], ['2026-0044', 45_000n]]);
  });

  it('a partial payment on numbers alone waits for a person; with the payer agreeing it posts', () => {
    const alone = match({ amount: 1_000_000n, remittanceText: 'Faktura 2026-0042' });
    expect(alone.status).toBe('suggested');
    const agreed = match({ amount: 1_000_000n, remittanceText: 'Faktura 2026-0042', payerName: 'FJORDKRAFT BYGG AS' });
    expect(agreed.status).toBe('matched');
    expect(agreed.flags).toContain('short-payment');
  });

  it('an amount that is exactly another invoice of the customer: the payer quoted the wrong one', () => {
    const proposal = match({ amount: 80_000n, remittanceText: 'Faktura 2026-0042', payerName: 'FJORDKRAFT BYGG AS' });
    expect(proposal.status).toBe('suggested');
    expect(proposal.flags).toContain('ambiguous');
    expect(proposal.alternatives.map((a) => a.invoiceNumber)).toContain('2026-0043');
  });
});

describe('the payer: remembered account, then name with the amount', () => {
  it.each<Case>([
    ['remembered account, one open item of the amount', { amount: 80_000n, payerIban: 'NO9386011117947' }, 'matched', [['2026-0043', 80_000n]], []],
    ['remembered account, a combination of open items', { amount: 125_000n, payerIban: KNOWN_IBAN }, 'suggested', [['2026-0043', 80_000n], ['2026-0044', 45_000n]], []],
    ['name equal up to case, diacritics and legal form', { amount: 35_000n, currency: 'EUR', payerName: 'MULLER MASCHINENBAU' }, 'matched', [['2026-0101', 35_000n]], []],
    ['name with the German digraph', { amount: 35_000n, currency: 'EUR', payerName: 'MUELLER MASCHINENBAU GMBH' }, 'matched', [['2026-0101', 35_000n]], []],
    ['name transliterated from Cyrillic', { amount: 500_000n, currency: 'EUR', payerName: 'PETROV TREYD EOOD' }, 'matched', [['2026-0200', 500_000n]], []],
    ['name with a typo: a suggestion', { amount: 35_000n, currency: 'EUR', payerName: 'MULER MASCHINENBAU GMBH' }, 'suggested', [['2026-0101', 35_000n]], []],
    ['name abbreviated: a suggestion', { amount: 15_000_000n, currency: 'PHP', payerName: 'SANTOS TRAD. CORP' }, 'suggested', [['2026-0300', 15_000_000n]], []],
    ['two open items of the amount: ambiguous', { amount: 64_000n, currency: 'GBP', payerName: 'HARRINGTON LOGISTICS LIMITED' }, 'suggested', [['2026-0400', 64_000n]], ['ambiguous']],
    ['the parent company pays a subsidiary\'s invoice', { amount: 300_000n, payerName: 'VESTLAND GRUPPEN AS' }, 'matched', [['2026-0500', 300_000n]], ['paid-by-related-company']],
    ['name and a combination of open items', { amount: 320_000n, currency: 'EUR', payerName: 'MULLER MASCHINENBAU GMBH' }, 'suggested', [['2026-0100', 200_000n], ['2026-0102', 120_000n]], []],
    ['known customer, no open item of the amount: unapplied cash on its account', { amount: 12_345n, currency: 'EUR', payerName: 'MULLER MASCHINENBAU GMBH' }, 'suggested', [], []],
    ['not ours at all', { amount: 12_345n, currency: 'EUR', payerName: 'John Doe', remittanceText: 'Refund' }, 'unmatched', [], []],
  ])('%s', (_name, fields, status, expected, flags) => {
    const proposal = match(fields);
    expect(proposal.status).toBe(status);
    expect(allocations(proposal)).toEqual(expected);
    expect(proposal.flags).toEqual(expect.arrayContaining(flags));
  });

  it('a known customer without a matching item is named, with the whole amount unapplied', () => {
    const proposal = match({ amount: 12_345n, currency: 'EUR', payerName: 'MULLER MASCHINENBAU GMBH' });
    expect(proposal.customerRef).toBe('C3');
    expect(proposal.unapplied).toBe(12_345n);
  });

  it('learns a confirmed payer account', () => {
    const own = freshIndex();
    const fields = { amount: 99_900n, payerIban: 'NO12 3456 7890 123' };
    expect(match(fields, own).status).toBe('unmatched');
    learnPayerAccount(own, 'NO1234567890123', 'C2');
    const proposal = match(fields, own);
    expect(proposal.status).toBe('matched');
    expect(allocations(proposal)).toEqual([['2026-0041', 99_900n]]);
    expect(proposal.explanation.join('\n')).toContain('Payer account NO1234567890123 is remembered for customer C2 Nordlys Elektro AS');
  });
});

describe('the file as a whole', () => {
  it('a posted invoice is not paid again by a later entry of the same file', () => {
    const own = freshIndex();
    const first = match({ amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7034'] }, own);
    recordPosting(own, first);
    const again = match({ amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7034'] }, own);
    expect(again.status).toBe('suggested');
    expect(again.flags).toContain('already-paid');
    expect(again.allocations).toEqual([]);
    expect(again.unapplied).toBe(1_250_000n);
  });

  it('a threshold of 1 posts nothing automatically; a lower one posts more', () => {
    const fields = { amount: 35_000n, currency: 'EUR', payerName: 'MULER MASCHINENBAU GMBH' };
    expect(matchEntry(index, entry({ amount: 1_250_000n, structuredReferences: ['RF18 5390 0754 7034'] }), { autoPostThreshold: 1 }).status).toBe('suggested');
    expect(matchEntry(index, entry(fields), { autoPostThreshold: 0.7 }).status).toBe('matched');
  });

  it('a discount taken is never posted automatically, whatever the threshold', () => {
    const proposal = matchEntry(index, entry({ amount: 1_225_000n, structuredReferences: ['RF18 5390 0754 7034'] }), { autoPostThreshold: 0 });
    expect(proposal.status).toBe('suggested');
  });

  it('an entry that is not a credit is not matched', () => {
    expect(match({ amount: -5_000n, structuredReferences: ['RF18 5390 0754 7034'] }).status).toBe('unmatched');
  });
});
