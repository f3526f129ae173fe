// Customer segments (issue #4: policies "assigned to customer segments or single customers"; issue #6: "segment
// rules assign accounts to collectors"). A segment is a named rule over what the ledger knows of a customer; a
// customer belongs to the first segment, in the tenant's order, whose rule it meets. Pure.
import { isCurrency } from './money.js';

export const DEBTOR_TYPES = ['business', 'consumer', 'public'] as const;
export type DebtorType = (typeof DEBTOR_TYPES)[number];

/** Every condition given must hold; an empty rule matches every customer (a catch-all at the end). */
export interface SegmentRule {
  countries?: string[];
  currencies?: string[];
  languages?: string[];
  debtorTypes?: DebtorType[];
  /** Customer refs starting with any of these ("KEY-" for key accounts). */
  refPrefixes?: string[];
  /** Credit limit at least / below, minor units of the customer's currency; a customer without a limit never meets these. */
  minCreditLimit?: bigint;
  maxCreditLimit?: bigint;
}

export interface SegmentCustomer {
  customerRef: string; country: string; currency: string; language: string; debtorType: string; creditLimit: bigint | null;
}

export function meetsRule(customer: SegmentCustomer, rule: SegmentRule): boolean {
  if (rule.countries && !rule.countries.includes(customer.country)) return false;
  if (rule.currencies && !rule.currencies.includes(customer.currency)) return false;
  if (rule.languages && !rule.languages.includes(customer.language)) return false;
  if (rule.debtorTypes && !(rule.debtorTypes as string[]).includes(customer.debtorType)) return false;
  if (rule.refPrefixes && !rule.refPrefixes.some((p) => customer.customerRef.startsWith(p))) return false;
  if (rule.minCreditLimit !== undefined && (customer.creditLimit === null || customer.creditLimit < rule.minCreditLimit)) return false;
  if (rule.maxCreditLimit !== undefined && (customer.creditLimit === null || customer.creditLimit >= rule.maxCreditLimit)) return false;
  return true;
}

/** The first segment (in order) whose rule the customer meets. */
export function segmentOf<S extends { rule: SegmentRule }>(customer: SegmentCustomer, segments: readonly S[]): S | undefined {
  return segments.find((s) => meetsRule(customer, s.rule));
}

export type RuleParse = { ok: true; value: SegmentRule } | { ok: false; reasons: string[] };

const LIST_FIELDS = ['countries', 'currencies', 'languages', 'debtorTypes', 'refPrefixes'] as const;

/** Reads a rule from JSON (limits as decimal-free minor-unit strings or integers), reporting every problem. */
export function parseSegmentRule(input: unknown): RuleParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reasons: ['rule: must be an object'] };
  const raw = input as Record<string, unknown>;
  const reasons: string[] = [];
  const rule: SegmentRule = {};
  for (const key of Object.keys(raw)) {
    if (![...LIST_FIELDS, 'minCreditLimit', 'maxCreditLimit'].includes(key)) reasons.push(`rule.${key}: unknown condition`);
  }
  for (const field of LIST_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.length > 0)) {
      reasons.push(`rule.${field}: must be a non-empty list of texts`);
      continue;
    }
    const list = value as string[];
    if (field === 'countries' && !list.every((c) => /^[A-Z]{2}$/.test(c))) reasons.push('rule.countries: ISO 3166 alpha-2 codes, e.g. "NO"');
    if (field === 'currencies' && !list.every(isCurrency)) reasons.push('rule.currencies: ISO 4217 codes, e.g. "NOK"');
    if (field === 'debtorTypes' && !list.every((t) => (DEBTOR_TYPES as readonly string[]).includes(t))) reasons.push(`rule.debtorTypes: ${DEBTOR_TYPES.join(', ')}`);
    (rule as Record<string, unknown>)[field] = list;
  }
  for (const field of ['minCreditLimit', 'maxCreditLimit'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if ((typeof value === 'string' && /^\d{1,18}$/.test(value)) || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) rule[field] = BigInt(value);
    else reasons.push(`rule.${field}: a whole number of minor units ≥ 0`);
  }
  if (rule.minCreditLimit !== undefined && rule.maxCreditLimit !== undefined && rule.minCreditLimit >= rule.maxCreditLimit) reasons.push('rule: minCreditLimit must be below maxCreditLimit');
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value: rule };
}

export function ruleToJson(rule: SegmentRule): Record<string, unknown> {
  return {
    ...rule,
    ...(rule.minCreditLimit !== undefined ? { minCreditLimit: String(rule.minCreditLimit) } : {}),
    ...(rule.maxCreditLimit !== undefined ? { maxCreditLimit: String(rule.maxCreditLimit) } : {}),
  };
}
