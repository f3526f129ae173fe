// Issue #4/#6: segment rules, evaluated in order; the first rule a customer meets decides.
import { describe, expect, it } from 'vitest';
import { meetsRule, parseSegmentRule, segmentOf, type SegmentCustomer } from '../src/domain/segments.js';

const oslo: SegmentCustomer = { customerRef: 'KEY-1', country: 'NO', currency: 'NOK', language: 'nb', debtorType: 'consumer', creditLimit: 500_000n };

describe('segment rules', () => {
  it.each([
    [{}, true],
    [{ countries: ['NO', 'SE'] }, true],
    [{ countries: ['SE'] }, false],
    [{ currencies: ['NOK'], languages: ['nb'] }, true],
    [{ debtorTypes: ['business' as const] }, false],
    [{ refPrefixes: ['KEY-'] }, true],
    [{ minCreditLimit: 500_000n }, true],
    [{ minCreditLimit: 500_001n }, false],
    [{ maxCreditLimit: 500_000n }, false],
    [{ countries: ['NO'], debtorTypes: ['consumer' as const], maxCreditLimit: 1_000_000n }, true],
  ])('%o → %s', (rule, expected) => expect(meetsRule(oslo, rule)).toBe(expected));

  it('never puts a customer without a credit limit in a limit band', () => {
    expect(meetsRule({ ...oslo, creditLimit: null }, { minCreditLimit: 0n })).toBe(false);
  });

  it('takes the first segment in order', () => {
    const segments = [{ name: 'SE', rule: { countries: ['SE'] } }, { name: 'Consumers', rule: { debtorTypes: ['consumer' as const] } }, { name: 'All', rule: {} }];
    expect(segmentOf(oslo, segments)?.name).toBe('Consumers');
    expect(segmentOf({ ...oslo, debtorType: 'business' }, segments)?.name).toBe('All');
    expect(segmentOf(oslo, [])).toBeUndefined();
  });

  it.each([
    [{ countries: ['NO'], minCreditLimit: '100000' }, { ok: true }],
    [{ countries: 'NO' }, { ok: false, reasons: ['rule.countries: must be a non-empty list of texts'] }],
    [{ currencies: ['NKO'] }, { ok: false, reasons: ['rule.currencies: ISO 4217 codes, e.g. "NOK"'] }],
    [{ debtorTypes: ['person'] }, { ok: false, reasons: ['rule.debtorTypes: business, consumer, public'] }],
    [{ minCreditLimit: '10.5' }, { ok: false, reasons: ['rule.minCreditLimit: a whole number of minor units ≥ 0'] }],
    [{ minCreditLimit: 10, maxCreditLimit: 5 }, { ok: false, reasons: ['rule: minCreditLimit must be below maxCreditLimit'] }],
    [[], { ok: false, reasons: ['rule: must be an object'] }],
  ])('parses %o', (input, expected) => expect(parseSegmentRule(input)).toMatchObject(expected));
});
