// BAI2 type codes and funds types (BAI Cash Management Balance Reporting Specifications v2, "Type Codes" and
// "Funds Type"): what a detail's type code says about its direction, and how many fields a funds type adds.
import type { Direction } from './types.js';

export type DetailKind = Direction | 'information';

/**
 * 101–399 credit and 401–699 debit detail codes (100 and 400 are the summary totals, tolerated); 920–959 and
 * 960–999 are the customized credit and debit ranges; 890 "contains non-monetary information" moves no money.
 * Status codes (001–099), the unused 700–889 range and customized status codes (900–919) are not transactions.
 */
export function detailKind(typeCode: string): DetailKind | string {
  if (!/^\d{3}$/.test(typeCode)) return `type code "${typeCode}" is not three digits`;
  const code = Number(typeCode);
  if (code === 890) return 'information';
  if ((code >= 100 && code <= 399) || (code >= 920 && code <= 959)) return 'credit';
  if ((code >= 400 && code <= 699) || code >= 960) return 'debit';
  return `type code ${typeCode} is a status code, not a credit or debit transaction`;
}

/**
 * Fields a funds type adds after itself: V = value date and time; S = immediate, one-day and two-or-more-day
 * amounts; D = a count n and n pairs of (days, amount); 0, 1, 2, Z and blank add none. `next` is the field after
 * the funds type (D's count); undefined while it is not yet known.
 */
export function fundsTypeFields(fundsType: string, next: string | undefined): number | undefined | string {
  switch (fundsType) {
    case '': case '0': case '1': case '2': case 'Z': return 0;
    case 'V': return 2;
    case 'S': return 3;
    case 'D': {
      if (next === undefined) return undefined;
      if (!/^\d+$/.test(next)) return `funds type D: distribution count "${next}" is not a number`;
      return 1 + 2 * Number(next);
    }
    default: return `funds type "${fundsType}" is not 0, 1, 2, V, S, D or Z`;
  }
}
