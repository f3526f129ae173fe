// The answer every notice check gives the dunning engine (issue #3: "Each check answers allowed / not allowed and
// why"). Both variants cite the rule, so a log line or a letter memo can say which rule was asked and on what source.
import { parseBusinessDate, type BusinessDate } from '../../dates.js';

/** The rule a decision rests on. `verified` is false when the outcome depends on a figure or reading that
 * ../shared/law/late-payment.md marks [U], or on a conservative choice made where the law is silent. */
export interface RuleCitation {
  rule: string;
  source: string;
  verified: boolean;
}

export type NoticeDecision =
  | (RuleCitation & {
      allowed: true;
      reason: string;
      /** For duty-style checks (US validation notice): the last day the duty can still be met. */
      deadline?: BusinessDate;
    })
  | (RuleCitation & {
      allowed: false;
      reason: string;
      /** When the step becomes allowed, if computable: a YYYY-MM-DD date for date rules, an ISO instant in UTC
       * ("2026-03-09T12:00:00.000Z") for time-of-day and call-frequency rules. Absent when only a new or corrected
       * notice can cure it. */
      earliest?: string;
      deadline?: BusinessDate;
    });

export function allow(citation: RuleCitation, reason: string, extra: { deadline?: BusinessDate } = {}): NoticeDecision {
  return { allowed: true, reason, ...citation, ...defined(extra) };
}

export function deny(
  citation: RuleCitation,
  reason: string,
  extra: { earliest?: string | undefined; deadline?: BusinessDate } = {},
): NoticeDecision {
  return { allowed: false, reason, ...citation, ...defined(extra) };
}

/** A citation whose outcome rested on a conservative reading, not on verified text. */
export function unverified(citation: RuleCitation): RuleCitation {
  return { ...citation, verified: false };
}

function defined<T extends object>(extra: T): Partial<T> {
  return Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Domain input errors are RangeErrors (as in kpi.ts); the app layer maps them to InputError. */
export function requireDate(field: string, value: BusinessDate): BusinessDate {
  const parsed = parseBusinessDate(value);
  if (!parsed.ok) throw new RangeError(`${field}: ${parsed.reason}`);
  return parsed.value;
}
