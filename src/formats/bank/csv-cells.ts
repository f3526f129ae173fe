// Reading one CSV cell as a date or an amount, the way the account's mapping says the bank writes them.
import { parseBusinessDate, type BusinessDate } from '../../domain/dates.js';
import type { ParseResult } from '../../domain/money.js';
import { parseDecimalAmount } from './amounts.js';
import type { BankCsvMapping, CsvDateFormat } from './csv-mapping.js';

const DATE_PATTERNS: Readonly<Record<CsvDateFormat, { pattern: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }>> = {
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['y', 'm', 'd'] },
  YYYYMMDD: { pattern: /^(\d{4})(\d{2})(\d{2})$/, order: ['y', 'm', 'd'] },
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'DD-MM-YYYY': { pattern: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: ['d', 'm', 'y'] },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'DD.MM.YY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, order: ['d', 'm', 'y'] },
};

export function parseCsvDate(text: string, format: CsvDateFormat): ParseResult<BusinessDate> {
  const { pattern, order } = DATE_PATTERNS[format];
  const match = pattern.exec(text.trim());
  if (!match) return { ok: false, reason: `"${text}" is not a date in ${format}` };
  const part = (p: 'y' | 'm' | 'd') => match[order.indexOf(p) + 1] ?? '';
  // Two-digit years are this century: bank exports are recent.
  const year = part('y').length === 2 ? `20${part('y')}` : part('y');
  const parsed = parseBusinessDate(`${year}-${part('m').padStart(2, '0')}-${part('d').padStart(2, '0')}`);
  return parsed.ok ? parsed : { ok: false, reason: `"${text}" is not a calendar date` };
}

/**
 * A signed amount as the bank writes it: "-1.234,56", "1,234.56", "(12.00)", "12,50-", "+5". Thousands
 * separators are accepted only if the mapping names one, so "1.234" is never read as 1.234 by mistake.
 */
export function parseCsvAmount(text: string, currency: string, mapping: BankCsvMapping): ParseResult<bigint> {
  let body = text.trim().replace(/\u00A0/g, ' ');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised) { negative = true; body = parenthesised[1] ?? ''; }
  if (/^[+-]/.test(body)) { negative = body.startsWith('-'); body = body.slice(1); } else if (/-$/.test(body)) { negative = true; body = body.slice(0, -1); }
  body = body.trim();
  if (mapping.thousandsSeparator !== '') {
    const [whole = '', ...rest] = body.split(mapping.decimalSeparator);
    const groups = whole.split(mapping.thousandsSeparator);
    if (groups.length > 1 && !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return { ok: false, reason: `"${text}" is not a number` };
    body = [groups.join(''), ...rest].join(mapping.decimalSeparator);
  }
  if (!new RegExp(`^\\d+(\\${mapping.decimalSeparator}\\d*)?$`).test(body)) return { ok: false, reason: `"${text}" is not a number` };
  const parsed = parseDecimalAmount(body.replace(mapping.decimalSeparator, '.'), currency, '.');
  if (!parsed.ok) return parsed;
  return { ok: true, value: negative ? -parsed.value : parsed.value };
}
