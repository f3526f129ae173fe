// The risk of one customer as it crosses a boundary (CLI --format json, HTTP): issue #8's
// {"customerRef","grade","score","parts":{…},"recommendedLimit","reviewDue"} plus the reasons behind them.
// Amounts are decimal strings in the customer's currency.
import { formatAmount } from '../../domain/money.js';
import type { Part, PartName } from '../../domain/risk/index.js';
import type { CustomerAssessment } from './risk-of.js';

export type CustomerRiskJson = {
  customerRef: string; name: string; currency: string; asOf: string;
  grade: 'A' | 'B' | 'C' | 'D' | 'E'; score: number; parts: Record<PartName, Part>; caps: string[];
  recommendedLimit: string | null; currentLimit: string | null; recommendedTerms: { days: number; text: string }; adviceReasons: string[];
  reviewDue: string; reviewReasons: string[];
  exposure: string; overLimit: boolean; otherCurrencies: { currency: string; open: string }[];
};

export function riskJson({ customer, risk }: CustomerAssessment, asOf: string): CustomerRiskJson {
  const money = (minor: bigint | null) => (minor === null ? null : formatAmount(minor, customer.currency));
  return {
    customerRef: customer.customerRef, name: customer.name, currency: customer.currency, asOf,
    grade: risk.grade, score: risk.score, parts: risk.parts, caps: risk.caps.map((c) => c.words),
    recommendedLimit: money(risk.advice.recommendedLimit), currentLimit: money(customer.creditLimit), recommendedTerms: risk.advice.terms, adviceReasons: risk.advice.reasons,
    reviewDue: risk.review.due, reviewReasons: risk.review.reasons,
    exposure: formatAmount(risk.behaviour.exposure, customer.currency), overLimit: risk.overLimit,
    otherCurrencies: risk.behaviour.otherCurrencies.map((o) => ({ currency: o.currency, open: formatAmount(o.open, o.currency) })),
  };
}
