// An amount with its currency code, placed where the locale puts it ("GBP 1,250.00", "1 250,00 NOK"). The figures
// come from locale-format's exact bigint formatting; Intl only says where the code and the sign go.
import { formatMoney } from '../pdf/locale-format.js';

const patterns = new Map<string, Intl.NumberFormatPart[]>();

function pattern(currency: string, locale: string, negative: boolean): Intl.NumberFormatPart[] {
  const key = `${locale}|${currency}|${negative ? '-' : '+'}`;
  let parts = patterns.get(key);
  if (!parts) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
    parts = format.formatToParts(negative ? -1 : 1);
    patterns.set(key, parts);
  }
  return parts;
}

const FIGURE_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/** 125000n NOK in nb-NO → "1 250,00 NOK"; −125000n GBP in en-GB → "-GBP 1,250.00". */
export function formatMoneyWithCurrency(minor: bigint, currency: string, locale: string): string {
  const figures = formatMoney(minor < 0n ? -minor : minor, currency, locale);
  let placed = false;
  let text = '';
  for (const part of pattern(currency, locale, minor < 0n)) {
    if (!FIGURE_PARTS.has(part.type)) text += part.value;
    else if (!placed) {
      text += figures;
      placed = true;
    }
  }
  return text;
}
