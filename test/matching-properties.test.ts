import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type BankEntry, type MatchCustomer, type MatchOpenItem, buildMatchIndex, matchEntry,
} from '../src/domain/matching/index.js';
import {
  type PaymentReferenceScheme, creditorReference, formatCreditorReference, kid, ocrReference, parseKid, parseOcrReference,
  parsePaymentReference,
} from '../src/domain/payment-reference.js';

function value(result: { ok: true; value: string } | { ok: false; reason: string }): string {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const NAMES = ['Fjordkraft Bygg AS', 'Nordlys Elektro AS', 'Müller Maschinenbau GmbH', 'Петров Трейд ЕООД', 'Santos Trading Inc.'];
const customers: MatchCustomer[] = NAMES.map((name, i) => ({ customerRef: `C${i}`, name, ...(i === 4 ? { parentRef: 'C0' } : {}) }));
const options = { autoPostThreshold: 0.9 };

type ItemSeed = { customer: number; open: bigint; due: number; scheme: number };

const itemSeed = fc.record({
  customer: fc.integer({ min: 0, max: NAMES.length - 1 }),
  // Small amounts so that equal amounts, subsets and discounts happen often.
  open: fc.oneof(fc.bigInt({ min: 1n, max: 2_000n }), fc.bigInt({ min: 1n, max: 10_000_000n })),
  due: fc.integer({ min: 1, max: 28 }),
  scheme: fc.integer({ min: 0, max: 2 }),
});

function itemsOf(seeds: ItemSeed[]): MatchOpenItem[] {
  return seeds.map((seed, i) => {
    const digits = `2026${String(i + 1).padStart(4, '0')}`;
    const local = [value(kid(`${seed.customer}${digits}`, 'mod10')), value(kid(digits, 'mod11')), value(ocrReference(digits))][seed.scheme] ?? '';
    return {
      invoiceId: `I${i}`, number: `2026-${String(i + 1).padStart(4, '0')}`, customerRef: `C${seed.customer}`, currency: 'NOK',
      open: seed.open, amount: seed.open, dueDate: `2026-02-${String(seed.due).padStart(2, '0')}`,
      paymentReferences: [formatCreditorReference(value(creditorReference(digits))), local],
    };
  });
}

/** An entry built from pieces of the tenant: references (some mistyped), numbers, names, amounts near the items'. */
const entryFor = (items: MatchOpenItem[]) => fc.record({
  pick: fc.array(fc.integer({ min: 0, max: items.length - 1 }), { minLength: 0, maxLength: 3 }),
  amountKind: fc.integer({ min: 0, max: 4 }),
  delta: fc.bigInt({ min: -500n, max: 500n }),
  refKind: fc.integer({ min: 0, max: 3 }),
  typo: fc.integer({ min: 0, max: 40 }),
  payer: fc.option(fc.constantFrom(...NAMES, 'FJORDKRAFT BYG', 'John Doe', 'MULLER MASCHINENBAU'), { nil: undefined }),
  text: fc.constantFrom('', 'Faktura', 'Invoice no.', 'Betaling', 'Rechnung Nr.'),
}).map((r): BankEntry => {
  const picked = r.pick.map((i) => items[i]).filter((x): x is MatchOpenItem => x !== undefined);
  const total = picked.reduce((s, x) => s + x.open, 0n);
  const amount = [total, total + r.delta, total / 2n, total - (total * 2n) / 100n, 1n + (r.delta < 0n ? -r.delta : r.delta)][r.amountKind] ?? total;
  const references = picked.map((x) => x.paymentReferences[r.refKind % 2] ?? '');
  const typed = r.refKind === 3 ? references.map((ref) => mistype(ref, r.typo)) : r.refKind === 2 ? [] : references;
  const numbers = r.refKind === 2 ? ` ${picked.map((x) => x.number).join(', ')}` : '';
  return {
    id: 'E', amount: amount > 0n ? amount : 1n, currency: 'NOK', date: '2026-03-01', structuredReferences: typed,
    remittanceText: `${r.text}${numbers}`, ...(r.payer ? { payerName: r.payer } : {}),
  };
});

/** The scheme a printed reference was made with (the fixture prints RF, KID MOD10, KID MOD11 or OCR). */
function schemeOf(printed: string): PaymentReferenceScheme {
  const compact = printed.replace(/\s/g, '');
  if (compact.startsWith('RF')) return 'rf';
  if (parseOcrReference(compact).ok && compact.length === 10) return 'ocr';
  return parseKid(compact, 'mod11').ok ? 'kid-mod11' : 'kid-mod10';
}

function mistype(reference: string, at: number): string {
  const compact = reference.replace(/\s/g, '');
  const start = compact.startsWith('RF') ? 2 : 0;
  const digits = [...compact].flatMap((char, i) => (i >= start && /\d/.test(char) ? [i] : []));
  const i = digits[at % digits.length] ?? start;
  return compact.slice(0, i) + String((Number(compact[i]) + 1 + (at % 9)) % 10) + compact.slice(i + 1);
}

const tenant = fc.array(itemSeed, { minLength: 1, maxLength: 25 }).chain((seeds) => {
  const items = itemsOf(seeds);
  return fc.tuple(fc.constant(items), fc.array(entryFor(items), { minLength: 1, maxLength: 10 }));
});

describe('matching properties', () => {
  it('allocations never exceed an open amount or the payment, and with unapplied cash add up to the payment', () => {
    fc.assert(fc.property(tenant, ([items, entries]) => {
      const index = buildMatchIndex({ openItems: items, customers, payerAccounts: [] });
      const open = new Map(items.map((x) => [x.number, x.open]));
      for (const entry of entries) {
        const proposal = matchEntry(index, entry, options);
        const allocated = proposal.allocations.reduce((s, a) => s + a.amount, 0n);
        expect(allocated + proposal.unapplied).toBe(entry.amount);
        expect(allocated).toBeLessThanOrEqual(entry.amount);
        expect(proposal.unapplied).toBeGreaterThanOrEqual(0n);
        expect(new Set(proposal.allocations.map((a) => a.invoiceNumber)).size).toBe(proposal.allocations.length);
        for (const allocation of proposal.allocations) {
          expect(allocation.amount).toBeGreaterThan(0n);
          expect(allocation.amount).toBeLessThanOrEqual(open.get(allocation.invoiceNumber) ?? 0n);
        }
        expect(proposal.confidence).toBeGreaterThanOrEqual(0);
        expect(proposal.confidence).toBeLessThanOrEqual(1);
        if (proposal.status === 'matched') expect(proposal.allocations.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });

  it('is deterministic: the same entry against the same items gives the same proposal, in any input order', () => {
    fc.assert(fc.property(tenant, ([items, entries]) => {
      const a = buildMatchIndex({ openItems: items, customers, payerAccounts: [] });
      const b = buildMatchIndex({ openItems: [...items].reverse(), customers: [...customers].reverse(), payerAccounts: [] });
      for (const entry of entries) {
        const first = matchEntry(a, entry, options);
        expect(matchEntry(a, entry, options)).toEqual(first);
        const other = matchEntry(b, entry, options);
        expect({ ...other, explanation: [], alternatives: [] }).toEqual({ ...first, explanation: [], alternatives: [] });
      }
    }), { numRuns: 200 });
  });

  it('a wrong check digit never yields a reference match', () => {
    fc.assert(fc.property(tenant, fc.integer({ min: 0, max: 1000 }), ([items], at) => {
      const index = buildMatchIndex({ openItems: items, customers, payerAccounts: [] });
      for (const target of items) {
        for (const printed of target.paymentReferences) {
          const typed = mistype(printed, at);
          // Every scheme's check digit catches a single wrong digit (another scheme's may pass by chance: 1 in 10).
          expect(parsePaymentReference(schemeOf(printed), typed).ok).toBe(false);
          const proposal = matchEntry(index, { id: 'E', amount: target.open, currency: 'NOK', date: '2026-03-01', structuredReferences: [typed], remittanceText: '' }, options);
          expect(proposal.status).not.toBe('matched');
          expect(proposal.flags.some((f) => f === 'invalid-reference' || f === 'unknown-reference')).toBe(true);
          expect(proposal.explanation.join('\n')).not.toMatch(/ is invoice /);
        }
      }
    }), { numRuns: 100 });
  });

  const numberShape = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 4, max: 6 }));

  it('an invoice number in the text never finds a different number', () => {
    fc.assert(fc.property(numberShape, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('', 'Faktura ', 'Invoice no. ', 'Rechnung '), ([year, sequence, width], change, at, prefix) => {
      const seq = String(sequence).padStart(width, '0');
      const number = `${year}-${seq}`;
      const item: MatchOpenItem = { invoiceId: 'I', number, customerRef: 'C0', currency: 'NOK', open: 10_000n, amount: 10_000n, dueDate: '2026-02-01', paymentReferences: [] };
      const index = buildMatchIndex({ openItems: [item], customers, payerAccounts: [] });
      const digit = String((at % 9) + 1);
      const other = [
        `${year}-${seq}${digit}`,
        `${digit}${year}-${seq}`,
        changeDigit(`${year}${seq}`, at, width),
      ][change] ?? '';
      const proposal = matchEntry(index, { id: 'E', amount: 10_000n, currency: 'NOK', date: '2026-03-01', structuredReferences: [], remittanceText: `${prefix}${other}` }, options);
      expect(proposal.allocations.map((a) => a.invoiceNumber)).not.toContain(number);
    }), { numRuns: 1000 });
  });
});

/** "2026" + "0042" with one digit changed to another, written back as "YYYY-SEQ" (a different number, never zeros only). */
function changeDigit(digits: string, at: number, width: number): string {
  const i = at % digits.length;
  const old = Number(digits[i]);
  const replaced = digits.slice(0, i) + String((old + 1 + (at % 8)) % 10) + digits.slice(i + 1);
  return `${replaced.slice(0, 4)}-${replaced.slice(4, 4 + width)}`;
}
